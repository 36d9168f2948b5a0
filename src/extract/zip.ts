/**
 * ZIP archives. The central directory is read first and every member's declared size and ratio is checked
 * before anything is inflated; inflation (fflate's streaming Inflate) then stops as soon as a member yields
 * more than it declared. Also home of the limit and name-safety helpers the other containers share.
 *
 * Limit policy (all containers): a member over `maxBytes` or `maxRatio` is recorded with error
 * {reason:'limit'} and the container goes on; going over `maxChildren` or `maxUnpackedBytes` (whole-container
 * totals) stops the container with ExtractError('limit').
 */
import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import iconv from 'iconv-lite';
import { ExtractError, type Child, type ExtractFailure, type Extractor, type Limits } from './types.js';

/** Members smaller than this are never refused for their ratio alone (a small file of spaces is no bomb). */
export const RATIO_FLOOR = 1024 * 1024;

/** True for member names that could escape a folder: '..' segments, absolute or drive paths, NUL. */
export function unsafeName(name: string): boolean {
  if (name.includes('\0') || /^([/\\]|[A-Za-z]:)/.test(name)) return true;
  return name.split(/[/\\]/).some((seg) => seg === '..');
}

/** Makes `name` unique among `seen` by adding ' (2)', ' (3)' ... before its extension. */
export function uniqueName(seen: Set<string>, name: string): string {
  let candidate = name;
  for (let i = 2; seen.has(candidate); i++) candidate = name.replace(/(\.[^./]*)?$/, (ext) => ` (${i})${ext}`);
  seen.add(candidate);
  return candidate;
}

/** Counts a container's children and unpacked bytes against its limits. */
export class Budget {
  private children = 0;
  private unpacked = 0;

  constructor(
    readonly limits: Limits,
    readonly what: string,
  ) {}

  /** Counts one more child; throws when the container has too many. */
  child(): void {
    this.children += 1;
    if (this.children > this.limits.maxChildren) {
      throw new ExtractError('limit', `${this.what}: more than ${this.limits.maxChildren} members`);
    }
  }

  /** Why a member of `size` bytes (packed into `packed` bytes, if known) may not be opened, if it may not. */
  refuse(size: number, packed?: number): ExtractFailure | undefined {
    if (size > this.limits.maxBytes) return { reason: 'limit', message: `member of ${size} bytes is over maxBytes (${this.limits.maxBytes})` };
    if (packed !== undefined && size > RATIO_FLOOR && size > packed * this.limits.maxRatio) {
      return { reason: 'limit', message: `member ratio ${(size / Math.max(packed, 1)).toFixed(0)} is over maxRatio (${this.limits.maxRatio})` };
    }
    return undefined;
  }

  /** Bytes the container may still unpack. */
  get remaining(): number {
    return this.limits.maxUnpackedBytes - this.unpacked;
  }

  /** Adds unpacked bytes to the running total; throws when the total goes over maxUnpackedBytes. */
  add(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limits.maxUnpackedBytes) {
      throw new ExtractError('limit', `${this.what}: more than ${this.limits.maxUnpackedBytes} bytes unpacked`);
    }
  }
}

/** One central-directory record. */
interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  packed: number;
  size: number;
  offset: number;
}

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);
const u64 = (v: DataView, at: number) => Number(v.getBigUint64(at, true));

function corrupt(message: string): never {
  throw new ExtractError('corrupt', `zip: ${message}`);
}

/** Locates the central directory (ZIP64 aware): its offset and entry count. */
function findDirectory(b: Uint8Array, v: DataView): { offset: number; count: number; shift: number } {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(v, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) corrupt('end of central directory not found');
  let count = u16(v, eocd + 10);
  let offset = u32(v, eocd + 16);
  const loc = eocd - 20;
  if (loc >= 0 && u32(v, loc) === 0x07064b50) {
    const z64 = u64(v, loc + 8);
    if (z64 + 56 > b.length || u32(v, z64) !== 0x06064b50) corrupt('bad ZIP64 end of central directory');
    count = u64(v, z64 + 32);
    offset = u64(v, z64 + 48);
  }
  // Data before the archive (self-extractors, appended zips) shifts every offset: measure it from the EOCD.
  const shift = eocd - u32(v, eocd + 12) - offset;
  return { offset, count, shift: shift > 0 && u32(v, offset + shift) === 0x02014b50 ? shift : 0 };
}

/** Decodes a member name: UTF-8 when flagged (or in an Info-ZIP Unicode Path field, or valid UTF-8), else CP437. */
function decodeName(raw: Uint8Array, flags: number, unicodePath: Uint8Array | undefined): string {
  if (flags & 0x800) return new TextDecoder().decode(raw);
  if (unicodePath) return new TextDecoder().decode(unicodePath);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return iconv.decode(Buffer.from(raw), 'cp437');
  }
}

