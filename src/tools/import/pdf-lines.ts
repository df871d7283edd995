// The text of a PDF page as lines, from pdf.js's positioned pieces of text: each piece with its font
// size, baseline, style and link, and superscripts (note markers, "th") told by size and baseline.

export interface Piece {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
  bold: boolean;
  italic: boolean;
  url?: string;
  sup?: boolean;
  /** Set on the first piece of a wrapped line: what joins it to the line before ("" after a hyphen). */
  join?: string;
}

export interface Line {
  pieces: Piece[];
  /** Baseline and size of the line's main text; left and right ends. */
  y: number;
  size: number;
  left: number;
  right: number;
}

/** Pieces grouped into lines, top to bottom, each left to right; a raised smaller piece is a superscript. */
export function linesOf(pieces: Piece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of sorted) {
    const line = lines.find((l) => Math.abs(l.y - piece.y) <= 0.45 * Math.max(l.size, piece.size));
    if (line) {
      line.pieces.push(piece);
      if (piece.size > line.size) [line.size, line.y] = [piece.size, piece.y];
      else if (piece.size === line.size) line.y = Math.min(line.y, piece.y);
    } else lines.push({ pieces: [piece], y: piece.y, size: piece.size, left: 0, right: 0 });
  }
  for (const line of lines) {
    line.pieces.sort((a, b) => a.x - b.x);
    for (const piece of line.pieces) piece.sup = piece.size < 0.8 * line.size && piece.y > line.y + 0.15 * line.size;
    line.left = line.pieces[0]!.x;
    line.right = Math.max(...line.pieces.map((p) => p.x + p.width));
  }
  return lines.sort((a, b) => b.y - a.y);
}

/** The most common size of the text, counted in characters: the body's size. */
export function bodySize(lines: Line[]): number {
  const count = new Map<number, number>();
  for (const piece of lines.flatMap((l) => l.pieces)) {
    const size = Math.round(piece.size * 2) / 2;
    count.set(size, (count.get(size) ?? 0) + piece.text.length);
  }
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const escape = (text: string) => text.replace(/\*/g, '\\*');

/** Emphasis markers hug their words: "**bold **word" would not be bold in Markdown. */
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${marker}${m[2]}${marker}${m[3]}` : text;
}

/** A run of pieces as inline Markdown: emphasis, <sup>, and links as [words](address) or <address>. */
export function markdownOf(pieces: Piece[]): string {
  // Pieces with the same style and link are one run; a space goes where a gap is as wide as one.
  const runs: { text: string; bold: boolean; italic: boolean; sup: boolean; url?: string }[] = [];
  let previous: Piece | undefined;
  for (const piece of pieces) {
    const gap = piece.join === undefined && previous && piece.x - (previous.x + previous.width) > 0.15 * Math.min(piece.size, previous.size) && !/\s$/.test(previous.text) && !/^\s/.test(piece.text);
    const run = runs.at(-1);
    const same = run && run.bold === piece.bold && run.italic === piece.italic && run.sup === Boolean(piece.sup) && run.url === piece.url;
    const space = piece.join ?? (gap ? ' ' : '');
    if (same) run.text += `${space}${piece.text}`;
    else {
      if (space && run) run.text += space;
      runs.push({ text: piece.text, bold: piece.bold, italic: piece.italic, sup: Boolean(piece.sup), ...(piece.url ? { url: piece.url } : {}) });
    }
    previous = piece;
  }
  return runs
    .map((run) => {
      // Spaces at a run's end stay outside its markup: "<sup>1</sup> Este", "[words](address) and".
      // A link's words rarely end in punctuation, which positions guessed inside a piece can take in.
      const [, before, core, after] = (run.url && !/[,.;:!?)]$/.test(run.url) ? /^([“"‘'(]*)([\s\S]*?)([,.;:!?)”"’']*\s*)$/ : /^()([\s\S]*?)(\s*)$/).exec(run.text)!;
      let text = run.sup ? `<sup>${core!.trim()}</sup>` : escape(core!);
      if (run.bold && run.italic) text = wrap('***', text);
      else if (run.bold) text = wrap('**', text);
      else if (run.italic) text = wrap('*', text);
      if (!run.url) return `${text}${after}`;
      return `${before}${core!.trim() === run.url ? `<${run.url}>` : `[${text}](${run.url})`}${after}`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
