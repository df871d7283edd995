// Finds the sentence a footnote supports: the text that ends at its reference marker. Linear in the
// text, however many markers it holds (a paragraph with thousands of notes must not stall the build).

/** Words ending in a period that do not end a sentence. */
const abbreviation = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No|Gen|Gov|Sen|Rep|etc|vs|al)\.)$/;

/** Start offsets of sentences in a passage of plain text. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9¿¡])/g;
  // An abbreviation never spans white space, and every candidate ends in white space, so the text
  // since the previous candidate is enough to tell one: each character is looked at once.
  let from = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(from, m.index + 1);
    from = end;
    if (abbreviation.test(before)) continue;
    starts.push(end);
  }
  return starts;
}

/** Where a sentence starts that contains each offset, for offsets in increasing order, in one pass. */
export function sentencesEndingAt(text: string, offsets: readonly number[]): string[] {
  const starts = sentenceStarts(text);
  let s = 0;
  return offsets.map((offset) => {
    // A marker sits right after the sentence it supports, so a sentence starting at the offset is the next one.
    while (s + 1 < starts.length && starts[s + 1]! < offset) s++;
    return text.slice(starts[s]!, offset).trim();
  });
}

/** The sentence that contains offset (a marker sits right after the sentence it supports). */
export function sentenceEndingAt(text: string, offset: number): string {
  return sentencesEndingAt(text, [offset])[0]!;
}
