// Dates in this collection may be partial: a source can be dated only to a year or a month
// ("2017", "2017-02"), so dates are kept as ISO strings of 4, 7 or 10 characters.
import type { Locale } from './locales.ts';
import { madeOnce } from './made-once.ts';

export const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a partial ISO date, or returns undefined when it is not a real calendar date. */
export function parsePartialDate(value: string): DateParts | undefined {
  const m = partialDatePattern.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > last) return undefined;
  }
  return { year, month, day };
}

// Dates read as each locale writes them ("June 13, 2019", "13 de junio de 2019"), always in UTC so
// the machine's time zone cannot move a day. English is written the American way, as before Intl.
const intlLocale = { en: 'en-US', es: 'es' } as const satisfies Record<Locale, string>;
const dateFormats = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The BCP 47 tag Intl formats a locale's dates and numbers with. */
export const intlTag = (locale: Locale): string => intlLocale[locale];

/** "June 13, 2019", "February 2017" or "2017"; in Spanish "13 de junio de 2019", "febrero de 2017". */
export function formatDate(value: string, locale: Locale = 'en'): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  const precision = p.month === undefined ? 'year' : p.day === undefined ? 'month' : 'day';
  const date = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  return dateFormatter(locale, precision).format(date);
}

// Making an Intl formatter costs about 0.2 ms, formatting with one a few microseconds; a build
// formats dates hundreds of thousands of times, so each locale and precision gets one, made once.
const dateFormatter = (locale: Locale, precision: keyof typeof dateFormats): Intl.DateTimeFormat =>
  madeOnce(`date ${locale} ${precision}`, () => new Intl.DateTimeFormat(intlLocale[locale], { ...dateFormats[precision], timeZone: 'UTC' }));

export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/** Newest first; a partial date sorts as the start of its period. */
export function compareDatesDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Today in the editor's own time zone, as YYYY-MM-DD: the date the command-line tools record. */
export function today(now = new Date()): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** A date as CSL-JSON holds it: { "date-parts": [[year, month?, day?]] }. */
export interface CslDate {
  'date-parts': readonly [readonly [number, number?, number?]];
}

function joinParts(issued: CslDate | undefined, separator: string): string | undefined {
  const parts = issued?.['date-parts'][0];
  if (!parts) return undefined;
  return parts
    .filter((p): p is number => p !== undefined)
    .map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0')))
    .join(separator);
}

/** ISO 8601 with reduced precision, as schema.org reads it: "2019-06-13", "2017-02" or "2017". */
export const isoDate = (issued: CslDate | undefined): string | undefined => joinParts(issued, '-');

/** Highwire's form, as Google Scholar reads it: "2019/06/13", "2017/02" or "2017". */
export const highwireDate = (issued: CslDate | undefined): string | undefined => joinParts(issued, '/');
