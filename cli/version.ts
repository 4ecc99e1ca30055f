/** The version users see in `--version` and in SARIF: package.json's, inlined by the bundler (only these two fields). */
import { repository, version } from '../package.json';

export const VERSION: string = version;
export const HOMEPAGE: string = repository.url.replace(/\.git$/, '');
