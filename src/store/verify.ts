/** Re-hashes every stored blob of a case: the originals must be exactly what intake stored. */
import { digestFile } from './blobs.js';
import { SqliteCaseStore } from './sqlite/sqlite-store.js';

export interface BlobProblem {
  sha256: string;
  problem: 'missing' | 'changed';
  actual?: string;
}

export async function verifyCase(caseDir: string, onProgress?: (done: number, total: number, bytes: number, problems: number) => void): Promise<BlobProblem[]> {
  const store = SqliteCaseStore.open(caseDir, { create: false });
  try {
    const blobs = store.allBlobs().filter((b) => b.stored);
    const problems: BlobProblem[] = [];
    let bytes = 0;
    for (const [i, b] of blobs.entries()) {
      const d = await digestFile(store.blobs.pathOf(b.sha256)).catch(() => undefined);
      if (!d) problems.push({ sha256: b.sha256, problem: 'missing' });
      else if (d.sha256 !== b.sha256) problems.push({ sha256: b.sha256, problem: 'changed', actual: d.sha256 });
      bytes += b.size;
      onProgress?.(i + 1, blobs.length, bytes, problems.length);
    }
    return problems;
  } finally {
    store.close();
  }
}

export function countStoredBlobs(caseDir: string): number {
  const store = SqliteCaseStore.open(caseDir, { create: false });
  try {
    return store.allBlobs().filter((b) => b.stored).length;
  } finally {
    store.close();
  }
}
