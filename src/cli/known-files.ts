/** `ariadne known-files import LIST`: a hash set (NSRL RDS CSV, or plain MD5/SHA-1/SHA-256 lines). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { parseHashList } from '../intake/known-files.js';
import { out, withCase, caseDir } from './case-option.js';
import { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

export function registerKnownFiles(program: Command): void {
  const kf = program.command('known-files').description('known-software hash sets: matching files are recorded as known and not extracted');
  withCase(kf.command('import').argument('<list>', 'NSRL RDS CSV (NSRLFile.txt) or one hash per line'))
    .option('--name <name>', 'a name for the list (default: the file name)')
    .option('--json', 'one JSON line', false)
    .action(async (list: string, o: { case?: string; name?: string; json: boolean }) => {
      const hashes = parseHashList(await readFile(list, 'utf8'));
      const store = SqliteCaseStore.open(caseDir(o));
      const added = store.importKnown(hashes, o.name ?? basename(list));
      store.close();
      if (o.json) out(JSON.stringify({ list: o.name ?? basename(list), read: hashes.length, added }));
      else out(`imported ${added} new hashes (${hashes.length} read) from ${list}`);
    });
}
