// An editor's note flags the exact words it quotes. The page marks the first place the words occur
// inside one run of plain text (src/markdown/editor-notes.ts), so a quote must be found there, only
// once, and not overlap another note's quote: two flags cannot share words.
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
  description: "An editor's note quotes words that are not in the text, are split by formatting, occur more than once, or overlap another note's quote.",
  fix: 'Copy into quote a few words exactly as they stand once in the text, inside one stretch of plain text.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const runs = text.textNodes.map((node) => node.value);
      /** Where each quote found once stands: its run and offsets, to find quotes that share words. */
      const places: { i: number; quote: string; run: number; start: number; end: number }[] = [];
      const problems = listAt(record.data, 'editorNotes').flatMap((note, i) => {
        const quote = fieldOf(note, 'quote');
        if (typeof quote !== 'string' || quote.trim() === '') return [];
        const found = runs.reduce((sum, run) => sum + count(run, quote), 0);
        if (found === 1) {
          const run = runs.findIndex((r) => r.includes(quote));
          const start = runs[run]!.indexOf(quote);
          places.push({ i, quote, run, start, end: start + quote.length });
          return [];
        }
        const shown = quoted(quote);
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
      return [...problems, ...overlaps(places).map(([first, second]) =>
        context.atField(
          record,
          ['editorNotes', second.i, 'quote'],
          'editor-note-quote',
          `The quoted words ${quoted(second.quote)} overlap the words quoted by editorNotes[${first.i}] (${quoted(first.quote)}), so the page cannot flag both.`,
          `Quote words that no other editor's note quotes: shorten one of the two quotes so they do not share words, or make them one note.`,
        ))];
    });
  },
};

const quoted = (quote: string) => (quote.includes('"') ? `'${quote}'` : `"${quote}"`);

/** Pairs of places in the same run that share characters; each later note is reported once. */
function overlaps<T extends { run: number; start: number; end: number; i: number }>(places: T[]): [T, T][] {
  const sorted = [...places].sort((a, b) => a.run - b.run || a.start - b.start || a.i - b.i);
  const pairs: [T, T][] = [];
  let open: T | undefined;
  for (const place of sorted) {
    if (open && open.run === place.run && place.start < open.end) {
      const [first, second] = open.i < place.i ? [open, place] : [place, open];
      pairs.push([first, second]);
      if (place.end > open.end) open = place;
    } else open = place;
  }
  return pairs;
}

export default rule;
