import { format } from '@citation-js/plugin-bibtex/lib/output/value.js';
import { parse } from '@citation-js/plugin-bibtex/lib/input/value.js';
for (const u of ['é', 'e\u0301', '中', 'ả', '’', '“', '—', '\u200B', '𝔸', 'ß', 'Ø', 'ﬁ', '½', '€', '<', '\\', '{', '~']) {
  const f = format('title', u);
  let p; try { p = parse(f, 'title'); } catch (e) { p = 'ERR ' + e; }
  console.log(JSON.stringify([u, f, p]));
}
