/** `ariadne make-haul`: writes a fictional seized haul and its truth. */
import type { Command } from 'commander';
import { makeHaul } from '../haul/write.js';
import { progressBar } from './progress.js';

const positiveInt = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got '${v}'`);
  return n;
};

export function registerMakeHaul(program: Command): void {
  program
    .command('make-haul')
    .description('write a deterministic fictional haul (DIR/haul/) with its ground truth (DIR/truth.json)')
    .requiredOption('--out <dir>', 'output folder')
    .option('--docs <n>', 'number of documents (files and the documents inside containers)', positiveInt('--docs'), 10_000)
    .option('--seed <s>', 'seed: the same seed gives a byte-identical haul', (v) => Number.parseInt(v, 10), 1)
    .option('--force', 'replace an existing haul in --out', false)
    .option('--quiet', 'no progress bar', false)
    .option('--json', 'print the summary as one JSON line', false)
    .action(async (o: { out: string; docs: number; seed: number; force: boolean; quiet: boolean; json: boolean }) => {
      const bar = progressBar('make-haul', o.quiet);
      const result = await makeHaul({ out: o.out, docs: o.docs, seed: o.seed, force: o.force, onProgress: (d, t, b) => bar.update(d, t, b) });
      bar.stop();
      const t = result.plan.truth;
      const summary = {
        out: o.out,
        seed: o.seed,
        documents: t.documents.length,
        files: result.files,
        bytes: result.bytes,
        persons: t.persons.length,
        transactions: t.transactions.length,
        seconds: Math.round(result.ms / 100) / 10,
      };
      if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
      else
        process.stdout.write(
          `wrote ${summary.documents} documents in ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB), ` +
            `${summary.persons} persons, ${summary.transactions} transactions to ${o.out} in ${summary.seconds} s\n`,
        );
    });
}
