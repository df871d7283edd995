// robots.txt, generated so the sitemap's address follows the configured site URL.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../share/feeds.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
