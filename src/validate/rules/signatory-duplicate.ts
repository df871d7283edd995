// An organization signs a statement once: listed twice, it would be counted and shown twice.
import type { Rule } from '../context.ts';
import { fieldOf, listAt } from '../references.ts';

const rule: Rule = {
  code: 'signatory-duplicate',
  description: "The same organization appears twice among a statement's signatories.",
  fix: 'List each organization once among the signatories.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const first = new Map<string, string>();
      return listAt(record.data, 'signatories').flatMap((group, i) =>
        listAt(group, 'organizations').flatMap((id, j) => {
          if (typeof id !== 'string') return [];
          const heading = fieldOf(group, 'group');
          const where = `signatories[${i}].organizations[${j}]${typeof heading === 'string' ? ` (under "${heading}")` : ''}`;
          const earlier = first.get(id);
          if (earlier === undefined) {
            first.set(id, where);
            return [];
          }
          return [
            context.atField(
              record,
              ['signatories', i, 'organizations', j],
              'signatory-duplicate',
              `"${id}" is already a signatory at ${earlier}.`,
              'List each organization once: remove this line, or correct it if the source names a different organization here.',
            ),
          ];
        }),
      );
    });
  },
};

export default rule;
