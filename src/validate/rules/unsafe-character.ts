// Partners' content is untrusted: a direction override makes "\u202Eevil" show as "live", a zero-width
// space hides a second "WOLA", an escape sequence recolours a terminal. No text may hold them.
import { hiddenCharacter, hiddenCharactersIn, type HiddenCharacter, type HiddenKind } from '../../lib/hidden-characters.ts';
import { characterReferences } from '../character-references.ts';
import type { Rule, RuleContext } from '../context.ts';
import type { ContentRecord } from '../load.ts';
import type { Problem } from '../problem.ts';
import { fieldKinds, textValues, type TextValue } from '../text-fields.ts';

const what: Record<HiddenKind, string> = {
  control: 'an invisible control character, which can garble the page, exported files and terminals',
  'line-break': 'a line break, which this one-line field cannot hold',
  bidi: 'an invisible direction control, which makes the text show in another order than it is written ("\\u202Eevil" shows as "live")',
  invisible: 'an invisible character: the text looks the same but no longer matches searches or the same words elsewhere',
  'soft-hyphen': 'an invisible hyphen, which breaks searches for this word',
  tag: 'an invisible tag character, which can hide text from readers',
  surrogate: 'half of a character (a lone surrogate), left by a broken copy',
  'private-use': 'a private-use character, which shows as an empty box or as one font\'s icon',
  replacement: 'the replacement character "�", left where a character was lost to a wrong encoding',
};

function fixFor({ kind, codePoint }: HiddenCharacter, literal: boolean): string {
  if (kind === 'line-break') return 'Write the value on one line.';
  if (codePoint === 0x09) return 'Replace the tab with a space.';
  if (kind === 'replacement' || kind === 'private-use') return 'Type the character the source has in its place (check the original document), or delete it.';
  return literal
    ? 'Delete it: put the cursor just after it and press Backspace (it cannot be seen), or retype the words around it.'
    : 'Delete the escape that writes it (a \\u or \\x code in the quoted text).';
}

/** Characters that belong in the text after all: newlines in multi-line text, emoji joiners and flags. */
function allowed(found: HiddenCharacter & { index: number }, text: TextValue): boolean {
  const { kind, codePoint, index } = found;
  const multiline = fieldKinds[text.kind].multiline;
  if (codePoint === 0x0a || codePoint === 0x09 || codePoint === 0x0d) {
    // YAML's folded and literal blocks end a value with a line break, which the schemas trim.
    return multiline || text.value.slice(index).trim() === '';
  }
  if (kind === 'soft-hyphen') return multiline;
  // A zero width joiner between two emoji makes one (woman + joiner + medical symbol: a health worker).
  if (codePoint === 0x200d) {
    return /[\p{Extended_Pictographic}\p{Emoji_Modifier}]\uFE0F?$/u.test(text.value.slice(Math.max(0, index - 3), index))
      && /^\p{Extended_Pictographic}/u.test(text.value.slice(index + 1, index + 3));
  }
  // A subdivision flag (Scotland's) is the black flag U+1F3F4, tag letters and a cancel tag.
  if (kind === 'tag') return /^\u{1F3F4}[\u{E0030}-\u{E0039}\u{E0061}-\u{E007A}]{2,6}\u{E007F}$/u.test(flagAround(text.value, index));
  return false;
}

function flagAround(value: string, index: number): string {
  const start = value.lastIndexOf('\u{1F3F4}', index);
  const end = value.indexOf('\u{E007F}', index);
  return start === -1 || end === -1 ? '' : value.slice(start, end + 2);
}

const rule: Rule = {
  code: 'unsafe-character',
  description: 'A field, a statement\'s text or a file name holds a character that does not show as itself: a control character or escape sequence, a direction override (U+202E), a zero-width or other invisible character, a tag or private-use character, half a character, or a line break in a one-line field.',
  fix: 'Delete the character at the line and column given (it is invisible, so put the cursor just after it and press Backspace), or retype the words around it.',
  check(context) {
    const problems: Problem[] = [];
    for (const text of context.records.flatMap(textValues)) {
      // One problem per character and field, with a count: a pasted text can hold hundreds.
      const seen = new Map<number, { first: HiddenCharacter & { index: number }; count: number }>();
      for (const found of hiddenCharactersIn(text.value)) {
        if (allowed(found, text)) continue;
        const entry = seen.get(found.codePoint);
        if (entry) entry.count++;
        else seen.set(found.codePoint, { first: found, count: 1 });
      }
      for (const { first, count } of seen.values()) {
        const { literal, ...position } = text.positionOf(first.index);
        const where = literal ? `at column ${position.column}` : `written as an escape in the value starting at column ${position.column}`;
        const times = count > 1 ? ` (${count} times; the first is shown)` : '';
        const subject = text.path.length === 0 ? 'The text' : `"${text.label}"`;
        const message = `${subject} holds ${first.label} ${where}${times}: ${what[first.kind]}.`;
        const fix = fixFor(first, literal);
        problems.push(
          text.path.length === 0
            ? context.inText(text.record, position, rule.code, message, fix)
            : { ...context.atField(text.record, text.path, rule.code, message, fix), ...position },
        );
      }
    }
    for (const record of context.of('statements')) problems.push(...referenceProblems(context, record));
    // A file name becomes an id and a page address, so it is held to the same standard.
    for (const record of context.records) {
      const [hidden] = hiddenCharactersIn(record.id);
      if (!hidden) continue;
      problems.push({
        file: record.file,
        code: rule.code,
        message: `The file name holds ${hidden.label}: ${what[hidden.kind]}; the name becomes the record's id and its page address.`,
        fix: 'Rename the file, typing its name anew: lower-case letters, digits and hyphens.',
      });
    }
    return problems;
  },
};

/** Hidden characters written as character references ("&#x202E;"), which the page decodes. */
function referenceProblems(context: RuleContext, record: ContentRecord): Problem[] {
  const parsed = context.text(record);
  const body = textValues(record).find((text) => text.path.length === 0);
  if (!parsed || !body) return [];
  return characterReferences(record, parsed).flatMap(({ written, char, position }) => {
    const hidden = hiddenCharacter(char.codePointAt(0)!);
    if (!hidden || allowed({ ...hidden, index: 0 }, { ...body, value: char })) return [];
    return [context.inText(
      record,
      position,
      rule.code,
      `The text holds ${hidden.label}, written as the character reference "${written}" at column ${position.column}: ${what[hidden.kind]}.`,
      `Delete "${written}".`,
    )];
  });
}

export default rule;
