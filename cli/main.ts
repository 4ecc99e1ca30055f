/**
 * Entry point of the `prfaq` command (bundled to dist/cli.js, started by
 * bin/prfaq.js). Sets the exit status rather than calling process.exit, so
 * piped output is never cut short.
 */
import { run } from './run.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `prfaq lint … | head` closes the pipe early; that is not a failure.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  });
} catch (e) {
  // A bug of ours, not the user's: say so in one line (stack with PRFAQ_DEBUG=1), exit 2.
  process.stderr.write(`prfaq: internal error: ${(e as Error)?.message ?? e}\n`);
  if (process.env.PRFAQ_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
  process.exitCode = 2;
}
