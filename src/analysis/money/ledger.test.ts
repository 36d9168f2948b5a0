import { describe, expect, it } from 'vitest';
import type { CellValue, Sheet } from '../../extract/types.js';
import { cleanName, excelSerialDate, isTotalLabel, readAmount, readCurrency, readDate, sheetTransactions } from './ledger.js';

const sheet = (name: string, rows: CellValue[][]): Sheet => ({ name, rows, start: 0, end: 0 });
const brief = (s: Sheet) =>
  sheetTransactions(s).map((t) => ({ row: t.row, date: t.date, amount: t.amount, currency: t.currency, payer: t.payer, payee: t.payee, category: t.category, direction: t.direction }));

describe('readers', () => {
  it('reads dates: ISO, day-first numeric, month-first when told, Hijri with هـ and AH, Excel serials, month names', () => {
    expect(readDate('2015-03-04')?.iso).toBe('2015-03-04');
    expect(readDate('2015-03-04T00:00:00')?.iso).toBe('2015-03-04');
    expect(readDate('04/03/2015')?.iso).toBe('2015-03-04');
    expect(readDate('04/03/2015', { monthFirst: true })?.iso).toBe('2015-04-03');
    expect(readDate('25/12/2015', { monthFirst: true })?.iso).toBe('2015-12-25'); // impossible as month-first
    expect(readDate('٠٤/٠٣/٢٠١٥')?.iso).toBe('2015-03-04');
    expect(readDate('12/09/1436 هـ')?.iso).toBe('2015-06-29');
    expect(readDate('1436/9/12هـ')?.iso).toBe('2015-06-29');
    expect(readDate('12 رمضان 1436')?.iso).toBe('2015-06-29');
    expect(readDate('12/09/1436 AH')?.iso).toBe('2015-06-29');
    expect(readDate('4 March 2015')?.iso).toBe('2015-03-04');
    expect(readDate('4 آذار 2015')?.iso).toBe('2015-03-04');
    expect(readDate(42005, { serials: true })?.iso).toBe('2015-01-01');
    expect(readDate(42005)).toBeNull(); // a bare number is a date only in a date column
    expect(excelSerialDate(25569)).toBeNull(); // 1970: outside the plausible span
    expect(readDate('Rent')).toBeNull();
  });

  it('reads amounts: numbers, grouped strings, Arabic-Indic digits, brackets and signs, a currency in the cell', () => {
    expect(readAmount(1500)).toMatchObject({ value: 1500, negative: false });
    expect(readAmount('1,500')).toMatchObject({ value: 1500 });
    expect(readAmount('1,500.50')).toMatchObject({ value: 1500.5 });
    expect(readAmount('1.500,50')).toMatchObject({ value: 1500.5 });
    expect(readAmount('٥٠٠٠')).toMatchObject({ value: 5000 });
    expect(readAmount('١٬٥٠٠')).toMatchObject({ value: 1500 });
    expect(readAmount('5 000')).toMatchObject({ value: 5000 });
    expect(readAmount('(250)')).toMatchObject({ value: 250, negative: true });
    expect(readAmount('-250')).toMatchObject({ value: 250, negative: true });
    expect(readAmount('$1,200')).toMatchObject({ value: 1200, currency: 'USD' });
    expect(readAmount('5000 دينار عراقي')).toMatchObject({ value: 5000, currency: 'IQD' });
    expect(readAmount('خمسة آلاف')).toMatchObject({ value: 5000 });
    expect(readAmount('-')).toBeNull();
    expect(readAmount('')).toBeNull();
    expect(readAmount(0)).toBeNull();
    expect(readAmount('Abu Ali')).toBeNull();
  });

  it('reads currencies from cells, headers, titles and sheet names', () => {
    expect(readCurrency('USD')).toBe('USD');
    expect(readCurrency('usd')).toBe('USD');
    expect(readCurrency('$')).toBe('USD');
    expect(readCurrency('دولار')).toBe('USD');
    expect(readCurrency('دينار عراقي')).toBe('IQD');
    expect(readCurrency('ل.س')).toBe('SYP');
    expect(readCurrency('ليرة تركية')).toBe('TRY');
    expect(readCurrency('المبلغ (دولار)')).toBe('USD');
    expect(readCurrency('المبلغ بالدينار العراقي')).toBe('IQD');
    expect(readCurrency('Montant (€)')).toBe('EUR');
    expect(readCurrency('Amount in Turkish lira')).toBe('TRY');
    expect(readCurrency('الواردات')).toBeUndefined();
  });

  it('drops honorifics from names, keeps the name as written', () => {
    expect(cleanName('الأخ أبو علي الحلبي')).toBe('أبو علي الحلبي');
    expect(cleanName('الشيخ الأمير أبو بكر')).toBe('أبو بكر');
    expect(cleanName('brother Abu Ali')).toBe('Abu Ali');
    expect(cleanName('Sheikh Abu Hamza al-Iraqi')).toBe('Abu Hamza al-Iraqi');
    expect(cleanName('Umm Aqil')).toBe('Umm Aqil');
    expect(cleanName('  ')).toBeNull();
  });

  it('knows total labels in three languages', () => {
    for (const label of ['المجموع', 'المجموع الفرعي', 'الإجمالي', 'إجمالي الشهر', 'الرصيد المدور', 'Total', 'Subtotal', 'Sub-total', 'Grand total', 'Sous-total', 'Total général', 'Balance c/f'])
      expect(isTotalLabel(label), label).toBe(true);
    for (const label of ['زكاة', 'Totally', 'Abu Ali', 'رسوم']) expect(isTotalLabel(label), label).toBe(false);
  });
});

