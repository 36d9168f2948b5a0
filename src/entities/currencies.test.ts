import { describe, expect, it } from 'vitest';
import { findCurrencies, resolveCurrencies } from './currencies.js';
import { foldText } from './numbers.js';

/** [surface as folded, ISO code or family] of each currency token. */
function currencies(text: string) {
  const folded = foldText(text).text;
  return findCurrencies(folded).map((t) => [folded.slice(t.start, t.end), t.code ?? `${t.family}?`]);
}

describe('currency words, symbols and codes', () => {
  it('reads Arabic nouns with their country adjective, in the forms prose uses', () => {
    expect(currencies('دولار أمريكي، الدولارات الأمريكية، ليرات سورية، الليرة التركية، دنانير عراقية، ريالاً سعودياً، درهم إماراتي، جنيه مصري، جنيه إسترليني، يورو')).toEqual([
      ['دولار امريكي', 'USD'],
      ['الدولارات الامريكيه', 'USD'],
      ['ليرات سوريه', 'SYP'],
      ['الليره التركيه', 'TRY'],
      ['دنانير عراقيه', 'IQD'],
      ['ريالا سعوديا', 'SAR'],
      ['درهم اماراتي', 'AED'],
      ['جنيه مصري', 'EGP'],
      ['جنيه استرليني', 'GBP'],
      ['يورو', 'EUR'],
    ]);
  });

  it('leaves a bare family noun for the document to resolve', () => {
    expect(currencies('ليرة، دينار، ريالات، dinars, lira')).toEqual([
      ['ليره', 'lira?'],
      ['دينار', 'dinar?'],
      ['ريالات', 'riyal?'],
      ['dinars', 'dinar?'],
      ['lira', 'lira?'],
    ]);
  });

  it('reads English adjectives before the noun and French ones after it', () => {
    expect(currencies('US dollars, Iraqi dinars, dinars irakiens, livres turques, livre sterling, Swiss francs, dollars américains')).toEqual([
      ['US dollars', 'USD'],
      ['Iraqi dinars', 'IQD'],
      ['dinars irakiens', 'IQD'],
      ['livres turques', 'TRY'],
      ['livre sterling', 'GBP'],
      ['Swiss francs', 'CHF'],
      ['dollars americains', 'USD'],
    ]);
  });

  it('reads symbols, capital ISO codes and Arabic abbreviations, but not words that contain them', () => {
    expect(currencies('USD, TRY, $, €, £, ₺, US$, ل.س, ر.س, د.ع; USDT, TRYING, try, the US, رسالة')).toEqual([
      ['USD', 'USD'],
      ['TRY', 'TRY'],
      ['$', 'USD'],
      ['€', 'EUR'],
      ['£', 'GBP'],
      ['₺', 'TRY'],
      ['US$', 'USD'],
      ['ل.س', 'SYP'],
      ['ر.س', 'SAR'],
      ['د.ع', 'IQD'],
    ]);
  });

  it('does not read "pounds of" or "livres de" as money', () => {
    expect(currencies('5 pounds of flour, 3 livres de farine, 200 pounds')).toEqual([['pounds', 'pound?']]);
  });
});

describe('resolving bare nouns', () => {
  const resolve = (text: string, preferredIndexes?: number[]) => {
    const tokens = findCurrencies(foldText(text).text);
    const preferred = preferredIndexes?.map((i) => tokens[i]!);
    return resolveCurrencies(tokens, preferred).map((r) => (r ? `${r.code} ${r.evidence}` : undefined));
  };

  it('uses the regional default without a cue, and none for nouns that are not money alone', () => {
    expect(resolve('دينار ليرة lira ريال درهم جنيه دولار pounds')).toEqual([
      'IQD default',
      'SYP default',
      'TRY default',
      'SAR default',
      'AED default',
      'EGP default',
      'USD default',
      undefined,
    ]);
  });

  it('takes the written currency of the same family the document uses most, then the last one named before', () => {
    expect(resolve('ليرة تركية، ليرة تركية، ليرة سورية، ليرة')).toEqual([
      'TRY written',
      'TRY written',
      'SYP written',
      'TRY context',
    ]);
    expect(resolve('ليرة سورية ثم ليرة ثم ليرة تركية')).toEqual(['SYP written', 'SYP context', 'TRY written']);
    expect(resolve('ليرة ثم ليرة تركية')).toEqual(['TRY context', 'TRY written']);
    expect(resolve('Syrian pounds and later 5,000 pounds')).toEqual(['SYP written', 'SYP context']);
  });

  it('prefers the currencies that carry amounts over one only named', () => {
    // "سجلت الليرة التركية 373 ليرة سورية … 2834 ليرة": the Turkish lira is priced, the amounts are Syrian.
    const text = 'سجلت الليرة التركية 373 ليرة سورية، ثم 2834 ليرة';
    expect(resolve(text, [1])).toEqual(['TRY written', 'SYP written', 'SYP context']);
    expect(resolve(text)).toEqual(['TRY written', 'SYP written', 'SYP context']); // tie: the last one before
  });
});
