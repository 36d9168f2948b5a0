/** Walks evidence paths: every regular file under them, in a stable order, with its path inside the source. */
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';

export interface WalkedFile {
  abs: string;
  /** Path inside the source: relative to the root folder, or the file name for a single file. */
  path: string;
  size: number;
  mtime: string;
  ctime: string;
  atime: string;
}

/** Yields files depth-first in name order; symbolic links are not followed (recorded evidence only). */
export async function* walk(roots: string[]): AsyncGenerator<WalkedFile> {
  const prefix = roots.length > 1;
  for (const root of roots.map((r) => resolve(r))) {
    const st = await lstat(root);
    const base = basename(root);
    const rel = (abs: string) => {
      const r = st.isDirectory() ? relative(root, abs) : basename(abs);
      return prefix ? `${base}/${r}` : r;
    };
    if (st.isFile()) {
      yield file(root, rel(root), st);
      continue;
    }
    const stack = [root];
    while (stack.length > 0) {
      const dir = stack.pop() as string;
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
      for (const e of entries) {
        const abs = join(dir, e.name);
        if (e.isDirectory()) stack.push(abs);
        else if (e.isFile()) yield file(abs, rel(abs), await lstat(abs));
      }
    }
  }
}

function file(abs: string, path: string, st: Awaited<ReturnType<typeof lstat>>): WalkedFile {
  return { abs, path: path.split('\\').join('/'), size: Number(st.size), mtime: st.mtime.toISOString(), ctime: st.ctime.toISOString(), atime: st.atime.toISOString() };
}
