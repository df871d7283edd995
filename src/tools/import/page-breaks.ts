// A page break in a PDF leaves a sentence in two paragraphs, often with the page's notes between
// them. A paragraph that stops mid-sentence and one that goes on in lower case are joined again;
// where a cut is likely but the next paragraph starts with a capital, the import asks instead.
import type { Note, Piece } from './footnotes.ts';
import { ask, type Question } from './questions.ts';
import { endsSentence, excerpt, startsLowercase, tail, type Block } from './text.ts';

export interface Rejoined {
  texts: Block[];
  notes: Note[];
  /** Where two paragraphs were joined: the end of the first and the start of the second. */
  joins: string[];
  questions: Question[];
}

const structural = /^(?:#{1,6}\s|>|\||[-*+]\s|\d+[.)]\s)/;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isParagraph = (text: string) => !structural.test(text) && words(text) >= 12;
const lastLine = (text: string) => text.split('\n').at(-1)!;

export function rejoinPageBreaks(pieces: Piece[]): Rejoined {
  const result: Rejoined = { texts: [], notes: [], joins: [], questions: [] };
  let afterNote = false;
  for (const piece of pieces) {
    if (piece.kind === 'note') {
      result.notes.push(piece.note);
      afterNote = true;
      continue;
    }
    const block = { ...piece.block, text: unwrapLines(piece.block.text, result) };
    const previous = result.texts.at(-1);
    const lastNote = result.notes.at(-1);
    const cut = previous !== undefined && !endsSentence(previous.text) && !/^#{1,6}\s/.test(lastLine(previous.text));
    if (cut && startsLowercase(block.text)) {
      result.joins.push(`“${tail(previous.text)}” + “${excerpt(block.text, 40)}”`);
      previous.text = `${previous.text} ${block.text}`;
    } else if (afterNote && lastNote && startsLowercase(block.text) && !endsSentence(lastNote.text)) {
      // The text above ends its sentence, so what goes on in lower case is the rest of the note.
      result.joins.push(`“${tail(lastNote.text)}” + “${excerpt(block.text, 40)}” (note ${lastNote.label})`);
      lastNote.text = `${lastNote.text} ${block.text.replace(/\s+/g, ' ')}`;
    } else {
      if (cut && isParagraph(lastLine(previous.text)) && isParagraph(block.text)) {
        result.questions.push(ask(
          `Was a paragraph cut by a page break at source line ${block.line}? The paragraph ending “${tail(previous.text)}” has no full stop, and the next one starts “${excerpt(block.text, 40)}”. If it is one sentence, join the two paragraphs in the text.`,
        ));
      }
      result.texts.push(block);
    }
    afterNote = false;
  }
  return result;
}

/**
 * Lines of one paragraph wrapped by the PDF become one line again (lists, headings and quotes keep
 * their lines). A word hyphenated at a line end keeps its hyphen, and the import asks about it.
 */
function unwrapLines(text: string, result: Rejoined): string {
  const lines = text.split('\n');
  if (lines.length === 1 || lines.some((line) => structural.test(line))) return text;
  return lines.reduce((joined, line) => {
    if (/\p{L}-$/u.test(joined) && startsLowercase(line)) {
      result.questions.push(ask(`Is “${joined.split(' ').at(-1)}${line.split(' ')[0]}” one hyphenated word, or a word split at a line end? It was joined keeping the hyphen; remove it in the text if the word has none.`));
      return `${joined}${line}`;
    }
    return `${joined} ${line}`;
  });
}
