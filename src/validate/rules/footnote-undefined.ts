// A marker [^x] with no note "[^x]: …": GFM prints it as literal text, so the reader sees "[^x]".
import type { Rule } from '../context.ts';

const rule: Rule = {
  code: 'footnote-undefined',
  description: 'A note marker [^x] in the text has no note written for it.',
  fix: 'Write the note "[^x]: …" below the text, or correct the marker.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const written = [...new Set(text.definitions.map((d) => `[^${d.label}]`))];
      return text.undefinedMarkers.map((marker) =>
        context.inText(
          record,
          marker.position,
          'footnote-undefined',
          `The marker [^${marker.label}] has no note: readers would see "[^${marker.label}]" as plain text.`,
          `Write the note at the end of the text as a line starting "[^${marker.label}]: ", or correct the marker${written.length ? ` (the notes written are ${written.join(', ')})` : ''}.`,
        ),
      );
    });
  },
};

export default rule;
