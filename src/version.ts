// package.json is the one place the version is written; the build inlines it into dist/.
import pkg from '../package.json' with { type: 'json' };

/** orderform's version, as published. */
export const VERSION: string = pkg.version;
