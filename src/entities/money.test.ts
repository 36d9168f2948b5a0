import { describe, expect, it } from 'vitest';
import { moneyRecogniser } from './money.js';

/** [start, end, surface, value] of each money mention; checks the offsets against the text on the way. */
function money(text: string, languages: string[] = []) {
  const mentions = moneyRecogniser.recognise(text, { languages });
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.type).toBe('money');
    expect(m.attrs).toEqual({ amount: Number(m.value.split(' ')[0]), currency: m.value.split(' ')[1] });
  }
  return mentions.map((m) => [m.start, m.end, m.surface, m.value]);
}

describe('money in Arabic', () => {
  it('reads an exchange-rate report (Syrian press, 2021): a bare ليرة takes the currency the document pays in', () => {
    const text =
      'وسجل الدولار، اليوم الإثنين، في دمشق 3230 ليرة سورية، واليورو 2834 ليرة، فيما سجلت الليرة التركية 373 ليرة.';
    expect(money(text, ['ar'])).toEqual([
      [37, 52, '3230 ليرة سورية', '3230 SYP'],
      [62, 71, '2834 ليرة', '2834 SYP'],
      [98, 106, '373 ليرة', '373 SYP'],
    ]);
  });

  it('reads amounts glued to a preposition, abbreviations and number words', () => {
    const text = 'بعدما كان حدد سعر الصرف الرسمي بـ513 ليرة سورية، وتجاوز 14 آلف ل.س للدولار الواحد، ' +
      'وبات 100 دولار أمريكي يساوي أكثر من مليون وأربعمئة ألف ل.س.';
    expect(money(text, ['ar'])).toEqual([
      [33, 47, '513 ليرة سورية', '513 SYP'],
      [56, 66, '14 آلف ل.س', '14000 SYP'],
      [88, 104, '100 دولار أمريكي', '100 USD'],
      [119, 141, 'مليون وأربعمئة ألف ل.س', '1400000 SYP'],
    ]);
  });

  it('reads Arabic-Indic digits, the Arabic decimal point and written-out amounts', () => {
    const text = 'تم تحويل مبلغ وقدره ٣٫٥ مليون دولار، ثم خمسة آلاف دولار و ألفي دولاراً إلى الأخ.';
    expect(money(text, ['ar'])).toEqual([
      [20, 35, '٣٫٥ مليون دولار', '3500000 USD'],
      [40, 55, 'خمسة آلاف دولار', '5000 USD'],
      [58, 70, 'ألفي دولاراً', '2000 USD'],
    ]);
  });

  it('reads the formal receipt wording, with the amount spelled out in brackets, and fractions of a million', () => {
    const text = 'استلمت مبلغاً وقدره 5000 (خمسة آلاف) دولار أمريكي فقط لا غير، ونصف مليون دولار، ومليون ونصف ليرة سورية.';
    expect(money(text, ['ar'])).toEqual([
      [20, 49, '5000 (خمسة آلاف) دولار أمريكي', '5000 USD'],
      [63, 78, 'نصف مليون دولار', '500000 USD'],
      [81, 102, 'مليون ونصف ليرة سورية', '1500000 SYP'],
    ]);
  });

  it('reads figures joined by و with falling scales (Kurdistan budget report, 2023)', () => {
    const text = 'تبلغ صافي حصة الاقليم من الموازنة بمقدار (١٦ ترليون و٦١٠ مليار دينار) وفيها 4 ملايين و500 الف موظف، ' +
      'والعراق يحتاج شهريا أكثر من 6 ترليون دينار، ودون 60 دولارا للبرميل.';
    expect(money(text, ['ar'])).toEqual([
      [42, 68, '١٦ ترليون و٦١٠ مليار دينار', '16610000000000 IQD'],
      [128, 142, '6 ترليون دينار', '6000000000000 IQD'],
      [149, 158, '60 دولارا', '60 USD'],
    ]);
  });

  it('reads a bare دينار as the Iraqi dinar, unless the document names another dinar', () => {
    expect(money('استلمت مبلغ ٢٠٧٠٠٠ دينار عراقي و61,000 دينار من الأخ.')).toEqual([
      [12, 30, '٢٠٧٠٠٠ دينار عراقي', '207000 IQD'],
      [32, 44, '61,000 دينار', '61000 IQD'],
    ]);
    expect(money('المبلغ ٥٠٠٠ دينار فقط، والباقي ٢٠٠٠ دينار أردني')).toEqual([
      [7, 17, '٥٠٠٠ دينار', '5000 JOD'],
      [31, 47, '٢٠٠٠ دينار أردني', '2000 JOD'],
    ]);
  });

  it('gives a lower confidence to a currency guessed from its regional default', () => {
    const [guess] = moneyRecogniser.recognise('دفعنا له 5000 دينار', { languages: ['ar'] });
    const [written] = moneyRecogniser.recognise('دفعنا له 5000 دينار عراقي', { languages: ['ar'] });
    expect(guess!.value).toBe('5000 IQD');
    expect(written!.value).toBe('5000 IQD');
    expect(guess!.confidence).toBeLessThan(written!.confidence);
  });

  it('does not take a count of people or a date for money', () => {
    expect(money('اللغة العربية يتحدثها أكثر من ثلاثمائة مليون إنسان.')).toEqual([]);
    expect(money('سعر صرف الدولار في 17 آذار الماضي')).toEqual([]);
  });
});

