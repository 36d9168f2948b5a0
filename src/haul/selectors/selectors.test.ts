/**
 * Checks the selector generators against libraries other than the ones they were built with:
 * `iban` for IBANs, `multicoin-address-validator` for wallets, and libphonenumber's full metadata
 * re-parsing every surface form of every phone number.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { Rng } from '../random.js';
import { PHONE_COUNTRIES, formatPhoneVariants, generatePhone, isMobileType, toArabicIndicDigits } from './phones.js';
import { IBAN_COUNTRIES, generateIban } from './ibans.js';
import { WALLET_KINDS, generateWallet } from './wallets.js';

// Both validators are CommonJS without type definitions; load them with minimal local types.
const require = createRequire(import.meta.url);
const IBAN = require('iban') as { isValid(iban: string): boolean; printFormat(iban: string): string };
const WAValidator = require('multicoin-address-validator') as {
  validate(address: string, currency: string, networkType?: string): boolean;
};

describe('phones', () => {
  for (const country of PHONE_COUNTRIES) {
    it(`${country}: 200 valid mobiles whose variants all parse back`, () => {
      const rng = Rng.fromSeed(1).fork(`phone-${country}`);
      for (let i = 0; i < 200; i++) {
        const phone = generatePhone(rng, country);
        const parsed = parsePhoneNumberFromString(phone.e164);
        expect(parsed?.isValid(), phone.e164).toBe(true);
        expect(parsed?.country).toBe(country);
        expect(isMobileType(country, parsed!.getType()!), `${phone.e164} ${parsed?.getType()}`).toBe(true);
        if (country !== 'DK') expect(parsed?.getType()).toBe('MOBILE');
        expect(parsePhoneNumberFromString(phone.national, country)?.number).toBe(phone.e164);
        expect(parsePhoneNumberFromString(phone.international)?.number).toBe(phone.e164);
        for (let v = 0; v < 5; v++) {
          const form = formatPhoneVariants(phone, rng, { arabic: country === 'IQ' || country === 'SY' });
          expect(parsePhoneNumberFromString(form, country)?.number, form).toBe(phone.e164);
        }
      }
    });
  }

  it('Arabic-Indic digits parse like ASCII ones', () => {
    expect(toArabicIndicDigits('07701234567')).toBe('٠٧٧٠١٢٣٤٥٦٧');
    expect(parsePhoneNumberFromString('٠٧٧٠١٢٣٤٥٦٧', 'IQ')?.number).toBe('+9647701234567');
    expect(parsePhoneNumberFromString(toArabicIndicDigits('+964 770 123 4567'))?.number).toBe('+9647701234567');
  });
});

describe('ibans', () => {
  for (const country of IBAN_COUNTRIES) {
    it(`${country}: 100 IBANs valid per the iban package`, () => {
      const rng = Rng.fromSeed(2).fork(`iban-${country}`);
      for (let i = 0; i < 100; i++) {
        const g = generateIban(rng, country);
        expect(IBAN.isValid(g.iban), g.iban).toBe(true);
        expect(g.iban.startsWith(country)).toBe(true);
        expect(g.printed).toBe(IBAN.printFormat(g.iban));
        expect(g.bankName.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('wallets', () => {
  for (const kind of WALLET_KINDS) {
    it(`${kind}: 200 addresses valid per multicoin-address-validator`, () => {
      const rng = Rng.fromSeed(3).fork(`wallet-${kind}`);
      for (let i = 0; i < 200; i++) {
        const w = generateWallet(rng, kind);
        expect(WAValidator.validate(w.address, w.chain, 'prod'), w.address).toBe(true);
        if (kind === 'btc-p2pkh') expect(w.address).toMatch(/^1/);
        if (kind === 'btc-bech32') expect(w.address).toMatch(/^bc1q[02-9ac-hj-np-z]{38}$/);
        if (kind === 'eth') expect(w.address).toMatch(/^0x(?=.*[a-f])(?=.*[A-F])[0-9a-fA-F]{40}$/);
        if (kind === 'trx') expect(w.address).toMatch(/^T[1-9A-HJ-NP-Za-km-z]{33}$/);
      }
    });
  }

  it('a corrupted ETH checksum is rejected (the validator really checks EIP-55)', () => {
    const { address } = generateWallet(Rng.fromSeed(4), 'eth');
    const i = address.slice(2).search(/[a-fA-F]/) + 2;
    const c = address[i]!;
    const flipped = address.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + address.slice(i + 1);
    expect(WAValidator.validate(flipped, 'ETH')).toBe(false);
  });
});

describe('determinism', () => {
  const run = (seed: number) => {
    const rng = Rng.fromSeed(seed);
    return [
      ...PHONE_COUNTRIES.map((c) => {
        const p = generatePhone(rng, c);
        return [p.e164, formatPhoneVariants(p, rng, { arabic: true })];
      }),
      ...IBAN_COUNTRIES.map((c) => generateIban(rng, c)),
      ...WALLET_KINDS.map((k) => generateWallet(rng, k).address),
    ];
  };

  it('the same seed gives the same outputs, a different seed different ones', () => {
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });
});
