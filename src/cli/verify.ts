/** `ariadne verify`: re-hashes every stored blob and reports any that changed or vanished. */
import type { Command } from 'commander';
import { countStoredBlobs, verifyCase } from '../store/verify.js';
import { caseDir, jsonl, out, withCase } from './case-option.js';
import { progressBar } from './progress.js';

export function registerVerify(program: Command): void {
  withCase(program.command('verify'))
    .description('re-hash every blob; report changed or missing ones (exit code 1 if any)')
    .option('--quiet', 'no progress bar', false)
    .option('--json', 'JSON Lines: one line per problem, then a summary line', false)
    .action(async (o: { case?: string; quiet: boolean; json: boolean }) => {
      const bar = progressBar('verify', o.quiet || o.json);
      const problems = await verifyCase(caseDir(o), (done, total, bytes, n) => bar.update(done, total, bytes, { errors: n }));
      bar.stop();
      const verified = countStoredBlobs(caseDir(o));
      if (o.json) jsonl([...problems, { verified, problems: problems.length }]);
      else {
        for (const p of problems) out(`${p.problem.toUpperCase()} ${p.sha256}${p.actual ? ` now hashes to ${p.actual}` : ''}`);
        out(`verified ${verified} blobs: ${problems.length === 0 ? 'all intact' : `${problems.length} problems`}`);
      }
      if (problems.length > 0) process.exitCode = 1;
    });
}
