// A statement's front matter, found with the very function Astro uses (extractFrontmatter), so the
// validator never reads fields Astro would not, or the reverse. Only the plain form is accepted: a
// first line of ---, the fields, a line of --- (Astro also takes blank lines first, +++ and TOML).
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

export type FrontMatterFault =
  /** No front matter Astro would find; `first` says what stands before the --- when something does. */
  | { kind: 'front-matter-missing'; first?: 'space' | 'blank-line' | 'other' }
  | { kind: 'front-matter-unclosed' }
  /** Astro finds the front matter, but its opening or closing line holds more than ---. */
  | { kind: 'front-matter-delimiter'; line: number };

export interface FrontMatter {
  /** The fields' YAML, starting on line 2 of the file. */
  yaml: string;
  body: string;
  bodyLine: number;
}

/** Splits a statement (with at most one byte-order mark, as Astro allows) into fields and text. */
export function splitFrontMatter(text: string): FrontMatter | FrontMatterFault {
  const raw = extractFrontmatter(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0]!;
  if (raw === undefined) {
    if (first.trimEnd() === '---') return { kind: 'front-matter-unclosed' };
    const before = first.slice(0, Math.max(0, first.indexOf('---')));
    if (first.includes('---') && /^\s+$/.test(before)) return { kind: 'front-matter-missing', first: 'space' };
    return { kind: 'front-matter-missing', ...(first.trim() === '' && lines.length > 1 ? { first: 'blank-line' as const } : {}) };
  }
  if (first.trimEnd() !== '---') {
    return first.trim() === '' ? { kind: 'front-matter-missing', first: 'blank-line' } : { kind: 'front-matter-delimiter', line: 1 };
  }
  // Astro's fields end at the first later line that starts with --- (or +++): that line closes them.
  const close = raw.split('\n').length - 1;
  if (lines[close]?.trimEnd() !== '---') return { kind: 'front-matter-delimiter', line: close + 1 };
  return { yaml: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
