// Word documents made by the tests themselves (with the `docx` package), from a statement written in
// the Markdown the import gives: [^n] become real footnotes (or endnotes), links real hyperlinks,
// **bold**, *italics* and <sup> real formatting, and a signatory list paragraphs or a two-column table.
import {
  Document, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph,
  Table, TableCell, TableRow, TextRun, type ParagraphChild,
} from 'docx';

export interface DocSpec {
  /** The title as printed, in inline Markdown ("***“Title”***"). */
  title: string;
  dateLine?: string;
  /** Paragraphs in Markdown: "- " items, "## " headings, [^label] note references. */
  blocks: string[];
  /** Note texts by label, in inline Markdown. A label that is not a number is typed by hand. */
  notes: Map<string, string>;
  /** Endnotes instead of footnotes. */
  endnotes?: boolean;
  /** Signatory lines (headings and names), one paragraph each; or in a table of two columns. */
  signatories?: string[];
  columns?: boolean;
}

type Style = { bold?: boolean; italics?: boolean };

/** Inline Markdown as runs: emphasis toggled as it is met, so an italic run may hold a [^*] marker. */
function runs(text: string, spec: DocSpec): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const style: Style = {};
  const token = /\\\*|\[\^([^\]]+)\]|<sup>(.*?)<\/sup>|<(https?:[^>\s]+)>|\[([^\]]+)\]\(([^)\s]+)\)|\*{1,3}|[^\\*[<]+|[\\[<]/gy;
  for (const m of text.matchAll(token)) {
    const [all, label, sup, auto, words, link] = m;
    const now = { ...style };
    if (all === '\\*') out.push(new TextRun({ text: '*', ...now }));
    else if (label !== undefined) {
      const children = [new Paragraph({ children: runs(spec.notes.get(label)!, spec) })];
      if (!/^\d+$/.test(label)) out.push(new TextRun({ text: label, ...now }));
      else out.push(spec.endnotes ? new EndnoteReferenceRun({ children }) : new FootnoteReferenceRun({ children }));
    } else if (sup !== undefined) out.push(new TextRun({ text: sup, superScript: true, ...now }));
    else if (auto !== undefined) out.push(new ExternalHyperlink({ link: auto, children: [new TextRun({ text: auto, ...now })] }));
    else if (words !== undefined) out.push(new ExternalHyperlink({ link: link!, children: [new TextRun({ text: words, ...now })] }));
    else if (/^\*+$/.test(all)) {
      if (all.length !== 2) style.italics = !style.italics;
      if (all.length >= 2) style.bold = !style.bold;
    } else out.push(new TextRun({ text: all, ...now }));
  }
  return out;
}

function paragraphs(block: string, spec: DocSpec): Paragraph[] {
  if (/^- /.test(block)) return block.split('\n').map((line) => new Paragraph({ children: runs(line.slice(2), spec), bullet: { level: 0 } }));
  const heading = /^(#{1,6}) (.*)$/.exec(block);
  if (heading) return [new Paragraph({ children: runs(heading[2]!, spec), heading: HeadingLevel.HEADING_2 })];
  return [new Paragraph({ children: runs(block.replace(/\n/g, ' '), spec) })];
}

export async function makeDocx(spec: DocSpec): Promise<Buffer> {
  const handTyped = [...spec.notes].filter(([label]) => !/^\d+$/.test(label));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ children: runs(spec.title.replace(/^#+ /, ''), spec), heading: HeadingLevel.HEADING_1 }),
    ...(spec.dateLine ? [new Paragraph(spec.dateLine)] : []),
    ...spec.blocks.flatMap((block) => paragraphs(block, spec)),
    // A note marked by hand ("*") is a paragraph of its own under the text, as editors type it.
    ...handTyped.map(([label, text]) => new Paragraph({ children: runs(`${label.replace(/\*/g, '\\*')}${text}`, spec) })),
  ];
  const names = spec.signatories ?? [];
  if (spec.columns && names.length > 0) {
    const half = Math.ceil(names.length / 2);
    const cell = (line: string | undefined) => new TableCell({ children: [new Paragraph(line ?? '')] });
    children.push(new Table({ rows: Array.from({ length: half }, (_, i) => new TableRow({ children: [cell(names[i]), cell(names[half + i])] })) }));
  } else children.push(...names.map((line) => new Paragraph(line)));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
