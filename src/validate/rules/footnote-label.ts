// The page shows a note's label as its marker when it is not a number ([^*] stays *), so a label must
// be what the source prints: a number, or a short mark. A label like %E0 (a leftover web-address
// escape) or a word would be shown to readers as if the source had printed it.
import { isNumberLabel, noteOrder } from '../../lib/notes.ts';
import type { Rule } from '../context.ts';

/** One to three letters or signs, like *, †, ** or a: no digits, spaces or per cent signs. */
const mark = /^[^\p{N}\s%\\]{1,3}$/u;

const rule: Rule = {
  code: 'footnote-label',
  description: 'A note label is neither a number nor a short mark the source prints, like [^*].',
  fix: 'Label the note with its number in reading order ([^3]), or with the source\'s own mark ([^*]), in the text and in "notes".',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const order = noteOrder();
      for (const reference of text.readingOrder) order.refer(reference.label);
      const seen = new Set<string>();
      return [...text.references, ...text.definitions]
        .filter((marker) => !isNumberLabel(marker.label) && !mark.test(marker.label))
        .filter((marker) => !seen.has(marker.identifier) && seen.add(marker.identifier))
        .map((marker) => {
          const number = order.numberOf(marker.label);
          const numbered = number === undefined ? 'with its number in reading order' : `[^${number}], its number in reading order,`;
          return context.inText(
            record,
            marker.position,
            'footnote-label',
            `The note label [^${marker.label}] is neither a number nor a mark the source prints, and the page shows it as the note's marker: readers would see "${marker.label}".`,
            `Label the note ${numbered} or with the mark the source prints, like [^*], in the text, in the note and in "notes" in the front matter.`,
          );
        });
    });
  },
};

export default rule;
