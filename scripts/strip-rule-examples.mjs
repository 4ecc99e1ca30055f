// An esbuild plugin for production bundles: each rule's `examples` (its
// fixture documents, a third of engine/rules by size) are the rule's tests
// (test/rules.test.ts) and nothing at run time reads them, yet they were
// bundled twice into the VSIX (the Node and the web server), which held the
// VSIX at its 1 MB budget. The plugin parses each rule module with the
// TypeScript compiler and drops the `examples: { invalid, valid }` property
// of its exported rule object; everything else is bundled as written.
// Source maps and development builds keep them (`npm run build` without
// --production), so tests and debugging see the rules as written.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The text of `source` without the `examples` property of any object literal that holds `invalid` and `valid`. */
export function withoutRuleExamples(source, fileName = 'rule.ts') {
  const ts = require('typescript');
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === 'examples' && ts.isObjectLiteralExpression(node.initializer)) {
      const names = node.initializer.properties.map((p) => p.name?.getText(file));
      if (names.includes('invalid') && names.includes('valid')) {
        let end = node.getEnd();
        // The comma after the property goes with it.
        const after = /^\s*,/.exec(source.slice(end));
        if (after) end += after[0].length;
        cuts.push([node.getStart(file), end]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return { text: out, removed: cuts.length };
}

/** The plugin: rule modules (engine/rules/<id>.ts) lose their examples. */
export const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(build) {
    build.onLoad({ filter: /[\\/]engine[\\/]rules[\\/][a-z-]+\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: withoutRuleExamples(source, args.path).text, loader: 'ts' };
    });
  },
};
