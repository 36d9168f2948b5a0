/**
 * The content-addressed blob store of a case: every original (and every member unpacked from a container)
 * stored once under its SHA-256 at blobs/ab/cd/<sha256>, read-only. Writes go to a temporary name first and are
 * renamed into place, so a killed run never leaves a partial blob under a final name.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, rename, stat, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Digests {
  sha256: string;
  sha1: string;
  md5: string;
  size: number;
}

export function digestBytes(bytes: Uint8Array): Digests {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sha1: createHash('sha1').update(bytes).digest('hex'),
    md5: createHash('md5').update(bytes).digest('hex'),
    size: bytes.byteLength,
  };
}

/** SHA-256, SHA-1 and MD5 of a file in one streaming pass (memory stays flat for huge files). */
export async function digestFile(path: string): Promise<Digests> {
  const h256 = createHash('sha256');
  const h1 = createHash('sha1');
  const h5 = createHash('md5');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const b = chunk as Buffer;
    h256.update(b);
    h1.update(b);
    h5.update(b);
    size += b.byteLength;
  }
  return { sha256: h256.digest('hex'), sha1: h1.digest('hex'), md5: h5.digest('hex'), size };
}

export class BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Stores a file by copying it (the source is never modified); returns false when the blob was already there. */
  async putFile(sha256: string, source: string): Promise<boolean> {
    if (await this.has(sha256)) return false;
    return this.place(sha256, (tmp) => copyFile(source, tmp));
  }

  async putBytes(sha256: string, bytes: Uint8Array): Promise<boolean> {
    if (await this.has(sha256)) return false;
    return this.place(sha256, (tmp) => writeFile(tmp, bytes));
  }

  private async place(sha256: string, write: (tmp: string) => Promise<void>): Promise<boolean> {
    const final = this.pathOf(sha256);
    await mkdir(join(final, '..'), { recursive: true });
    const tmp = `${final}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      await write(tmp);
      await chmod(tmp, 0o444);
      await rename(tmp, final);
    } finally {
      await rm(tmp, { force: true });
    }
    return true;
  }
}
