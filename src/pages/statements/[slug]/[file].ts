// A statement's citation as files for reference managers: cite.bib, cite.ris and cite.json (CSL-JSON,
// the file the page's <link rel="alternate"> points Zotero to).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollection } from '../../../content/collection.ts';
import { loadPageKeys } from '../../../build/page-keys-loader.ts';
import { statementCsl } from '../../../cite/csl.ts';
import { citationFiles, type CitationFile } from '../../../cite/formats.ts';
import { offload } from '../../../build/offload.ts';

export const getStaticPaths = (async () => {
  const [collection, keyOf] = await Promise.all([loadCollection(), loadPageKeys()]);
  return collection.statements.flatMap((s) => citationFiles.map((f) => ({ params: { slug: s.id, file: f.file }, ...keyOf('statement', s.id) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = await loadCollection();
  const statement = collection.statements.find((s) => s.id === params.slug)!;
  const format = citationFiles.find((f) => f.file === params.file)!;
  const body = await offload({ kind: 'citation-file', file: format.file as CitationFile, items: [statementCsl(statement, collection, site!)] });
  return new Response(body, { headers: { 'content-type': `${format.type}; charset=utf-8` } });
};
