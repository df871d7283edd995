// npm run bench:import [-- --mb 20] [--content DIR]: how long `npm run import` takes on a long pasted
// statement (scripts/bench/pasted-text.ts), step by step, so a step that grows faster than the text
// shows at once. Prints figures only; nothing here asserts. Drafts are rendered, never written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftFile } from '../../src/tools/import/draft.ts';
import { importStatement } from '../../src/tools/import/index.ts';
import { knownContent } from '../../src/tools/import/known.ts';
import { readSourceFile } from '../../src/tools/import/source-file.ts';
import { readTextParts } from '../../src/tools/import/text-parts.ts';
import { pastedStatement } from './pasted-text.ts';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const megabytes = Number(option('mb', '20'));
const content = path.resolve(option('content', 'content'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// CPU time beside wall time: on a shared machine the wall clock mostly measures the others' work.
const rows: [string, number, number][] = [];
function timed<T>(step: string, run: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  rows.push([step, performance.now() - start, (used.user + used.system) / 1000]);
  return result;
}

const generated = pastedStatement(megabytes * 1024 * 1024);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-')), 'statement.txt');
fs.writeFileSync(file, generated.text);
const size = fs.statSync(file).size;

const read = timed('read and check the file', () => readSourceFile(file));
if ('problem' in read) throw new Error(read.message);
if (!('text' in read)) throw new Error('the generated statement was not read as text');
const known = timed(`read the collection (${path.relative(process.cwd(), content) || '.'})`, () => knownContent(content));
const parts = timed('take the text apart (text-parts.ts)', () => readTextParts(read.text));
const result = timed('whole import (index.ts, text apart again)', () => importStatement(read.text, known, { sourcePath: 'content/sources/statement.txt', today: '2026-11-23' }));
const rendered = timed('render the drafts as files (draft.ts)', () => [result.statement, ...result.drafts].map(draftFile));
fs.rmSync(path.dirname(file), { recursive: true, force: true });

const counted = rows.filter(([step]) => !step.startsWith('take the text apart'));
const total = counted.reduce((sum, [, ms]) => sum + ms, 0);
const totalCpu = counted.reduce((sum, [, , cpu]) => sum + cpu, 0);
console.log(`Import of a pasted statement of ${mb(size)}: ${generated.paragraphs} paragraphs, ${generated.notes} notes, ${generated.pageBreaks} page breaks, ${generated.signatories} signatories.`);
console.log(`Read ${parts.paragraphs.length} paragraphs and ${parts.notes.length} notes, joined ${parts.joins.length} page breaks; ${result.drafts.length} drafts and ${result.questions.length} questions, ${mb(rendered.reduce((n, text) => n + Buffer.byteLength(text), 0))} written.\n`);
console.log('| step | wall ms | CPU ms |\n| --- | ---: | ---: |');
for (const [step, ms, cpu] of rows) console.log(`| ${step} | ${Math.round(ms)} | ${Math.round(cpu)} |`);
console.log(`| **total** (without the separate text-parts run) | **${Math.round(total)}** | **${Math.round(totalCpu)}** |`);
const load = os.loadavg()[0]!.toFixed(1);
console.log(`\n${(size / 1024 / 1024 / (totalCpu / 1000)).toFixed(1)} MB per CPU second; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${load} while it ran.`);
