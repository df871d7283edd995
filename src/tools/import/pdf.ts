// A PDF statement read from its text layer with pdf.js (no worker, fonts or anything from the network):
// lines rebuilt from positions, paragraphs from gaps, note markers from size and baseline, the notes
// at the foot of each page written after the paragraph they end, links kept; the text the import reads.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { bodySize, linesOf, markdownOf, type Line, type Piece } from './pdf-lines.ts';
import { printsPageNumber } from './page-furniture.ts';
import { nameKey } from './text.ts';

// pdf.js's own font and character-map files, read from the package: nothing is fetched.
const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const local = { standardFontDataUrl: `${path.join(pdfjsDir, 'standard_fonts')}/`, cMapUrl: `${path.join(pdfjsDir, 'cmaps')}/`, cMapPacked: true };

/** The text, with the running heads, feet and page numbers dropped from it; or why it cannot be read. */
export type PdfText = { text: string; furniture: string[] } | { problem: string };

interface Page {
  lines: Line[];
}

async function readPages(bytes: Buffer): Promise<Page[] | { problem: string }> {
  let pdf;
  try {
    pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...local, stopAtErrors: true }).promise;
  } catch (error) {
    if ((error as Error).name === 'PasswordException') {
      return { problem: 'is a password-protected (encrypted) PDF: open it, print or save it as a PDF without a password, and import that' };
    }
    return { problem: 'is not a PDF that can be read (it may be damaged or cut short): download or export it again, and import that' };
  }
  try {
    const pages: Page[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      await page.getOperatorList(); // loads the fonts, whose names tell bold and italics
      // A link to "#" is a link whose target was lost, kept as [words](#) like pasted text marks it.
      const links = (await page.getAnnotations())
        .filter((a) => a.subtype === 'Link' && (typeof a.url === 'string' || a.unsafeUrl === '#'))
        .map((a) => ({ url: String(a.url ?? a.unsafeUrl), rect: a.rect as number[] }));
      const pieces: Piece[] = [];
      for (const item of content.items as TextItem[]) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , d, x, y] = item.transform as number[];
        const font = page.commonObjs.has(item.fontName) ? String((page.commonObjs.get(item.fontName) as { name?: string }).name ?? '') : '';
        const size = Math.abs(d!) || item.height;
        // pdf.js joins the words a line draws in one font: split them again, placed by their share
        // of the characters, so a link covering some of the words covers those alone.
        const scale = item.width / (breadth(item.str) || 1);
        for (const m of item.str.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)) {
          const wx = x! + breadth(item.str.slice(0, m.index)) * scale;
          const ww = breadth(m[0]) * scale;
          const centre = { x: wx + ww / 2, y: y! + size / 3 };
          const link = links.find(({ rect: [x1, y1, x2, y2] }) => centre.x >= x1! && centre.x <= x2! && centre.y >= y1! && centre.y <= y2!);
          pieces.push({ text: m[0], x: wx, y: y!, size, width: ww, bold: /bold|black|heavy/i.test(font), italic: /italic|oblique/i.test(font), ...(link ? { url: link.url } : {}) });
        }
      }
      const lines = linesOf(pieces);
      // A short word inside a link whose guessed place fell outside it belongs to the link.
      for (const line of lines) line.pieces.forEach((p, i, all) => {
        if (!p.url && all[i - 1]?.url && all[i - 1]!.url === all[i + 1]?.url) p.url = all[i - 1]!.url;
      });
      pages.push({ lines });
      page.cleanup();
    }
    return pages;
  } catch {
    return { problem: 'is not a PDF that can be read (a page of it is damaged): download or export it again, and import that' };
  } finally {
    await pdf.destroy();
  }
}

