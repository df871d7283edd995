// A text pasted out of a PDF keeps each page's furniture: running heads, running feet and page
// numbers, often between two halves of a sentence. Lines that are surely furniture are dropped (and
// listed); a short line that only might be (it cuts a sentence) is dropped too, but asked about.
import { noteStart } from './footnotes.ts';
import { ask, type Question } from './questions.ts';
import { endsSentence, nameKey, startsLowercase, type Block } from './text.ts';

export interface Furniture {
  blocks: Block[];
  /** The lines dropped, as printed, with their source line. */
  dropped: { text: string; line: number }[];
  questions: Question[];
}

const pageWord = String.raw`(?:page|p\.|pp\.|pg\.?|página|pagina|pág\.?|pag\.?|seite|s\.)`;
const pageNumber = String.raw`(?:${pageWord}\s*\d{1,4}(?:\s*(?:of|de|von|sur|/)\s*\d{1,4})?|\d{1,4}\s*(?:/|of|de|von|sur)\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])`;
/** A line that is only a page number: "2", "– 2 –", "Page 2 of 5", "página 2", "2/5". */
const onlyNumber = new RegExp(String.raw`^[\s\[(]*(?:\d{1,4}|${pageNumber})[\s\])]*$`, 'iu');
/** A running head or foot that ends (or starts) with the page number: "Statement – página 2", "3 | Title". */
const withNumber = new RegExp(String.raw`(?:(?:^|[\s|·•,–—-])\s*${pageNumber}|\s[|·•–—-]\s*\d{1,4})\s*$|^\s*(?:${pageNumber}|\d{1,4})\s*[|·•–—]\s`, 'iu');

const words = (line: string) => line.trim().split(/\s+/).length;
/** A short line that is no sentence, heading, list item, note or address: what furniture looks like. */
const short = (line: string) =>
  words(line) <= 14 && !/^(?:#{1,6}\s|[-*+]\s|>)/.test(line) && !/[.!?;:]$/.test(line.trim()) && !noteStart(line) && !/https?:\/\//.test(line);
/** A line that prints a page number, alone or in a running head or foot ("– 2 –", "Statement | página 2"). */
export const printsPageNumber = (line: string) => onlyNumber.test(line) || (short(line) && withNumber.test(line));

/** Lines compared without case, accents or spacing (a numbered name like "Network 2" stays itself). */
const shape = (line: string) => nameKey(line);

/** Only a line of three words or more, or with a number, counts when repeated: not a country heading. */
const repeatable = (line: string) => words(line) >= 3 || /\d/.test(line);

/**
 * Drops page furniture from the blocks after the title. `title` is the statement's title, which a
 * running head often repeats.
 */
export function dropPageFurniture(blocks: Block[], title?: string): Furniture {
  const result: Furniture = { blocks: [], dropped: [], questions: [] };
  const lines = blocks.flatMap((block) => block.text.split('\n').map((text, i) => ({ text, line: block.line + i })));
  const count = new Map<string, number>();
  for (const { text } of lines) if (short(text)) count.set(shape(text), (count.get(shape(text)) ?? 0) + 1);
  const titleShape = title ? shape(title) : undefined;
  const sure = (text: string) =>
    onlyNumber.test(text) ||
    (short(text) && (withNumber.test(text) || (repeatable(text) && (count.get(shape(text)) ?? 0) >= 2) || shape(text) === titleShape));

  for (const block of blocks) {
    const kept: { text: string; line: number }[] = [];
    block.text.split('\n').forEach((text, i) => {
      const line = block.line + i;
      if (sure(text)) result.dropped.push({ text: text.trim(), line });
      else kept.push({ text, line });
    });
    if (kept.length > 0) result.blocks.push({ text: kept.map((k) => k.text).join('\n'), line: kept[0]!.line });
  }

  // A lone short line between a paragraph that stops mid-sentence and one that goes on in lower
  // case is likely a running head the rules above did not know: dropped, and asked about.
  const out: Block[] = [];
  for (let i = 0; i < result.blocks.length; i++) {
    const [previous, block, next] = [out.at(-1), result.blocks[i]!, result.blocks[i + 1]];
    const single = !block.text.includes('\n') && words(block.text) <= 10 && short(block.text);
    if (previous && next && single && !endsSentence(previous.text) && startsLowercase(next.text) && !startsLowercase(block.text) && words(previous.text) >= 8) {
      result.dropped.push({ text: block.text.trim(), line: block.line });
      result.questions.push(ask(
        `Was “${block.text.trim()}” (source line ${block.line}) a running head or foot? It stood alone between two halves of a sentence, so it was dropped and the sentence joined. If it is part of the text, put it back.`,
      ));
      continue;
    }
    out.push(block);
  }
  result.blocks = out;
  result.dropped.sort((a, b) => a.line - b.line);
  return result;
}
