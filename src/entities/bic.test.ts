import { describe, expect, it } from 'vitest';
import { bicRecogniser } from './bic.js';

function bics(text: string) {
  const mentions = bicRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, m.attrs?.country]);
}

describe('BIC recogniser', () => {
  it('takes a code after a BIC or SWIFT cue', () => {
    expect(bics('Account (IBAN): GB29NWBK60161331926819. BIC: NWBKGB2L')).toEqual([[45, 53, 'NWBKGB2L', 'NWBKGB2L', 'GB']]);
    expect(bics('Swift code: CBJOJOAX')).toEqual([[12, 20, 'CBJOJOAX', 'CBJOJOAX', 'JO']]);
    expect(bics('رمز السويفت: NBIQIQBA')).toEqual([[13, 21, 'NBIQIQBA', 'NBIQIQBA', 'IQ']]);
  });

  it('takes an eleven-character code standing next to an IBAN', () => {
    expect(bics('Deutsche Bank, DE89370400440532013000 DEUTDEFF500')).toEqual([[38, 49, 'DEUTDEFF500', 'DEUTDEFF500', 'DE']]);
  });

  it('ignores capitals that merely look like a code, and codes with an invalid country', () => {
    expect(bics('HEADINGS and DEUTDEFF appear here')).toEqual([]);
    expect(bics('BIC: ABCDXXZZ')).toEqual([]);
  });
});
