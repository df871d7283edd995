// A notes entry in the front matter for a label the text does not use (a typo, or a note removed).
import type { Rule } from '../context.ts';
import { noteIdentifier } from '../markdown.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'note-mapping-unknown',
  description: 'A notes entry in the front matter names a note label the text does not have.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const used = new Set([...text.definitions, ...text.references].map((marker) => marker.identifier));
      const labels = [...new Set(text.definitions.map((d) => `[^${d.label}]`))];
      return listAt(record.data, 'notes').flatMap((entry, i) => {
        const label = fieldOf(entry, 'note');
        if ((typeof label !== 'string' && typeof label !== 'number') || used.has(noteIdentifier(String(label)))) return [];
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
