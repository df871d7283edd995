// Astro configuration: a static site whose Markdown goes through the project's own pipeline, and
// whose content is validated before anything is built.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/markdown/pipeline.ts';
import { contentValidation } from './src/validate/integration.ts';
import { buildWorkers } from './src/build/integration.ts';
import { movedPages } from './src/build/moved-pages.ts';
import { citedWorkFilesIntegration } from './src/build/cited-work-files.ts';
import { contentStoreIntegration } from './src/build/content-store-module.ts';
import { incrementalPages } from './src/build/incremental.ts';
import { projectMarkdownTrees } from './src/build/markdown-trees.ts';
import { devSecurityHeaders, securityHeaders } from './src/lib/security.ts';
import { siteAddress, siteAddressWarning } from './src/lib/site-address.ts';
import { defaultLocale, locales } from './src/lib/locales.ts';

const address = siteAddress();

/**
 * Astro writes only the root not-found page as a file (/404.html); src/pages/es/404.astro comes out
 * as es/404/index.html. Hosts that look for the nearest 404.html (Cloudflare Pages, and Netlify with
 * a rule) want es/404.html, so it is moved there once the pages are written.
 */
const localeNotFoundPages = (): AstroIntegration => ({
  name: 'locale-not-found-pages',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const folder = fileURLToPath(new URL(`${locale}/404/`, dir));
        if (!fs.existsSync(path.join(folder, 'index.html'))) continue;
        fs.renameSync(path.join(folder, 'index.html'), fileURLToPath(new URL(`${locale}/404.html`, dir)));
        fs.rmdirSync(folder);
      }
    },
  },
});

export default defineConfig({
  site: address.url,
  trailingSlash: 'always',
  // English at /, Spanish under /es/ (src/lib/locales.ts). The pages under src/pages/[...locale]/ make
  // both; this gives Astro.currentLocale and Astro's i18n helpers the same map.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  // Stylesheets and scripts always as files, never inlined: the Content-Security-Policy
  // (src/lib/security.ts) allows no inline <style> or <script>.
  // Several pages at a time, so Astro renders one while worker threads (src/build/) format
  // another's citations or draw its image.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Benchmark collections and built sites are not sources: watching them stalls `astro dev`.
    server: { watch: { ignored: ['**/bench-out/**', '**/dist/**', '**/dist.staging/**', '**/dist.old/**', '**/test-results/**'] } },
  },
  // The security headers on `astro preview` as public/_headers sends them; in `astro dev` (no meta
  // policy there, see Base.astro) a policy that still lets Vite inject styles.
  // Astro's dev toolbar needs an inline script, which the dev policy refuses; editors do not use it.
  devToolbar: { enabled: false },
  server: ({ command }) => ({ port: 4321, headers: command === 'dev' ? devSecurityHeaders : securityHeaders }),
  // The validator keeps its parsed statement texts in the build cache, so a rebuild parses only what changed.
  // The cited works' citation files are made from build-workers' pool and cache, so they come after it.
  // The content store reaches the pages as a file read at run time, not as a compiled string.
  integrations: [contentValidation({ trees: projectMarkdownTrees }), buildWorkers(), citedWorkFilesIntegration(), contentStoreIntegration(), incrementalPages(), movedPages(), siteAddressWarning(address), localeNotFoundPages()],
  // A rebuild copies the entity pages whose key (src/build/page-keys.ts) and code are unchanged from
  // the previous build (kept in node_modules/.astro/) instead of rendering them (src/build/incremental.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({
      remarkPlugins,
      rehypePlugins,
      remarkRehype: remarkRehypeOptions,
      // Keep the source's straight and curly quotes exactly as printed.
      smartypants: false,
    }),
  },
});
