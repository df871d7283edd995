// An editor's note flags the exact words it quotes. The page marks the first place the words occur
// inside one run of plain text, so a quote must be found there, and only once.
import { toString } from 'mdast-util-to-string';
import type { Rule } from '../context.ts';
import { fieldOf, listAt } from '../references.ts';

/** Straight quotes and single spaces, to tell "almost there" from "not there". */
const loosen = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

const rule: Rule = {
  code: 'editor-note-quote',
  description: "An editor's note quotes words that are not in the text, are split by formatting, or occur more than once.",
  fix: 'Copy into quote a few words exactly as they stand once in the text, inside one stretch of plain text.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const runs = text.textNodes.map((node) => node.value);
      return listAt(record.data, 'editorNotes').flatMap((note, i) => {
        const quote = fieldOf(note, 'quote');
        if (typeof quote !== 'string' || quote.trim() === '') return [];
        const found = runs.reduce((sum, run) => sum + count(run, quote), 0);
        if (found === 1) return [];
        const shown = quote.includes('"') ? `'${quote}'` : `"${quote}"`;
        const at = (message: string, fix: string) =>
          context.atField(record, ['editorNotes', i, 'quote'], 'editor-note-quote', message, fix);
        if (found > 1) {
          return [at(
            `The quoted words ${shown} occur ${found} times in the text, so it is unclear which ones the note is about.`,
            'Quote a few more words around the place you mean, so the quote occurs only once.',
          )];
        }
        const whole = toString(text.tree);
        if (whole.includes(quote)) {
          return [at(
            `The quoted words ${shown} are in the text, but split by formatting (italics, bold, a link or a note marker).`,
            'Quote only words that sit inside one stretch of plain text, e.g. the part before or after the italics.',
          )];
        }
        const close = runs.some((run) => loosen(run).includes(loosen(quote)));
        return [at(
          `The quoted words ${shown} are not in the text.`,
          close
            ? 'The words are there with different quotation marks or spaces: copy them from the text exactly (curly ’ and “ ” differ from straight \' and ").'
            : 'Copy the words from the statement\'s text exactly, including punctuation and capitals.',
        )];
      });
    });
  },
};

export default rule;
