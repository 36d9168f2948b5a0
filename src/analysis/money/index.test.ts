import { describe, expect, it } from 'vitest';
import { delimitedTable, transactionsOf } from './index.js';

describe('transactionsOf', () => {
  it('reads a workbook as a ledger only (its text repeats the cells)', () => {
    const sheets = [
      {
        name: 'Income',
        rows: [
          ['Date', 'Description', 'From / To', 'Amount', 'Currency', 'Notes'],
          ['2015-10-07', 'zakat and taxes', 'Abu Dharr al-Mashhadani', 5750, 'USD', 'Fallujah'],
          [null, 'Total', null, 5750, 'USD', null],
        ],
        start: 0,
        end: 0,
      },
    ];
    const text = 'Income\nDate\tDescription\tFrom / To\tAmount\tCurrency\tNotes\n2015-10-07\tzakat and taxes\tAbu Dharr al-Mashhadani\t5750\tUSD\tFallujah';
    const txs = transactionsOf({ text, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sheets, languages: ['en'] });
    expect(txs).toHaveLength(1);
    expect(txs[0]).toMatchObject({ sheet: 'Income', row: 2, date: '2015-10-07', amount: 5750, currency: 'USD', usd: 5750, payer: 'Abu Dharr al-Mashhadani', category: 'taxation_zakat', direction: 'income' });
  });

  it('reads a CSV that was sniffed as plain text as a ledger', () => {
    const text = 'Date,Description,From / To,Amount,Currency,Notes\n2015-05-05,donations from abroad,Abu Jafar al-Raqqawi,235000,SYP,Berlin\n2015-05-13,ransom,"Raad Jamal, Al-Jubouri",42302000,SYP,Mosul\n,Total,,42537000,SYP,"May 2, 2015"\n';
    const txs = transactionsOf({ text, mime: 'text/plain', languages: ['en'] });
    expect(txs.map((t) => [t.row, t.amount, t.currency, t.payer, t.category, t.country ?? null])).toEqual([
      [2, 235000, 'SYP', 'Abu Jafar al-Raqqawi', 'donations_abroad', 'DE'],
      [3, 42302000, 'SYP', 'Raad Jamal, Al-Jubouri', 'ransom', null],
    ]);
  });

  it('reads letters and chats as prose, with the chat structure when given', () => {
    const letter = transactionsOf({ text: 'We received 10,086,000 SYP from emir Mariam ad-Dulaimi for oil sales in Mosul.', mime: 'text/plain', docDate: '2016-02-24T06:12:22.000Z', languages: ['en'] });
    expect(letter[0]).toMatchObject({ date: '2016-02-24', amount: 10086000, currency: 'SYP', payer: 'Mariam ad-Dulaimi', category: 'oil_sales', start: 0 });
    const text = 'Abou Hamza: I received 4,550 EUR from Abdulkarim al-Baggari';
    const chat = transactionsOf({ text, mime: 'application/x-telegram-export+json', languages: ['en'], messages: [{ sender: 'Abou Hamza', at: '2014-08-07T09:28:20', start: 12, end: text.length }] });
    expect(chat[0]).toMatchObject({ date: '2014-08-07', payer: 'Abdulkarim al-Baggari', payee: 'Abou Hamza', currency: 'EUR' });
    expect(transactionsOf({ text: '', mime: 'text/plain', languages: [] })).toEqual([]);
  });
});

describe('delimitedTable', () => {
  it('finds the delimiter and types plain numbers; prose is not a table', () => {
    const t = delimitedTable('a;b;c\n1;2,5;x\n3;4;"y;z"');
    expect(t?.rows).toEqual([['a', 'b', 'c'], [1, '2,5', 'x'], [3, 4, 'y;z']]);
    expect(delimitedTable('Dear brother,\nWe received the money, thanks.\nRegards.')).toBeNull();
  });
});
