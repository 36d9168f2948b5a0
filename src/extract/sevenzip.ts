/**
 * 7z archives through Debian's 7-Zip CLI (`7zz`, else `7z`), run without a shell and with a timeout. The
 * listing (`l -slt`) is read first and checked against the limits (as in zip.ts: over-size members get error
 * {reason:'limit'}, too many members or bytes stop with ExtractError). Only regular, safe, unencrypted members
 * are then extracted, by exact name (`-spd`), into a temporary folder that is always removed. `-p` with an
 * empty password makes encrypted archives fail instead of prompting.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Budget, RATIO_FLOOR, unsafeName } from './zip.js';
import { ExtractError, type Child, type ExtractFailure, type Extractor } from './types.js';

interface Member {
  path: string;
  size: number;
  packed?: number;
  folder: boolean;
  link: boolean;
  encrypted: boolean;
}

/** The 7-Zip binary on this machine. */
function sevenZip(): string {
  for (const bin of ['/usr/bin/7zz', '/usr/local/bin/7zz', '/usr/bin/7z', '/usr/local/bin/7z']) if (existsSync(bin)) return bin;
  throw new ExtractError('unsupported', '7z: no 7-Zip binary (7zz or 7z) installed');
}

/** Runs 7-Zip; resolves with stdout, rejects with an ExtractError. */
function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
    execFile(sevenZip(), args, { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024 * 1024, env }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const text = `${stderr}\n${stdout}`;
      if (err.killed || err.signal === 'SIGKILL') return reject(new ExtractError('timeout', `7z: no answer within ${timeoutMs} ms`));
      if (/wrong password|encrypted/i.test(text)) return reject(new ExtractError('encrypted', '7z: archive is encrypted'));
      if (/unexpected end|truncated/i.test(text)) return reject(new ExtractError('truncated', '7z: archive is truncated'));
      reject(new ExtractError('corrupt', `7z: ${text.trim().split('\n').filter(Boolean).pop() ?? err.message}`));
    });
  });
}

/** Parses `7zz l -slt` output: the blocks after the '----------' line. */
function parseListing(out: string): Member[] {
  const body = out.split(/\n-{10}\n/)[1] ?? '';
  return body
    .split(/\n\s*\n/)
    .map((block) => {
      const f = new Map<string, string>();
      for (const line of block.split('\n')) {
        const m = /^([A-Za-z ]+?) = (.*)$/.exec(line);
        if (m) f.set(m[1] as string, m[2] as string);
      }
      return f;
    })
    .filter((f) => f.has('Path'))
    .map((f) => {
      const attrs = f.get('Attributes') ?? '';
      const packed = Number(f.get('Packed Size') || NaN);
      return {
        path: f.get('Path') as string,
        size: Number(f.get('Size') || 0),
        ...(packed > 0 ? { packed } : {}),
        folder: f.get('Folder') === '+' || /^D/.test(attrs) || / d[rwx-]{9}/.test(attrs),
        link: / l[rwx-]{9}/.test(attrs),
        encrypted: f.get('Encrypted') === '+',
      };
    });
}

export const extract7z: Extractor = async ({ bytes, limits }) => {
  const budget = new Budget(limits, '7z');
  const dir = await mkdtemp(join(tmpdir(), 'ariadne-7z-'));
  try {
    const archive = join(dir, 'in.7z');
    await writeFile(archive, bytes);
    const members = parseListing(await run(['l', '-slt', '-p', archive], limits.timeoutMs)).filter((m) => !m.folder);
    const plan = members.map((m): { m: Member; error?: ExtractFailure } => {
      budget.child();
      if (unsafeName(m.path)) return { m, error: { reason: 'unsafe', message: `unsafe member name '${m.path}'` } };
      if (m.link) return { m, error: { reason: 'unsupported', message: 'member is a symbolic link' } };
      if (m.encrypted) return { m, error: { reason: 'encrypted', message: 'member is encrypted' } };
      const error = budget.refuse(m.size, m.packed);
      return error ? { m, error } : { m };
    });
    const wanted = plan.filter((p) => !p.error).map((p) => p.m);
    const declared = wanted.reduce((sum, m) => sum + m.size, 0);
    if (declared > limits.maxUnpackedBytes || (declared > RATIO_FLOOR && declared > bytes.length * limits.maxRatio)) {
      throw new ExtractError('limit', `7z: members declare ${declared} bytes, over maxUnpackedBytes or maxRatio`);
    }
    const out = join(dir, 'out');
    if (wanted.length > 0) {
      const list = join(dir, 'list.txt');
      await writeFile(list, wanted.map((m) => m.path).join('\n') + '\n');
      await run(['x', '-p', '-y', '-bso0', '-bsp0', '-spd', '-scsUTF-8', `-o${out}`, archive, `@${list}`], limits.timeoutMs);
    }
    const children: Child[] = [];
    for (const { m, error } of plan) {
      if (error) {
        children.push({ name: m.path, error });
        continue;
      }
      const file = join(out, m.path);
      const st = await lstat(file).catch(() => undefined);
      if (!st?.isFile()) {
        children.push({ name: m.path, error: { reason: 'corrupt', message: 'member was not extracted' } });
        continue;
      }
      if (st.size !== m.size) {
        children.push({ name: m.path, error: { reason: 'corrupt', message: `member has ${st.size} bytes, declares ${m.size}` } });
        continue;
      }
      budget.add(st.size);
      children.push({ name: m.path, bytes: await readFile(file) });
    }
    return { text: '', method: 'none', metadata: { members: children.length }, children };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
