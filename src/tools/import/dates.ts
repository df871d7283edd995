// Dates as statements and notes print them, in English or Spanish ("June 13, 2019", "3 de junio
// 2019", "Sept. 2018"), read into the partial ISO dates the schemas use (2019-06-13, 2018-09).
import { parsePartialDate } from '../../lib/dates.ts';

const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const monthWord = `(${Object.keys(months).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const patterns: { re: RegExp; parts: (m: RegExpExecArray) => [string, string?, string?] }[] = [
  // 2019-06-13
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2], m[3]] },
  // June 13, 2019 · June 13 2019
  { re: new RegExp(`\\b${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, monthOf(m[1]!), m[2]] },
  // 13 June 2019 · 3 de junio 2019 · 3 de junio de 2019
  { re: new RegExp(`\\b(\\d{1,2})(?:\\s+de)?\\s+${monthWord}(?:,?\\s+de)?,?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, monthOf(m[2]!), m[1]] },
  // June 2019 · junio de 2019 · Sept. 2018
  { re: new RegExp(`\\b${monthWord}(?:\\s+de)?,?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [m[2]!, monthOf(m[1]!)] },
];

function monthOf(word: string): string {
  return String(months[word.toLowerCase().replace(/\.$/, '')]).padStart(2, '0');
}

export interface FoundDate {
  /** 2019-06-13, 2019-06 or 2019. */
  value: string;
  /** The words as printed. */
  printed: string;
}

/** The first date printed in a text, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  let best: (FoundDate & { index: number }) | undefined;
  for (const { re, parts } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const [year, month, day] = parts(m);
    const value = [year, month, day?.padStart(2, '0')].filter(Boolean).join('-');
    if (!parsePartialDate(value)) continue;
    // The earliest date printed wins; at one place, the most precise reading.
    if (!best || m.index < best.index || (m.index === best.index && value.length > best.value.length)) {
      best = { value, printed: m[0], index: m.index };
    }
  }
  return best && { value: best.value, printed: best.printed };
}

/** A block that is nothing but a date, possibly after a place ("Washington, D.C., June 13, 2019"). */
export function dateLine(text: string): FoundDate | undefined {
  if (text.includes('\n') || text.split(/\s+/).length > 8) return undefined;
  const found = findDate(text);
  if (!found) return undefined;
  const rest = text.replace(found.printed, '').replace(/[\s,.*_–—-]+/g, ' ').trim();
  return rest.split(' ').filter(Boolean).length <= 3 ? found : undefined;
}
