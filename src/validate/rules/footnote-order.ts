// The page numbers notes 1, 2, 3 … in reading order, counting every label (src/markdown/footnotes.ts):
// a numbered label must equal its place in that order, or the page would show another number than the
// text says. A label like [^*] keeps its own sign on the page but still takes up a place.
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
      const place = new Map<string, string>();
      for (const reference of text.references) {
        if (place.has(reference.identifier)) continue;
        place.set(reference.identifier, reference.label);
        const expected = String(place.size);
        if (!/^\d+$/.test(reference.label) || reference.label === expected) continue;
        const others = [...place.values()].filter((label) => !/^\d+$/.test(label));
        const counted = others.length > 0 ? ` (${others.map((label) => `[^${label}]`).join(', ')} before it count${others.length === 1 ? 's' : ''} too)` : '';
        // Only the first note out of order is reported: every later one is usually off by the same step.
        return [
          context.inText(
            record,
            reference.position,
            'footnote-order',
            `[^${reference.label}] is the ${ordinal(place.size)} note in reading order${counted}, so the page would number it ${expected}, not ${reference.label}.`,
            `Label it [^${expected}], and number the markers and their notes in the order readers meet them${others.length > 0 ? '; a note labelled with a sign, like [^*], takes up a number too' : ''}. Change the labels in "notes" in the front matter to match.`,
          ),
        ];
      }
      return [];
    });
  },
};

export default rule;
