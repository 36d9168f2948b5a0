/**
 * Operating-system and program clutter found on real laptops (.DS_Store, Thumbs.db, desktop.ini, DLLs, ...).
 * Only the recognisable headers are real; the rest is seeded filler. No executable code is written.
 */
import type { Noise, Renderer } from '../spec.js';
import { mulberry32 } from './pixel-random.js';


type Rand = () => number;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A buffer of `size` bytes: `head` first, then seeded filler (mostly zero runs and random bytes, like binaries). */
function withFiller(head: Uint8Array, size: number, r: Rand, zeroRuns = true): Uint8Array {
  const out = new Uint8Array(Math.max(size, head.length));
  out.set(head);
  for (let i = head.length; i < out.length; ) {
    const run = int(r, 16, 512);
    const zero = zeroRuns && r() < 0.4;
    for (let k = 0; k < run && i < out.length; k++, i++) out[i] = zero ? 0 : int(r, 0, 255);
  }
  return out;
}

const u16le = (v: DataView, o: number, n: number) => v.setUint16(o, n, true);
const u32le = (v: DataView, o: number, n: number) => v.setUint32(o, n >>> 0, true);

/** macOS Finder's .DS_Store: Bud1 buddy-allocator header, a few UTF-16BE record names, zero padding. */
function dsStore(n: Noise, r: Rand): Uint8Array {
  const size = Math.max(n.size, 4096);
  const head = new Uint8Array(0x800);
  const v = new DataView(head.buffer);
  head.set([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]);
  v.setUint32(8, 0x1000); // root block offset
  v.setUint32(12, 0x800); // root block size
  v.setUint32(16, 0x1000); // offset again
  let o = 0x100;
  for (const name of ['.', pick(r, ['Documents', 'Photos', 'scans', 'Archive']), 'Icon\r']) {
    v.setUint32(o, name.length);
    o += 4;
    for (const c of name) {
      v.setUint16(o, c.charCodeAt(0));
      o += 2;
    }
    head.set(ascii(pick(r, ['Iloc', 'bwsp', 'icvp', 'lsvp'])), o);
    o += 4;
    head.set(ascii('blob'), o);
    o += 8;
  }
  const out = new Uint8Array(size);
  out.set(head);
  return out;
}

/** Windows Thumbs.db: an OLE2 compound file header (version 3, 512-byte sectors), then filler sectors. */
function thumbsDb(n: Noise, r: Rand): Uint8Array {
  const head = new Uint8Array(512).fill(0xff, 0x4c);
  const v = new DataView(head.buffer);
  head.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  u16le(v, 0x18, 0x3e); // minor version
  u16le(v, 0x1a, 3); // major version
  u16le(v, 0x1c, 0xfffe); // byte order
  u16le(v, 0x1e, 9); // sector shift: 512
  u16le(v, 0x20, 6); // mini sector shift: 64
  u32le(v, 0x2c, 1); // FAT sectors
  u32le(v, 0x30, 1); // first directory sector
  u32le(v, 0x38, 0x1000); // mini stream cutoff
  u32le(v, 0x3c, 2); // first mini FAT sector
  u32le(v, 0x40, 1); // mini FAT sectors
  u32le(v, 0x44, 0xfffffffe); // first DIFAT sector: none
  u32le(v, 0x4c, 0); // DIFAT[0]: FAT in sector 0
  const size = Math.ceil(Math.max(n.size, 2048) / 512) * 512;
  return withFiller(head, size, r);
}

/** Explorer's desktop.ini: UTF-16LE with BOM, CRLF. */
function desktopIni(_n: Noise, r: Rand): Uint8Array {
  const variants = [
    ['[.ShellClassInfo]', 'LocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll,-21770', 'IconResource=%SystemRoot%\\system32\\imageres.dll,-112', 'IconFile=%SystemRoot%\\system32\\shell32.dll', 'IconIndex=-235'],
    ['[.ShellClassInfo]', 'LocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll,-21779', 'InfoTip=@%SystemRoot%\\system32\\shell32.dll,-12688', 'IconResource=%SystemRoot%\\system32\\imageres.dll,-113', 'IconFile=%SystemRoot%\\system32\\shell32.dll', 'IconIndex=-236'],
    ['[.ShellClassInfo]', 'LocalizedResourceName=@%SystemRoot%\\system32\\shell32.dll,-21798', 'IconResource=%SystemRoot%\\system32\\imageres.dll,-184'],
    ['[.ShellClassInfo]', 'IconResource=C:\\Windows\\System32\\SHELL32.dll,4', '[ViewState]', 'Mode=', 'Vid=', 'FolderType=Pictures'],
  ];
  const text = '\r\n' + pick(r, variants).join('\r\n') + '\r\n';
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  const v = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) u16le(v, 2 + i * 2, text.charCodeAt(i));
  return out;
}

/** A PE file's headers (DOS header, stub message, PE signature, COFF header) and filler; no code. */
function pe(n: Noise, r: Rand, dll: boolean): Uint8Array {
  const head = new Uint8Array(0x400);
  const v = new DataView(head.buffer);
  head.set(ascii('MZ'));
  u16le(v, 0x02, 0x90); // bytes on last page
  u16le(v, 0x04, 3); // pages
  u16le(v, 0x08, 4); // header paragraphs
  u16le(v, 0x0c, 0xffff); // max alloc
  u16le(v, 0x10, 0xb8); // initial SP
  u16le(v, 0x18, 0x40); // relocation table offset
  const lfanew = 0x80;
  u32le(v, 0x3c, lfanew);
  head.set(ascii('This program cannot be run in DOS mode.\r\r\n$'), 0x4e);
  head.set(ascii('PE\0\0'), lfanew);
  u16le(v, lfanew + 4, pick(r, [0x14c, 0x8664])); // machine: i386 / AMD64
  u32le(v, lfanew + 8, int(r, 1262304000, 1451606400)); // link time stamp, 2010-2015
  u16le(v, lfanew + 22, dll ? 0x2022 : 0x0022); // characteristics: executable image, large address aware, DLL
  return withFiller(head, Math.max(n.size, 4096), r);
}

