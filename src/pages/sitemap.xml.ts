// The sitemap: every page worth indexing, with absolute addresses from the configured site URL.
import type { APIRoute } from 'astro';
import { loadCollection } from '../content/collection.ts';
import { sitemapPaths, sitemapXml } from '../share/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const collection = await loadCollection();
  return new Response(sitemapXml(sitemapPaths(collection), site), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
