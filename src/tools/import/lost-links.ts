// Links whose target was lost on the way from the original: [words](), [words](#), an anchor of the
// word processor ([words](#_ftn1)) or a file on someone's computer ([words](file:///C:/…)). They are
// all written [words](#), which the site shows as the words with a "link lost" marker; the words are
// listed so an editor can look for the addresses, and an address is never guessed.

export interface LostLink {
  words: string;
  /** The target as the source had it ("" for none). */
  target: string;
}

const link = /(?<!!)\[([^\]\n]+)\]\(\s*([^)\s]*)\s*\)/g;
const lost = (target: string) => target === '' || target.startsWith('#') || /^(?:file|about|blob):/i.test(target) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target);

export function markLostLinks(text: string): { text: string; lost: LostLink[] } {
  const found: LostLink[] = [];
  const marked = text.replace(link, (whole, words: string, target: string) => {
    if (words.startsWith('^') || !lost(target)) return whole;
    found.push({ words, target });
    return `[${words}](#)`;
  });
  return { text: marked, lost: found };
}