/** A Windows shortcut: the ShellLinkHeader (size, CLSID, flags, FILETIMEs), then filler. */
function lnk(n: Noise, r: Rand): Uint8Array {
  const head = new Uint8Array(0x4c);
  const v = new DataView(head.buffer);
  head.set([0x4c, 0, 0, 0, 0x01, 0x14, 0x02, 0, 0, 0, 0, 0, 0xc0, 0, 0, 0, 0, 0, 0, 0x46]);
  u32le(v, 0x14, 0x9b); // link flags: has ID list, link info, relative path, working dir, unicode
  u32le(v, 0x18, 0x20); // file attributes: archive
  for (const o of [0x1c, 0x24, 0x2c]) {
    // FILETIME (100 ns since 1601) somewhere in 2014-2015
    const ft = (BigInt(int(r, 1388534400, 1451606400)) + 11644473600n) * 10_000_000n;
    v.setBigUint64(o, ft, true);
  }
  u32le(v, 0x34, int(r, 1024, 5_000_000)); // target size
  u32le(v, 0x3c, 1); // show command: normal
  return withFiller(head, Math.max(n.size, 400), r, false);
}

/** A program log: timestamped ASCII lines from a fixed base time. */
function log(n: Noise, r: Rand): Uint8Array {
  const events = [
    'INFO  Updater: checking for updates',
    'INFO  Updater: no update available',
    'WARN  Network: connection timed out, retrying',
    'INFO  Sync: 0 files changed',
    'DEBUG Cache: pruned 12 entries',
    'INFO  Service started',
    'ERROR Plugin: failed to load module (code 0x80070002)',
    'INFO  Settings saved',
  ];
  let t = Date.UTC(2015, 10, 2, 8, 14, 3) + int(r, 0, 86_400) * 1000;
  const size = Math.max(n.size, 200);
  let text = '';
  while (text.length < size) {
    t += int(r, 1, 900) * 1000;
    const ts = new Date(t).toISOString().replace('T', ' ').slice(0, 19);
    text += `${ts} [${int(r, 1000, 9999)}] ${pick(r, events)}\r\n`;
  }
  return ascii(text);
}

/** A program settings file. */
function ini(n: Noise, r: Rand): Uint8Array {
  const lines = [
    '[General]',
    `Version=${int(r, 1, 12)}.${int(r, 0, 9)}.${int(r, 0, 999)}`,
    `Language=${pick(r, ['en-US', 'fr-FR', 'ar-SA'])}`,
    `FirstRun=${pick(r, ['0', '1'])}`,
    `CheckForUpdates=${pick(r, ['true', 'false'])}`,
    '',
    '[Window]',
    `Left=${int(r, 0, 400)}`,
    `Top=${int(r, 0, 300)}`,
    `Width=${int(r, 640, 1600)}`,
    `Height=${int(r, 480, 1000)}`,
    `Maximized=${pick(r, ['0', '1'])}`,
    '',
    '[Recent]',
  ];
  for (let i = 1; lines.join('\r\n').length < n.size && i < 200; i++) {
    lines.push(`File${i}=C:\\Users\\user\\Documents\\file${int(r, 1, 999)}.${pick(r, ['txt', 'docx', 'pdf', 'xlsx'])}`);
  }
  return ascii(lines.join('\r\n') + '\r\n');
}

/** An XML Apple property list (application preferences). */
function plist(_n: Noise, r: Rand): Uint8Array {
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>NSNavLastRootDirectory</key>',
    `\t<string>~/${pick(r, ['Documents', 'Desktop', 'Downloads'])}</string>`,
    '\t<key>NSWindow Frame main</key>',
    `\t<string>${int(r, 0, 300)} ${int(r, 0, 300)} ${int(r, 600, 1400)} ${int(r, 400, 900)} 0 0 1440 877 </string>`,
    '\t<key>SUEnableAutomaticChecks</key>',
    `\t<${pick(r, ['true', 'false'])}/>`,
    '\t<key>SULastCheckTime</key>',
    `\t<date>2015-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}T10:12:44Z</date>`,
    '\t<key>LaunchCount</key>',
    `\t<integer>${int(r, 1, 400)}</integer>`,
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
  return ascii(text);
}

/** Renders one noise file from its type, size and seed. */
export function noiseBytes(n: Noise): Uint8Array {
  const r = mulberry32(n.seed);
  switch (n.type) {
    case 'ds-store': return dsStore(n, r);
    case 'thumbs-db': return thumbsDb(n, r);
    case 'desktop-ini': return desktopIni(n, r);
    case 'dll': return pe(n, r, true);
    case 'exe': return pe(n, r, false);
    case 'lnk': return lnk(n, r);
    case 'log': return log(n, r);
    case 'ini': return ini(n, r);
    case 'plist': return plist(n, r);
    case 'tmp': return withFiller(new Uint8Array(0), Math.max(n.size, 1), r, false);
  }
}

export const renderNoise: Renderer<'noise'> = async (spec) => noiseBytes(spec.noise);
