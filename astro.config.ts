// Astro configuration: a static site whose Markdown goes through the project's own pipeline, and
// whose content is validated before anything is built.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/markdown/pipeline.ts';
import { contentValidation } from './src/validate/integration.ts';
import { buildWorkers } from './src/build/integration.ts';
import { projectMarkdownTrees } from './src/build/markdown-trees.ts';
import { devSecurityHeaders, securityHeaders } from './src/lib/security.ts';
import { siteAddress, siteAddressWarning } from './src/lib/site-address.ts';

const address = siteAddress();

export default defineConfig({
  site: address.url,
  trailingSlash: 'always',
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
  integrations: [contentValidation({ trees: projectMarkdownTrees }), buildWorkers(), siteAddressWarning(address)],
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
