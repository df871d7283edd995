// WOLA spelled with a Cyrillic O (U+041E) reads as WOLA but is another name to search, links and
// the duplicate check: a word that mixes Latin, Cyrillic or Greek letters is nearly always a spoof.
import { codePointLabel } from '../../lib/hidden-characters.ts';
import { latinLookAlike, lookAlikeName, scriptsOf } from '../../lib/confusables.ts';
import type { Rule } from '../context.ts';
import type { Problem } from '../problem.ts';
import { textValues } from '../text-fields.ts';

const scriptOf = (char: string) => scriptsOf(char)[0] ?? 'other';

/** The letter that does not belong: one of the script the word has fewest letters of. */
function oddLetter(word: string): { char: string; offset: number } {
  const letters = [...word].filter((char) => /\p{L}/u.test(char));
  const count = (script: string) => letters.filter((char) => scriptOf(char) === script).length;
  const odd = scriptsOf(word).sort((a, b) => count(a) - count(b))[0]!;
  const char = letters.find((c) => scriptOf(c) === odd)!;
  return { char, offset: word.indexOf(char) };
}

function describeLetter(char: string): string {
  const latin = latinLookAlike(char);
  const name = lookAlikeName(char) ?? `a ${scriptOf(char)} letter "${char}"`;
  return `${codePointLabel(char.codePointAt(0)!)} ${name}${latin ? `, which looks like the Latin "${latin}"` : ''}`;
}

const rule: Rule = {
  code: 'mixed-script',
  description: 'A word mixes letters of the Latin, Cyrillic or Greek alphabets, like WOLA written with a Cyrillic O (U+041E): it looks like another word but does not match it.',
  fix: 'Retype the word with the letters of one alphabet (on an ordinary keyboard, retype the letter the message names).',
  check(context) {
    const problems: Problem[] = [];
    for (const text of context.records.flatMap(textValues)) {
      // Most texts have no Cyrillic or Greek letter at all: nothing to mix.
      if (!/[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(text.value)) continue;
      const mixed = [...text.value.matchAll(/[\p{L}\p{M}]+/gu)].filter((m) => scriptsOf(m[0]).length > 1);
      const first = mixed[0];
      if (!first) continue;
      const odd = oddLetter(first[0]);
      const { literal: _literal, ...position } = text.positionOf(first.index + odd.offset);
      const more = mixed.length > 1 ? ` (${mixed.length} words like this; the first is shown)` : '';
      const subject = text.path.length === 0 ? 'the text' : `"${text.label}"`;
      const message = `The word "${first[0]}" in ${subject} mixes ${scriptsOf(first[0]).join(' and ')} letters${more}: at column ${position.column} is ${describeLetter(odd.char)}.`;
      const fix = `Retype "${odd.char}" as a letter of the same alphabet as the rest of the word, or retype the whole word.`;
      problems.push(
        text.path.length === 0
          ? context.inText(text.record, position, rule.code, message, fix)
          : { ...context.atField(text.record, text.path, rule.code, message, fix), ...position },
      );
    }
    return problems;
  },
};

export default rule;
