// The engine loads two rarely needed libraries lazily with `require` (yaml
// for front matter, picomatch for kind globs); esbuild bundles them for the
// page too. This is the only Node-ish name the page's type-check needs.
declare function require(id: string): unknown;
