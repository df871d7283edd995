// Starts a new record with every field explained: npm run new -- statement|organization|policy|citation
// [--field value …] [--id ID] [--content DIR]. Asks for what is missing when someone is typing;
// otherwise (CI, scripts, tests) takes everything from flags. Exit codes: 0 written and valid,
// 1 written but the validator found a problem, 2 nothing written (misuse, a wrong or missing value).
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { collections, contentDir, type CollectionName } from '../src/content/collections.ts';
import { formatText } from '../src/validate/format.ts';
import { validateContent } from '../src/validate/index.ts';
import { today } from '../src/lib/dates.ts';
import { displayPath } from '../src/lib/display-path.ts';
import { runCommand } from '../src/lib/run-command.ts';
import { collectValues, defaultId, scaffoldFile } from '../src/tools/new/index.ts';
import { flagNames, inputsFor } from '../src/tools/new/inputs.ts';
import { freeId, reservedId } from '../src/lib/slugs.ts';

const kinds: Record<string, CollectionName> = { statement: 'statements', organization: 'organizations', policy: 'policies', citation: 'citations' };

function usage(): string {
  const lines = Object.entries(kinds).map(([kind, collection]) => {
    const { required, optional, spanish } = inputsFor(collection);
    const lines = [`required: ${required.map((i) => `--${i.flag}`).join(' ')}`, `optional: ${optional.map((i) => `--${i.flag}`).join(' ')}`];
    if (spanish.length) lines.push(`Spanish:  ${spanish.map((i) => `--${i.flag}`).join(' ')} (asked when typing; may be left for later)`);
    return lines.map((line, i) => `  ${(i === 0 ? kind : '').padEnd(13)} ${line}`).join('\n');
  });
  return `Usage: npm run new -- statement|organization|policy|citation [--field value …] [options]

Writes a new record with a comment on every field. Values not given as flags are asked for when
you are typing in a terminal; otherwise they must all be given. Lists are written a,b (or a; b for
names, which may contain commas).

${lines.join('\n')}

  --id ID          the file name without extension (default: made from the name or title)
  --content DIR    the content folder (default: $CONTENT_DIR or content)
  --today DATE     today's date, for provenance.transcribed (default: today)
  --help           show this help`;
}

async function main(): Promise<number> {
  const kind = process.argv[2];
  if (kind === undefined || kind === '--help' || kind === '-h') {
    console.log(usage());
    return kind === undefined ? 2 : 0;
  }
  const collection = kinds[kind];
  if (!collection) {
    console.error(`"${kind}" is not something npm run new makes: use statement, organization, policy or citation.\n\n${usage()}`);
    return 2;
  }
  const options = Object.fromEntries(
    [...flagNames(collection), 'id', 'content', 'today'].map((name) => [name, { type: 'string' as const }]),
  );
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args: process.argv.slice(3), options, strict: true }).values as Record<string, string | undefined>;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  const root = values['content'] === undefined ? contentDir : path.resolve(values['content']);
  const date = values['today'] ?? today();
  const given = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== undefined && !['id', 'content', 'today'].includes(key))) as Record<string, string>;

  const typing = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const terminal = typing ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const collected = await collectValues(collection, given, {
    root,
    today: date,
    ...(terminal ? { ask: (prompt: string) => terminal.question(prompt), say: (line: string) => console.log(line) } : {}),
  });
  terminal?.close();
  if (collected.errors.length > 0) {
    console.error(`Nothing was written:\n${collected.errors.map((e) => `  ${e}`).join('\n')}`);
    return 2;
  }

  const id = values['id'] ?? defaultId(collection, collected.data);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    console.error(`Nothing was written: the id "${id}" must be lower-case letters, digits and single hyphens; give one with --id.`);
    return 2;
  }
  const reserved = reservedId(id);
  if (reserved) {
    console.error(`Nothing was written: the id "${id}" cannot be used, because ${reserved}. Give another with --id, like --id ${freeId(id, kind)}.`);
    return 2;
  }
  const { folder, extension } = collections[collection];
  const file = path.join(root, folder, `${id}${extension}`);
  if (fs.existsSync(file)) {
    console.error(`Nothing was written: ${displayPath(file)} exists already. Give another --id, or edit that file.`);
    return 2;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const source = (collected.data['provenance'] as { source?: string } | undefined)?.source;
  const sourceFile = source && (source.startsWith('content/') ? path.join(root, source.slice('content/'.length)) : path.resolve(source));
  const sourceText = sourceFile && fs.existsSync(sourceFile) ? fs.readFileSync(sourceFile, 'utf8') : '';
  fs.writeFileSync(file, scaffoldFile(collection, id, collected.data, date, sourceText), { flag: 'wx' });
  console.log(`Wrote ${displayPath(file)}`);

  const report = await validateContent(root);
  const own = report.problems.filter((p) => p.file === displayPath(file));
  if (own.length > 0) {
    console.log(`\nThe new file has problems to fix:\n${formatText({ ...report, problems: own }, { color: Boolean(process.stdout.isTTY) })}`);
    return 1;
  }
  console.log(`It passes the checks.${collection === 'statements' ? ' Now write the text below its front matter.' : ''}`);
  return 0;
}

runCommand(main, 'npm run new');
