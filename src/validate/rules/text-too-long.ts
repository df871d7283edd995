// A name of a million characters is a mistake or an attack on every page, feed and image that shows
// it. Each kind of field has a limit well above any real value (text-fields.ts holds them).
import type { Rule } from '../context.ts';
import { fieldKinds, textValues, type FieldKindName } from '../text-fields.ts';

const number = (n: number) => n.toLocaleString('en-US');

const limits = (Object.values(fieldKinds) as { noun: string; max: number }[])
  .map((kind) => `${kind.noun.replace(/^(a|an) /, '')} ${number(kind.max)}`)
  .join('; ');

const advice: Record<FieldKindName, string> = {
  name: 'Shorten it to the name as the organization or policy is known; put explanations in description or summary.',
  title: 'Shorten it to the title as printed; a subtitle that does not fit goes in the summary.',
  address: 'Use the address without tracking parameters (the part after ? is often not needed), or a shorter link to the same page.',
  prose: 'Shorten it: a summary says in a few sentences what the statement or policy is; longer remarks belong in an editor\'s note on the page.',
  short: 'Check that the right value is in this field: ids, dates and codes are short.',
  text: 'Check that only this statement was pasted; a longer document should be split into its parts.',
};

const rule: Rule = {
  code: 'text-too-long',
  description: `A field or a statement's text is longer than the limit for its kind, in characters: ${limits}.`,
  fix: 'Shorten the value, or check that only the right words were pasted into it.',
  check(context) {
    return context.records.flatMap(textValues).flatMap((text) => {
      const { max, noun } = fieldKinds[text.kind];
      const length = [...text.value].length;
      if (length <= max) return [];
      const message = `${text.path.length === 0 ? 'The text' : `"${text.label}"`} is ${number(length)} characters long; ${noun} may have at most ${number(max)}.`;
      return [
        text.path.length === 0
          ? context.inText(text.record, { line: text.record.bodyLine, column: 1 }, rule.code, message, advice.text)
          : context.atField(text.record, text.path, rule.code, message, advice[text.kind]),
      ];
    });
  },
};

export default rule;
