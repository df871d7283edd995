// The page numbers notes 1, 2, 3 … in reading order, counting every label (src/lib/notes.ts, the
// one rule the Markdown stage uses too): a numbered label must equal its place in that order, or the
// page would show another number than the text says. A label like [^*] keeps its own sign but still takes a place.
import { isNumberLabel, noteOrder } from '../../lib/notes.ts';
import type { Rule } from '../context.ts';

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ordinals[n - 1] ?? `${n}th`;

const rule: Rule = {
  code: 'footnote-order',
  description: 'A numbered note marker is not at its place in the reading order of all notes: [^1], then [^2], and so on.',
  fix: 'Number the notes 1, 2, 3 … in the order readers meet them (a [^*] note takes up a number too), in the text and in "notes".',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const order = noteOrder();
      for (const reference of text.readingOrder) {
        const { number, first } = order.refer(reference.label);
        if (!first || !isNumberLabel(reference.label) || reference.label === String(number)) continue;
        const others = order.labels.filter((label) => !isNumberLabel(label));
        const counted = others.length > 0 ? ` (${others.map((label) => `[^${label}]`).join(', ')} before it count${others.length === 1 ? 's' : ''} too)` : '';
        // Only the first note out of order is reported: every later one is usually off by the same step.
        return [
          context.inText(
            record,
            reference.position,
            'footnote-order',
            `[^${reference.label}] is the ${ordinal(number)} note in reading order${counted}, so the page would number it ${number}, not ${reference.label}.`,
            `Label it [^${number}], and number the markers and their notes in the order readers meet them${others.length > 0 ? '; a note labelled with a sign, like [^*], takes up a number too' : ''}. Change the labels in "notes" in the front matter to match.`,
          ),
        ];
      }
      return [];
    });
  },
};

export default rule;
