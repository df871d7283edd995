// Shared by unknown-organization, unknown-policy and unknown-citation: a reference field names an
// id no record of the expected collection has.
import type { CollectionName } from '../../content/paths.ts';
import type { Rule, RuleContext } from '../context.ts';
import type { Problem } from '../problem.ts';
import { referencesOf } from '../references.ts';
import { didYouMean } from '../suggest.ts';

type Target = Exclude<CollectionName, 'statements'>;

const nouns: Record<Target, string> = { organizations: 'organization', policies: 'policy', citations: 'citation' };

export function unknownReferenceRule(target: Target, code: string): Rule {
  const noun = nouns[target];
  return {
    code,
    description: `A field names ${article(noun)} ${noun} id that no file in ${target}/ has.`,
    fix: `Correct the id to the file name of ${article(noun)} ${noun} in content/${target}/, or create it (npm run new -- ${noun}).`,
    check(context: RuleContext): Problem[] {
      const known = context.ids(target);
      const problems: Problem[] = [];
      for (const record of context.records) {
        for (const reference of referencesOf(record)) {
          if (reference.target !== target || known.has(reference.id)) continue;
          const stray = context.strays.find((s) => s.collection === target && s.id === reference.id);
          const elsewhere = (Object.keys(nouns) as Target[]).find((c) => c !== target && context.ids(c).has(reference.id));
          const hint = stray
            ? `${stray.file} exists but is ignored because of its extension: rename it. `
            : elsewhere
              ? `"${reference.id}" is a ${nouns[elsewhere]}, not ${article(noun)} ${noun}: check that it is in the right field. `
              : didYouMean(reference.id, known);
          problems.push(
            context.atField(
              record,
              reference.path,
              code,
              `"${reference.id}" is not a known ${noun}.`,
              `${hint}${capital(target)} live in ${context.folder(target)}; the id is the file name without .yaml.`,
            ),
          );
        }
      }
      return problems;
    },
  };
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function capital(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}
