/**
 * Entry point of the `prfaq` command (bundled to dist/cli.js, started by
 * bin/prfaq.js). Sets the exit status rather than calling process.exit, so
 * piped output is never cut short.
 */
// First: V8 settings that must hold before any review (shared/v8Flags.ts).
import '../shared/v8Flags.js';
import { reviewAll, serveIfWorker } from './pool.js';
import { runWith } from './run.js';
import { tuneForBatch } from './tiering.js';

if (!serveIfWorker()) main();

function main(): void {
  tuneForBatch();

  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // `prfaq lint … | head` closes the pipe early; that is not a failure.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  const io = {
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
  // This bundle is also the review workers' script (cli/pool.ts).
  runWith(process.argv.slice(2), io, (jobs) => reviewAll(jobs, __filename)).then(
    (status) => (process.exitCode = status),
    (e: unknown) => {
      // A bug of ours, not the user's: say so in one line (stack with PRFAQ_DEBUG=1), exit 2.
      process.stderr.write(`prfaq: internal error: ${(e as Error)?.message ?? e}\n`);
      if (process.env.PRFAQ_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
      process.exitCode = 2;
    },
  );
}