describe('sheetTransactions', () => {
  it('an Arabic expenses sheet: title and blank rows above the header, currency in the header, Hijri dates, merged cells, subtotal and total rows', () => {
    const s = sheet('المصروفات', [
      ['سجل المصروفات - ولاية الرقة', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['م', 'التاريخ', 'البيان', 'الجهة', 'المبلغ (دولار)', 'ملاحظات'],
      [1, '12/09/1436 هـ', 'رواتب الإخوة', 'الأخ أبو عمر الشامي', '1,500', null],
      [2, null, 'رواتب', 'أبو بكر', '٥٠٠٠', 'نقداً'], // the date cell is merged with the one above
      [null, null, 'المجموع الفرعي', null, '6,500', null],
      [3, '1436/10/02 هـ', 'حوالة إلى الخارج', 'أبو خالد', 2000, 'إسطنبول'],
      [null, null, 'الإجمالي', null, 8500, null],
    ]);
    expect(brief(s)).toEqual([
      { row: 4, date: '2015-06-29', amount: 1500, currency: 'USD', payer: null, payee: 'أبو عمر الشامي', category: 'salaries', direction: 'spending' },
      { row: 5, date: '2015-06-29', amount: 5000, currency: 'USD', payer: null, payee: 'أبو بكر', category: 'salaries', direction: 'spending' },
      { row: 7, date: '2015-07-18', amount: 2000, currency: 'USD', payer: null, payee: 'أبو خالد', category: 'transfers_abroad', direction: 'spending' },
    ]);
    const [salary, , transfer] = sheetTransactions(s);
    expect(salary).toMatchObject({ sheet: 'المصروفات', dateSurface: '12/09/1436 هـ', surface: '1,500', categoryReason: 'البيان: "رواتب"' });
    expect(transfer).toMatchObject({ country: 'TR', countryReason: 'place "إسطنبول" (TR)', usd: 2000 });
  });

  it('an English register: payer and payee columns, Excel serial dates, a currency symbol column, brackets for money out, unlabelled and labelled totals', () => {
    const s = sheet('Sheet1', [
      ['Accounts register', null, null, null, null, null, null, null],
      ['No.', 'Date', 'Description', 'Paid by', 'Paid to', 'Amount', 'Currency', 'Memo'],
      [1, 42005, 'Oil sales (tanker)', 'Abu Salah', 'Treasury', 12000, 'USD', null],
      [2, 42010, 'Checkpoint fees', 'Traders', 'Treasury', '2,500.50', '$', 'Road to Deir ez-Zor'],
      [3, 42015, 'Fuel for vehicles', 'Treasury', 'Abu Ali station', '(250)', 'USD', null],
      [null, null, null, null, null, 14250.5, null, null],
      [null, null, 'Total', null, null, 14250.5, 'USD', null],
    ]);
    expect(brief(s)).toEqual([
      { row: 3, date: '2015-01-01', amount: 12000, currency: 'USD', payer: 'Abu Salah', payee: 'Treasury', category: 'oil_sales', direction: 'income' },
      { row: 4, date: '2015-01-06', amount: 2500.5, currency: 'USD', payer: 'Traders', payee: 'Treasury', category: 'checkpoint_fees', direction: 'income' },
      // Fuel bought is not oil sold: the money goes out, so the oil words do not make it oil sales.
      { row: 5, date: '2015-01-11', amount: 250, currency: 'USD', payer: 'Treasury', payee: 'Abu Ali station', category: 'other', direction: 'spending' },
    ]);
  });

  it('a merged amount header over currency sub-columns', () => {
    const s = sheet('حسابات', [
      ['التاريخ', 'البيان', 'المبلغ', null, 'ملاحظات'],
      [null, null, 'دولار', 'دينار', null],
      ['2015-03-01', 'زكاة الأنعام', 1000, null, 'الرقة'],
      ['2015-03-02', 'بيع النفط', null, '2,500,000', null],
    ]);
    expect(brief(s).map((t) => [t.row, t.amount, t.currency, t.category, t.direction])).toEqual([
      [3, 1000, 'USD', 'taxation_zakat', 'income'],
      [4, 2500000, 'IQD', 'oil_sales', 'income'],
    ]);
  });

  it('a French cash book with receipts and payments columns and a balance column that is not an amount', () => {
    const s = sheet('Caisse (USD)', [
      ['Date', 'Libellé', 'Recettes', 'Dépenses', 'Solde'],
      ['03/02/2016', "Dons de l'étranger (Koweït)", '5 000', null, 5000],
      ['15/02/2016', 'Salaires février', null, '1 200', 3800],
      ['16/02/2016', 'Virement à Gaziantep', null, 800, 3000],
    ]);
    const txs = sheetTransactions(s);
    expect(txs.map((t) => [t.date, t.amount, t.currency, t.direction, t.category, t.country ?? null])).toEqual([
      ['2016-02-03', 5000, 'USD', 'income', 'donations_abroad', 'KW'],
      ['2016-02-15', 1200, 'USD', 'spending', 'salaries', null],
      ['2016-02-16', 800, 'USD', 'spending', 'transfers_abroad', 'TR'],
    ]);
  });

  it('a sheet without a header, typed by content', () => {
    const s = sheet('data', [
      ['2016-01-03', 'ransom', 'Abu Yasir', 50000, 'USD'],
      ['2016-01-05', 'oil', 'Abu Talha al-Ansari', 20000, 'USD'],
      ['2016-01-09', 'taxes', 'Market traders', 3500, 'USD'],
    ]);
    expect(brief(s).map((t) => [t.row, t.date, t.amount, t.payer, t.category])).toEqual([
      [1, '2016-01-03', 50000, 'Abu Yasir', 'ransom'],
      [2, '2016-01-05', 20000, 'Abu Talha al-Ansari', 'oil_sales'],
      [3, '2016-01-09', 3500, 'Market traders', 'taxation_zakat'],
    ]);
    expect(sheetTransactions(s)[0]!.confidence).toBeLessThan(0.9);
  });

  it('two tables in one sheet, each under its section title and header; month-first dates when the column shows it', () => {
    const s = sheet('Book', [
      ['الواردات'],
      ['التاريخ', 'من', 'المبلغ', 'العملة', 'البيان'],
      ['01/05/2015', 'أبو سعد', '10000', 'دولار', 'فدية'],
      ['02/05/2015', 'أبو حفص', '2000', 'دولار', 'زكاة'],
      [null, 'المجموع', 12000, 'دولار', null],
      [],
      ['المصروفات'],
      ['Date', 'To', 'Amount', 'Currency', 'Description'],
      ['03/05/2015', 'Abu Zaid', '500', 'IQD', 'salary'],
      ['12/25/2015', 'Abu Zaid', '600', 'IQD', 'salary'],
    ]);
    expect(brief(s)).toEqual([
      { row: 3, date: '2015-05-01', amount: 10000, currency: 'USD', payer: 'أبو سعد', payee: null, category: 'ransom', direction: 'income' },
      { row: 4, date: '2015-05-02', amount: 2000, currency: 'USD', payer: 'أبو حفص', payee: null, category: 'taxation_zakat', direction: 'income' },
      { row: 9, date: '2015-03-05', amount: 500, currency: 'IQD', payer: null, payee: 'Abu Zaid', category: 'salaries', direction: 'spending' },
      { row: 10, date: '2015-12-25', amount: 600, currency: 'IQD', payer: null, payee: 'Abu Zaid', category: 'salaries', direction: 'spending' },
    ]);
  });

  it('the currency from the sheet name or title, the direction from the sheet name, a counterparty column', () => {
    const s = sheet('الواردات بالدينار', [
      ['التاريخ', 'البيان', 'الجهة', 'المبلغ'],
      ['2016-04-01', 'زكاة', 'تجار السوق', '250,000'],
      ['2016-04-02', 'رسوم الحواجز', 'سائق شاحنة', '75,000'],
    ]);
    expect(brief(s).map((t) => [t.amount, t.currency, t.direction, t.payer, t.category])).toEqual([
      [250000, 'IQD', 'income', 'تجار السوق', 'taxation_zakat'],
      [75000, 'IQD', 'income', 'سائق شاحنة', 'checkpoint_fees'],
    ]);
  });

  it('a direction column (وارد / صادر)', () => {
    const s = sheet('الحركة', [
      ['التاريخ', 'نوع الحركة', 'البيان', 'الاسم', 'المبلغ', 'العملة'],
      ['2017-01-02', 'وارد', 'تبرعات من الخارج', 'أبو عبد الله', 3000, 'USD'],
      ['2017-01-03', 'صادر', 'رواتب', 'أبو يوسف', 200, 'USD'],
    ]);
    expect(brief(s).map((t) => [t.direction, t.payer, t.payee, t.category])).toEqual([
      ['income', 'أبو عبد الله', null, 'donations_abroad'],
      ['spending', null, 'أبو يوسف', 'salaries'],
    ]);
  });

  it('a bare transfer with no foreign place is not a transfer abroad', () => {
    const s = sheet('Expenses', [
      ['Date', 'Description', 'Payee', 'Amount', 'Currency', 'Notes'],
      ['2016-05-01', 'hawala', 'Abu Anas', 900, 'USD', 'Mosul'],
      ['2016-05-02', 'hawala', 'Abu Anas', 900, 'USD', 'Vienna'],
    ]);
    const [home, abroad] = sheetTransactions(s);
    expect(home).toMatchObject({ category: 'other', direction: 'spending' });
    expect(home!.categoryReason).toContain('without a foreign place');
    expect(abroad).toMatchObject({ category: 'transfers_abroad', country: 'AT' });
  });

  it('is silent on sheets that are not ledgers', () => {
    expect(sheetTransactions(sheet('Contacts', [['Name', 'Phone', 'City'], ['Abu Ali', '+964 770 123 4567', 'Mosul'], ['Abu Omar', '0935123456', 'Raqqa']]))).toEqual([]);
    expect(sheetTransactions(sheet('Stock', [['Item', 'Quantity'], ['Rifle', 12], ['Radio', 4]]))).toEqual([]);
    expect(sheetTransactions(sheet('Empty', []))).toEqual([]);
  });
});
