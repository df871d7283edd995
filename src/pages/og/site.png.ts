// The site's own social image, for pages that have none of their own.
import type { APIRoute } from 'astro';
import { renderOgImage } from '../../share/og-image.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = () => {
  const png = renderOgImage({
    siteName: site.name,
    eyebrow: 'Word for word, with the works they cite',
    title: 'Civil-society statements on migration and border policy',
    footer: 'United States · Mexico · Central America',
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
