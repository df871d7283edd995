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

/**
 * Where the names occur in a text, as [start, end) offsets into the text itself, with the same rules
 * as nameMatcher. Each character is folded on its own, so offsets in the folded text map back exactly.
 */
export function nameRanges(names: string[], acronyms: string[] = []): (text: string) => [number, number][] {
  const words = names.filter(Boolean).map((n) => escape(fold(n)));
  const caps = acronyms.filter(Boolean).map(escape);
  const around = (alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const wordRe = words.length ? around(words) : undefined;
  const capsRe = caps.length ? around(caps) : undefined;
  return (text) => {
    // origin[i] is the offset in text of the character that gave folded character i.
    const origin: number[] = [];
    let folded = '';
    for (let i = 0; i < text.length; ) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      const f = fold(char);
      for (let k = 0; k < f.length; k++) origin.push(i);
      folded += f;
      i += char.length;
    }
    origin.push(text.length);
    const found: [number, number][] = [];
    for (const m of wordRe ? folded.matchAll(wordRe) : []) found.push([origin[m.index]!, origin[m.index + m[0].length]!]);
    for (const m of capsRe ? text.matchAll(capsRe) : []) found.push([m.index, m.index + m[0].length]);
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    // Overlapping finds (a name inside a longer alias) become one.
    return found.reduce<[number, number][]>((out, r) => {
      const last = out[out.length - 1];
      if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
      else out.push([r[0], r[1]]);
      return out;
    }, []);
  };
}
