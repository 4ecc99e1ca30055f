import { LOOKED_FOR } from '../genre/kinds.js';
import { documentAnchor } from '../model/build.js';
import type { DocKind, DocModel, Unrecognized } from '../model/types.js';
import type { Fix, Rule } from './types.js';

const NAMES: Record<DocKind, string> = { prfaq: 'a PR/FAQ', narrative: 'a narrative' };

/**
 * `kind: …` in the front matter: in the block there is, or in a new one at
 * the top. Front matter outranks the file name, so the document is then
 * reviewed as that kind whatever it holds.
 */
function forceKind(model: DocModel, kind: DocKind): Fix {
  const fm = model.frontMatter;
  const nl = /\r\n/.test(model.text) ? '\r\n' : '\n';
  if (fm) {
    // After the opening `---` line: its end is the first line break in the block.
    const open = model.text.slice(fm.span.start).search(/\r?\n/);
    const at = fm.span.start + (open < 0 ? 3 : open + (model.text[fm.span.start + open] === '\r' ? 2 : 1));
    return { title: `Review as ${NAMES[kind]}: add "kind: ${kind}" to the front matter`, edits: [{ start: at, end: at, newText: `kind: ${kind}${nl}` }], isPreferred: true };
  }
  const at = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { title: `Review as ${NAMES[kind]}: add "kind: ${kind}" front matter`, edits: [{ start: at, end: at, newText: `---${nl}kind: ${kind}${nl}---${nl}${nl}` }], isPreferred: true };
}

/** What the finding says (the structure view shows the same words). */
export function unrecognizedMessage(u: Unrecognized): string {
  return `This file is named like ${NAMES[u.kind]} (${u.file}), but nothing in it reads as one, so it was not reviewed. Looked for ${LOOKED_FOR[u.kind]}. To review it as ${NAMES[u.kind]} anyway, add front matter "kind: ${u.kind}".`;
}

export const unrecognizedStructure: Rule = {
  id: 'unrecognized-structure',
  description: 'A file named like a PR/FAQ or a narrative (prfaq.md, press-release.md, six-pager.md…) in which no structure of that kind was found, so it was not reviewed.',
  principle:
    'A writer who names a file prfaq.md expects it to be reviewed; silence would read as "nothing to fix". When nothing in the file reads as a press release, an FAQ or a narrative, judging it part by part would only list every part as missing, so the review says once what it looked for and how to have the file reviewed anyway.',
  example: {
    before: 'prfaq.md: "# Ledger" and a list of links to the shared draft.',
    after: 'prfaq.md with front matter "kind: prfaq" (reviewed as a PR/FAQ), or the draft itself with its "Press Release" heading and FAQ.',
  },
  kinds: ['prfaq', 'narrative'],
  defaultSeverity: 'info',
  group: 'structure',
  check(ctx) {
    const u = ctx.model.unrecognized;
    if (!u) return;
    ctx.report({
      ...documentAnchor(ctx.model),
      message: unrecognizedMessage(u),
      data: { kind: u.kind, file: u.file },
    });
  },
  fixes(f, { model }) {
    const kind = f.data?.kind;
    return kind === 'prfaq' || kind === 'narrative' ? [forceKind(model, kind)] : [];
  },
  examples: {
    invalid: [
      {
        note: 'a PR/FAQ file that only points elsewhere',
        path: 'docs/prfaq.md',
        doc: '# Ledger\n\nThe draft lives in the team folder.\n\n- [Draft](https://example.com/ledger)\n- [Review notes](https://example.com/notes)\n',
        findings: [{ data: { kind: 'prfaq', file: 'prfaq.md' } }],
      },
      {
        note: 'a six-pager that is only a table of figures',
        path: 'plans/Six_Pager.md',
        doc: '# Van stocking\n\n| depot | trips |\n|---|---|\n| North | 120 |\n| South | 95 |\n',
        findings: [{ data: { kind: 'narrative', file: 'Six_Pager.md' } }],
      },
      {
        note: 'no heading at all: the finding sits on line 0',
        path: 'PRESS-RELEASE.markdown',
        doc: 'Moved to the wiki.\n',
        findings: [{ data: { kind: 'prfaq', file: 'PRESS-RELEASE.markdown' } }],
      },
    ],
    valid: [
      {
        note: 'named a press release and written as one, with no FAQ: reviewed, not reported',
        path: 'press_release.md',
        doc: '# Ledger balances a bakery\'s books overnight\n\nFernhill introduces Ledger, which matches every deposit to its invoice while the shop is closed.\n\n"I stopped doing the books on Sundays," said Ana Ruiz, owner of Crumb & Co.\n',
      },
      {
        note: 'a six-pager with narrative sections',
        path: '6-pager.md',
        doc: '# Van stocking\n\n## Tenets\n\nWe fix it on the first visit.\n\n## Proposal\n\nStock the vans nightly from the parts forecast.\n',
      },
      {
        note: 'the team\'s own naming convention is as sure as front matter',
        path: 'ledger.prfaq.md',
        doc: '# Ledger\n\n- [Draft](https://example.com/ledger)\n',
      },
      {
        note: 'front matter outranks the name',
        path: 'prfaq.md',
        doc: '---\nkind: prfaq\n---\n# Ledger\n\n- [Draft](https://example.com/ledger)\n',
      },
    ],
  },
};
