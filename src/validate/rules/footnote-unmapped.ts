// Every note in the text needs an entry in the front matter's notes, which says what it cites.
import type { Rule } from '../context.ts';
import { entryIdentifier } from '../markdown.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'footnote-unmapped',
  description: 'A note in the text has no entry in the front matter\'s notes.',
  fix: 'Add "- note: x" to notes in the front matter, with the citations it cites or kind: explanatory.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text || record.data === undefined) return [];
      const mapped = new Set(listAt(record.data, 'notes').map((entry) => entryIdentifier(fieldOf(entry, 'note'))));
      const seen = new Set<string>();
      return text.definitions
        .filter((definition) => !mapped.has(definition.identifier) && !seen.has(definition.identifier) && seen.add(definition.identifier))
        .map((definition) => {
          const label = /^\d+$/.test(definition.label) ? definition.label : `"${definition.label}"`;
          return context.inText(
            record,
            definition.position,
            'footnote-unmapped',
            `The note [^${definition.label}] has no entry in "notes" in the front matter, so its cited works are unknown.`,
            `Add to notes: "- note: ${label}" with "citations:" listing the ids of the works it cites, or "kind: explanatory" if it cites none.`,
          );
        });
    });
  },
};

export default rule;
