// One way of comparing what a reader types with names and words: case, accents, apostrophes and
// punctuation do not count ("Pop Noj" is "Pop No'j", "Quedate en Mexico" is "Quédate en México").

/** Lower case, accents and apostrophes removed, any other run of non-letters or digits one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, normalized. */
export function words(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}
