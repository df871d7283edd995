// Numbers the passages of a statement's text (#p-N), gives each a link to itself, and records
// each passage's text and the sentence each footnote supports, so entity pages can quote them
// without rendering the statement again.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/urls.ts';
import { noteMarker } from '../lib/notes.ts';
import { sentencesEndingAt } from '../lib/sentences.ts';
import { el, isElement, sourceText, txt, walk } from './hast.ts';
import { stageOf, type ReferenceNumber } from './stage.ts';
import { langToken, wordToken } from './interface-words.ts';

function passageElements(tree: Root): Element[] {
  const found: Element[] = [];
  for (const node of tree.children) {
    if (isElement(node, 'p') || isElement(node, 'blockquote')) found.push(node);
    if (isElement(node, 'ul') || isElement(node, 'ol')) {
      for (const li of node.children) if (isElement(li, 'li')) found.push(li);
    }
  }
  return found;
}

/** Text of a passage, with the offset of every footnote reference in it. */
function textWithReferences(node: Element, referenceOf: WeakMap<object, ReferenceNumber>) {
  const parts: string[] = [];
  let length = 0;
  const refs: (ReferenceNumber & { offset: number })[] = [];
  walk(node, (child) => {
    const reference = referenceOf.get(child);
    if (reference) {
      refs.push({ ...reference, offset: length });
      return false;
    }
    if (isElement(child)) return child.properties['dataNotSource'] === undefined;
    const text = sourceText(child);
    parts.push(text);
    length += text.length;
    return false;
  });
  return { text: parts.join(''), refs };
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

export function rehypePassages() {
  return (tree: Root, file: VFile) => {
    const { derived, labels, referenceOf } = stageOf(file);
    passageElements(tree).forEach((node, i) => {
      const number = i + 1;
      const id = anchors.passage(number);
      node.properties['id'] = id;
      // A Pagefind sub-result, so a search hit in the text links to its paragraph.
      node.properties['dataPagefindTitle'] = wordToken('passages.label', number);
      const { text, refs } = textWithReferences(node, referenceOf);
      derived.passages.push({ number, text: normalized(text) });
      const sentences = sentencesEndingAt(text, refs.map((ref) => ref.offset));
      refs.forEach((ref, k) => derived.noteReferences.push({ note: ref.note, occurrence: ref.occurrence, passage: number, sentence: sentences[k]! }));
      node.children.push(
        el('a', { className: ['passage-link'], href: `#${id}`, dataNotSource: '', dataCopyLink: '', ariaLabel: wordToken('passages.label', number), lang: langToken }, [
          txt(`¶${number}`),
        ]),
      );
    });

    walk(tree, (node) => {
      if (!isElement(node, 'section') || node.properties['dataFootnotes'] === undefined) return;
      walk(node, (ol) => {
        if (!isElement(ol, 'ol')) return;
        // GFM lists the notes in the order of their numbers.
        ol.children.filter((li) => isElement(li, 'li')).forEach((li, i) => {
          const note = i + 1;
          const label = labels[i] ?? String(note);
          derived.noteTexts.push({ note, label, text: normalized(sourceText(li)) });
          // A link to the note itself, which src/scripts/copy-link.ts turns into "copy the address".
          const link = el('a', { className: ['passage-link'], href: `#${anchors.note(note)}`, dataNotSource: '', dataCopyLink: '', ariaLabel: wordToken('notes.linkLabel', noteMarker(label, note)), lang: langToken }, [txt(wordToken('notes.link'))]);
          const first = li.children.find((c) => isElement(c, 'p'));
          (first && isElement(first) ? first : li).children.push(link);
        });
        return false;
      });
      return false;
    });
  };
}
