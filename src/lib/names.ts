// Matching names in text the way readers write them: case- and accent-insensitive for names,
// exact case for acronyms ("ICE" is not "ice").

/** "Matías de Córdova" → "Matias de Cordova": the one place accents are taken off. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

export function fold(value: string): string {
  return stripAccents(value).toLowerCase();
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for any of the given names as whole words. */
export function nameMatcher(names: string[], acronyms: string[] = []): (text: string) => boolean {
  const words = names.filter(Boolean).map((n) => escape(fold(n)));
  const caps = acronyms.filter(Boolean).map(escape);
  const wordRe = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;
  const capsRe = caps.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${caps.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;
  return (text) => Boolean((wordRe && wordRe.test(fold(text))) || (capsRe && capsRe.test(text)));
}