describe('money in English and French', () => {
  it('reads symbols before and after, codes either side, and spaced thousands', () => {
    const text = 'Abu Khattab al-Eraqi: 302,000 Iraqi dinars\nTarek: $60\nwire of US$ 1.5 million; USD 5,000; 5\u202F000 €; £250';
    expect(money(text, ['en'])).toEqual([
      [22, 42, '302,000 Iraqi dinars', '302000 IQD'],
      [50, 53, '$60', '60 USD'],
      [62, 77, 'US$ 1.5 million', '1500000 USD'],
      [79, 88, 'USD 5,000', '5000 USD'],
      [90, 97, '5\u202F000 €', '5000 EUR'],
      [99, 103, '£250', '250 GBP'],
    ]);
  });

  it('reads French amounts with their adjectives after the noun', () => {
    const text = 'Nous avons reçu 71 500 USD de la part du frère, puis 2 546 000 livres syriennes et 5 millions d’euros.';
    expect(money(text, ['fr'])).toEqual([
      [16, 26, '71 500 USD', '71500 USD'],
      [53, 79, '2 546 000 livres syriennes', '2546000 SYP'],
      [83, 101, '5 millions d’euros', '5000000 EUR'],
    ]);
  });

  it('reads press amounts (news wire on ISIS finances, 2014), abbreviated scales included', () => {
    const text = 'Islamic State oil revenue averages $1 mln per day; it sells oil at $25 to $60 per barrel and ' +
      'has netted approximately $20 million in ransom payments, roughly 10,000 bpd.';
    expect(money(text, ['en'])).toEqual([
      [35, 41, '$1 mln', '1000000 USD'],
      [67, 70, '$25', '25 USD'],
      [74, 77, '$60', '60 USD'],
      [118, 129, '$20 million', '20000000 USD'],
    ]);
  });

  it('reads multipliers glued to the figure', () => {
    expect(money('a ransom of $2.5m, then €3bn and 5k USD; Millions: 2 Million dollars')).toEqual([
      [12, 17, '$2.5m', '2500000 USD'],
      [24, 28, '€3bn', '3000000000 EUR'],
      [33, 39, '5k USD', '5000 USD'],
      [51, 68, '2 Million dollars', '2000000 USD'],
    ]);
  });

  it('reads "US" as a currency adjective only in capitals, and a European decimal comma', () => {
    expect(money('They paid us 500 dollars, then 1.250,50 € in cash.')).toEqual([
      [13, 24, '500 dollars', '500 USD'],
      [31, 41, '1.250,50 €', '1250.5 EUR'],
    ]);
  });

  it('leaves weights, books and dates alone', () => {
    expect(money('He carried 5 pounds of explosives.')).toEqual([]);
    expect(money('Il a acheté 3 livres au marché.')).toEqual([]);
    expect(money('Reçu le 04/03/2015 USD')).toEqual([]);
  });
});

describe('money in ledgers', () => {
  it('pairs an amount cell with the currency cell beside it', () => {
    const text = 'Date\tDescription\tAmount\tCurrency\n2014-08-07\transom\t340000\tTRY\tRaqqa\n';
    expect(money(text)).toEqual([[51, 61, '340000\tTRY', '340000 TRY']]);
  });
});
