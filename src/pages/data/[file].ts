// The open-data files listed in src/share/open-data-files.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCollection } from '../../content/collection.ts';
import { dataFiles } from '../../share/open-data-files.ts';

export const getStaticPaths = (() => dataFiles.map((f) => ({ params: { file: f.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = dataFiles.find((f) => f.file === params.file)!;
  const body = file.build(await loadCollection(), site!);
  return new Response(body, { headers: { 'content-type': `${file.type}; charset=utf-8` } });
};
