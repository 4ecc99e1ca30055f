/**
 * Command-line parsing for `prfaq`. Hand-written (no dependency): the surface
 * is small and fixed by the product contract, and every mistake must end in a
 * one-line message and exit status 2.
 */
import type { DocKind } from '../engine/model/types.js';
import { installedDocsFolder, parseDocsUrl } from '../shared/rulePages.js';

export type Format = 'text' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
export const KINDS: readonly DocKind[] = ['prfaq', 'narrative'];

export type Command =
  | { name: 'help'; topic?: 'lint' | 'render' }
  | { name: 'version' }
  | { name: 'lint'; format: Format; kind?: DocKind; config?: string; maxWarnings?: number; maxDocumentSize?: number; docsUrl?: string; patterns: string[] }
  | { name: 'render'; output?: string; kind?: DocKind; config?: string; maxDocumentSize?: number; file: string };

/** What lint and render share. */
interface Common {
  kind?: DocKind;
  config?: string;
  /** Bytes; 0 for no limit. Over the `maxDocumentSize` of .prfaqrc.json and the default. */
  maxDocumentSize?: number;
}

/** Bad usage: printed as one line, exit status 2. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) throw new UsageError('no command given; try "prfaq lint FILE…" or "prfaq --help"');
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return rest[0] === 'lint' || rest[0] === 'render' ? { name: 'help', topic: rest[0] } : { name: 'help' };
  if (first === '--version' || first === '-v' || first === '-V') return { name: 'version' };
  if (first === 'lint') return parseLint(rest);
  if (first === 'render') return parseRender(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"; a command comes first, e.g. "prfaq lint --format json docs/" (see "prfaq --help")`);
  throw new UsageError(`unknown command "${first}"; the commands are "lint" and "render" (see "prfaq --help")`);
}

type Topic = 'lint' | 'render';

/**
 * Walks the arguments of one command: `--` ends the options, `--name=value`
 * and `--name value` both work, `--help` anywhere asks for that command's
 * help. Each option goes to `option`, which returns false for one it does
 * not know. Returns the positional arguments, or null when help was asked.
 */
function scanOptions(
  argv: readonly string[],
  topic: Topic,
  allowNegativeValues: boolean,
  option: (name: string, value: () => string) => boolean,
): string[] | null {
  const positionals: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return null;
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      const looksLikeOption = next !== undefined && next.startsWith('-') && next !== '-' && !(allowNegativeValues && /^-\d/.test(next));
      if (next === undefined || looksLikeOption) throw new UsageError(`option "${name}" needs a value`);
      i++;
      return next;
    };
    if (!option(name, value)) throw new UsageError(`unknown option "${name}" (see "prfaq ${topic} --help")`);
  }
  return positionals;
}

/** `--kind`, `--config` and `--max-document-size`, which lint and render share. */
function commonOption(name: string, value: () => string, into: Common): boolean {
  switch (name) {
    case '--kind':
    case '-k': {
      const v = value();
      if (!(KINDS as readonly string[]).includes(v)) throw new UsageError(`--kind must be prfaq or narrative, not "${v}"`);
      into.kind = v as DocKind;
      return true;
    }
    case '--config':
    case '-c': {
      const v = value();
      if (v === '') throw new UsageError('--config needs a file name');
      into.config = v;
      return true;
    }
    case '--max-document-size': {
      const v = value();
      if (!/^\d+$/.test(v.trim())) throw new UsageError(`--max-document-size must be a whole number of bytes (0 for no limit), not "${v}"`);
      into.maxDocumentSize = Number(v);
      return true;
    }
    default:
      return false;
  }
}

function parseRender(argv: readonly string[]): Command {
  let output: string | undefined;
  const common: Common = {};
  const files = scanOptions(argv, 'render', false, (name, value) => {
    if (name !== '--output' && name !== '-o') return commonOption(name, value, common);
    const v = value();
    if (v === '') throw new UsageError('-o needs a file name');
    output = v;
    return true;
  });
  if (files === null) return { name: 'help', topic: 'render' };
  if (files.length === 0) throw new UsageError('no file given; name one Markdown file, e.g. "prfaq render -o launch.html launch.prfaq.md"');
  if (files.length > 1) throw new UsageError(`render takes one file, not ${files.length}; run it once per file`);
  if (files[0] === '-') throw new UsageError('render reads a file, not standard input; name the Markdown file');
  return { name: 'render', output, ...common, file: files[0] };
}

function parseLint(argv: readonly string[]): Command {
  let format: Format = 'text';
  let maxWarnings: number | undefined;
  let docsUrl: string | undefined;
  const common: Common = {};
  const patterns = scanOptions(argv, 'lint', true, (name, value) => {
    switch (name) {
      case '--format':
      case '-f': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        format = v as Format;
        return true;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^(?:\d+|-1)$/.test(v.trim())) throw new UsageError(`--max-warnings must be a whole number of 0 or more (or -1 for no limit), not "${v}"`);
        const n = Number(v);
        maxWarnings = n < 0 ? undefined : n;
        return true;
      }
      case '--docs-url': {
        const v = value();
        const base = parseDocsUrl(v);
        if (base === null) throw new UsageError(`--docs-url must be the http(s) or file URL of the folder that holds the rule pages, not "${v}"`);
        docsUrl = base;
        return true;
      }
      default:
        return commonOption(name, value, common);
    }
  });
  if (patterns === null) return { name: 'help', topic: 'lint' };
  if (patterns.length === 0) throw new UsageError('no files given; name Markdown files, folders or globs, e.g. "prfaq lint docs/"');
  return { name: 'lint', format, ...common, maxWarnings, docsUrl, patterns };
}

