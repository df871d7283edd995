// Numbers the passages of a statement's text (#p-N), gives each a link to itself, and records
// each passage's text and the sentence each footnote supports, so entity pages can quote them
// without rendering the statement again.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { anchors } from '../lib/urls.ts';
import { sentenceEndingAt } from '../lib/sentences.ts';
import { frontmatterOf } from './frontmatter.ts';
import { el, isElement, sourceText, txt, walk } from './hast.ts';

export interface Passage {
  id: string;
  text: string;
}

export interface NoteReference {
  /** The note's number as the reader sees it. */
  note: number;
  /** Anchor of this reference, fnref-N or fnref-N-K. */
  reference: string;
  passage: string;
  sentence: string;
}

export interface NoteText {
  note: number;
  /** The label in the Markdown ([^label]), which the front matter's notes refer to. */
  label: string;
  text: string;
}

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
function textWithReferences(node: Element): { text: string; refs: { id: string; offset: number }[] } {
  let text = '';
  const refs: { id: string; offset: number }[] = [];
  walk(node, (child) => {
    if (isElement(child) && child.properties['dataFootnoteRef'] !== undefined) {
      refs.push({ id: String(child.properties['id']), offset: text.length });
      return false;
    }
    if (isElement(child)) return child.properties['dataNotSource'] === undefined;
    text += sourceText(child);
    return false;
  });
  return { text, refs };
}

export function rehypePassages() {
  return (tree: Root, file: VFile) => {
    const passages: Passage[] = [];
    const noteReferences: NoteReference[] = [];
    passageElements(tree).forEach((node, i) => {
      const id = anchors.passage(i + 1);
      node.properties['id'] = id;
      // A Pagefind sub-result, so a search hit in the text links to its paragraph.
      node.properties['dataPagefindTitle'] = `Paragraph ${i + 1}`;
      const { text, refs } = textWithReferences(node);
      passages.push({ id, text: text.replace(/\s+/g, ' ').trim() });
      for (const ref of refs) {
        const note = Number(/^fnref-(\d+)/.exec(ref.id)?.[1]);
        noteReferences.push({ note, reference: ref.id, passage: id, sentence: sentenceEndingAt(text, ref.offset) });
      }
      node.children.push(
        el('a', { className: ['passage-link'], href: `#${id}`, dataNotSource: '', dataCopyLink: '', ariaLabel: `Paragraph ${i + 1}` }, [
          txt(`¶${i + 1}`),
        ]),
      );
    });

    const notes: NoteText[] = [];
    walk(tree, (node) => {
      if (!isElement(node, 'li') || node.properties['dataNote'] === undefined) return;
      notes.push({
        note: Number(node.properties['dataNote']),
        label: String(node.properties['dataLabel']),
        text: sourceText(node).replace(/\s+/g, ' ').trim(),
      });
      // A link to the note itself, which src/scripts/copy-link.ts turns into "copy the address".
      const marker = node.properties['dataMarker'] ?? node.properties['dataNote'];
      const link = el('a', { className: ['passage-link'], href: `#${node.properties['id']}`, dataNotSource: '', dataCopyLink: '', ariaLabel: `Link to note ${marker}` }, [txt('Link')]);
      const first = node.children.find((c) => isElement(c, 'p'));
      (first && isElement(first) ? first : node).children.push(link);
      return false;
    });

    const fm = frontmatterOf(file);
    fm['passages'] = passages;
    fm['noteReferences'] = noteReferences;
    fm['noteTexts'] = notes;
  };
}
