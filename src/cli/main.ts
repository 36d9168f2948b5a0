#!/usr/bin/env node
/** The `ariadne` command line: one file per command, registered here. */
import { Command } from 'commander';
import { registerMakeHaul } from './make-haul.js';

const program = new Command();
program.name('ariadne').description('Ariadne: the thread through a seized haul of documents').version('0.1.0');
registerMakeHaul(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`ariadne: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
