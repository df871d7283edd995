// An author's line under the title ("*Daniella Burgi-Palomino, Senior Associate, …, Latin America
// Working Group Education Fund (LAWGEF)*"): the name, the position as printed, and the organization.
// The line stays in the text; this only proposes the front matter's authors, for an editor to check.
import { matchOrganization, type OrganizationIndex } from './organizations.ts';

export interface Author {
  name: string;
  role?: string;
  affiliation?: string;
}

const person = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|van|von|da|dos))*$/u;

/** The author a byline names, or undefined when the line does not read as one. */
export function readByline(line: string, organizations: OrganizationIndex): { author: Author; printed: string } | undefined {
  if (line.includes('\n')) return undefined;
  const italic = /^([*_])(?!\1)(.*)\1$/.exec(line.trim());
  const by = /^(?:By|Por)\s+(.*)$/i.exec(italic?.[2] ?? line.trim());
  if (!italic && !by) return undefined;
  const text = (by?.[1] ?? italic![2]!)
    .replace(/\[\^[^\]]+\]|\\\*|[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/[*_]/g, '')
    .replace(/\.$/, '')
    .trim();
  const parts = text.split(/,\s+/);
  const name = parts[0]!;
  if (!person.test(name) || name.split(/\s+/).length < 2 || name.split(/\s+/).length > 5 || text.split(/\s+/).length > 40) return undefined;
  for (let i = parts.length - 1; i >= 1; i--) {
    const match = matchOrganization(parts.slice(i).join(', '), organizations);
    if (match.kind !== 'matched') continue;
    const role = parts.slice(1, i).join(', ');
    return { author: { name, ...(role ? { role } : {}), affiliation: match.id }, printed: text };
  }
  const role = parts.slice(1).join(', ');
  return { author: { name, ...(role ? { role } : {}) }, printed: text };
}
