// /search/words.json: the words and names "Did you mean" can offer (src/search/vocabulary.ts).
import type { APIRoute } from 'astro';
import { loadCollection } from '../../content/collection.ts';
import { vocabulary } from '../../search/vocabulary.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(vocabulary(await loadCollection())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
