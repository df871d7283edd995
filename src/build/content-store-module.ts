// Astro hands its content store to the pages as one JavaScript module, `JSON.parse("…")` around the
// whole store. V8 compiles a string literal that long in time that grows with the square of its length
// (a 275 MB store at 5,000 statements held the build 13 minutes before its first page), so in a build
// the module reads the same JSON file when it runs instead: one JSON.parse, linear in the store's size.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';

/** The module id Astro gives its content store (`astro:data-layer-content`, resolved). */
export const contentStoreModuleId = '\0astro:data-layer-content';

/** The file Astro writes its store to in a build: `data-store.json` in its cache folder. */
export function contentStoreFile(cacheDir: URL): string {
  return fileURLToPath(new URL('data-store.json', cacheDir));
}

/** The module that reads the store at run time; `file` is the store Astro wrote for this build. */
export function contentStoreModule(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
  ].join('\n');
}

/**
 * Rewrites Astro's own store module after Astro has loaded (and checked) it, so Astro still decides
 * when the store exists: an empty store stays Astro's `new Map()`. Builds only; `astro dev` keeps
 * Astro's module, which it reloads when an editor changes a file.
 */
export function contentStoreAtRunTime(file: string, logger?: AstroIntegrationLogger): Plugin {
  return {
    name: 'content-store-at-run-time',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: new RegExp(`^${contentStoreModuleId}$`) },
      handler(code, id) {
        if (id !== contentStoreModuleId || !code.startsWith('export default JSON.parse(')) return null;
        const mb = (fs.statSync(file).size / 1e6).toFixed(1);
        logger?.info(`Content store: the pages read ${mb} MB of data-store.json when they run, not compiled as a module.`);
        return { code: contentStoreModule(file), map: { mappings: '' } };
      },
    },
  };
}

export const contentStoreIntegration = (): AstroIntegration => ({
  name: 'content-store-at-run-time',
  hooks: {
    'astro:config:setup': ({ config, updateConfig, logger }) => {
      updateConfig({ vite: { plugins: [contentStoreAtRunTime(contentStoreFile(config.cacheDir), logger)] } });
    },
  },
});
