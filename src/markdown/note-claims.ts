// A note read on its own (a shared #fn-3 link, a printout) keeps its claim: each note opens with the
// sentence it supports, linked back to its reference, and a line saying where the reader is
// (statement title, "note 3 of 12") that the page shows only when the note is the link's target.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { noteMarker } from '../lib/notes.ts';
import { anchors } from '../lib/urls.ts';
import { frontmatterOf } from './frontmatter.ts';
import { el, isElement, txt, walk } from './hast.ts';
import { stageOf } from './stage.ts';
import { langToken, wordToken } from './interface-words.ts';

/** The elements a note gains; marked as not the source's words and left out of the search index. */
const added = { dataNotSource: '', dataPagefindIgnore: '' };

export function rehypeNoteClaims() {
  return (tree: Root, file: VFile) => {
    const { derived, labels } = stageOf(file);
    const { title, language } = frontmatterOf(file);
    walk(tree, (node) => {
      if (!isElement(node, 'section') || node.properties['dataFootnotes'] === undefined) return;
      walk(node, (ol) => {
        if (!isElement(ol, 'ol')) return;
        const notes = ol.children.filter((li): li is Element => isElement(li, 'li'));
        notes.forEach((li, i) => {
          const note = i + 1;
          const marker = noteMarker(labels[i] ?? String(note), note);
          // A note marked "a" or "*" is still the n-th of the list: both are said.
          const place = marker === String(note) ? wordToken('notes.where', note, notes.length) : wordToken('notes.whereMarked', marker, note, notes.length);
          // The line is in the interface's language; the title inside it stays in the statement's.
          const where: ElementContent[] = typeof title === 'string' ? [el('span', { lang: language }, [txt(title)]), txt(' · '), txt(place)] : [txt(place)];
          const claims = derived.noteReferences.filter((r) => r.note === note && r.sentence.trim() !== '');
          const links = claims.flatMap((r, k): ElementContent[] => {
            const link = el('a', { href: `#${anchors.reference(note, r.occurrence)}` }, [txt(`“${r.sentence.trim()}”`)]);
            return k > 0 ? [txt(' '), link] : [link];
          });
          const before: Element[] = [el('p', { className: ['note-where'], lang: langToken, ...added }, where)];
          if (links.length > 0) {
            before.push(el('p', { className: ['note-claim'], ...added }, [
              el('span', { className: ['visually-hidden'], lang: langToken }, [txt(wordToken(claims.length > 1 ? 'notes.supportsMany' : 'notes.supportsOne'))]),
              ...links,
            ]));
          }
          li.children.unshift(...before);
        });
        return false;
      });
      return false;
    });
  };
}
