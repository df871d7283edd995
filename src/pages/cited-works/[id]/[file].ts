// A cited work's citation as files for reference managers: cite.bib, cite.ris and cite.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollection } from '../../../content/collection.ts';
import { citationCsl } from '../../../cite/csl.ts';
import { citationFiles, type CitationFile } from '../../../cite/formats.ts';
import { offload } from '../../../build/offload.ts';

export const getStaticPaths = (async () => {
  const collection = await loadCollection();
  return [...collection.citations.keys()].flatMap((id) => citationFiles.map((f) => ({ params: { id, file: f.file } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = await loadCollection();
  const work = collection.citations.get(params.id!)!;
  const format = citationFiles.find((f) => f.file === params.file)!;
  const body = await offload({ kind: 'citation-file', file: format.file as CitationFile, items: [citationCsl(params.id!, work, collection)] });
  return new Response(body, { headers: { 'content-type': `${format.type}; charset=utf-8` } });
};
