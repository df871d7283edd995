// An RSS feed of statements, newest first (built by @astrojs/rss from src/share/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCollection } from '../content/collection.ts';
import { feedItems } from '../share/feeds.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = async (context) => {
  const collection = await loadCollection();
  return rss({
    title: site.name,
    description: site.description,
    site: context.site!,
    items: feedItems(collection),
    customData: `<language>${site.language}</language>`,
    trailingSlash: true,
  });
};