/** A character's usual width in a proportional font, in ems: enough to place words inside a piece. */
const charWidth = (c: string) => (/[iljtfrI.,:;'’!|\s]/.test(c) ? 0.3 : /[mwMW@]/.test(c) ? 0.85 : /[\p{Lu}]/u.test(c) ? 0.68 : 0.55);
const breadth = (text: string) => [...text].reduce((sum, c) => sum + charWidth(c), 0);

const noteMarker = /^(?:\d{1,3}|\*{1,3}|[†‡§])$/;

/** A line that starts a note: a small line whose first piece is a marker (raised, or printed "1."). */
function startsNote(line: Line, body: number): boolean {
  const first = line.pieces[0]!;
  const marker = first.sup ? first.text.trim() : `${first.text}${line.pieces[1]?.text ?? ''}`.replace(/[.)]$/, '');
  // A raised marker, or one printed "1." — not a number a wrapped note line starts with ("31, 2019").
  return line.size < 0.92 * body && (first.sup || /^[.)]$/.test(line.pieces[1]?.text ?? '')) && noteMarker.test(marker);
}

/** The text of a PDF: blocks separated by blank lines, notes as "<sup>n</sup> …" blocks. */
export async function pdfText(bytes: Buffer): Promise<PdfText> {
  const pages = await readPages(bytes);
  if ('problem' in pages) return pages;
  if (pages.every((p) => p.lines.length === 0)) {
    return { problem: 'has no text layer: it is a scan, a picture of the pages. Run text recognition (OCR) on it first, for example with your PDF reader or scanner software, then import the PDF it saves, or paste the recognised text into a .txt file' };
  }
  const furniture = dropFurniture(pages);
  const all = pages.flatMap((p) => p.lines);
  const body = bodySize(all);
  // The text's right margin: a line that reaches it was wrapped, a shorter one ends where it ends.
  const margin = Math.max(...all.filter((l) => Math.abs(l.size - body) < 0.5).map((l) => l.right));
  /** A line was wrapped when the next line's first word would not have fitted at its end. */
  const wraps = (line: Line, next: Line) => {
    const word = next.pieces.findIndex((p, i) => i > 0 && (p.join !== undefined || p.x - (next.pieces[i - 1]!.x + next.pieces[i - 1]!.width) > 0.15 * p.size));
    const first = next.pieces.slice(0, word < 0 ? undefined : word);
    const width = first.at(-1)!.x + first.at(-1)!.width - first[0]!.x;
    return line.right + 0.25 * line.size + width > margin - 0.5 * line.size && !/^[•·▪]/.test(next.pieces[0]!.text);
  };
  const words = new Set(all.flatMap((l) => l.pieces.map((p) => p.text.toLowerCase())));
  const blocks: string[] = [];
  let open: { lines: Line[] } | undefined;
  const notes: string[] = [];
  const close = () => {
    if (open) blocks.push(blockText(open.lines));
    open = undefined;
  };
  for (const page of pages) {
    const pageNotes: Line[][] = [];
    let previous: Line | undefined;
    for (const line of page.lines) {
      if (startsNote(line, body)) pageNotes.push([line]);
      else if (pageNotes.length && line.size < 0.92 * body && line.y < pageNotes.at(-1)!.at(-1)!.y) pageNotes.at(-1)!.push(line);
      else {
        const gap = previous ? previous.y - line.y : 0;
        const spacing = 1.6 * Math.max(line.size, previous?.size ?? 0);
        // A change of size (a heading and the text under it) starts a block; a heading's own lines do not.
        const heading = previous !== undefined && Math.abs(line.size - previous.size) > 0.5;
        const resumes = !previous && open && Math.abs(open.lines.at(-1)!.size - line.size) <= 0.5 && wraps(open.lines.at(-1)!, line);
        if (!open || (previous && (gap > spacing || heading)) || (!previous && !resumes)) close();
        open ??= { lines: [] };
        open.lines.push(line);
        previous = line;
      }
    }
    notes.push(...pageNotes.map((note) => noteText(note)));
    // A paragraph stays open across the page break: the next page's first line tells whether it goes on.
  }
  close();
  // The notes go after the last paragraph with a marker, before any signatory list, which ends the text.
  const last = blocks.findLastIndex((block) => /<sup>\s*(?:\d{1,3}|\*{1,3}|[†‡§])\s*<\/sup>/.test(block));
  blocks.splice(last + 1, 0, ...notes);
  return { text: `${blocks.filter(Boolean).join('\n\n')}\n`, furniture };

  /** Lines of a block: a full line wraps into the next (hyphens undone where the word is a word); a short one ends a line. */
  function blockText(lines: Line[]): string {
    const heading = lines[0]!.size > 1.15 * body ? '## ' : '';
    const out: Piece[][] = [[]];
    lines.forEach((line, i) => {
      const pieces = line.pieces.map((p) => ({ ...p }));
      const before = lines[i - 1];
      if (before && !wraps(before, line)) out.push([]);
      else if (before) {
        // Pieces are words and single signs: "migra", "-" at the end of a line, "tion" at the start of the next.
        const [word, last] = [out.at(-1)!.at(-2), out.at(-1)!.at(-1)!];
        const hyphen = last.text === '-' && /\p{L}$/u.test(word?.text ?? '') && /^\p{Ll}/u.test(pieces[0]!.text);
        if (hyphen && words.has(`${word!.text}${pieces[0]!.text}`.toLowerCase())) last.text = '';
        // An address broken at the line end goes on without a space, and so does a note marker.
        pieces[0]!.join = hyphen ? '' : joinOf(lines[i - 1]!.pieces, pieces[0]!);
      }
      out.at(-1)!.push(...pieces);
    });
    return `${heading}${out.map((pieces) => markdownOf(pieces).replace(/^[•·▪]\s*/, '- ')).join('\n')}`;
  }
}

