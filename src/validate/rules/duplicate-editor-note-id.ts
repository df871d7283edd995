// Each editor's note is anchored on the page as #ed-<id>, so two notes of one statement cannot share an id.
import type { Rule } from '../context.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'duplicate-editor-note-id',
  description: "Two editor's notes of one statement have the same id.",
  fix: 'Give each editor\'s note of a statement its own short id.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const seen = new Map<string, number>();
      return listAt(record.data, 'editorNotes').flatMap((note, i) => {
        const id = fieldOf(note, 'id');
        if (typeof id !== 'string') return [];
        const earlier = seen.get(id);
        if (earlier === undefined) {
          seen.set(id, i);
          return [];
        }
        return [
          context.atField(
            record,
            ['editorNotes', i, 'id'],
            'duplicate-editor-note-id',
            `The id "${id}" is already used by editorNotes[${earlier}]; each editor's note needs its own id, which becomes its link.`,
            `Give this note another short id, like "${id}-2", or merge the two notes.`,
          ),
        ];
      });
    });
  },
};

export default rule;
