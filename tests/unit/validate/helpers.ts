// Shared by the validator tests: each case under tests/fixtures/validate/ holds only what differs from
// the valid collection in valid/, so a test first assembles the case's whole content folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { displayPath } from '../../../src/lib/display-path.ts';

export const fixturesDir = path.resolve('tests/fixtures/validate');

/** The case every other one is laid over: a complete, valid collection. */
export const baseCase = 'valid';

/** Files of a case folder that are not content: the expected report and the list of absent base files. */
const controlFiles = new Set(['expected.txt', 'absent.txt']);

let assembledRoot: string | undefined;
const assembled = new Map<string, string>();

// One temporary folder per test file, removed when the file's tests are done.
afterAll(() => {
  if (assembledRoot) fs.rmSync(assembledRoot, { recursive: true, force: true });
  assembledRoot = undefined;
  assembled.clear();
});

/** Every file below a folder, as paths relative to it with forward slashes. */
function filesIn(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

function copyFiles(from: string, to: string, files: readonly string[]): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    const source = path.join(from, file);
    // A case may hold a symbolic link (the symlink case): copied as a link, never followed.
    if (fs.lstatSync(source).isSymbolicLink()) {
      fs.rmSync(path.join(to, file), { force: true });
      fs.symlinkSync(fs.readlinkSync(source), path.join(to, file));
    } else fs.copyFileSync(source, path.join(to, file));
  }
}

/** The base files a case removes: absent.txt, one path a line relative to the case (statements/x.md). */
function absentIn(caseDir: string): Set<string> {
  const list = path.join(caseDir, 'absent.txt');
  if (!fs.existsSync(list)) return new Set();
  return new Set(fs.readFileSync(list, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
}

/**
 * The content folder of a case: a copy of valid/ without the files its absent.txt names, with the
 * case's own files added or put in place of the base's. A name that is not a case folder is returned
 * as it is, so a test can still point the validator at a folder that does not exist.
 */
export function fixture(name: string): string {
  const caseDir = path.join(fixturesDir, name);
  if (!fs.existsSync(caseDir) || !fs.statSync(caseDir).isDirectory()) return caseDir;
  const known = assembled.get(name);
  if (known) return known;
  assembledRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'validate-fixtures-'));
  const target = path.join(assembledRoot, name);
  const baseDir = path.join(fixturesDir, baseCase);
  const absent = absentIn(caseDir);
  const missing = [...absent].filter((file) => !fs.existsSync(path.join(baseDir, file)));
  if (missing.length > 0) throw new Error(`${name}/absent.txt names files that valid/ does not have: ${missing.join(', ')}`);
  copyFiles(baseDir, target, filesIn(baseDir).filter((file) => !controlFiles.has(file) && !absent.has(file)));
  copyFiles(caseDir, target, filesIn(caseDir).filter((file) => !controlFiles.has(file)));
  assembled.set(name, target);
  return target;
}

/** A file of an assembled case as problems name it. */
export const fileIn = (name: string, file: string): string => displayPath(path.join(fixture(name), file));

/**
 * A report on an assembled case with the temporary folder shown as the case's own folder
 * (tests/fixtures/validate/<name>), so expected reports do not depend on where it was assembled.
 */
export const asCaseFolder = (name: string, text: string): string =>
  text.replaceAll(displayPath(fixture(name)), displayPath(path.join(fixturesDir, name)));
