// The address the site is published at, in one place: SITE_URL at build time. Canonical URLs,
// citations, the sitemap, feeds and og:url all come from it, so a production build without it
// would publish the placeholder everywhere: the build says so in one line.
import type { AstroIntegration } from 'astro';

export const placeholderAddress = 'https://statements.example.org';

export interface SiteAddress {
  url: string;
  /** Set when the address is the placeholder: the one line a production build prints. */
  warning?: string;
}

export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  const given = env['SITE_URL']?.trim();
  if (!given) {
    return {
      url: placeholderAddress,
      warning: `SITE_URL is not set, so every canonical URL, citation, sitemap entry and og:url says ${placeholderAddress}: build with SITE_URL=https://your.domain npm run build.`,
    };
  }
  let url: URL | undefined;
  try { url = new URL(given); } catch { url = undefined; }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL is "${given}", which is not a web address: set it to the full address the site is served at, like SITE_URL=https://statements.example.net.`);
  }
  return { url: url.href };
}

/** Prints the warning once when `astro build` starts (not in `astro dev`, where the placeholder is expected). */
export function siteAddressWarning(address: SiteAddress): AstroIntegration {
  return {
    name: 'site-address',
    hooks: { 'astro:build:start': ({ logger }) => { if (address.warning) logger.warn(address.warning); } },
  };
}
