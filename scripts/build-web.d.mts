// Types for the TypeScript tests that load scripts/build-web.mjs.
import type { Plugin } from 'esbuild';
export declare const noNodeBuiltins: Plugin;
export declare function buildWeb(options?: { outdir?: string }): Promise<{ file: string; bytes: number; scriptBytes: number }>;
export declare function standaloneSheet(css: string): string;
