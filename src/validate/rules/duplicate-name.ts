// Two organizations (or two policies) sharing a name, acronym or alias: passages and search find
// records by these words, so each must point to one record. Compared as they look (nameSkeleton):
// ignoring case, accents, spacing, invisible characters, compatibility forms and look-alike letters.
import { latinLookAlike, lookAlikeName, nameSkeleton } from '../../lib/confusables.ts';
import { codePointLabel, hiddenCharacter } from '../../lib/hidden-characters.ts';
import type { ContentRecord } from '../load.ts';
import type { Rule } from '../context.ts';
import type { Path, Problem } from '../problem.ts';
import { fieldOf, listAt } from '../references.ts';

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
  return names.filter((n) => nameSkeleton(n.value) !== '');
}

const describe = (path: Path) => (path[0] === 'aliases' ? 'an alias' : `the ${String(path[0])}`);

/** The characters that make a name only look like another: "U+041E CYRILLIC CAPITAL LETTER O". */
function disguises(value: string): string[] {
  const found = new Set<string>();
  for (const char of value) {
    const codePoint = char.codePointAt(0)!;
    const hidden = hiddenCharacter(codePoint);
    const name = lookAlikeName(char);
    if (hidden) found.add(hidden.label);
    else if (name) found.add(`${codePointLabel(codePoint)} ${name} (looks like "${latinLookAlike(char)}")`);
    else if (char.normalize('NFKC') !== char && /\p{L}|\p{N}/u.test(char)) found.add(`${codePointLabel(codePoint)} "${char}" (a variant form of "${char.normalize('NFKC')}")`);
  }
  return [...found];
}

function duplicateMessage(name: NameField, earlier: NameField): string {
  const odd = disguises(name.value).filter((d) => !disguises(earlier.value).includes(d));
  const owner = `${describe(earlier.path)} of ${earlier.record.file}`;
  if (odd.length === 0) return `"${name.value}" is also ${owner}.`;
  return `"${name.value}" looks the same as "${earlier.value}", ${owner}: it differs only by ${odd.join(', ')}.`;
}

const rule: Rule = {
  code: 'duplicate-name',
  description: 'Two organizations, or two policies, share a name, acronym or alias, or have ones that look the same: that differ only in case, accents, spacing, invisible characters, variant forms like full-width letters, or look-alike letters (a Cyrillic O, U+041E, for the Latin O).',
  fix: 'Merge the two records if they are the same; otherwise change or remove the name, acronym or alias on one of them.',
  check(context) {
    const problems: Problem[] = [];
    for (const collection of ['organizations', 'policies'] as const) {
      const first = new Map<string, NameField>();
      for (const name of context.of(collection).flatMap(namesOf)) {
        const key = nameSkeleton(name.value);
        const earlier = first.get(key);
        if (!earlier) first.set(key, name);
        if (!earlier || earlier.record === name.record) continue;
        const noun = collection === 'organizations' ? 'organization' : 'policy';
        // The problem goes to the name in disguise, whichever file comes first.
        const [shown, other] = disguises(earlier.value).length > disguises(name.value).length ? [earlier, name] : [name, earlier];
        problems.push(
          context.atField(
            shown.record,
            shown.path,
            'duplicate-name',
            duplicateMessage(shown, other),
            `Each name, acronym and alias must belong to one ${noun}, so the site can tell which one a text means: if both files are the same ${noun}, merge them; otherwise change or remove this one.`,
          ),
        );
      }
    }
    return problems;
  },
};

export default rule;
