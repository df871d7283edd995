// Reads the text an editor gives `npm run import`, refusing in one line what is not a statement's
// text: a folder, a missing path, a PDF or Word file, text in another encoding, or a file too large.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';

/** A long report pasted whole is about 1 MB; a file many times that is not a statement's text. */
export const maxSourceBytes = 32 * 1024 * 1024;

/** The text, or why not: usage (exit 2) when the path names no file, refused (exit 1) when the file is not usable. */
export type SourceFile = { text: string } | { problem: 'usage' | 'refused'; message: string };

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** What a document that is not plain text is, from its first bytes, to say what to do with it. */
function documentKind(bytes: Buffer): string | undefined {
  const start = bytes.subarray(0, 8).toString('latin1');
  if (start.startsWith('%PDF-')) return 'a PDF file';
  if (start.startsWith('PK\u0003\u0004')) return 'a Word, OpenDocument or ZIP file';
  if (start === '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1') return 'an old Word (.doc) file';
  if (start.startsWith('{\\rtf')) return 'an RTF file';
  return bytes.includes(0) ? 'a binary file' : undefined;
}

export function readSourceFile(given: string): SourceFile {
  const file = path.resolve(given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { problem: 'usage', message: `${given} does not exist: give the path of the text file to import, like npm run import -- ~/Downloads/statement.txt.` };
  }
  if (stat.isDirectory()) return { problem: 'usage', message: `${given} is a folder, not a file: give the text file in it to import, like npm run import -- ${path.join(given, 'statement.txt')}.` };
  if (!stat.isFile()) return { problem: 'usage', message: `${given} is not a regular file: save the text to a .txt file and import that.` };
  if (stat.size > maxSourceBytes) {
    return { problem: 'refused', message: `${given} is ${megabytes(stat.size)}, more than the ${megabytes(maxSourceBytes)} the import reads (a long statement is well under 1 MB): check that it is the right file, or split it into its statements.` };
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { problem: 'refused', message: `${given} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): check that it is not locked or protected, then try again.` };
  }
  // Word's "Unicode text" is UTF-16 with a byte-order mark: read it as such.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const kind = documentKind(bytes);
  if (kind) {
    return { problem: 'refused', message: `${given} is ${kind}, not plain text: open it, copy the statement's text into a new file saved as plain text (UTF-8), and import that.` };
  }
  const text = bytes.toString('utf8');
  if (isUtf8(bytes)) return { text };
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  return { problem: 'refused', message: `${given} is not UTF-8 text (line ${line} has a character in another encoding): save it again as plain text with the encoding UTF-8, and import that.` };
}
