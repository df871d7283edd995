// "Did you mean …?": the closest known value to a misspelled id, field name or code.
import { fold } from '../lib/names.ts';

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Lower case, accents and extra spaces removed: "Conferencia  Episcopal" equals "conferencia episcopal". */
export function foldName(value: string): string {
  return fold(value).replace(/\s+/g, ' ').trim();
}

/**
 * The candidate closest to value, or undefined when none is close enough to be a likely typo.
 * labels maps a candidate to words it stands for ("es" → "Spanish"), so "spanish" or "sp" finds "es".
 */
export function closest(
  value: string,
  candidates: Iterable<string>,
  labels: Record<string, string> = {},
): string | undefined {
  const wanted = foldName(value);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = foldName(candidate);
    if (folded === wanted) return candidate;
    const label = labels[candidate] === undefined ? undefined : foldName(labels[candidate]);
    if (label !== undefined && (label === wanted || (wanted.length >= 2 && label.startsWith(wanted)))) return candidate;
    // One id containing the other ("wola-org" and "wola") is a likely slip, whatever the length.
    const contained = wanted.length >= 3 && folded.length >= 3 && (folded.includes(wanted) || wanted.includes(folded));
    const distance = contained ? Math.abs(folded.length - wanted.length) * 0.5 : levenshtein(wanted, folded);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  return bestDistance <= limit || (bestDistance <= 3 && bestDistance < wanted.length / 2) ? best : undefined;
}

/** "Did you mean "wola"? " or "" when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>, labels?: Record<string, string>): string {
  const match = closest(value, candidates, labels);
  return match === undefined ? '' : `Did you mean "${match}"? `;
}
