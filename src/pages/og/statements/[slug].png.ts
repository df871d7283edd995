// Each statement's social image (og:image), drawn at build time by src/share/og-image.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollection } from '../../../content/collection.ts';
import { formatDate } from '../../../lib/dates.ts';
import { offload } from '../../../build/offload.ts';
import { site } from '../../../lib/site.ts';
import { termLabel } from '../../../content/terms.ts';

export const getStaticPaths = (async () => {
  const collection = await loadCollection();
  return collection.statements.map((s) => ({ params: { slug: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = await loadCollection();
  const { data: s } = collection.statements.find((r) => r.id === params.slug)!;
  const signatories = s.signatories.reduce((n, g) => n + g.organizations.length, 0);
  const publisher = s.publisher ? collection.organizations.get(s.publisher)?.name : undefined;
  const byline = [s.authors.map((a) => a.name).join(', '), publisher].filter(Boolean).join(' · ');
  const card = {
    siteName: site.name,
    eyebrow: `${termLabel('statementKind', s.kind, 'en')} · ${formatDate(s.date)}`,
    title: s.title,
    footer: signatories > 0 ? `Signed by ${signatories} organizations` : byline,
  };
  // resvg takes about 20 ms an image: during `astro build` a worker thread draws it.
  const png = await offload({ kind: 'og-image', card });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