export const USAGE = `prfaq — review Working Backwards documents (PR/FAQs and narratives) in Markdown

prfaq reads the Markdown files you name and asks what a reviewer would:
is the customer named, does the press release start from their problem,
are the FAQs there and answered, is each claim backed by a number. It
prints one line per finding and sets its exit status, so it can guard a
pull request.

Usage:
  prfaq lint [options] FILE_OR_GLOB...   review files, folders or globs
  prfaq render [-o OUT.html] FILE        write the press release and FAQ as
                                         a standalone HTML page
  prfaq --help                           show this help; "prfaq lint --help"
                                         and "prfaq render --help" show more
  prfaq --version                        print the version number

Options of lint (details in "prfaq lint --help"):
  -f, --format text|json|sarif   output; sarif suits code-scanning uploads
  -k, --kind prfaq|narrative     review every file as this kind
  -c, --config FILE              one .prfaqrc.json for every file
  --max-warnings N               fail when there are more than N warnings
  --max-document-size BYTES      skip larger files (default 5 MB; 0: none)

Examples:
  prfaq lint docs/               review every Markdown file under docs/
  prfaq lint --max-warnings 0 "**/*.prfaq.md"
                                 fail on any warning, not only on errors
  prfaq lint --format sarif docs/ > prfaq.sarif
                                 a report to upload to code scanning
  prfaq render -o launch.html launch.prfaq.md
                                 a page to share before the review meeting

Exit status of lint: 0 when no finding is an error and the warnings stay
within --max-warnings, 1 otherwise, 2 on bad usage, an unreadable file or
a file skipped for its size.

Silence a finding with <!-- prfaq-disable-next-line RULE --> in the
document, or set rules in a .prfaqrc.json beside it. Editors that speak
LSP can run the same review with "prfaq-language-server --stdio".
Each rule has a page (what it finds, why, how to fix it), installed here:
  ${installedDocsFolder()}
`;

export const RENDER_USAGE = `Usage: prfaq render [-o OUT.html] [--kind prfaq|narrative] [--config FILE]
                    [--max-document-size BYTES] FILE

Renders one Markdown file as a standalone HTML page: the press release set
as a press release, the FAQs below it, and the press release's length
against one page. The same renderer draws the editor's preview.

The page is safe to publish and to open from anyone: the document's text is
sanitised (no script, no event handler, no javascript: or data: link, no
raw HTML), images are shown as their alt text, and the page's Content
Security Policy forbids every script and every request, so opening it
loads nothing from anywhere.

Arguments:
  FILE                the Markdown file (UTF-8)

Options:
  -o, --output FILE   write the page to FILE (replaced if it exists)
                      instead of standard output; never the input itself
  -k, --kind KIND     render as prfaq or narrative, whatever it looks like
  -c, --config FILE   use this config file (length limits, kind globs)
                      instead of the nearest .prfaqrc.json above FILE
  --max-document-size BYTES
                      refuse a larger FILE (default: "maxDocumentSize" of
                      the config file, else 5 MB; 0 for no limit)
  -h, --help          show this help

Exit status:
  0  the page was written
  2  bad usage, a file that cannot be read (not UTF-8 text) or written, or
     a FILE over the size limit
`;

export const LINT_USAGE = `Usage: prfaq lint [--format text|json|sarif] [--kind prfaq|narrative]
                  [--config FILE] [--max-warnings N] [--docs-url URL]
                  [--max-document-size BYTES] FILE_OR_GLOB...

Reviews each Markdown file as a PR/FAQ or a narrative and reports what a
reviewer would ask about. Files that are neither (a README, say) are skipped
quietly.

Arguments:
  FILE_OR_GLOB        a file, a folder (all its *.md and *.markdown files,
                      node_modules excluded) or a quoted glob such as
                      "docs/**/*.md". A glob or folder that matches no file
                      is an error.

Options:
  -f, --format FMT    text (default): path:line:col  severity  message  rule-id
                      json: one object per file with its LSP diagnostics
                      sarif: SARIF 2.1.0 for code-scanning dashboards
  -k, --kind KIND     review every file as prfaq or narrative, whatever it
                      looks like
  -c, --config FILE   use this config file for every file, instead of the
                      nearest .prfaqrc.json above each file
  --max-warnings N    fail when there are more than N warnings (default: no
                      limit)
  --docs-url URL      the folder where you publish the rule pages, e.g.
                      https://wiki.example.com/prfaq/rules/ : json and
                      sarif then link each finding to <URL>/<rule-id>.md
                      instead of to the page installed with prfaq
  --max-document-size BYTES
                      skip files larger than this, with one line each on
                      stderr, and lint the rest (default: "maxDocumentSize"
                      of the file's config, else 5 MB; 0 for no limit)
  -h, --help          show this help

Exit status:
  0  no error-level finding, and warnings within --max-warnings
  1  at least one error-level finding, or too many warnings
  2  bad usage, a file or --config file that cannot be read, or a file
     skipped for its size (the other files are still linted and reported)
`;
