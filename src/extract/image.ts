/**
 * Images: EXIF with exifreader (make, model, takenAt, GPS in signed decimal degrees, size, software) and,
 * when the runner passes `ocr`, the OCR'd text (every image: the runner decides which images to OCR).
 * Images without readable metadata are not errors: they just have no `exif`.
 */
import ExifReader, { type ExpandedTags } from 'exifreader';
import type { Extracted, Extractor } from './types.js';

export interface Exif {
  make?: string;
  model?: string;
  /** Local time 'YYYY-MM-DDTHH:MM:SS', with the offset when the file records one. */
  takenAt?: string;
  gps?: { lat: number; lon: number; altitude?: number };
  width?: number;
  height?: number;
  software?: string;
}

type Group = Record<string, { value?: unknown; description?: string } | undefined> | undefined;

/** A tag's text (first value of string arrays), trimmed; undefined when empty. */
function str(group: Group, key: string): string | undefined {
  const tag = group?.[key];
  const v = Array.isArray(tag?.value) ? tag.value[0] : (tag?.value ?? tag?.description);
  const s = typeof v === 'string' ? v.replace(/\0+$/, '').trim() : undefined;
  return s || undefined;
}

function num(group: Group, key: string): number | undefined {
  const v = group?.[key]?.value;
  const n = Array.isArray(v) ? v[0] : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** EXIF '2016:01:05 09:30:00' (+ optional offset) → '2016-01-05T09:30:00[+03:00]'. */
function exifTime(value: string | undefined, offset: string | undefined): string | undefined {
  const m = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(value ?? '');
  if (!m || m[1] === '0000') return undefined;
  const zone = /^[+-]\d{2}:\d{2}$/.test(offset ?? '') ? offset : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/** The EXIF summary of an image, or undefined when it carries none that exifreader can read. */
export function readExif(bytes: Uint8Array): Exif | undefined {
  let tags: ExpandedTags;
  try {
    tags = ExifReader.loadView(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), { expanded: true });
  } catch {
    return undefined;
  }
  const t = tags as unknown as Record<string, Group> & { gps?: { Latitude?: number; Longitude?: number; Altitude?: number } };
  const exif: Exif = {};
  const make = str(t.exif, 'Make');
  const model = str(t.exif, 'Model');
  const software = str(t.exif, 'Software');
  const takenAt =
    exifTime(str(t.exif, 'DateTimeOriginal'), str(t.exif, 'OffsetTimeOriginal')) ??
    exifTime(str(t.exif, 'DateTimeDigitized'), str(t.exif, 'OffsetTimeDigitized')) ??
    exifTime(str(t.exif, 'DateTime'), str(t.exif, 'OffsetTime'));
  // The real pixel size (file header) beats EXIF's, which editors often leave stale.
  const width = num(t.file, 'Image Width') ?? num(t.png, 'Image Width') ?? num(t.exif, 'PixelXDimension') ?? num(t.exif, 'ImageWidth');
  const height = num(t.file, 'Image Height') ?? num(t.png, 'Image Height') ?? num(t.exif, 'PixelYDimension') ?? num(t.exif, 'ImageLength');
  if (make) exif.make = make;
  if (model) exif.model = model;
  if (takenAt) exif.takenAt = takenAt;
  const { Latitude: lat, Longitude: lon, Altitude: altitude } = t.gps ?? {};
  if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) {
    exif.gps = { lat, lon, ...(typeof altitude === 'number' && Number.isFinite(altitude) ? { altitude } : {}) };
  }
  if (width) exif.width = width;
  if (height) exif.height = height;
  if (software) exif.software = software;
  return Object.keys(exif).length ? exif : undefined;
}

export const extractImage: Extractor = async ({ bytes, ocr }) => {
  const exif = readExif(bytes);
  const result: Extracted = { text: '', method: 'none', metadata: exif ? { exif } : {} };
  if (!ocr) return result;
  const r = await ocr.image(bytes);
  return {
    ...result,
    text: r.text,
    method: 'ocr',
    ocrConfidence: r.confidence,
    pages: [{ number: 1, start: 0, end: r.text.length, method: 'ocr', confidence: r.confidence }],
    metadata: { ...result.metadata, ocrLanguages: r.languages },
  };
};
