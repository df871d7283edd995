// A plain-text copy prints an asterisk note as a bare "*": "… the Fund.* The …" in the text and
// "* The author writes …" below it. A bare asterisk is also Markdown emphasis, so it is read as a
// note marker only when both are there and the text's asterisk is unpaired; it then becomes the
// "\*" the rest of the import reads as a note marker. Anything less clear is a question.
import { ask, type Question } from './questions.ts';
import type { Block } from './text.ts';

const noteLine = /^\*(?!\*)(?:\s+(?=\S)|(?=[^\s*][^*]*$))/;
const candidate = /(?<=[\p{L}\p{N}.,;:)\]”"’])\*(?!\*)(?=[\s.,;:)”"’]|$)/gu;
const lone = /(?<!\*)\*(?!\*)/g;
/** *emphasis* spans, blanked out (same length, so indexes still point into the text). */
const emphasis = /(?<=^|[\s(“"'‘])\*(?=[^\s*])[^*\n]*?[^\s*]\*(?![\p{L}\p{N}])/gu;
const withoutEmphasis = (text: string) => text.replace(emphasis, (span) => ' '.repeat(span.length));

export function bareAsterisks(blocks: Block[]): { blocks: Block[]; questions: Question[] } {
  const notes = blocks.map((b, i) => (i > 0 && !b.text.includes('\n') && noteLine.test(b.text) ? i : -1)).filter((i) => i >= 0);
  if (notes.length === 0) return { blocks, questions: [] };
  const markers: { block: number; index: number }[] = [];
  blocks.forEach((block, i) => {
    const rest = withoutEmphasis(block.text);
    if (notes.includes(i) || (rest.match(lone)?.length ?? 0) !== 1) return;
    for (const m of rest.matchAll(candidate)) markers.push({ block: i, index: m.index });
  });
  if (markers.length !== 1 || notes.length !== 1) {
    return {
      blocks,
      questions: [ask(`The line “${blocks[notes[0]!]!.text.slice(0, 50)}…” (source line ${blocks[notes[0]!]!.line}) may be a note marked *, but ${markers.length === 0 ? 'no unpaired * was found after a word in the text' : 'more than one * could be its marker'}. If it is a note, write [^*] after the words it belongs to and "[^*]: " before the note.`)],
    };
  }
  const [marker] = markers as [{ block: number; index: number }];
  return {
    blocks: blocks.map((block, i) => {
      if (i === notes[0]) return { ...block, text: block.text.replace(/^\*\s*/, '\\* ') };
      if (i === marker.block) return { ...block, text: `${block.text.slice(0, marker.index)}\\*${block.text.slice(marker.index + 1)}` };
      return block;
    }),
    questions: [],
  };
}
