// "Did you mean": the nearest known names and words to a query that found little, by edit distance
// (fastest-levenshtein). Runs in the search page over the vocabulary built with the site.
import { distance } from 'fastest-levenshtein';
import { normalize, words } from './normalize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** How many typing slips a word of this length may hold and still be recognised. */
export function allowedSlips(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

interface Candidate { text: string; slips: number; count: number }

function nearest(word: string, vocab: Vocabulary['words']): Candidate | undefined {
  const limit = allowedSlips(word.length);
  let best: Candidate | undefined;
  for (const [text, count] of vocab) {
    const key = normalize(text);
    if (Math.abs(key.length - word.length) > limit) continue;
    const slips = distance(word, key);
    if (slips > limit) continue;
    if (!best || slips < best.slips || (slips === best.slips && count > best.count)) best = { text, slips, count };
  }
  return best;
}

/**
 * Up to three queries the reader may have meant: a known name close to the whole query, then the
 * query with each unknown word replaced by its nearest known word. Empty when every word is known.
 */
export function suggestions(query: string, vocab: Vocabulary, max = 3): string[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const known = new Set(vocab.words.map(([w]) => normalize(w)));
  const whole = normalize(query);
  const out: string[] = [];
  const names = vocab.names
    .map((name) => ({ name, slips: distance(whole, normalize(name)) }))
    .filter(({ name, slips }) => slips > 0 && slips <= allowedSlips(normalize(name).length))
    .sort((a, b) => a.slips - b.slips);
  out.push(...names.map((n) => n.name));
  if (typed.some((w) => !known.has(w) && allowedSlips(w.length) > 0)) {
    const fixed = typed.map((w) => (known.has(w) ? w : nearest(w, vocab.words)?.text ?? w));
    if (fixed.some((w, i) => normalize(w) !== typed[i])) out.push(fixed.join(' '));
  }
  return [...new Set(out)].filter((s) => normalize(s) !== whole).slice(0, max);
}
