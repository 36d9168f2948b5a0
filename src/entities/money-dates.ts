/**
 * The money and date recognisers, for the entities registry: amounts with their currency (money.ts),
 * Gregorian dates (date.ts) and Hijri dates converted with the Umm al-Qura table (hijri.ts).
 * The two date recognisers never claim the same text: a date marked هـ/AH or with a 13xx-14xx year is Hijri.
 */

import { gregorianDateRecogniser } from './date.js';
import { hijriDateRecogniser } from './hijri.js';
import { moneyRecogniser } from './money.js';
import type { Recogniser } from './types.js';

export const MONEY_DATE_RECOGNISERS: readonly Recogniser[] = [moneyRecogniser, gregorianDateRecogniser, hijriDateRecogniser];
