/**
 * Geographic coordinates: decimal degrees ("33.3152, 44.3661", "33.3152° N, 44.3661° E", "N 33.3152 E 44.3661")
 * and degrees-minutes-seconds ("33°18′55″N 44°21′58″E", with ' and " too, or Arabic شمالاً/شرقاً), on text with
 * Arabic-Indic digits and the Arabic decimal separator folded. A bare pair of decimals is common in tables,
 * so it needs a degree sign or hemisphere, a cue word (GPS, coordinates, lat, إحداثيات, الموقع) before it on
 * its line, or a comma between two numbers of at least four decimals that are not part of a longer list.
 * Value: "lat,lon" with 5 decimals; attrs {lat, lon}.
 */

import { foldDigits, lineStartOf, makeMention } from './digits.js';
import type { Mention, Recogniser } from './types.js';

const HEMISPHERE = '((?<!\\p{L})[NSEW]\\b|شمال[اًا]*|جنوب[اًا]*|شرق[اًا]*|غرب[اًا]*)';
const DEG = '\\s*[°º˚]';
const MIN = "\\s*['′’]";
const SEC = '\\s*(?:["″”]|\'\'|′′)';

/** One decimal coordinate: optional leading hemisphere, signed degrees with 3+ decimals, optional ° and hemisphere. */
const DECIMAL_PART = `(?:${HEMISPHERE}\\s*)?([-+−]?\\d{1,3}\\.\\d{3,10})(${DEG})?(?:\\s*${HEMISPHERE})?`;
const DECIMAL = new RegExp(`(?<![\\p{N}.,\\-])${DECIMAL_PART}\\s*(?:[,;/،]\\s*|\\s+)${DECIMAL_PART}(?![\\p{N}]|\\.\\d)`, 'gu');

/** One DMS coordinate: degrees°, minutes′, optional seconds″, hemisphere. */
const DMS_PART = `(\\d{1,3})${DEG}\\s*(\\d{1,2}(?:\\.\\d+)?)${MIN}\\s*(?:(\\d{1,2}(?:\\.\\d+)?)${SEC})?\\s*${HEMISPHERE}`;
const DMS = new RegExp(`(?<![\\p{N}])${DMS_PART}\\s*[,;/،]?\\s*${DMS_PART}`, 'gu');

const CUE = /(?:\bgps\b|\bcoord|\blat(?:itude)?\b|\blon(?:g|gitude)?\b|\blocation\b|\bposition\b|\bgeo\b|\bmaps?\b|إحداثي|احداثي|الموقع|موقع|خط العرض|خط الطول)/i;

const SIGN: Record<string, number> = { n: 1, s: -1, e: 1, w: -1 };

/** The hemisphere, n/s/e/w, of a letter or an Arabic word (شمال north, جنوب south, شرق east, غرب west). */
function hemisphere(word: string | undefined): string | undefined {
  if (!word) return undefined;
  if (word.startsWith('شمال')) return 'n';
  if (word.startsWith('جنوب')) return 's';
  if (word.startsWith('شرق')) return 'e';
  if (word.startsWith('غرب')) return 'w';
  return word.toLowerCase();
}

function signed(value: number, hemi: string | undefined): number {
  return hemi ? Math.abs(value) * (SIGN[hemi] ?? 1) : value;
}

function isLatitude(h: string | undefined): boolean {
  return h === undefined || h === 'n' || h === 's';
}

function isLongitude(h: string | undefined): boolean {
  return h === undefined || h === 'e' || h === 'w';
}

function inRange(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

function coordinateMention(text: string, start: number, end: number, lat: number, lon: number, confidence: number): Mention {
  const value = `${lat.toFixed(5)},${lon.toFixed(5)}`;
  return makeMention(text, 'coordinates', start, end, value, 'coordinates', confidence, { lat: Number(lat.toFixed(6)), lon: Number(lon.toFixed(6)) });
}

function decimalMention(text: string, folded: string, m: RegExpMatchArray): Mention | undefined {
  const [surface, preA, latText, latDeg, postA, preB, lonText, lonDeg, postB] = m;
  const start = m.index ?? 0;
  const end = start + surface.length;
  const latHemi = hemisphere(preA ?? postA);
  const lonHemi = hemisphere(preB ?? postB);
  if (!isLatitude(latHemi) || !isLongitude(lonHemi) || !latText || !lonText) return undefined;
  const lat = signed(Number(latText.replace('−', '-')), latHemi);
  const lon = signed(Number(lonText.replace('−', '-')), lonHemi);
  if (!inRange(lat, lon)) return undefined;
  const marked = Boolean(latHemi || lonHemi || latDeg || lonDeg);
  const lineStart = lineStartOf(folded, start);
  const cued = CUE.test(folded.slice(Math.max(lineStart, start - 60), start));
  const decimals = Math.min(latText.split('.')[1]?.length ?? 0, lonText.split('.')[1]?.length ?? 0);
  const inList = /\d\s*[,;،]\s*$/.test(folded.slice(Math.max(0, start - 12), start)) || /^\s*[,;،]\s*[-+]?\d/.test(folded.slice(end, end + 12));
  if (marked || cued) return coordinateMention(text, start, end, lat, lon, marked ? 0.9 : 0.8);
  if (decimals >= 4 && /[,،]/.test(surface) && !inList) return coordinateMention(text, start, end, lat, lon, 0.6);
  return undefined;
}

function dmsValue(deg: string | undefined, min: string | undefined, sec: string | undefined): number | undefined {
  const d = Number(deg);
  const m = Number(min);
  const s = sec ? Number(sec) : 0;
  if (m >= 60 || s >= 60) return undefined;
  return d + m / 60 + s / 3600;
}

function dmsMention(text: string, m: RegExpMatchArray): Mention | undefined {
  const [surface, latD, latM, latS, latH, lonD, lonM, lonS, lonH] = m;
  const latHemi = hemisphere(latH);
  const lonHemi = hemisphere(lonH);
  if (latHemi === undefined || lonHemi === undefined || !isLatitude(latHemi) || !isLongitude(lonHemi)) return undefined;
  const latAbs = dmsValue(latD, latM, latS);
  const lonAbs = dmsValue(lonD, lonM, lonS);
  if (latAbs === undefined || lonAbs === undefined) return undefined;
  const lat = signed(latAbs, latHemi);
  const lon = signed(lonAbs, lonHemi);
  if (!inRange(lat, lon)) return undefined;
  const start = m.index ?? 0;
  return coordinateMention(text, start, start + surface.length, lat, lon, 0.95);
}

export const coordinatesRecogniser: Recogniser = {
  name: 'coordinates',
  version: 1,
  types: ['coordinates'],
  recognise(text: string): Mention[] {
    const folded = foldDigits(text);
    const mentions: Mention[] = [];
    if (/[°º˚]/.test(folded)) {
      for (const m of folded.matchAll(DMS)) {
        const mention = dmsMention(text, m);
        if (mention) mentions.push(mention);
      }
    }
    const decimals = /\d\.\d{3}/.test(folded) ? folded.matchAll(DECIMAL) : [];
    for (const m of decimals) {
      const start = m.index ?? 0;
      if (mentions.some((d) => start < d.end && d.start < start + m[0].length)) continue;
      const mention = decimalMention(text, folded, m);
      if (mention) mentions.push(mention);
    }
    return mentions.sort((a, b) => a.start - b.start);
  },
};
