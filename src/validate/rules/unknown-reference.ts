// Shared by unknown-organization, unknown-policy and unknown-citation: a reference field (listed in
// the collection registry, src/content/collections.ts) names an id no record of its collection has.
import { collectionNames, collections, type ReferenceTarget } from '../../content/collections.ts';
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import { referencesOf } from '../references.ts';
import { didYouMean } from '../suggest.ts';

/** Every collection some field refers to. */
const targets = [...new Set(collectionNames.flatMap((c) => collections[c].references.map(([, target]) => target)))];

export function unknownReferenceRule(target: ReferenceTarget, code: string): Rule {
  const { noun, extension } = collections[target];
  return {
    code,
    description: `A field names ${noun.a} id that no file in ${target}/ has.`,
    fix: `Correct the id to the file name of ${noun.a} in content/${target}/, or create it (npm run new -- ${noun.one}).`,
    check(context: RuleContext): Problem[] {
      const known = context.ids(target);
      const problems: Problem[] = [];
      for (const record of context.records) {
        for (const reference of referencesOf(record)) {
          if (reference.target !== target || known.has(reference.id)) continue;
          const stray = context.strays.find((s) => s.collection === target && s.id === reference.id);
          const elsewhere = targets.find((c) => c !== target && context.ids(c).has(reference.id));
          const hint = stray
            ? `${stray.file} exists but is ignored because of its extension: rename it. `
            : elsewhere
              ? `"${reference.id}" is ${collections[elsewhere].noun.a}, not ${noun.a}: check that it is in the right field. `
              : didYouMean(reference.id, known);
          problems.push(
            context.atField(
              record,
              reference.path,
              code,
              `"${reference.id}" is not a known ${noun.one}.`,
              `${hint}${capital(noun.many)} live in ${context.folder(target)}; the id is the file name without ${extension}.`,
            ),
          );
        }
      }
      return problems;
    },
  };
}

function capital(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
