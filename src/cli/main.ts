#!/usr/bin/env node
/** The `ariadne` command line: one file per command, registered here. */
import { Command } from 'commander';
import { registerMakeHaul } from './make-haul.js';
import { registerIngest } from './ingest.js';
import { registerStatus } from './status.js';
import { registerDocs } from './docs.js';
import { registerText } from './text.js';
import { registerSearch } from './search.js';
import { registerKnownFiles } from './known-files.js';
import { registerVerify } from './verify.js';
import { registerEntities } from './entities.js';
import { registerWatchlist } from './watchlist.js';
import { registerAnalysis } from './analysis.js';
import { registerServe } from './serve.js';

// `ariadne entities --json | head`: the reader has all it wants when it closes the pipe; stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();
program.name('ariadne').description('Ariadne: the thread through a seized haul of documents').version('0.1.0');
registerMakeHaul(program);
registerIngest(program);
registerStatus(program);
registerDocs(program);
registerText(program);
registerSearch(program);
registerKnownFiles(program);
registerVerify(program);
registerEntities(program);
registerWatchlist(program);
registerAnalysis(program);
registerServe(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`ariadne: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
