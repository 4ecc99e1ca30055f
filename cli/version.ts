/** The version users see in `--version` and in SARIF: package.json's, inlined by the bundler (only this field). */
import { version } from '../package.json';

export const VERSION: string = version;
