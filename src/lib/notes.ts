// The one rule for which note a label names and which number the reader sees, shared by the
// Markdown stage, the validator and the entity pages, so they can never disagree.
import type { FootnoteDefinition, FootnoteReference, Nodes, Root } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { SKIP, visit } from 'unist-util-visit';

/**
 * GFM's key for a footnote label: runs of spaces collapsed, trimmed and case-folded the way
 * mdast-util-gfm-footnote does it, so [^A] and [^a] are the same note, as remark matches them.
 */
export const noteIdentifier = (label: string | number): string => normalizeIdentifier(String(label)).toLowerCase();

/** A label that is a plain number ([^3]); any other label is the source's own sign ([^*]). */
export const isNumberLabel = (label: string): boolean => /^\d+$/.test(label);

/** The visible marker of a note: its number for a numbered label, else the label as printed. */
export const noteMarker = (label: string, number: number): string => (isNumberLabel(label) ? String(number) : label);

export interface NoteOrder {
  /** Counts one reference in reading order; returns its note's number and which use of the note it is. */
  refer(label: string): { number: number; occurrence: number; first: boolean };
  /** The number of a label already referred to. */
  numberOf(label: string): number | undefined;
  /** Labels in the order of their numbers (index 0 is note 1), as first written. */
  readonly labels: readonly string[];
}

/**
 * Notes are numbered 1, 2, 3 … in the order readers first meet their references, whatever their
 * labels; every label takes a place, a [^*] note too.
 */
export function noteOrder(): NoteOrder {
  const numbers = new Map<string, number>();
  const uses = new Map<string, number>();
  const labels: string[] = [];
  return {
    labels,
    refer(label) {
      const key = noteIdentifier(label);
      let number = numbers.get(key);
      const first = number === undefined;
      if (number === undefined) {
        labels.push(label);
        number = labels.length;
        numbers.set(key, number);
      }
      const occurrence = (uses.get(key) ?? 0) + 1;
      uses.set(key, occurrence);
      return { number, occurrence, first };
    },
    numberOf: (label) => numbers.get(noteIdentifier(label)),
  };
}

/**
 * A text's note references in the order the page shows them, which is GFM's (mdast-util-to-hast's
 * footer): references in the text first, then those inside the notes, note by note, a note referred
 * to only inside another coming after it. Notes no reference reaches are never shown.
 */
export function referencesInReadingOrder(tree: Root): FootnoteReference[] {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node) => {
    const key = noteIdentifier(node.identifier);
    if (!definitions.has(key)) definitions.set(key, node);
  });
  const order = noteOrder();
  const references: FootnoteReference[] = [];
  const collect = (root: Nodes) =>
    visit(root, (node) => {
      if (node.type === 'footnoteDefinition' && node !== root) return SKIP;
      if (node.type !== 'footnoteReference') return;
      references.push(node);
      order.refer(node.label ?? node.identifier);
    });
  collect(tree);
  // The list grows while it is read.
  for (let i = 0; i < order.labels.length; i++) {
    const definition = definitions.get(noteIdentifier(order.labels[i]!));
    if (definition) collect(definition);
  }
  return references;
}
