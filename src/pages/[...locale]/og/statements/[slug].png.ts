// Each statement's social image (og:image) in each language of the interface, drawn at build time by
// src/share/og-image.ts. The title stays the statement's own; the kind, date and count are the reader's.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollection } from '../../../../content/collection.ts';
import { loadPageKeys } from '../../../../build/page-keys-loader.ts';
import { termLabel } from '../../../../content/terms.ts';
import { formatDate } from '../../../../lib/dates.ts';
import { offload } from '../../../../build/offload.ts';
import { inEveryLocale } from '../../../../lib/locales.ts';
import { pageInterface } from '../../../../i18n/page.ts';

export const getStaticPaths = (async () => {
  const [collection, keyOf] = await Promise.all([loadCollection(), loadPageKeys()]);
  return inEveryLocale(() => collection.statements.map((s) => ({ params: { slug: s.id }, ...keyOf('statement', s.id) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
  const { locale, t } = pageInterface(url.pathname);
  const collection = await loadCollection();
  const { data: s } = collection.statements.find((r) => r.id === params.slug)!;
  const signatories = s.signatories.reduce((n, g) => n + g.organizations.length, 0);
  const publisher = s.publisher ? collection.organizations.get(s.publisher)?.name : undefined;
  const byline = [s.authors.map((a) => a.name).join(', '), publisher].filter(Boolean).join(' · ');
  const card = {
    siteName: t['site.name'],
    eyebrow: `${termLabel('statementKind', s.kind, locale)} · ${formatDate(s.date, locale)}`,
    title: s.title,
    footer: signatories > 0 ? t['og.signedBy'](signatories) : byline,
  };
  // resvg takes about 20 ms an image: during `astro build` a worker thread draws it.
  const png = await offload({ kind: 'og-image', card });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
