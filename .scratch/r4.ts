import { bibliographyHtml, bibliographyText } from '../src/cite/formats.ts';
const mk = (title: string, lit: string): any => ({ id: 'x', type: 'report', title, author: [{ literal: lit }], URL: 'https://e.org/', language: 'en', publisher: 'P', genre: 'Joint statement' });
for (const [t, l] of [['&lt;b&gt;x &amp; y &#60;i>z', '<b>B</b>'], ['<\u200Bb>y<\u200B/b> "q" \'s\' </div><script>', 'X'], ['a\nb\tc\u2028d', 'X']]) {
  console.log(bibliographyHtml([mk(t, l)], 'apa'), bibliographyHtml([mk(t, l)], 'chicago'), bibliographyText([mk(t, l)], 'mla'));
}
