// Footnotes as readers and links expect them: #fn-N and #fnref-N numbered in reading order (the
// numbers come from remarkNoteNumbers), the source's own marker shown (an asterisk stays an
// asterisk), a visible "Notes" heading, the note's language, and a place for its cited works.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { isNumberLabel, noteIdentifier, noteMarker } from '../lib/notes.ts';
import { anchors } from '../lib/urls.ts';
import { citedWorksPlaceholder } from './cited-works.ts';
import { frontmatterOf } from './frontmatter.ts';
import { isElement, txt, walk } from './hast.ts';
import { stageOf } from './stage.ts';
import { langToken, wordToken } from './interface-words.ts';

export function rehypeFootnotes() {
  return (tree: Root, file: VFile) => {
    const fm = frontmatterOf(file);
    const { labels, references, referenceOf } = stageOf(file);
    const mappings = new Map((fm.notes ?? []).map((m) => [noteIdentifier(m.note), m]));

    // GFM shows the references in the order remarkNoteNumbers numbered them, and their text is the number.
    let reference = 0;
    walk(tree, (node) => {
      if (!isElement(node, 'a') || node.properties['dataFootnoteRef'] === undefined) return;
      const number = references[reference++];
      if (!number) return file.fail('A note reference was found that the note numbering did not count. Please report this with the statement attached.');
      referenceOf.set(node, number);
      // GFM builds the same ids from the numbers; set here, they come from the one place pages use too.
      node.properties['id'] = anchors.reference(number.note, number.occurrence);
      node.properties['href'] = `#${anchors.note(number.note)}`;
      const label = labels[number.note - 1];
      if (label !== undefined && !isNumberLabel(label)) node.children = [txt(label)];
      return false;
    });

    walk(tree, (node) => {
      if (!isElement(node, 'section') || node.properties['dataFootnotes'] === undefined) return;
      for (const child of node.children) {
        if (isElement(child, 'h2')) {
          child.properties['className'] = ['notes-heading'];
          child.properties['lang'] = langToken;
          child.children = [txt(wordToken('notes.heading'))];
        }
        // GFM lists the notes in the order of their numbers.
        if (isElement(child, 'ol')) child.children.filter((li) => isElement(li, 'li')).forEach((li, i) => describeNote(li, i + 1));
      }
      return false;
    });

    function describeNote(li: Element, n: number) {
      const label = labels[n - 1] ?? String(n);
      li.properties['id'] = anchors.note(n);
      li.properties['dataNote'] = String(n);
      li.properties['dataLabel'] = label;
      // An element with an id and a title is a Pagefind sub-result: a note a search finds links to #fn-N.
      li.properties['dataPagefindTitle'] = wordToken('notes.searchTitle', noteMarker(label, n));
      if (!isNumberLabel(label)) li.properties['dataMarker'] = label;
      const mapping = mappings.get(noteIdentifier(label));
      if (mapping?.language && mapping.language !== fm.language) li.properties['lang'] = mapping.language;
      let occurrence = 0;
      walk(li, (node) => {
        if (!isElement(node, 'a') || node.properties['dataFootnoteBackref'] === undefined) return;
        occurrence++;
        node.properties['href'] = `#${anchors.reference(n, occurrence)}`;
        node.properties['ariaLabel'] = occurrence > 1 ? wordToken('notes.backToOccurrence', n, occurrence) : wordToken('notes.backToReference', n);
        node.properties['lang'] = langToken;
        node.properties['className'] = ['footnote-backref'];
        return false;
      });
      // The works' titles are not in this file: the page fills them in (src/markdown/cited-works.ts).
      if ((mapping?.citations ?? []).length > 0) li.children.push(citedWorksPlaceholder());
    }
  };
}
