// PDFs made by the tests themselves (with pdf-lib), laid out as a word processor prints a statement:
// wrapped lines, raised small note markers with the notes at the foot of their page, link
// annotations, bold and italics, a running head and a page number on every page after the first.
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { DocSpec } from './make-docx.ts';

export interface PdfSpec extends DocSpec {
  /** Printed at the top of pages 2 on, with the page number after it: "Title – página 2". */
  runningHead?: (page: number) => string;
  /** Printed at the foot of every page: "– 2 –". */
  pageFoot?: (page: number) => string;
  /** Signatory blocks: each block's lines together, a gap between blocks. */
  signatoryBlocks?: string[][];
}

interface Atom { text: string; bold: boolean; italic: boolean; sup?: boolean; url?: string; note?: string; space: boolean }

/** Inline Markdown as words with their style; a numbered [^n] becomes a raised marker and its note. */
function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  const style = { bold: false, italic: false };
  const token = /\\\*|\[\^([^\]]+)\]|<sup>(.*?)<\/sup>|<(https?:[^>\s]+)>|\[([^\]]+)\]\(([^)\s]+)\)|\*{1,3}|[^\\*[<]+|[\\[<]/gy;
  const words = (value: string, extra: Partial<Atom> = {}) => {
    for (const part of value.split(/(?<= )/)) {
      if (part === '') continue;
      const last = out.at(-1);
      if (last && !last.space && part.trim() && !extra.url && !last.url && !last.sup && !last.note && last.bold === style.bold && last.italic === style.italic) {
        last.text += part.trimEnd();
        last.space = part.endsWith(' ');
      } else if (part.trim()) out.push({ text: part.trimEnd(), ...style, ...extra, space: part.endsWith(' ') });
      else if (last) last.space = true;
    }
  };
  for (const m of text.matchAll(token)) {
    const [all, label, sup, auto, linkWords, link] = m;
    if (all === '\\*') words('*');
    else if (label !== undefined) {
      if (/^\d+$/.test(label)) out.push({ text: label, ...style, sup: true, note: label, space: false });
      else words(label);
    } else if (sup !== undefined) out.push({ text: sup, ...style, sup: true, space: false });
    else if (auto !== undefined) words(auto, { url: auto });
    else if (linkWords !== undefined) for (const w of linkWords.split(' ')) out.push({ text: w, ...style, url: link!, space: true });
    else if (/^\*+$/.test(all)) {
      if (all.length !== 2) style.italic = !style.italic;
      if (all.length >= 2) style.bold = !style.bold;
    } else words(all);
    if (linkWords !== undefined && out.at(-1)) out.at(-1)!.space = false;
  }
  return out;
}

const [width, height, left, top, bottom] = [595, 842, 72, 770, 72];
const right = width - left;

export async function makePdf(spec: PdfSpec): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const fonts: Record<string, PDFFont> = {
    '00': await doc.embedFont(StandardFonts.Helvetica), '10': await doc.embedFont(StandardFonts.HelveticaBold),
    '01': await doc.embedFont(StandardFonts.HelveticaOblique), '11': await doc.embedFont(StandardFonts.HelveticaBoldOblique),
  };
  const font = (a: Atom) => fonts[`${Number(a.bold)}${Number(a.italic)}`]!;
  let page: PDFPage = doc.addPage([width, height]);
  let pageNumber = 1;
  let y = top;
  let foot: Atom[][] = []; // the notes of this page, each as atoms
  const annotations = new Map<PDFPage, unknown[]>();
  const footHeight = () => foot.reduce((h, note) => h + lines(note, 9, 0).length * 11, foot.length ? 10 : 0);

  function lines(list: Atom[], size: number, indent: number): Atom[][] {
    const out: Atom[][] = [[]];
    let x = left + indent;
    for (let atom of list) {
      // A word longer than a line (an address) is broken where the line ends, as word processors do.
      while (!atom.sup && font(atom).widthOfTextAtSize(atom.text, size) > right - left - indent) {
        let n = atom.text.length;
        while (n > 1 && x + font(atom).widthOfTextAtSize(atom.text.slice(0, n), size) > right) n--;
        out.at(-1)!.push({ ...atom, text: atom.text.slice(0, n), space: false });
        [out[out.length], x] = [[], left + indent];
        atom = { ...atom, text: atom.text.slice(n) };
      }
      const w = font(atom).widthOfTextAtSize(atom.text, atom.sup ? size * 0.65 : size);
      // A note marker, or anything printed without a space after the word before, stays with it.
      if (x + w > right && out.at(-1)!.length && !atom.sup) {
        // What is glued to this word (no space between) moves to the next line with it.
        const line = out.at(-1)!;
        let n = line.length;
        while (n > 1 && !line[n - 1]!.space) n--;
        const moved = n > 0 && !line[n - 1]!.space ? [] : line.splice(n);
        out.push(moved);
        x = left + indent + moved.reduce((sum, a) => sum + font(a).widthOfTextAtSize(a.text, a.sup ? size * 0.65 : size) + (a.space ? font(a).widthOfTextAtSize(' ', size) : 0), 0);
      }
      out.at(-1)!.push(atom);
      x += w + (atom.space ? font(atom).widthOfTextAtSize(' ', size) : 0);
    }
    return out;
  }
  function draw(line: Atom[], at: number, size: number, indent: number, target = page) {
    let x = left + indent;
    for (const atom of line) {
      const s = atom.sup ? size * 0.65 : size;
      target.drawText(atom.text, { x, y: atom.sup ? at + size * 0.35 : at, size: s, font: font(atom) });
      const w = font(atom).widthOfTextAtSize(atom.text, s);
      if (atom.url) {
        const rect = [x, at - 2, x + w, at + size];
        annotations.set(target, [...(annotations.get(target) ?? []), doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0], A: { Type: 'Action', S: 'URI', URI: PDFString.of(atom.url) } }))]);
      }
      x += w + (atom.space ? font(atom).widthOfTextAtSize(' ', size) : 0);
    }
  }
  function finishPage() {
    let at = bottom + footHeight() - 10;
    for (const note of foot) for (const line of lines(note, 9, 0)) { draw(line, at, 9, 0); at -= 11; }
    if (spec.pageFoot) page.drawText(spec.pageFoot(pageNumber), { x: width / 2 - 10, y: 40, size: 9, font: fonts['00']! });
    foot = [];
  }
  function newPage() {
    finishPage();
    page = doc.addPage([width, height]);
    pageNumber++;
    if (spec.runningHead) page.drawText(spec.runningHead(pageNumber), { x: left, y: 800, size: 9, font: fonts['01']! });
    y = top;
  }
  function block(markdown: string, size = 11, indent = 0, gap = 8) {
    for (const line of lines(atoms(markdown), size, indent)) {
      const notes = line.filter((a) => a.note).map((a) => [{ text: a.note!, bold: false, italic: false, sup: true, space: false }, ...atoms(spec.notes.get(a.note!)!)] as Atom[]);
      const need = notes.reduce((h, n) => h + lines(n, 9, 0).length * 11, notes.length && !foot.length ? 10 : 0);
      if (y - size * 1.3 < bottom + footHeight() + need) newPage();
      draw(line, y, size, indent);
      foot.push(...notes);
      y -= size * 1.3;
    }
    y -= gap;
  }

  block(spec.title.replace(/^#+ /, ''), 16, 0, 10);
  if (spec.dateLine) block(spec.dateLine);
  for (const text of spec.blocks) {
    if (/^- /.test(text)) text.split('\n').forEach((item, i, all) => block(`• ${item.slice(2)}`, 11, 0, i === all.length - 1 ? 8 : 2));
    else if (/^#+ /.test(text)) block(text.replace(/^#+ /, ''), 14);
    else block(text.replace(/\n/g, ' '));
  }
  for (const [label, text] of spec.notes) if (!/^\d+$/.test(label)) block(`${label.replace(/\*/g, '\\*')}${text}`);
  for (const lines of spec.signatoryBlocks ?? []) {
    lines.forEach((line, i) => block(line, 11, 0, i === lines.length - 1 ? 8 : 0));
  }
  finishPage();
  for (const [target, list] of annotations) target.node.set(PDFName.of('Annots'), doc.context.obj(list as never[]));
  return Buffer.from(await doc.save());
}
