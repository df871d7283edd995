// Characters that do not show as themselves: controls, direction overrides, invisible and private
// characters. One list for the validator (which refuses them in content) and the terminal printers.

export type HiddenKind =
  | 'control'
  | 'line-break'
  | 'bidi'
  | 'invisible'
  | 'soft-hyphen'
  | 'tag'
  | 'surrogate'
  | 'private-use'
  | 'replacement';

export interface HiddenCharacter {
  kind: HiddenKind;
  codePoint: number;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE". */
  label: string;
}

const c0 = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT',
  'SHIFT IN', 'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL',
  'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
];

const named: Record<number, [HiddenKind, string]> = {
  0x7f: ['control', 'DELETE'],
  0x85: ['line-break', 'NEXT LINE'],
  0x90: ['control', 'DEVICE CONTROL STRING'],
  0x9b: ['control', 'CONTROL SEQUENCE INTRODUCER'],
  0x9c: ['control', 'STRING TERMINATOR'],
  0x9d: ['control', 'OPERATING SYSTEM COMMAND'],
  0xad: ['soft-hyphen', 'SOFT HYPHEN'],
  0x34f: ['invisible', 'COMBINING GRAPHEME JOINER'],
  0x61c: ['bidi', 'ARABIC LETTER MARK'],
  0x115f: ['invisible', 'HANGUL CHOSEONG FILLER'],
  0x1160: ['invisible', 'HANGUL JUNGSEONG FILLER'],
  0x17b4: ['invisible', 'KHMER VOWEL INHERENT AQ'],
  0x17b5: ['invisible', 'KHMER VOWEL INHERENT AA'],
  0x180e: ['invisible', 'MONGOLIAN VOWEL SEPARATOR'],
  0x200b: ['invisible', 'ZERO WIDTH SPACE'],
  0x200c: ['invisible', 'ZERO WIDTH NON-JOINER'],
  0x200d: ['invisible', 'ZERO WIDTH JOINER'],
  0x200e: ['bidi', 'LEFT-TO-RIGHT MARK'],
  0x200f: ['bidi', 'RIGHT-TO-LEFT MARK'],
  0x2028: ['line-break', 'LINE SEPARATOR'],
  0x2029: ['line-break', 'PARAGRAPH SEPARATOR'],
  0x202a: ['bidi', 'LEFT-TO-RIGHT EMBEDDING'],
  0x202b: ['bidi', 'RIGHT-TO-LEFT EMBEDDING'],
  0x202c: ['bidi', 'POP DIRECTIONAL FORMATTING'],
  0x202d: ['bidi', 'LEFT-TO-RIGHT OVERRIDE'],
  0x202e: ['bidi', 'RIGHT-TO-LEFT OVERRIDE'],
  0x2060: ['invisible', 'WORD JOINER'],
  0x2061: ['invisible', 'FUNCTION APPLICATION'],
  0x2062: ['invisible', 'INVISIBLE TIMES'],
  0x2063: ['invisible', 'INVISIBLE SEPARATOR'],
  0x2064: ['invisible', 'INVISIBLE PLUS'],
  0x2066: ['bidi', 'LEFT-TO-RIGHT ISOLATE'],
  0x2067: ['bidi', 'RIGHT-TO-LEFT ISOLATE'],
  0x2068: ['bidi', 'FIRST STRONG ISOLATE'],
  0x2069: ['bidi', 'POP DIRECTIONAL ISOLATE'],
  0x206a: ['invisible', 'INHIBIT SYMMETRIC SWAPPING'],
  0x206b: ['invisible', 'ACTIVATE SYMMETRIC SWAPPING'],
  0x206c: ['invisible', 'INHIBIT ARABIC FORM SHAPING'],
  0x206d: ['invisible', 'ACTIVATE ARABIC FORM SHAPING'],
  0x206e: ['invisible', 'NATIONAL DIGIT SHAPES'],
  0x206f: ['invisible', 'NOMINAL DIGIT SHAPES'],
  0x3164: ['invisible', 'HANGUL FILLER'],
  0xfeff: ['invisible', 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)'],
  0xffa0: ['invisible', 'HALFWIDTH HANGUL FILLER'],
  0xfff9: ['invisible', 'INTERLINEAR ANNOTATION ANCHOR'],
  0xfffa: ['invisible', 'INTERLINEAR ANNOTATION SEPARATOR'],
  0xfffb: ['invisible', 'INTERLINEAR ANNOTATION TERMINATOR'],
  0xfffd: ['replacement', 'REPLACEMENT CHARACTER'],
  0xe0001: ['tag', 'LANGUAGE TAG'],
  0xe007f: ['tag', 'CANCEL TAG'],
};

/** "U+001B", "U+E0061": the code point as the Unicode standard writes it. */
export const codePointLabel = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

function tagName(codePoint: number): string {
  const ascii = String.fromCodePoint(codePoint - 0xe0000);
  if (/[a-z]/.test(ascii)) return `TAG LATIN SMALL LETTER ${ascii.toUpperCase()}`;
  if (/[A-Z]/.test(ascii)) return `TAG LATIN CAPITAL LETTER ${ascii}`;
  return ascii === ' ' ? 'TAG SPACE' : `TAG CHARACTER ("${ascii}")`;
}

function classify(codePoint: number): [HiddenKind, string] | undefined {
  if (codePoint < 0x20) return [codePoint === 0x0a || codePoint === 0x0d ? 'line-break' : 'control', c0[codePoint]!];
  if (named[codePoint]) return named[codePoint];
  if (codePoint >= 0x80 && codePoint <= 0x9f) return ['control', 'C1 CONTROL CHARACTER'];
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return ['surrogate', 'LONE SURROGATE'];
  if (codePoint >= 0x180b && codePoint <= 0x180f) return ['invisible', 'MONGOLIAN FREE VARIATION SELECTOR'];
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) return ['tag', tagName(codePoint)];
  if ((codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000) return ['private-use', 'PRIVATE USE CHARACTER'];
  return undefined;
}

/** What the character is, when it is one that does not show as itself; undefined for ordinary text. */
export function hiddenCharacter(codePoint: number): HiddenCharacter | undefined {
  const found = classify(codePoint);
  return found && { kind: found[0], codePoint, label: `${codePointLabel(codePoint)} ${found[1]}` };
}

/** Each hidden character of a text with its index (in UTF-16 units, as columns are counted). */
export function* hiddenCharactersIn(text: string): Generator<HiddenCharacter & { index: number }> {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // Printable ASCII, the bulk of any text, is never hidden.
    if (unit >= 0x20 && unit < 0x7f) continue;
    // codePointAt gives a lone surrogate as itself, so it is found too.
    const codePoint = text.codePointAt(index)!;
    const found = hiddenCharacter(codePoint);
    if (found) yield { ...found, index };
    if (codePoint > 0xffff) index++;
  }
}

const readable: Record<number, string> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' };

/**
 * Text safe to print to a terminal: every hidden character written as an escape (ESC as \u001b), so
 * content can neither colour, move nor hide the tool's own words. Line feeds are kept only if asked.
 */
export function escapeHidden(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // Multi-line output (a draft file) keeps its own line breaks; a carriage return never is kept.
    if (!hiddenCharacter(codePoint) || (options.keepLineBreaks && codePoint === 0x0a)) out += char;
    else if (readable[codePoint]) out += readable[codePoint];
    else out += codePoint > 0xffff ? `\\u{${codePoint.toString(16)}}` : `\\u${codePoint.toString(16).padStart(4, '0')}`;
  }
  return out;
}
