// Reads the file an editor gives `npm run import`: plain text, or a Word (.docx) or PDF document to convert.
// Refuses in one line what it cannot read: a folder, a missing path, a .doc, .odt or RTF file, an
// encrypted or damaged document, text in another encoding, or a file too large.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';

/** A long report pasted whole is about 1 MB; a file many times that is not a statement's text. */
export const maxSourceBytes = 32 * 1024 * 1024;

/** The text, a document to convert, or why not: usage (exit 2) when the path names no file, refused (exit 1) when the file is not usable. */
export type SourceFile = { text: string } | { document: 'docx' | 'pdf'; bytes: Buffer } | { problem: 'usage' | 'refused'; message: string };

/** What the import reads, for messages that name the way out. */
export const readableFormats = 'a Word document (.docx), a PDF with a text layer, or plain text (.txt)';

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

const has = (bytes: Buffer, text: string, encoding: BufferEncoding = 'latin1') => bytes.includes(Buffer.from(text, encoding));

/** What a file that is not plain text is, from its bytes, and what to do with it; or a .docx to read. */
function documentKind(bytes: Buffer): { document: 'docx' | 'pdf' } | { refused: string } | undefined {
  const start = bytes.subarray(0, 8).toString('latin1');
  const saveAs = `open it in Word or LibreOffice, save it as a Word document (.docx), and import that: the import reads ${readableFormats}.`;
  if (start.startsWith('%PDF-')) return { document: 'pdf' };
  if (start.startsWith('PK\u0003\u0004')) {
    // A ZIP's file names are stored uncompressed, so the kind of document shows in its bytes.
    if (has(bytes, 'application/vnd.oasis.opendocument')) return { refused: `is an OpenDocument file (.odt), not a Word document: ${saveAs}` };
    if (has(bytes, 'word/document.xml')) return { document: 'docx' };
    return { refused: `is a ZIP archive, not a statement: unpack it and import the document in it; the import reads ${readableFormats}.` };
  }
  if (start === '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1') {
    // Word keeps a password-protected .docx in this older container, as an "EncryptedPackage".
    if (has(bytes, 'EncryptedPackage', 'utf16le')) {
      return { refused: 'is a password-protected (encrypted) Word document: open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, left empty), save it, and import that.' };
    }
    return { refused: `is an old Word file (.doc), which the import cannot read: ${saveAs}` };
  }
  if (start.startsWith('{\\rtf')) return { refused: `is an RTF file, which the import cannot read: ${saveAs}` };
  return bytes.includes(0) ? { refused: `is a binary file, not a document the import reads (${readableFormats}): check that it is the right file.` } : undefined;
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
  if (kind && 'document' in kind) return { document: kind.document, bytes };
  if (kind) return { problem: 'refused', message: `${given} ${kind.refused}` };
  const text = bytes.toString('utf8');
  if (isUtf8(bytes)) return { text };
  const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
  return { problem: 'refused', message: `${given} is not UTF-8 text (line ${line} has a character in another encoding): save it again as plain text with the encoding UTF-8, and import that.` };
}
