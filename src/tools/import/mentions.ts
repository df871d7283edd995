// Policies and organizations the text names, found by their names, acronyms and aliases (ignoring
// case and accents; acronyms and all-capital names only in capitals, so "ICE" is not "ice"), in the
// order a reader meets them. Also phrases that look like a policy the collection does not have yet.
import { nameKey } from './text.ts';
import { fold } from '../../lib/names.ts';

export interface Named {
  id: string;
  names: string[];
}

export interface Mention {
  id: string;
  /** The words as the text prints them. */
  printed: string;
  /** Paragraph number, from 1. */
  paragraph: number;
}

const isCapitals = (name: string) => /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();

const foldedChars = new Map<string, string>();
/** One character folded (accents, case, curly apostrophes), or kept when folding would change its length. */
function foldChar(c: string): string {
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    const f = fold(c).replace(/[’‘]/g, "'");
    folded = f.length === c.length ? f : c;
    foldedChars.set(c, folded);
  }
  return folded;
}

/** Folds accents and case but keeps every character's place, so a match points into the original. */
const foldInPlace = (text: string) => text.replace(/[A-Z]|[^\x00-\x7F]/gu, foldChar);

const wordRun = /[\p{L}\p{N}]+/gu;
const letterOrDigit = /[\p{L}\p{N}]/u;

/** A name to look for, with the records it names, in the order records and their names are listed. */
interface Needle {
  text: string;
  id: string;
}

/**
 * Names indexed by their first word, so a text is read once, a word at a time, however many names
 * the collection has. A name must stand as whole words: nothing letter-like just before or after it.
 * (The few names that start with a sign, like a quote, are looked for at every position.)
 */
class NameIndex {
  private byFirstWord = new Map<string, Needle[]>();
  private others: Needle[] = [];
  add(needle: Needle): void {
    const first = new RegExp(wordRun.source, 'u').exec(needle.text);
    if (first?.index !== 0) return void this.others.push(needle);
    const list = this.byFirstWord.get(first[0]) ?? [];
    list.push(needle);
    this.byFirstWord.set(first[0], list);
  }
  /** Every place a name occurs in the haystack, overlapping ones included. */
  *find(haystack: string): Generator<{ id: string; start: number; end: number }> {
    const whole = (needle: Needle, at: number) =>
      haystack.startsWith(needle.text, at) && !letterOrDigit.test(haystack.charAt(at + needle.text.length)) && (at === 0 || !letterOrDigit.test(haystack.charAt(at - 1)));
    if (this.byFirstWord.size > 0) {
      for (const m of haystack.matchAll(wordRun)) {
        for (const needle of this.byFirstWord.get(m[0]) ?? []) if (whole(needle, m.index)) yield { id: needle.id, start: m.index, end: m.index + needle.text.length };
      }
    }
    for (const needle of this.others) {
      for (let at = haystack.indexOf(needle.text); at !== -1; at = haystack.indexOf(needle.text, at + 1)) {
        if (whole(needle, at)) yield { id: needle.id, start: at, end: at + needle.text.length };
      }
    }
  }
}

/**
 * The records a text names, first mention first. A name inside a longer name of another record does
 * not count ("Latin America Working Group" inside "… Working Group Education Fund"); records in
 * ignore block such names without being reported themselves (a statement's signatories).
 */
export function findMentions(paragraphs: string[], records: Named[], ignore: Set<string> = new Set()): Mention[] {
  // Acronyms and all-capital names are matched as printed, other names folded.
  const exact = new NameIndex();
  const folded = new NameIndex();
  for (const record of records) {
    for (const name of record.names) {
      if (nameKey(name).length < 2) continue;
      if (isCapitals(name)) exact.add({ text: name, id: record.id });
      else folded.add({ text: foldInPlace(name), id: record.id });
    }
  }
  const found = new Map<string, Mention & { at: number }>();
  paragraphs.forEach((paragraph, p) => {
    const plain = paragraph.replace(/\[\^[^\]]+\]/g, (m) => ' '.repeat(m.length));
    const spans = [...exact.find(plain), ...folded.find(foldInPlace(plain))];
    const inside = (a: (typeof spans)[number]) =>
      spans.some((b) => b.id !== a.id && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start);
    for (const span of spans) {
      if (ignore.has(span.id) || inside(span)) continue;
      const at = p * 1e7 + span.start;
      const earlier = found.get(span.id);
      if (!earlier || at < earlier.at) found.set(span.id, { id: span.id, printed: plain.slice(span.start, span.end), paragraph: p + 1, at });
    }
  });
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
}

const policyWords = 'Agreement|Accord|Act|Agenda|Arrangement|Declaration|Executive Order|Framework|Initiative|Law|Memorandum|Order|Plan|Policy|Program|Programme|Protocols?|Rule|Strategy|Acuerdo|Ley|Plan|Programa|Protocolo|Estrategia|Iniciativa';
const capitalized = "(?:\\p{Lu}[\\p{L}'’.-]*|of|the|for|and|on|to|in|de|del|la|el|y|para|U\\.S\\.)";
const policyPhrase = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'’.-]*\\s+)(?:${capitalized}\\s+){0,6}(?:${policyWords})(?![\\p{L}])`, 'gu');

/** Capitalized phrases ending in a policy word ("Comprehensive Regional Protection Framework") that no known name covers. */
export function policyCandidates(paragraphs: string[], known: Mention[]): { printed: string; paragraph: number }[] {
  const knownWords = known.map((m) => nameKey(m.printed));
  const seen = new Set<string>();
  const candidates: { printed: string; paragraph: number }[] = [];
  paragraphs.forEach((paragraph, p) => {
    const plain = paragraph.replace(/[*_]/g, '').replace(/\[\^[^\]]+\]/g, '');
    for (const m of plain.matchAll(policyPhrase)) {
      const printed = m[0].replace(/^(?:The|El|La|Los|Las)\s+/, '').trim();
      const key = nameKey(printed);
      if (printed.split(/\s+/).length < 2 || seen.has(key) || knownWords.some((k) => k.includes(key) || key.includes(k))) continue;
      seen.add(key);
      candidates.push({ printed, paragraph: p + 1 });
    }
  });
  return candidates;
}
