// Astro's incremental build (experimental.incrementalBuild) copies a page from the previous build when
// its key (src/build/page-keys.ts) and code are unchanged. Astro keeps a copy of every page it renders
// in node_modules/.astro/dist/ as it goes, but writes the list of keys only when a build succeeds: a
// build that failed or was killed after rendering some pages leaves copies newer than the list says,
// and a later build whose keys match the list again would publish them. So a build that starts while
// the previous one never finished forgets the list, and renders every page.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeFingerprint, installCodeFingerprint } from './page-keys.ts';

/** Astro's list of the previous build's pages and keys, in its cache folder. */
export const manifestName = 'incremental-build.json';
/** Present while a build runs; left behind by a build that did not finish. */
export const unfinishedName = 'incremental-build.unfinished';

/** At the start of a build: forgets the list if the last build did not finish. True when it did so. */
export function startIncrementalBuild(cacheDir: string): boolean {
  const unfinished = path.join(cacheDir, unfinishedName);
  const forget = fs.existsSync(unfinished);
  if (forget) fs.rmSync(path.join(cacheDir, manifestName), { force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(unfinished, `${process.pid}\n`);
  return forget;
}

export function finishIncrementalBuild(cacheDir: string): void {
  fs.rmSync(path.join(cacheDir, unfinishedName), { force: true });
}

export const incrementalPages = (): AstroIntegration => {
  let root = process.cwd();
  let cacheDir = '';
  return {
    name: 'incremental-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (startIncrementalBuild(cacheDir)) logger.info('The previous build did not finish: every page is rendered again.');
        installCodeFingerprint(codeFingerprint(root));
      },
      'astro:build:done': () => {
        installCodeFingerprint(undefined);
        finishIncrementalBuild(cacheDir);
      },
    },
  };
};
