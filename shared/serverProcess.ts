/**
 * How the language server's Node process is started. The extension passes
 * these flags as `execArgv` when it forks dist/server.js (run and debug),
 * and `npm run bench` forks the server with the same ones, so the memory it
 * reports is the memory VS Code's server uses.
 *
 * Why (measured with scripts/bench/server.ts, issue #6): with a 200-page
 * document open, the server's live heap after a full GC is about 29 MB (the
 * document's parsed chunks, model and caches about 15 MB of it), yet its
 * resident memory was about 175 MB. The rest was V8's head-room: the young
 * generation had grown to two 16 MB semi-spaces, and the old generation was
 * allowed to grow up to four times its live size before collecting the
 * garbage the first, whole-document review promoted into it.
 *
 *  --max-semi-space-size=2     caps the young generation at 2 × 2 MB. A review
 *                              allocates briefly-lived objects only, which die
 *                              young in 2 MB as they do in 16 MB.
 *  --heap-growing-percent=50   lets the old generation grow to 1.5× its live
 *                              size before the next full collection.
 *  --no-maglev                 on Node 22 and later (VS Code 1.10x, code-server)
 *                              V8's mid-tier compiler compiles much more of the
 *                              engine while a long document is first reviewed,
 *                              and its memory outside the heap is not given back:
 *                              with a 200-page document open, resident memory on
 *                              Node 24 was 151–169 MB with it and 134–152 MB
 *                              without (runs interleaved); opening that document
 *                              took about 6% longer, the 6-page cold start and
 *                              keystrokes were unchanged. Node 20 does not use
 *                              Maglev, so the flag changes nothing there.
 *
 * The first two, measured on Node 20 (200-page PR/FAQ, same machine, runs
 * interleaved): resident memory 173 → 114 MB; opening the document 1.56 →
 * 1.78 s of wall clock (more collections); a keystroke's re-review and the
 * 6-page cold start unchanged within noise. All three exist in the V8 of
 * every Node that VS Code 1.90 and later run extensions on (20–24; checked
 * on 20 and 24 by the tests); an unknown V8 flag would stop the process from
 * starting, so check them when changing `engines.vscode`.
 *
 * Other LSP clients start the server however they like; these flags are an
 * optimisation, not a requirement.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--heap-growing-percent=50', '--no-maglev'];

/**
 * Environment for the server process. On Node 22.1 and later,
 * NODE_COMPILE_CACHE makes Node keep the V8 code cache of the 800 KB bundle
 * in `cacheDir`, so later starts skip most of its compilation: measured on
 * Node 24, about 18 ms of a 320 ms start-to-first-diagnostics (the first
 * start ever writes the cache and gains nothing). Older Node ignores it. An
 * environment variable rather than `module.enableCompileCache()`, because
 * the call would run inside the very bundle it should have cached.
 */
export function serverEnv(cacheDir: string): Record<string, string> {
  return { NODE_COMPILE_CACHE: cacheDir };
}
