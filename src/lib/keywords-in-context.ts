// Keyword-in-context excerpts: an entity page quotes the words around each mention, not the whole
// paragraph. Windows that touch are merged, and cut at word boundaries with an ellipsis.

export interface Excerpt {
  /** Pieces of the excerpt in order; `marked` pieces are the entity's words. */
  pieces: { text: string; marked: boolean }[];
  /** Whether text of the paragraph was left out before or after. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Excerpts of `text` around `ranges` (sorted, not overlapping), with about `context` characters each side. */
export function keywordsInContext(text: string, ranges: [number, number][], context = 90): Excerpt[] {
  const windows: { from: number; to: number; marks: [number, number][] }[] = [];
  for (const [start, end] of ranges) {
    let from = Math.max(0, start - context);
    let to = Math.min(text.length, end + context);
    // Whole words only: move the edges out to white space.
    if (from > 0) { const space = text.lastIndexOf(' ', from); from = space < 0 ? 0 : space + 1; }
    if (to < text.length) { const space = text.indexOf(' ', to); to = space < 0 ? text.length : space; }
    const last = windows[windows.length - 1];
    if (last && from <= last.to) { last.to = Math.max(last.to, to); last.marks.push([start, end]); }
    else windows.push({ from, to, marks: [[start, end]] });
  }
  return windows.map(({ from, to, marks }) => {
    const pieces: Excerpt['pieces'] = [];
    let at = from;
    for (const [start, end] of marks) {
      if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
      pieces.push({ text: text.slice(start, end), marked: true });
      at = end;
    }
    if (to > at) pieces.push({ text: text.slice(at, to), marked: false });
    return { pieces, cutBefore: from > 0, cutAfter: to < text.length };
  });
}
