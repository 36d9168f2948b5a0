/**
 * ZIP archives of rendered members (members may be archives themselves). fflate writes the UTF-8 name flag
 * (general purpose bit 11) for non-ASCII names; every entry gets the spec's mtime (its UTC wall-clock time);
 * members that are already compressed are stored, the rest deflated at level 6.
 */
import { zipSync, type ZipOptions, type Zippable } from 'fflate';
import type { Renderer } from '../spec.js';

const STORED = /\.(jpe?g|png|zip|docx|xlsx|pdf)$/i;

/** An ISO instant's UTC wall-clock fields as MS-DOS time and date words. */
function dosDateTime(iso: string): { time: number; date: number } {
  const t = new Date(iso);
  const y = t.getUTCFullYear();
  if (Number.isNaN(y) || y < 1980 || y > 2099) throw new Error(`renderZip: invalid mtime '${iso}'`);
  return {
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | (t.getUTCSeconds() >> 1),
    date: ((y - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
  };
}

/**
 * fflate converts mtime with the machine's local time zone (and cannot express times skipped by a DST
 * change), so the time and date words are written afterwards into every local and central header.
 */
function stampTimes(zip: Uint8Array, { time, date }: { time: number; date: number }): void {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.length - 22; // fflate writes no archive comment
  if (v.getUint32(eocd, true) !== 0x06054b50) throw new Error('renderZip: end of central directory not found');
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    const local = v.getUint32(p + 42, true);
    for (const at of [p + 12, local + 10]) {
      v.setUint16(at, time, true);
      v.setUint16(at + 2, date, true);
    }
    p += 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
  }
}

export const renderZip: Renderer<'zip'> = async (spec, ctx) => {
  const stamp = dosDateTime(spec.mtime);
  const mtime = new Date(2000, 0, 1); // placeholder, overwritten by stampTimes
  const files: Zippable = {};
  for (const m of spec.members) {
    if (Object.prototype.hasOwnProperty.call(files, m.filename)) {
      throw new Error(`renderZip: duplicate member '${m.filename}'`);
    }
    const opts: ZipOptions = { level: STORED.test(m.filename) ? 0 : 6, mtime };
    files[m.filename] = [await ctx.render(m.spec), opts];
  }
  const zip = zipSync(files, { level: 6, mtime });
  stampTimes(zip, stamp);
  return zip;
};
