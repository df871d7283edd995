// A notes entry in the front matter for a label the text does not use (a typo, or a note removed).
import type { Rule } from '../context.ts';
import { entryIdentifier } from '../markdown.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'note-mapping-unknown',
  description: 'A notes entry in the front matter names a note label the text does not have.',
  fix: 'Use the label of a note in the text, or remove the notes entry.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const used = new Set([...text.definitions, ...text.references].map((marker) => marker.identifier));
      const labels = [...new Set(text.definitions.map((d) => `[^${d.label}]`))];
      return listAt(record.data, 'notes').flatMap((entry, i) => {
        const label = fieldOf(entry, 'note');
        const identifier = entryIdentifier(label);
        if (identifier === undefined || used.has(identifier)) return [];
        return [
          context.atField(
            record,
            ['notes', i, 'note'],
            'note-mapping-unknown',
            `This entry is for the note [^${label}], but the text has no such note.`,
            labels.length
              ? `Use the label of a note in the text (${labels.join(', ')}), or remove the entry.`
              : 'The text has no notes: remove the entry, or add the note to the text.',
          ),
        ];
      });
    });
  },
};

export default rule;
