// Absolute addresses for metadata, feeds and sitemaps: the site URL comes from astro.config.ts
// (`site`, overridable with SITE_URL), never from a hard-coded host.
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('astro.config.ts must set `site` (or SITE_URL) for absolute URLs.');
  return new URL(path, site).href;
}
