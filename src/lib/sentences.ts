// Finds the sentence a footnote supports: the text that ends at its reference marker.

/** Words ending in a period that do not end a sentence. */
const abbreviation = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No|Gen|Gov|Sen|Rep|etc|vs|al)\.)$/;

/** Start offsets of sentences in a passage of plain text. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9¿¡])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(0, m.index + 1);
    if (abbreviation.test(before)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence that contains offset (a marker sits right after the sentence it supports). */
export function sentenceEndingAt(text: string, offset: number): string {
  const starts = sentenceStarts(text);
  let start = 0;
  for (const s of starts) if (s < offset) start = s;
  return text.slice(start, offset).trim();
}
