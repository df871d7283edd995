// The site's own social image in each language, for pages that have none of their own.
import type { APIRoute } from 'astro';
import { renderOgImage } from '../../../share/og-image.ts';
import { localeStaticPaths } from '../../../lib/locales.ts';
import { pageInterface } from '../../../i18n/page.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ url }) => {
  const { t } = pageInterface(url.pathname);
  const png = renderOgImage({
    siteName: t['site.name'],
    eyebrow: t['og.eyebrow'],
    title: t['og.title'],
    footer: t['og.footer'],
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
