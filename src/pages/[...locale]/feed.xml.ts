// An RSS feed of statements per language, newest first: /feed.xml and /es/feed.xml (built by
// @astrojs/rss from src/share/feeds.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCollection } from '../../content/collection.ts';
import { feedOptions } from '../../share/feeds.ts';
import { localeOfPath, localeStaticPaths } from '../../lib/locales.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async (context) => rss(feedOptions(await loadCollection(), context.site!, localeOfPath(context.url.pathname)));
