/**
 * Reload the engine's code between cases of a test that changes a word list
 * or a table in place, so that matchers are compiled again from the changed
 * data. The data modules themselves (the lexicon, the catalogue) stay: the
 * test holds and changes them.
 *
 * Deleting a module from `require.cache` is not enough to let it go: every
 * module keeps the modules it required in its `children`, so each reload
 * would stay reachable (with its compiled word lists) from the test file and
 * from the data modules until the run ends. A few hundred reloads grew one
 * mocha process past 3.5 GB; this keeps it near 0.5 GB.
 */
export function forgetModules(reloaded: (id: string) => boolean): void {
  const drop = (id: string | undefined) => !!id && reloaded(id);
  for (const key of Object.keys(require.cache)) if (drop(key)) delete require.cache[key];
  for (const m of [...Object.values(require.cache), require.main]) if (m?.children) m.children = m.children.filter((c) => !drop(c.id));
}
