import { describe, expect, it } from 'vitest';
import { proseTransactions, type ProseInput } from './prose.js';

const brief = (input: ProseInput) =>
  proseTransactions(input).map((t) => ({ date: t.date, amount: t.amount, currency: t.currency, payer: t.payer, payee: t.payee, category: t.category, direction: t.direction }));

describe('proseTransactions', () => {
  it('an Arabic receipt letter: the date line, the writer as the receiver, the payer after من, honorifics dropped', () => {
    const text = [
      'ديوان الزكاة',
      'إشعار استلام مبلغ',
      'التاريخ: 12 رمضان 1436هـ',
      'من: الشيخ أبو أسامة المهاجر',
      'إلى: الأمير أبو بكر',
      'تم استلام مبلغ ٥٠٠٠ دولار من الأخ أبو محمد الحلبي وذلك عن زكاة الأموال.',
    ].join('\n');
    const [t, ...rest] = proseTransactions({ text, docDate: '2016-01-01' });
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      date: '2015-06-29',
      dateSurface: '12 رمضان 1436هـ',
      amount: 5000,
      currency: 'USD',
      payer: 'أبو محمد الحلبي',
      payee: 'أبو أسامة المهاجر',
      category: 'taxation_zakat',
      direction: 'income',
      surface: '٥٠٠٠ دولار',
    });
    expect(text.slice(t!.start, t!.end)).toBe('تم استلام مبلغ ٥٠٠٠ دولار من الأخ أبو محمد الحلبي وذلك عن زكاة الأموال.');
  });

  it('an Arabic transfer abroad: the payee after إلى, the country from the city', () => {
    expect(brief({ text: 'تم تحويل مبلغ 4650 ليرة تركية إلى الأخ أبو عمر التونسي في فيينا.', docDate: '2016-02-03T10:00:00Z' })).toEqual([
      { date: '2016-02-03', amount: 4650, currency: 'TRY', payer: null, payee: 'أبو عمر التونسي', category: 'transfers_abroad', direction: 'spending' },
    ]);
    expect(proseTransactions({ text: 'تم تحويل مبلغ 4650 ليرة تركية إلى الأخ أبو عمر التونسي في فيينا.' })[0]).toMatchObject({ country: 'AT' });
  });

  it('English and French receipts and transfers', () => {
    expect(brief({ text: 'Date: 3 March 2015\nFrom: Abu Hafs\n\nI received 5,000 dollars from brother Abu Hamza al-Iraqi for the oil.' })).toEqual([
      { date: '2015-03-03', amount: 5000, currency: 'USD', payer: 'Abu Hamza al-Iraqi', payee: 'Abu Hafs', category: 'oil_sales', direction: 'income' },
    ]);
    expect(brief({ text: 'Date : 12/04/2016\nDe : Abou Yasser\n\nNous avons reçu 3 000 € de la part du frère Abou Bakr au titre de : zakat, à Raqqa.' })).toEqual([
      { date: '2016-04-12', amount: 3000, currency: 'EUR', payer: 'Abou Bakr', payee: 'Abou Yasser', category: 'taxation_zakat', direction: 'income' },
    ]);
    const [virement] = proseTransactions({ text: 'Un virement de 1 550 dollars a été envoyé au cheikh Myriam bent Abdallah al-Joubouri à Londres.' });
    expect(virement).toMatchObject({ amount: 1550, currency: 'USD', payee: 'Myriam bent Abdallah al-Joubouri', category: 'transfers_abroad', country: 'GB', direction: 'spending' });
    const [wire] = proseTransactions({ text: 'A transfer of $2,100 was sent to brother Abū ʿUbayda al-Ḥimṣī in Amman.' });
    expect(wire).toMatchObject({ amount: 2100, payee: 'Abū ʿUbayda al-Ḥimṣī', country: 'JO' });
  });

  it("a street in the payee's address is not the payer", () => {
    const [t] = proseTransactions({ text: 'Un virement de 1 550 dollars a été envoyé au frère Abou Hamza ad-Dayri à chaussée de Gand 146, 1080 Bruxelles.' });
    expect(t).toMatchObject({ payee: 'Abou Hamza ad-Dayri', payer: null, country: 'BE' });
    const [u] = proseTransactions({ text: 'A transfer from Abu Bakr al-Iraqi of 2,000 dollars was sent to brother Abu Hamza in Rue de Namur 12, Brussels.' });
    expect(u).toMatchObject({ payer: 'Abu Bakr al-Iraqi', payee: 'Abu Hamza' });
  });

  it('the payer before the amount, a name written with أبي', () => {
    expect(brief({ text: 'تسلمت من أبي علي مبلغ 3000 دولار أمريكي ثمن النفط.' })).toEqual([
      { date: null, amount: 3000, currency: 'USD', payer: 'أبي علي', payee: null, category: 'oil_sales', direction: 'income' },
    ]);
  });

  it('a donation whose foreign city is in the next sentence, across a blank line', () => {
    const text = 'نحيطكم علماً بأننا استلمنا مبلغ 2,950 ليرة تركية من الشيخ أبو بلال الفلاحي من تبرعات من الخارج.\n\nوصل المبلغ من إسطنبول عن طريق أحد المكاتب.';
    expect(proseTransactions({ text })[0]).toMatchObject({ payer: 'أبو بلال الفلاحي', category: 'donations_abroad', country: 'TR' });
  });

  it('a sentence wrapped over lines (a PDF) stays one sentence', () => {
    const text = 'Nous avons reçu 27 000 dollars de la part du cheikh Abu al-Baraa el-Sheikhly au titre de : dons de\nl’étranger, à Mayadine.';
    expect(proseTransactions({ text })[0]).toMatchObject({ amount: 27000, payer: 'Abu al-Baraa el-Sheikhly', category: 'donations_abroad' });
  });

  it('a pay list under its heading, without its total line', () => {
    const text = 'التاريخ: 01/06/2016\nكشف رواتب شهر رمضان:\nأبو عمر: 200 دولار\nأبو بكر: 150 دولار\nالمجموع: 350 دولار';
    expect(brief({ text })).toEqual([
      { date: '2016-06-01', amount: 200, currency: 'USD', payer: null, payee: 'أبو عمر', category: 'salaries', direction: 'spending' },
      { date: '2016-06-01', amount: 150, currency: 'USD', payer: null, payee: 'أبو بكر', category: 'salaries', direction: 'spending' },
    ]);
    expect(brief({ text: 'Salaries paid this month:\n\nSaeed Yousif Al-Dhahiri: 69,000 SYP\n\nTamer al-Dhahabi: 108,000 Syrian pounds' }).map((t) => [t.payee, t.amount, t.currency])).toEqual([
      ['Saeed Yousif Al-Dhahiri', 69000, 'SYP'],
      ['Tamer al-Dhahabi', 108000, 'SYP'],
    ]);
  });

  it('chat lines: the sender receives, the message time is the date', () => {
    const text = 'أم عقيل: استلمت 7,600 دولار من أبو معاذ\nأبو حذيفة: تمام';
    const messages = [
      { sender: 'أم عقيل', at: '2014-07-31T08:44:58', start: 9, end: 40 },
      { sender: 'أبو حذيفة', at: '2014-07-31T09:00:00', start: 52, end: 56 },
    ];
    expect(brief({ text, messages })).toEqual([
      { date: '2014-07-31', amount: 7600, currency: 'USD', payer: 'أبو معاذ', payee: 'أم عقيل', category: 'other', direction: 'income' },
    ]);
  });

  it('no verb, but a receipt notice: the amount with its payer under the title', () => {
    const text = 'إشعار استلام مبلغ\nالتاريخ: 01/02/2017\nبأننا مبلغ 3100 ليرة تركية من الأخ أبو صهيب الذهبي من فدية.';
    expect(brief({ text })).toEqual([{ date: '2017-02-01', amount: 3100, currency: 'TRY', payer: 'أبو صهيب الذهبي', payee: null, category: 'ransom', direction: 'income' }]);
  });

  it('leaves prices, exchange rates and news alone', () => {
    for (const text of [
      'ارتفع سعر صرف الدولار إلى 1450 ديناراً في أسواق بغداد اليوم.',
      'Oil prices rose to $50 a barrel on Monday.',
      'Exchange rate: 1 USD = 1,190 IQD',
      'الأسعار اليوم:\nالخبز: 500 دينار\nالسكر: 1000 دينار',
      'The reconstruction budget reached 2.5 million dollars this year.',
      'Le prix du pain est passé à 500 livres syriennes.',
      'يبلغ سعر برميل النفط 30 دولار للبرميل في السوق السوداء.',
    ]) {
      expect(proseTransactions({ text }), text).toEqual([]);
    }
  });

  it('a request is kept with a lower confidence', () => {
    const [done] = proseTransactions({ text: 'We sent 2,000 USD to Abu Saad in Gaziantep.' });
    const [asked] = proseTransactions({ text: 'Please send 2,000 USD to Abu Saad in Gaziantep.' });
    expect(asked).toMatchObject({ payee: 'Abu Saad', direction: 'spending' });
    expect(asked!.confidence).toBeLessThan(done!.confidence);
  });

  it('a quoted reply does not count twice', () => {
    const text = 'Received, thanks.\n\n> I received $12,000 from Abu Muhammad for the ransom.\n\nI received $12,000 from Abu Muhammad for the ransom.';
    expect(proseTransactions({ text })).toHaveLength(1);
  });

  it('a ransom paid out is not ransom income', () => {
    expect(proseTransactions({ text: 'دفعنا 1500 دولار للأخ أبو سليمان كفدية عن الأسير.' })[0]).toMatchObject({
      payee: 'أبو سليمان',
      direction: 'spending',
      category: 'other',
    });
  });
});
