/**
 * V8 settings for the processes that review (the language server, the
 * CLI and its workers). Each entry point imports this module first, so the
 * settings hold before the engine's modules create their regular
 * expressions, however the process was started (VS Code's fork, the npm
 * bin scripts, `node dist/server.js`).
 *
 * --regexp-tier-up-ticks=0: by default V8 compiles a regular expression to
 * bytecode for its first match and compiles it again, to machine code, for
 * the second. The rules' case-insensitive Unicode patterns (`\p{L}` under
 * the `iu` flags) cost 1–3 ms each to compile, there are some 240
 * patterns, and nearly all of them run many times in a review, so the
 * first compilation is wasted. With no ticks a pattern is compiled once,
 * straight to machine code: `prfaq lint` of one six-page file used 0.32 s
 * of CPU time instead of 0.39 on Node 20 (runs interleaved); warm reviews
 * are unchanged. Later V8 releases make 0 the default.
 *
 * Only the tick count can be changed in a running process: it is read when
 * a pattern is created, and a pattern with no ticks left is a state every
 * pattern reaches anyway. Turning tier-up off at run time
 * (`--no-regexp-tier-up`) crashed Node 20 on the patterns its own module
 * loader had already compiled to bytecode.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
