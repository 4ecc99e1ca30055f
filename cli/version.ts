/** The version users see in `--version` and in SARIF: package.json's, inlined by the bundler. */
import pkg from '../package.json';

export const VERSION: string = pkg.version;
export const HOMEPAGE: string = pkg.repository.url.replace(/\.git$/, '');
