// A note "[^x]: …" whose marker never appears in the text: GFM drops it from the page silently.
import type { Rule } from '../context.ts';

const rule: Rule = {
  code: 'footnote-unused',
  description: 'A note is written but its marker [^x] is never used in the text.',
  fix: 'Put the marker [^x] after the words the note belongs to, or delete the note.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const referenced = new Set(text.references.map((r) => r.identifier));
      return text.definitions
        .filter((definition) => !referenced.has(definition.identifier))
        .map((definition) =>
          context.inText(
            record,
            definition.position,
            'footnote-unused',
            `The note [^${definition.label}] is never referred to in the text, so the page would leave it out.`,
            `Put the marker [^${definition.label}] right after the words the note belongs to, as in the source, or delete the note.`,
          ),
        );
    });
  },
};

export default rule;
