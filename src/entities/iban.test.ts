import { describe, expect, it } from 'vitest';
import { ibanRecogniser } from './iban.js';

function ibans(text: string) {
  const mentions = ibanRecogniser.recognise(text, { languages: [] });
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  return mentions.map((m) => [m.start, m.end, m.surface, m.value, m.attrs?.country]);
}

describe('IBAN recogniser', () => {
  it('reads IBANs printed in groups of four, in an Arabic letter', () => {
    const text = 'تم تحويل المبلغ.\nرقم الحساب: DE89 3704 0044 0532 0130 00\nللتواصل معه على الرقم';
    expect(ibans(text)).toEqual([[29, 56, 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE']]);
  });

  it('reads IBANs run together and stops before sentence punctuation', () => {
    expect(ibans('Account (IBAN): GB29NWBK60161331926819. BIC: NWBKGB2L')).toEqual([
      [16, 38, 'GB29NWBK60161331926819', 'GB29NWBK60161331926819', 'GB'],
    ]);
  });

  it('cuts a run back to the longest prefix that validates, so following words are not swallowed', () => {
    expect(ibans('IBAN : JO94 CBJO 0010 0000 0000 0131 0003 02 2019 ABCD')).toEqual([
      [7, 44, 'JO94 CBJO 0010 0000 0000 0131 0003 02', 'JO94CBJO0010000000000131000302', 'JO'],
    ]);
    expect(ibans('IQ98 NBIQ 8501 2345 6789 012 / TR33 0006 1005 1978 6457 8413 26 / SA03 8000 0000 6080 1016 7519')).toEqual([
      [0, 28, 'IQ98 NBIQ 8501 2345 6789 012', 'IQ98NBIQ850123456789012', 'IQ'],
      [31, 63, 'TR33 0006 1005 1978 6457 8413 26', 'TR330006100519786457841326', 'TR'],
      [66, 95, 'SA03 8000 0000 6080 1016 7519', 'SA0380000000608010167519', 'SA'],
    ]);
  });

  it('rejects a wrong check digit, a wrong length and an IBAN glued to other letters', () => {
    expect(ibans('GB29 NWBK 6016 1331 9268 18 (typo)')).toEqual([]);
    expect(ibans('DE89 3704 0044 0532 0130')).toEqual([]);
    expect(ibans('XDE89370400440532013000')).toEqual([]);
  });
});
