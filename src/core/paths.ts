import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root (the folder holding package.json and data/), found from this module's own location
 * so it works from `src/` (tsx, tests) and from `dist/` (the installed command) alike.
 */
export const packageRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('dyad: cannot find the package root (no package.json above the code)');
    dir = up;
  }
  return dir;
})();

/** A path inside the bundled `data/` folder. */
export const dataPath = (...parts: string[]): string => join(packageRoot, 'data', ...parts);
