// /search/names.json: what each organization, policy, work and country is called (src/search/names.ts).
import type { APIRoute } from 'astro';
import { loadCollection } from '../../content/collection.ts';
import { namesIndex } from '../../search/names.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(namesIndex(await loadCollection())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
