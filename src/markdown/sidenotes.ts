// Sidenotes on wide screens (src/styles/sidenotes.css) move each note of the end list into the margin
// beside its reference with CSS anchor positioning. CSS can only pair a note with its reference by a
// name both carry, so each note and the first reference to it are given the same anchor name here.
// No words are added and nothing is copied: the notes stay one list for screen readers, print and
// readers without CSS.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { isElement, walk } from './hast.ts';
import { stageOf } from './stage.ts';

/** The CSS anchor name (a dashed ident) shared by note n and its first reference. */
export const sidenoteAnchor = (n: number) => `--note-${n}`;
/** What the sanitizer lets through as a data-sidenote value: only names sidenoteAnchor makes. */
export const sidenoteAnchorPattern = /^--note-[1-9][0-9]*$/;

export function rehypeSidenotes() {
  return (tree: Root, file: VFile) => {
    const { referenceOf } = stageOf(file);
    walk(tree, (node) => {
      if (!isElement(node)) return;
      // The first reference only: a note sits beside the sentence that first calls for it.
      const reference = node.tagName === 'a' ? referenceOf.get(node) : undefined;
      if (reference?.occurrence === 1) node.properties['dataSidenote'] = sidenoteAnchor(reference.note);
      const note = node.tagName === 'li' ? Number(node.properties['dataNote']) : NaN;
      if (Number.isInteger(note) && note > 0) node.properties['dataSidenote'] = sidenoteAnchor(note);
    });
  };
}
