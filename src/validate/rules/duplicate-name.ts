// Two organizations (or two policies) sharing a name, acronym or alias: passages and search find
// records by these words, so each must point to one record. Compared ignoring case and accents.
import type { ContentRecord } from '../load.ts';
import type { Rule } from '../context.ts';
import type { Path, Problem } from '../problem.ts';
import { fieldOf, listAt } from '../references.ts';
import { foldName } from '../suggest.ts';

interface NameField {
  record: ContentRecord;
  path: Path;
  value: string;
}

function namesOf(record: ContentRecord): NameField[] {
  const names: NameField[] = [];
  for (const key of ['name', 'acronym']) {
    const value = fieldOf(record.data, key);
    if (typeof value === 'string') names.push({ record, path: [key], value });
  }
  listAt(record.data, 'aliases').forEach((value, i) => {
    if (typeof value === 'string') names.push({ record, path: ['aliases', i], value });
  });
  return names.filter((n) => foldName(n.value) !== '');
}

const describe = (path: Path) => (path[0] === 'aliases' ? 'an alias' : `the ${String(path[0])}`);

const rule: Rule = {
  code: 'duplicate-name',
  description: 'Two organizations, or two policies, share a name, acronym or alias.',
  fix: 'Merge the two records if they are the same; otherwise change or remove the name, acronym or alias on one of them.',
  check(context) {
    const problems: Problem[] = [];
    for (const collection of ['organizations', 'policies'] as const) {
      const first = new Map<string, NameField>();
      for (const name of context.of(collection).flatMap(namesOf)) {
        const key = foldName(name.value);
        const earlier = first.get(key);
        if (!earlier) first.set(key, name);
        if (!earlier || earlier.record === name.record) continue;
        const noun = collection === 'organizations' ? 'organization' : 'policy';
        problems.push(
          context.atField(
            name.record,
            name.path,
            'duplicate-name',
            `"${name.value}" is also ${describe(earlier.path)} of ${earlier.record.file}.`,
            `Each name, acronym and alias must belong to one ${noun}, so the site can tell which one a text means: if both files are the same ${noun}, merge them; otherwise change or remove this one.`,
          ),
        );
      }
    }
    return problems;
  },
};

export default rule;
