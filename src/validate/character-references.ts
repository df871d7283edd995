// Markdown turns "&#x202E;" or "&rlm;" into the character itself, so a hidden character can be
// written without being in the file: the references in a statement's text, decoded as the page will.
import { fromHtml } from 'hast-util-from-html';
import type { ContentRecord } from './load.ts';
import type { Position } from './locate.ts';
import { positionInSource, type StatementText } from './markdown.ts';

export interface CharacterReference {
  /** The reference as written: "&#x202E;". */
  written: string;
  /** What it stands for. */
  char: string;
  position: Position;
}

const reference = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function decode(match: RegExpMatchArray): string | undefined {
  const [written, hex, decimal] = match;
  const codePoint = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : undefined;
  if (codePoint !== undefined) return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
  // A named reference is decoded by an HTML parser, as the browser would: "&rlm;" is U+200F.
  if (!named.has(written)) {
    const node = fromHtml(written, { fragment: true }).children[0];
    named.set(written, node?.type === 'text' && node.value !== written ? node.value : undefined);
  }
  return named.get(written);
}

const named = new Map<string, string | undefined>();

/** Every character reference in the text nodes of a statement, where it is written. */
export function characterReferences(record: ContentRecord, text: StatementText): CharacterReference[] {
  const found: CharacterReference[] = [];
  for (const node of text.textNodes) {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined || record.body === undefined) continue;
    const source = record.body.slice(start.offset, end.offset);
    for (const match of source.matchAll(reference)) {
      const char = decode(match);
      if (char !== undefined) found.push({ written: match[0], char, position: positionInSource(record, start, source, match.index) });
    }
  }
  return found;
}
