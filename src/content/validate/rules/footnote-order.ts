// Numbered notes must be numbered in reading order, because the site numbers them that way: a text
// whose first marker is [^2] would show 1 where the source shows 2. Labels like [^*] are exempt.
import type { Rule } from '../context.ts';

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ordinals[n - 1] ?? `${n}th`;

const rule: Rule = {
  code: 'footnote-order',
  description: 'Numbered note markers must follow reading order: [^1], then [^2], and so on.',
  check(context) {
    return context.of('statements').flatMap((record) => {
      const text = context.text(record);
      if (!text) return [];
      const seen = new Set<string>();
      for (const reference of text.references) {
        if (!/^\d+$/.test(reference.label) || seen.has(reference.identifier)) continue;
        seen.add(reference.identifier);
        const expected = String(seen.size);
        if (reference.label === expected) continue;
        // Only the first note out of order is reported: every later one is usually off by the same step.
        return [
          context.inText(
            record,
            reference.position,
            'footnote-order',
            `[^${reference.label}] is the ${ordinal(seen.size)} numbered note in reading order, so it should be [^${expected}].`,
            'Number the markers and their notes in the order readers meet them ([^1], [^2], [^3] …), and change the labels in "notes" in the front matter to match.',
          ),
        ];
      }
      return [];
    });
  },
};

export default rule;
