// The last step of the statement pipeline: whatever a statement's Markdown holds, the published HTML
// contains only what Markdown and the project's plugins make (an allow-list, never a block-list).
// The validator (rule unsafe-html) tells editors the same thing earlier; this holds even when it is not run.
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { allowedSchemes } from '../lib/link-schemes.ts';
import { citedWorksMarker } from './cited-works.ts';
import { sidenoteAnchorPattern } from './sidenotes.ts';
import { langToken } from './interface-words.ts';

/** Ids the plugins give (fn-1, fnref-1-2, p-3, edref-weekday, footnote-label); no other name may clobber the page's globals. */
const anchorId = /^(?:fn|fnref|p|edref|footnote)-[a-z0-9-]+$/;
const language = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const sourceMarks = ['dataNotSource', 'dataPagefindTitle'];
/** A language, or the place the page puts the interface's language (src/markdown/interface-words.ts). */
const lang = ['lang', language, langToken] as [string, RegExp, string];

export const statementSchema: Schema = {
  tagNames: [
    'p', 'em', 'strong', 'del', 'code', 'pre', 'br', 'hr', 'sup', 'sub', 'blockquote',
    'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
    'a', 'span', 'mark', 'section',
  ],
  attributes: {
    a: [
      'href', 'title', lang, ['id', anchorId], 'ariaLabel', ['ariaDescribedBy', anchorId],
      'dataFootnoteRef', 'dataFootnoteBackref', 'dataCopyLink', 'dataNotSource', ['dataSidenote', sidenoteAnchorPattern],
      ['className', 'passage-link', 'footnote-backref'],
    ],
    p: [['id', anchorId], ...sourceMarks, 'dataPagefindIgnore', lang, ['className', 'note-sources', 'note-where', 'note-claim']],
    blockquote: [['id', anchorId], ...sourceMarks],
    li: [['id', anchorId], ...sourceMarks, 'dataNote', 'dataLabel', 'dataMarker', ['dataSidenote', sidenoteAnchorPattern], lang],
    h2: [['id', anchorId], ['className', 'notes-heading'], lang],
    section: ['dataFootnotes', ['className', 'footnotes']],
    sup: ['dataNotSource', ['className', 'lost-link-marker', 'editor-flag-marker'], lang],
    span: [['className', 'lost-link', 'visually-hidden'], lang],
    mark: [['className', 'editor-flag']],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
  },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  // Addresses with no scheme (/cited-works/x/, #fn-1) are the plugins' own and always kept.
  protocols: { href: [...allowedSchemes] },
  // The plugins' ids are the page's anchors (#fn-1): kept as they are, checked by anchorId instead.
  clobber: [],
  required: {},
  // Elements whose content is code or markup, not text: dropped with everything in them.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes', 'object', 'textarea', 'title', 'xmp', 'svg', 'math'],
  // Comments are kept only to carry the cited-works placeholders (src/markdown/cited-works.ts), which the
  // page replaces; rehypeSanitizeStatement removes every other comment first.
  allowComments: true,
  allowDoctypes: false,
};

/**
 * Parses the raw HTML a statement may contain (Astro would only do it after the last plugin) and
 * keeps what the schema allows: elements, attributes and link schemes outside it are removed.
 * Most statements hold no raw HTML, and skip the parse.
 */
export function rehypeSanitizeStatement() {
  const parse = unified().use(rehypeRaw);
  const sanitize = unified().use(rehypeSanitize, statementSchema);
  return async (tree: Root): Promise<Root> => {
    let raw = false;
    visit(tree, 'raw', () => { raw = true; return EXIT; });
    const parsed = raw ? ((await parse.run(tree)) as Root) : tree;
    visit(parsed, 'comment', (node, index, parent) => {
      if (node.value === citedWorksMarker || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return index;
    });
    return sanitize.runSync(parsed) as Root;
  };
}
