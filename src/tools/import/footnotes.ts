// Footnotes as a PDF or a word processor leaves them in pasted text: blocks that start with a note
// marker (¹, <sup>2</sup>, [3], \*, †), often in the middle of the text where a page ended, and the
// same markers after words of the text. They become GFM notes: [^1] in the text, "[^1]: …" below it.
import type { Block } from './text.ts';

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const fromSuperscript = (s: string) => [...s].map((c) => String(superscriptDigits.indexOf(c))).join('');

/** One way of printing a note marker: how it looks, and the label it stands for. */
interface MarkerStyle {
  source: string;
  label: (m: RegExpExecArray) => string;
}

const styles: MarkerStyle[] = [
  { source: `[${superscriptDigits}]+`, label: (m) => fromSuperscript(m[0]) },
  { source: '<sup>\\s*(\\d+|\\*+|[†‡§]+)\\s*</sup>', label: (m) => m[1]! },
  { source: '(?<![\\]!\\\\])\\[(\\d{1,3})\\](?![(:\\[])', label: (m) => m[1]! },
  { source: '(?:\\\\\\*)+', label: (m) => '*'.repeat(m[0].length / 2) },
  { source: '[†‡§]+', label: (m) => m[0] },
];

export interface Note {
  /** The label of the GFM note: "1", "*". */
  label: string;
  /** The note's text as printed, without its marker, on one line. */
  text: string;
  /** Source line the note starts on. */
  line: number;
}

export type Piece = { kind: 'text'; block: Block } | { kind: 'note'; note: Note };

const start = new RegExp(`^([*_]{1,3})?(?:${styles.map((s) => `(${s.source})`).join('|')})[.)]?\\s*(?=\\S)`);

/** The note a line starts, if it starts with a marker: "¹ Washington Post, …" → label 1. */
export function noteStart(line: string): { label: string; text: string } | undefined {
  const m = start.exec(line);
  if (!m) return undefined;
  const marker = m[0].slice((m[1] ?? '').length).trim().replace(/[.)]$/, '');
  const label = labelOf(marker);
  if (label === undefined) return undefined;
  // An emphasis opened before the marker still closes after the note: *\*Text.* → *Text.*
  return { label, text: `${m[1] ?? ''}${line.slice(m[0].length)}` };
}

function labelOf(marker: string): string | undefined {
  for (const style of styles) {
    const m = new RegExp(`^${style.source}$`).exec(marker);
    if (m) return style.label(m);
  }
  return undefined;
}

/** The heading endnotes are printed under, in the statements' languages. */
const notesHeading = /^(?:#{1,6}\s+)?[*_]{0,2}(?:notes?|endnotes|footnotes|references|notas(?: finales)?|referencias|notes de fin|anmerkungen)[*_]{0,2}:?[*_]{0,2}$/i;

const bareAddress = /^<?https?:\/\/\S+>?$/;

/**
 * Splits blocks into text and notes, in source order. A block of notes may hold several, one a line;
 * a line without a marker continues the note above it, and so does a block that is only a web
 * address right after a note (a page break between a title and its address).
 */
export function separateNotes(blocks: Block[]): Piece[] {
  const pieces: Piece[] = [];
  blocks.forEach((block, b) => {
    const lines = block.text.split('\n');
    // "Notes" above the endnotes is the list's heading, not the text's: GFM notes need none.
    if (notesHeading.test(block.text.trim()) && noteStart(blocks[b + 1]?.text ?? '')) return;
    const last = pieces.at(-1);
    if (last?.kind === 'note' && bareAddress.test(block.text.trim())) {
      last.note.text = `${last.note.text} ${block.text.trim()}`;
      return;
    }
    if (!noteStart(lines[0]!)) {
      pieces.push({ kind: 'text', block });
      return;
    }
    lines.forEach((line, i) => {
      const started = noteStart(line);
      const current = pieces.at(-1);
      if (started) pieces.push({ kind: 'note', note: { label: started.label, text: started.text.trim(), line: block.line + i } });
      else if (current?.kind === 'note') current.note.text = `${current.note.text} ${line.trim()}`;
    });
  });
  return pieces;
}

export interface MarkedText {
  text: string;
  /** How many markers of each label were turned into [^label]. */
  found: Map<string, number>;
  /** Markers with no note of that label, left as printed. */
  unknown: string[];
}

const anywhere = new RegExp(styles.map((s) => `(${s.source})`).join('|'), 'g');

/** Turns the note markers of a text into GFM references, for the labels that have a note. */
export function markReferences(text: string, labels: Set<string>): MarkedText {
  const found = new Map<string, number>();
  const unknown: string[] = [];
  const marked = text.replace(anywhere, (marker) => {
    const label = labelOf(marker);
    if (label === undefined) return marker;
    if (!labels.has(label)) {
      // Only printed markers count as unknown notes: [2020] or † in a name are left alone quietly.
      if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+$|^<sup>/.test(marker)) unknown.push(marker);
      return marker;
    }
    found.set(label, (found.get(label) ?? 0) + 1);
    return `[^${label}]`;
  });
  return { text: marked, found, unknown };
}

/** Notes in the order their markers are first met in the text, then any never referred to. */
export function inReadingOrder(notes: Note[], text: string): Note[] {
  const first = new Map<string, number>();
  for (const m of text.matchAll(/\[\^([^\]\s]+)\]/g)) if (!first.has(m[1]!)) first.set(m[1]!, first.size);
  const rank = (label: string) => first.get(label) ?? Number.MAX_SAFE_INTEGER;
  return [...notes].sort((a, b) => rank(a.label) - rank(b.label));
}

/** The notes as GFM writes them below the text, one paragraph each. */
export function noteDefinitions(notes: Note[]): string {
  return notes.map((note) => `[^${note.label}]: ${note.text}`).join('\n\n');
}