/**
 * Running heads and feet and page numbers: among the first and last two lines of a page, those that
 * print a page number, or that another page prints at the same height (page numbers aside).
 */
function dropFurniture(pages: Page[]): string[] {
  const dropped: string[] = [];
  const text = (line: Line) => line.pieces.map((p) => p.text).join(' ');
  const shape = (line: Line) => `${Math.round(line.y / 4)}|${nameKey(text(line)).replace(/\d+/g, '#')}`;
  const edges = (page: Page) => [...page.lines.slice(0, 2), ...page.lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const page of pages) for (const line of new Set(edges(page))) seen.set(shape(line), (seen.get(shape(line)) ?? 0) + 1);
  for (const page of pages) {
    // Furniture stands apart: a line of a note or paragraph ending "p. 12" has a neighbour close by.
    const alone = (line: Line) => page.lines.every((other) => other === line || Math.abs(other.y - line.y) > 1.6 * Math.max(line.size, other.size));
    const furniture = new Set(edges(page).filter((line) => alone(line) && (printsPageNumber(text(line)) || (pages.length > 1 && (seen.get(shape(line)) ?? 0) >= 2))));
    page.lines = page.lines.filter((line) => !furniture.has(line));
    const plain = (line: Line) => markdownOf(line.pieces.map(({ url: _, ...p }) => ({ ...p, bold: false, italic: false, sup: false })));
    dropped.push(...[...furniture].map((line) => `page ${pages.indexOf(page) + 1}, “${plain(line)}”`));
  }
  return dropped;
}

/** What joins a wrapped line to the one before: nothing inside an address broken at the line end, or before a note marker. */
function joinOf(line: Piece[], first: Piece): string {
  const text = markdownOf(line).replace(/[>)\]]+$/, '');
  const last = line.at(-1)!;
  // After an address, a capital starts a new word unless the link goes on (the same annotation).
  const address = (/(?:https?:\/\/|www\.)\S*$/.test(text) || /^\S*\/\S*$/.test(text)) && (!/^\p{Lu}/u.test(first.text) || (last.url !== undefined && last.url === first.url));
  return address || first.sup ? '' : ' ';
}

function noteText(lines: Line[]): string {
  const pieces = lines.map((l) => l.pieces.map((p) => ({ ...p })));
  pieces.forEach((line, i) => {
    if (i > 0) line[0]!.join = joinOf(pieces[i - 1]!, line[0]!);
  });
  const [first, ...rest] = pieces.flat();
  const marker = first!.text.trim().replace(/[.)]$/, '');
  return `<sup>${marker}</sup> ${markdownOf(rest)}`;
}
