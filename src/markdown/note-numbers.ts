// Gives every note the number readers see before GFM renders it, so the page's anchors are #fn-N
// and #fnref-N (GFM would build them from the raw label, and a label like %E0 is not an address).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { noteOrder, referencesInReadingOrder } from '../lib/notes.ts';
import { stageOf } from './stage.ts';

export function remarkNoteNumbers() {
  return (tree: Root, file: VFile) => {
    const order = noteOrder();
    const stage = stageOf(file);
    for (const reference of referencesInReadingOrder(tree)) {
      const { number, occurrence } = order.refer(reference.label ?? reference.identifier);
      reference.identifier = reference.label = String(number);
      stage.references.push({ note: number, occurrence });
    }
    visit(tree, 'footnoteDefinition', (node, index, parent) => {
      const number = order.numberOf(node.label ?? node.identifier);
      // A note no reference uses is not shown (GFM drops it too); removed, its label cannot take a number's place.
      if (number === undefined) {
        parent?.children.splice(index!, 1);
        return index;
      }
      node.identifier = node.label = String(number);
    });
    stage.labels = [...order.labels];
  };
}
