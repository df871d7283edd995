// Turns a statement pasted out of a PDF or a word processor into a draft statement and the draft
// records it needs: npm run import -- <file.txt|file.docx|file.pdf> [--content DIR] [--out DIR] [--slug ID] [--replace] [--dry-run]
// Exit codes: 0 drafts written (questions may remain), 1 the text or a file in the way refused
// (nothing written), 2 misuse: a wrong option, or a path that names no file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/content/collections.ts';
import { draftFile } from '../src/tools/import/draft.ts';
import { docxText } from '../src/tools/import/docx.ts';
import { pdfText } from '../src/tools/import/pdf.ts';
import { importStatement } from '../src/tools/import/index.ts';
import { knownContent } from '../src/tools/import/known.ts';
import { readSourceFile, maxSourceBytes } from '../src/tools/import/source-file.ts';
import { draftPath, earlierImport, writeImport, writeProblem } from '../src/tools/import/write.ts';
import { freeId, reservedId } from '../src/lib/slugs.ts';
import { parsePartialDate, today } from '../src/lib/dates.ts';
import { displayPath } from '../src/lib/display-path.ts';
import { escapeHidden } from '../src/lib/hidden-characters.ts';
import { runCommand } from '../src/lib/run-command.ts';

/** The pasted text is untrusted: its control characters are shown escaped, never sent to the terminal. */
const print = (text: string) => console.log(escapeHidden(text, { keepLineBreaks: true }));

const usage = `Usage: npm run import -- <file.txt|file.docx|file.pdf> [options]

Reads a statement (a Word document, a PDF, or its text pasted from a PDF or a word processor) and writes a draft statement to
content/statements/, with draft records for organizations, policies and cited works the collection
does not have yet, and a copy of the file in content/sources/. Prints what it could not decide.

  --content DIR   the collection to match names and addresses against (default: $CONTENT_DIR or content)
  --out DIR       the content folder to write the drafts into (default: the --content folder)
  --slug ID       the statement's file name without .md (default: year and first words of the title)
  --today DATE    the date recorded as provenance.transcribed (default: today)
  --replace       write over the draft (and the files) an earlier import of the same text made
  --dry-run       print the drafts instead of writing them
  --help          show this help

The file must be a Word document (.docx), a PDF with a text layer, or plain text (UTF-8, or UTF-16 with a byte-order mark), of at most ${maxSourceBytes / 1024 / 1024} MB.
Nothing is written when a draft of the same text, or any file the import would write, exists
already (exit code 1), unless --replace is given.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        slug: { type: 'string' },
        today: { type: 'string' },
        'dry-run': { type: 'boolean' },
        replace: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Give one file to import (.docx, .pdf or .txt).\n\n${usage}`);
    return 2;
  }
  const file = path.resolve(positionals[0]!);
  const date = values.today ?? today();
  if (date.length !== 10 || !parsePartialDate(date)) {
    console.error(`--today expects a date written YYYY-MM-DD, not "${date}".`);
    return 2;
  }
  if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
    console.error(`--slug expects lower-case letters, digits and single hyphens, like 2019-guatemala-border, not "${values.slug}".`);
    return 2;
  }
  const reserved = values.slug === undefined ? undefined : reservedId(values.slug);
  if (reserved) {
    console.error(`--slug ${values.slug} cannot be used, because ${reserved}: give another, like --slug ${freeId(values.slug!, 'statement')}.`);
    return 2;
  }
  const read = readSourceFile(positionals[0]!);
  if ('problem' in read) {
    console.error(read.message);
    return read.problem === 'usage' ? 2 : 1;
  }
  const converted: { text: string; furniture?: string[] } | { problem: string } = !('document' in read) ? { text: read.text } : read.document === 'pdf' ? await pdfText(read.bytes) : await docxText(read.bytes);
  if ('problem' in converted) {
    console.error(`${positionals[0]} ${converted.problem}.`);
    return 1;
  }
  const content = values.content === undefined ? contentDir : path.resolve(values.content);
  const out = values.out === undefined ? content : path.resolve(values.out);
  const name = path.basename(file);
  const source = { file, name, sourcePath: `content/sources/${name}` };
  const known = knownContent(content);
  const replace = values.replace ?? false;
  const earlier = replace ? earlierImport(known, source) : undefined;
  const result = importStatement(converted.text, known, {
    from: !('document' in read) ? 'a pasted text' : read.document === 'pdf' ? 'a PDF' : 'a Word document',
    sourcePath: source.sourcePath,
    today: date,
    ...(values.slug || earlier ? { slug: values.slug ?? earlier } : {}),
  });

  if (values['dry-run']) {
    for (const draft of [result.statement, ...result.drafts]) print(`==> ${displayPath(draftPath(out, draft))}\n${draftFile(draft)}`);
  } else {
    const problem = writeProblem(result, known, { content, out }, source, replace);
    if (problem) {
      console.error(`Nothing was written: ${problem}`);
      return 1;
    }
    const { files } = writeImport(result, out, source, replace);
    console.log(`Wrote ${files.map(displayPath).join('\n      ')}`);
  }
  const { parts } = result;
  const groups = parts.signatories;
  console.log(
    `\nRead: ${parts.paragraphs.length} paragraphs, ${parts.notes.length} notes citing ${result.citations.flatMap((c) => c.ids).length} works` +
      ` (${result.drafts.filter((d) => d.collection === 'citations').length} new), ` +
      `${groups.reduce((n, g) => n + g.names.length, 0)} signatories in ${groups.length} groups` +
      ` (${result.drafts.filter((d) => d.collection === 'organizations').length} new organizations).`,
  );
  for (const line of converted.furniture ?? []) print(`Dropped as page furniture: ${line}`);
  for (const line of parts.furniture) print(`Dropped as page furniture: source line ${line.line}, “${line.text}”`);
  for (const join of parts.joins) print(`Joined at a page break: ${join}`);
  if (parts.lostLinks.length) print(`Links whose target was lost, marked [words](#): ${parts.lostLinks.map((l) => `"${l.words}"`).join(', ')}`);
  if (result.questions.length) {
    console.log(`\n${result.questions.length} questions for an editor (also in the draft, as comments and under "questions:"):`);
    result.questions.forEach((q, i) => print(`${String(i + 1).padStart(3)}. ${q.text}`));
    console.log('\nAnswer each in the draft and delete it; `npm run validate` lists what is still open.');
  }
  return 0;
}

runCommand(main, 'npm run import');
