// The only place problems become text: grouped by file for the terminal, or JSON for tools.
// Problems quote content, so every hidden character in them is escaped: content cannot fake a line.
import type { Report } from './index.ts';
import { compareProblems, type Problem } from './problem.ts';
import { escapeHidden, hiddenCharacter } from '../lib/hidden-characters.ts';
import { plural } from '../lib/plural.ts';

interface Paint {
  file: (s: string) => string;
  dim: (s: string) => string;
  field: (s: string) => string;
  bad: (s: string) => string;
  good: (s: string) => string;
  warn: (s: string) => string;
}

const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const colored: Paint = { file: ansi(4, 24), dim: ansi(2, 22), field: ansi(36, 39), bad: ansi(31, 39), good: ansi(32, 39), warn: ansi(33, 39) };
const plain: Paint = { file: (s) => s, dim: (s) => s, field: (s) => s, bad: (s) => s, good: (s) => s, warn: (s) => s };

const utf16Escape = (char: string) =>
  Array.from({ length: char.length }, (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

const printable = (problem: Problem): Problem => {
  const out = { ...problem };
  for (const key of ['file', 'field', 'code', 'message', 'fix'] as const) if (out[key] !== undefined) out[key] = escapeHidden(out[key]);
  return out;
};

export interface TextOptions {
  color: boolean;
  /**
   * At most this many files with warnings only are listed, the rest counted in one line (the build
   * and the dev server: a collection without Spanish versions would bury a real problem under
   * thousands of warnings). Files with problems are always listed whole. Default: all.
   */
  warningOnlyFiles?: number;
}

export function formatText(report: Report, options: TextOptions): string {
  const paint = options.color ? colored : plain;
  const c = report.counts;
  const counted = [
    plural(c.statements, 'statement'),
    plural(c.organizations, 'organization'),
    plural(c.policies, 'policy', 'policies'),
    plural(c.citations, 'citation'),
  ].join(', ');
  const clean = paint.good(`Checked ${counted} and ${plural(c.footnotes, 'footnote')}: no problems.`);
  if (report.problems.length === 0 && report.warnings.length === 0) return clean;
  // Problems and warnings of a file are listed together, in line order; a warning says so.
  const listed = [...report.problems.map((p) => ({ p, warning: false })), ...report.warnings.map((p) => ({ p, warning: true }))]
    .sort((a, b) => compareProblems(a.p, b.p))
    .map(({ p, warning }) => ({ p: printable(p), warning }));
  const byFile = new Map<string, typeof listed>();
  for (const item of listed) byFile.set(item.p.file, [...(byFile.get(item.p.file) ?? []), item]);
  let warningOnly = 0;
  const shown = [...byFile].filter(([, items]) => {
    if (!items.every(({ warning }) => warning)) return true;
    warningOnly++;
    return warningOnly <= (options.warningOnlyFiles ?? Infinity);
  });
  const unlisted = byFile.size - shown.length;
  const blocks = shown.map(([file, items]) => {
    const places = items.map(({ p }) => (p.line === undefined ? '' : `${p.line}:${p.column ?? 1}`));
    const width = Math.max(...places.map((place) => place.length));
    const lines = items.map(({ p, warning }, i) => {
      const place = places[i]!.padEnd(width);
      const field = p.field ? `${paint.field(p.field)}  ` : '';
      return `  ${paint.dim(place)}${width ? '  ' : ''}${field}${warning ? paint.warn('warning: ') : ''}${p.message} ${p.fix}  ${paint.dim(`[${p.code}]`)}`;
    });
    return [paint.file(file), ...lines].join('\n');
  });
  const filesWith = (problems: Problem[]) => new Set(problems.map((p) => p.file)).size;
  const warned = report.warnings.length
    ? paint.warn(`${plural(report.warnings.length, 'warning')} in ${plural(filesWith(report.warnings), 'file')}: ${report.problems.length ? 'these alone would not stop' : 'they do not stop'} the build (see "Warnings" in content/README.md).`)
    : '';
  const total = report.problems.length
    ? paint.bad(`${plural(report.problems.length, 'problem')} in ${plural(filesWith(report.problems), 'file')}.`)
    : clean;
  const more = unlisted ? paint.warn(`… and ${plural(unlisted, 'more file')} with warnings only, not listed here: npm run validate lists them all.`) : '';
  return `${[...blocks, more].filter(Boolean).join('\n\n')}\n\n${[total, warned].filter(Boolean).join('\n')}`;
}

/**
 * JSON.stringify already writes C0 controls as \u001b; this writes every other hidden character the
 * same way (DEL, C1, U+202E, U+200B …), so the JSON parses to the same values and prints safely.
 */
export function formatJson(report: Report): string {
  const json = JSON.stringify(report, null, 2);
  return Array.from(json, (char) => (char !== '\n' && hiddenCharacter(char.codePointAt(0)!) ? utf16Escape(char) : char)).join('');
}
