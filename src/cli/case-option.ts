/** Shared CLI bits: the --case option (default $ARIADNE_CASE, else ./case) and JSON Lines output. */
import type { Command } from 'commander';
import { SqliteCaseStore } from '../store/sqlite/sqlite-store.js';

export function withCase(cmd: Command): Command {
  return cmd.option('--case <dir>', 'case folder (default: $ARIADNE_CASE, else ./case)');
}

export function caseDir(o: { case?: string }): string {
  return o.case ?? process.env.ARIADNE_CASE ?? 'case';
}

export function openCase(o: { case?: string }): SqliteCaseStore {
  return SqliteCaseStore.open(caseDir(o), { create: false });
}

/** One JSON object per line (JSON Lines). */
export function jsonl(rows: Iterable<unknown>): void {
  for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n');
}

export function out(line = ''): void {
  process.stdout.write(line + '\n');
}

export const short = (sha256: string) => sha256.slice(0, 12);
