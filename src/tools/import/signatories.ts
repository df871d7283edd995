// The list of signatories a joint statement ends with: short lines, one organization each, often
// grouped under country headings ("United States", "Guatemala and Mexico"). Found from the end of the
// text backwards, so the statement's own paragraphs are never taken for names.
import { noteStart } from './footnotes.ts';
import { termNames } from '../../content/terms.ts';
import { nameKey, type Block } from './text.ts';

/** Names a heading uses that content/terms.yaml does not give (abbreviations, long forms). */
const otherNames: Record<string, string> = {
  'eeuu': 'US', 'ee uu': 'US', usa: 'US', 'us': 'US', 'united states of america': 'US',
};
let countryKeys: Map<string, string> | undefined;
/** Country names in English and Spanish, from content/terms.yaml, read on first use. */
const countryByKey = (): Map<string, string> =>
  (countryKeys ??= new Map<string, string>([
    ...Object.entries(termNames('country')).flatMap(([code, names]) => [names.en, names.es].filter((n) => n !== undefined).map((n) => [nameKey(n), code] as [string, string])),
    ...Object.entries(otherNames),
  ]));
const groupWords = /^(international|internacional|regional|global|national|nacional|local|signator(?:y|ies)|signed(?: by)?|firmantes?|firman|organizaciones(?: firmantes)?|organizations|endorsed by|endorsing organizations|individuals|individuales|personas)$/;

export interface SignatoryName {
  printed: string;
  line: number;
}

export interface SignatoryGroup {
  /** The heading as printed, without a closing colon; undefined when the list has none. */
  heading?: string;
  /** Country codes the heading names ("Guatemala and Mexico" → GT, MX). */
  countries: string[];
  names: SignatoryName[];
}

/** The countries a heading names, or undefined when it is not made only of country names. */
export function headingCountries(line: string): string[] | undefined {
  const parts = nameKey(line.replace(/:$/, '')).split(/\s*(?:,|\/|&|\band\b|\by\b|\be\b|\bet\b)\s*/).filter(Boolean);
  const codes = parts.map((part) => countryByKey().get(part));
  return codes.length > 0 && codes.every(Boolean) ? [...new Set(codes as string[])] : undefined;
}

/** A line without the Markdown around it: "## **Guatemala:**" → "Guatemala:". */
const clean = (line: string) => line.trim().replace(/^#{1,6}\s+/, '').replace(/^([*_]{1,3})(.*)\1$/, '$2').trim();

const isHeading = (line: string) =>
  headingCountries(line) !== undefined || groupWords.test(nameKey(line.replace(/:$/, ''))) || (/:$/.test(line) && line.split(/\s+/).length <= 6);

/** A line that can be an organization's name: short, not a sentence, not a note. */
function isNameLine(line: string): boolean {
  const text = clean(line);
  const wordCount = text.split(/\s+/).length;
  if (wordCount > 15 || text.length > 120 || /,$/.test(text)) return false;
  if (noteStart(text) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]|^\\\*|^\[\^|^<sup>|^https?:|^<https?:/.test(text)) return false;
  // A full stop ends a sentence, but also "A.C." or "Inc.".
  if (/[.!?]$/.test(text) && !/(?:\b\p{Lu}\.){2,}$|\b(?:Inc|Ltd|Corp|Co|S\.?A|A\.?C)\.$/u.test(text)) return false;
  return true;
}

const bullet = /^(?:[-*•·]\s+|\d+[.)]\s+)/;

/**
 * The trailing blocks that form a signatory list, grouped by heading, and the index of the first
 * block that belongs to it (blocks.length when there is no list). A list needs a heading or at least
 * three names; anything shorter is left in the text.
 */
export function findSignatories(blocks: Block[]): { start: number; groups: SignatoryGroup[] } {
  let start = blocks.length;
  while (start > 0 && blocks[start - 1]!.text.split('\n').every(isNameLine)) start--;
  const groups: SignatoryGroup[] = [];
  let names = 0;
  for (const block of blocks.slice(start)) {
    block.text.split('\n').forEach((raw, i) => {
      const line = clean(raw);
      const alone = block.text.split('\n').length === 1;
      // A heading is a country or a group word, or any short line ending in ":"; a single line that is
      // not one of these is a name (a group of one, like "Costa Rica" → "Center for Justice …").
      if ((alone || i === 0) && isHeading(line)) {
        groups.push({ heading: line.replace(/:$/, ''), countries: headingCountries(line) ?? [], names: [] });
        return;
      }
      if (groups.length === 0) groups.push({ countries: [], names: [] });
      groups.at(-1)!.names.push({ printed: line.replace(bullet, ''), line: block.line + i });
      names++;
    });
  }
  const hasHeading = groups.some((g) => g.heading !== undefined);
  if (start === blocks.length || (!hasHeading && names < 3)) return { start: blocks.length, groups: [] };
  return { start, groups: groups.filter((g) => g.names.length > 0) };
}
