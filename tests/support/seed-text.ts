// Reads a source transcription (content/sources/*.txt) into comparable parts: title, date line,
// body words, notes and signatory lines, undoing only the page-break damage and the markup.
const superscripts = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

export interface SeedParts {
  title: string;
  dateLine?: string;
  body: string;
  notes: string[];
  signatories: string[];
}

/** Words as a reader sees them: no markup, no note markers, one kind of quote, single spaces. */
export function words(text: string): string {
  return text
    .replace(/<\/?sup>/g, '')
    .replace(/\[([^\]]+)\]\(#\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(superscripts, '')
    .replace(/\\\*/g, '')
    .replace(/\*/g, '')
    .replace(/^#+ /gm, '')
    .replace(/^- /gm, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readSeed(text: string): SeedParts {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const title = blocks.shift()!;
  const dateLine = /^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(blocks[0] ?? '') ? blocks.shift() : undefined;
  const body: string[] = [];
  const notes: string[] = [];
  const isNote = (b: string) => /^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(b) || /^\*\\\*/.test(b);
  // Signatory lists follow the last block of notes, one name a line under group headings.
  const lastNote = blocks.findLastIndex(isNote);
  const signatories = blocks.splice(lastNote + 1).flatMap((b) => b.split('\n').map((l) => l.trim()));
  blocks.forEach((block, i) => {
    if (isNote(block)) notes.push(block);
    // A page break can leave a note's address on a block of its own.
    else if (/^<https?:/.test(block) && i > 0 && isNote(blocks[i - 1]!)) notes[notes.length - 1] += ` ${block}`;
    else body.push(block);
  });
  return { title, dateLine, body: body.join('\n'), notes, signatories };
}

/** Where two texts first differ, word by word, with some context; undefined when they are the same. */
export function firstDifference(actual: string, expected: string): string | undefined {
  const a = words(actual).split(' ');
  const e = words(expected).split(' ');
  const n = Math.max(a.length, e.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== e[i]) {
      const ctx = (xs: string[]) => xs.slice(Math.max(0, i - 8), i + 8).join(' ');
      return `word ${i + 1}: page has "${ctx(a)}", source has "${ctx(e)}"`;
    }
  }
  return undefined;
}
