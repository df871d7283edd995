// Plain-text helpers the import's steps share: blocks separated by blank lines, comparison keys for
// names, the end of a sentence, and unique ids.
import { stripAccents } from '../../lib/names.ts';
import { reservedId } from '../../lib/slugs.ts';

/** A run of non-blank lines, with the source line it starts on (for messages). */
export interface Block {
  text: string;
  line: number;
}

/** Blocks of a pasted text: line endings unified, trailing spaces dropped, blank lines as separators. */
export function splitBlocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((line) => line.trimEnd());
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') {
      if (current.length) blocks.push({ text: current.join('\n'), line: start + 1 });
      current = [];
      return;
    }
    if (!current.length) start = i;
    current.push(line);
  });
  if (current.length) blocks.push({ text: current.join('\n'), line: start + 1 });
  return blocks;
}

/** Lower case, no accents, one kind of apostrophe, no full stops, single spaces: "Pop No’j" = "pop no'j". */
export function nameKey(value: string): string {
  return stripAccents(value)
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** What can follow a sentence's full stop: emphasis, quotes, brackets and note markers (¹², \*, [^3], <sup>4</sup>). */
const closers = /(?:[*_”"’')\]>]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\\\*|\[\^?[^\]\s]+\]|<sup>[^<]*<\/sup>)+$/;

/** True when a paragraph ends where a sentence can end (so a page break did not cut it). */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]$/.test(text.trimEnd().replace(closers, ''));
}

/** True when a paragraph starts like the rest of a sentence: a lower-case letter after any markup. */
export function startsLowercase(text: string): boolean {
  const first = /^[\s*_“"‘'(]*(\p{L})/u.exec(text)?.[1];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** An id not in taken and not reserved (con, index …): the base, or the base with -2, -3 … */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'draft';
  for (let n = 2; taken.has(id) || reservedId(id); n++) id = `${base || 'draft'}-${n}`;
  taken.add(id);
  return id;
}

/** A stretch of text short enough to quote in a question. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The last few words of a text, to point at where it ends. */
export function tail(text: string, words = 6): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return `${all.length > words ? '…' : ''}${all.slice(-words).join(' ')}`;
}
