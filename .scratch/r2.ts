import { toBibtex, toRis, bibliographyHtml } from '../src/cite/formats.ts';
import { Cite } from '@citation-js/core';
const mk = (title: string, lit: string): any => ({ id: 'x', type: 'report', title, author: [{ literal: lit }], URL: 'https://e.org/', language: 'en', publisher: 'P', genre: 'Joint statement' });
for (const [t, l] of [['a <i> b', 'X'], ['中文 title \u200B<\u200Bi>z', 'X'], ['<span style="font-variant:small-caps;">x</span> <b>y</b> <script>alert(1)</script>', 'A and B'], ['t', 'Foo \\{x\\}']]) {
  const bib = toBibtex([mk(t, l)]);
  console.log(bib);
  try { console.log(JSON.stringify(new Cite(bib).data.map((d: any) => [d.title, d.author]))); } catch (e) { console.log('PARSE FAIL', String(e)); }
  console.log(bibliographyHtml([mk(t, l)], 'apa'));
}
