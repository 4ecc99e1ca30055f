/**
 * The CLI as a function: arguments in, exit status out, output through the
 * given streams. main.ts wires it to the process.
 */
import { LINT_USAGE, RENDER_USAGE, USAGE, UsageError, parseArgs } from './args.js';
import { FileError } from './files.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import { count, lint, lintWith, type LintRun, type ReviewJob, type ReviewOutcome } from './lint.js';
import { renderFile, writeOutput } from './render.js';
import { VERSION } from './version.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function run(argv: readonly string[], io: Io): number {
  let command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`prfaq: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }

  switch (command.name) {
    case 'help':
      io.out(command.topic === 'lint' ? LINT_USAGE : command.topic === 'render' ? RENDER_USAGE : USAGE);
      return EXIT_OK;
    case 'version':
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    case 'render': {
      const options = { ...command, cwd: io.cwd, warn: (line: string) => io.err(line + '\n') };
      try {
        const html = renderFile(options);
        if (command.output === undefined) io.out(html);
        else writeOutput(options, html);
      } catch (e) {
        if (e instanceof FileError) {
          io.err(`prfaq: ${e.message}\n`);
          return EXIT_USAGE;
        }
        throw e;
      }
      return EXIT_OK;
    }
    case 'lint': {
      let results;
      try {
        results = lint(lintOptions(command, io));
      } catch (e) {
        return unreadableFile(e, io);
      }
      return report(command, results, io);
    }
  }
}

/** A file that cannot be read (or is not UTF-8 text) is exit 2 with its name; anything else is a bug and propagates. */
function unreadableFile(e: unknown, io: Io): number {
  if (!(e instanceof FileError)) throw e;
  io.err(`prfaq: ${e.message}\n`);
  return EXIT_USAGE;
}

type LintCommand = Extract<ReturnType<typeof parseArgs>, { name: 'lint' }>;

function lintOptions(command: LintCommand, io: Io) {
  return { patterns: command.patterns, kind: command.kind, config: command.config, docsBase: command.docsUrl, maxDocumentSize: command.maxDocumentSize, cwd: io.cwd, warn: (line: string) => io.err(line + '\n') };
}

/**
 * `run`, with the reviews of `prfaq lint` handed to `reviewAll` (worker
 * threads, cli/pool.ts). Same output, same order, same exit status.
 */
export async function runWith(argv: readonly string[], io: Io, reviewAll: (jobs: ReviewJob[]) => Promise<ReviewOutcome[]>): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch {
    return run(argv, io); // it reports the usage error
  }
  if (command.name !== 'lint') return run(argv, io);
  let results;
  try {
    results = await lintWith(lintOptions(command, io), reviewAll);
  } catch (e) {
    return unreadableFile(e, io);
  }
  return report(command, results, io);
}

/**
 * Print the results in the chosen format; the exit status they make. A file
 * skipped for its size makes it 2 whatever the others found: the run did
 * not review everything it was asked to.
 */
function report(command: LintCommand, { results, skipped }: LintRun, io: Io): number {
  if (command.format === 'json') io.out(formatJson(results));
  else if (command.format === 'sarif') io.out(formatSarif(results, io.cwd, command.docsUrl));
  else io.out(formatText(results));

  if (skipped > 0) return EXIT_USAGE;
  const c = count(results);
  if (c.errors > 0) return EXIT_FINDINGS;
  if (command.maxWarnings !== undefined && c.warnings > command.maxWarnings) {
    io.err(`prfaq: ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, more than --max-warnings ${command.maxWarnings} allows\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
