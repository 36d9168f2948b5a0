/**
 * gzip files: one child, the decompressed data, named after the header's original file name (FNAME, its last
 * path component) or the input name without '.gz' ('x.tgz' → 'x.tar'). A tar.gz thus arrives at the tar
 * extractor as a child. Decompression stops at the limits (zlib's maxOutputLength); an over-limit result is
 * recorded as the child's error {reason:'limit'}.
 */
import { gunzipSync } from 'node:zlib';
import { Budget, RATIO_FLOOR } from './zip.js';
import { ExtractError, type Extractor } from './types.js';

/** The FNAME field of the first gzip member's header (latin-1, NUL-terminated), if present. */
export function gzipOriginalName(b: Uint8Array): string | undefined {
  if (b.length < 10 || b[0] !== 0x1f || b[1] !== 0x8b) return undefined;
  const flags = b[3] ?? 0;
  if (!(flags & 0x08)) return undefined;
  let p = 10;
  if (flags & 0x04) p += 2 + ((b[10] ?? 0) | ((b[11] ?? 0) << 8));
  const end = b.indexOf(0, p);
  if (end < 0) return undefined;
  return Buffer.from(b.subarray(p, end)).toString('latin1');
}

/** The child's name: FNAME's last component, else the input name with its gzip suffix removed. */
function childName(bytes: Uint8Array, name: string): string {
  const original = gzipOriginalName(bytes)?.split(/[/\\]/).pop();
  if (original && original !== '..' && original !== '.') return original;
  if (/\.tgz$/i.test(name)) return name.replace(/\.tgz$/i, '.tar');
  return /\.gz$/i.test(name) ? name.slice(0, -3) : `${name}.out`;
}

export const extractGzip: Extractor = async ({ bytes, name, limits }) => {
  const child = childName(bytes, name);
  const budget = new Budget(limits, 'gzip');
  budget.child();
  // Largest output allowed: the member, total and ratio limits, whichever is smallest.
  const ratioCap = Math.max(RATIO_FLOOR, bytes.length * limits.maxRatio);
  const cap = Math.min(limits.maxBytes, limits.maxUnpackedBytes, ratioCap);
  let out: Buffer;
  try {
    out = gunzipSync(bytes, { maxOutputLength: Math.max(1, cap) });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      const error = { reason: 'limit' as const, message: `gzip: decompresses to more than ${cap} bytes (maxBytes, maxUnpackedBytes or maxRatio)` };
      return { text: '', method: 'none', metadata: {}, children: [{ name: child, error }] };
    }
    const truncated = err.code === 'Z_BUF_ERROR' || /unexpected end/i.test(err.message);
    throw new ExtractError(truncated ? 'truncated' : 'corrupt', `gzip: ${err.message}`);
  }
  budget.add(out.length);
  return {
    text: '',
    method: 'none',
    metadata: { originalName: gzipOriginalName(bytes) },
    children: [{ name: child, bytes: new Uint8Array(out.buffer, out.byteOffset, out.length) }],
  };
};