/** Reads every central-directory record, without touching member data. */
function readDirectory(b: Uint8Array): Entry[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const { offset, count, shift } = findDirectory(b, v);
  const entries: Entry[] = [];
  let p = offset + shift;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(v, p) !== 0x02014b50) corrupt(`central directory record ${i} is damaged`);
    const nameLen = u16(v, p + 28);
    const extraLen = u16(v, p + 30);
    const end = p + 46 + nameLen + extraLen + u16(v, p + 32);
    if (end > b.length) corrupt(`central directory record ${i} runs past the end`);
    const e: Entry = { name: '', flags: u16(v, p + 8), method: u16(v, p + 10), crc: u32(v, p + 16), packed: u32(v, p + 20), size: u32(v, p + 24), offset: u32(v, p + 42) };
    let unicodePath: Uint8Array | undefined;
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = u16(v, x);
      const len = u16(v, x + 2);
      let f = x + 4;
      if (id === 0x0001) {
        // ZIP64 extended information: only the fields whose 32-bit value is saturated are present.
        if (e.size === 0xffffffff && f + 8 <= x + 4 + len) (e.size = u64(v, f)), (f += 8);
        if (e.packed === 0xffffffff && f + 8 <= x + 4 + len) (e.packed = u64(v, f)), (f += 8);
        if (e.offset === 0xffffffff && f + 8 <= x + 4 + len) e.offset = u64(v, f);
      } else if (id === 0x7075 && len > 5) {
        unicodePath = b.subarray(x + 9, x + 4 + len);
      }
      x += 4 + len;
    }
    e.offset += shift;
    e.name = decodeName(b.subarray(p + 46, p + 46 + nameLen), e.flags, unicodePath);
    entries.push(e);
    p = end;
  }
  return entries;
}

/** Inflates raw DEFLATE data, giving up as soon as the output exceeds `max` bytes. */
function inflateAtMost(data: Uint8Array, max: number): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) over = true;
    else parts.push(chunk);
  });
  const STEP = 16 * 1024; // at most ~16 MB of output per push, whatever the ratio
  for (let i = 0; i < data.length && !over; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (data.length === 0) inflater.push(data, true);
  if (over) return undefined;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The member's data: stored or deflated, checked against its declared size and CRC-32. */
function readMember(b: Uint8Array, e: Entry): Uint8Array | ExtractFailure {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (e.offset + 30 > b.length || u32(v, e.offset) !== 0x04034b50) return { reason: 'corrupt', message: 'local header not found' };
  const start = e.offset + 30 + u16(v, e.offset + 26) + u16(v, e.offset + 28);
  if (start + e.packed > b.length) return { reason: 'truncated', message: 'member data runs past the end of the archive' };
  const data = b.subarray(start, start + e.packed);
  let out: Uint8Array | undefined;
  try {
    out = e.method === 0 ? data.slice() : inflateAtMost(data, e.size);
  } catch (err) {
    return { reason: 'corrupt', message: `inflate failed: ${(err as Error).message}` };
  }
  if (!out) return { reason: 'corrupt', message: `member inflates to more than its declared ${e.size} bytes` };
  if (out.length !== e.size) return { reason: 'corrupt', message: `member has ${out.length} bytes, declares ${e.size}` };
  if (crc32(out) >>> 0 !== e.crc) return { reason: 'corrupt', message: 'CRC-32 mismatch' };
  return out;
}

export const extractZip: Extractor = async ({ bytes, limits }) => {
  const budget = new Budget(limits, 'zip');
  let entries: Entry[];
  try {
    entries = readDirectory(bytes).filter((e) => !e.name.endsWith('/'));
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    corrupt(`damaged directory (${(e as Error).message})`);
  }
  // First pass, no inflating: decide every member from its declared sizes.
  const plan = entries.map((e): { e: Entry; error?: ExtractFailure } => {
    budget.child();
    if (unsafeName(e.name)) return { e, error: { reason: 'unsafe', message: `unsafe member name '${e.name}'` } };
    if (e.flags & 1) return { e, error: { reason: 'encrypted', message: 'member is encrypted' } };
    if (e.method !== 0 && e.method !== 8) return { e, error: { reason: 'unsupported', message: `compression method ${e.method}` } };
    if (e.method === 0 && e.packed !== e.size) return { e, error: { reason: 'corrupt', message: 'stored member sizes differ' } };
    const error = budget.refuse(e.size, e.packed);
    return error ? { e, error } : { e };
  });
  const declared = plan.reduce((sum, m) => sum + (m.error ? 0 : m.e.size), 0);
  if (declared > limits.maxUnpackedBytes) {
    throw new ExtractError('limit', `zip: members declare ${declared} bytes, over maxUnpackedBytes (${limits.maxUnpackedBytes})`);
  }
  const children: Child[] = [];
  const seen = new Set<string>();
  for (const { e, error } of plan) {
    const name = uniqueName(seen, e.name); // a name repeated in the archive gets ' (2)'
    if (error) {
      children.push({ name, error });
      continue;
    }
    const got = readMember(bytes, e);
    if (got instanceof Uint8Array) {
      budget.add(got.length);
      children.push({ name, bytes: got });
    } else {
      children.push({ name, error: got });
    }
  }
  return { text: '', method: 'none', metadata: { members: children.length }, children };
};
