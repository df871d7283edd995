// Footnotes as readers and links expect them: #fn-N and #fnref-N numbered in reading order (GFM would
// use the raw label), the source's own marker shown (an asterisk stays an asterisk), a visible
// "Notes" heading, the note's language, and links from each note to the cited works' records.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors, urls } from '../lib/urls.ts';
import { citationTitles, type CitationLabel } from '../lib/citation-titles.ts';
import { frontmatterOf } from './frontmatter.ts';
import { el, isElement, txt, walk } from './hast.ts';

const labelOf = (href: string) => decodeURIComponent(href.replace(/^#fn-/, ''));

export function rehypeFootnotes(options: { titles?: () => Map<string, CitationLabel> } = {}) {
  const titlesFor = options.titles ?? (() => citationTitles());
  return (tree: Root, file: VFile) => {
    const fm = frontmatterOf(file);
    const ordinal = new Map<string, number>();
    const occurrences = new Map<string, number>();
    const backrefTarget = new Map<string, string>();

    walk(tree, (node) => {
      if (!isElement(node, 'a') || node.properties['dataFootnoteRef'] === undefined) return;
      const label = labelOf(String(node.properties['href']));
      if (!ordinal.has(label)) ordinal.set(label, ordinal.size + 1);
      const n = ordinal.get(label)!;
      const k = (occurrences.get(label) ?? 0) + 1;
      occurrences.set(label, k);
      const oldId = String(node.properties['id']);
      node.properties['id'] = anchors.reference(n, k);
      node.properties['href'] = `#${anchors.note(n)}`;
      backrefTarget.set(`#${oldId}`, `#${node.properties['id']}`);
      node.children = [txt(/^\d+$/.test(label) ? String(n) : label)];
      return false;
    });

    walk(tree, (node) => {
      if (!isElement(node, 'section') || node.properties['dataFootnotes'] === undefined) return;
      for (const child of node.children) {
        if (isElement(child, 'h2')) {
          child.properties['className'] = ['notes-heading'];
          child.children = [txt('Notes')];
        }
        if (isElement(child, 'ol')) for (const li of child.children) if (isElement(li, 'li')) renumberNote(li);
      }
      return false;
    });

    function renumberNote(li: Element) {
      const label = String(li.properties['id']).replace(/^fn-/, '');
      const n = ordinal.get(label);
      if (n === undefined) return;
      li.properties['id'] = anchors.note(n);
      li.properties['dataNote'] = String(n);
      li.properties['dataLabel'] = label;
      // An element with an id and a title is a Pagefind sub-result: a note a search finds links to #fn-N.
      li.properties['dataPagefindTitle'] = `Note ${/^\d+$/.test(label) ? n : label}`;
      if (!/^\d+$/.test(label)) li.properties['dataMarker'] = label;
      const mapping = fm.notes?.find((m) => String(m.note) === label);
      if (mapping?.language && mapping.language !== fm.language) li.properties['lang'] = mapping.language;
      walk(li, (node) => {
        if (!isElement(node, 'a') || node.properties['dataFootnoteBackref'] === undefined) return;
        const target = backrefTarget.get(String(node.properties['href']));
        if (target) node.properties['href'] = target;
        const k = Number(/-(\d+)$/.exec(target ?? '')?.[1] ?? 1);
        node.properties['ariaLabel'] = k > 1 ? `Back to reference ${n} (occurrence ${k}) in the text` : `Back to reference ${n} in the text`;
        node.properties['className'] = ['footnote-backref'];
        return false;
      });
      const cited = mapping?.citations ?? [];
      if (cited.length > 0) {
        const titles = titlesFor();
        const links = cited.flatMap((id, i) => {
          const label = titles.get(id);
          // A Spanish title in an English statement is marked so screen readers pronounce it right.
          const lang = label?.language && label.language !== fm.language ? { lang: label.language } : {};
          return [...(i > 0 ? [txt('; ')] : []), el('a', { href: urls.citation(id), ...lang }, [txt(label?.title ?? id)])];
        });
        li.children.push(
          el('p', { className: ['note-sources'], dataNotSource: '' }, [
            txt(cited.length > 1 ? 'Cited works: ' : 'Cited work: '),
            ...links,
          ]),
        );
      }
    }
  };
}
