// Dates in this collection may be partial: a source can be dated only to a year or a month
// ("2017", "2017-02"), so dates are kept as ISO strings of 4, 7 or 10 characters.
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

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "June 13, 2019", "February 2017" or "2017". */
export function formatDate(value: string): string {
  const p = parsePartialDate(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${monthNames[p.month - 1]} ${p.year}`;
  return `${monthNames[p.month - 1]} ${p.day}, ${p.year}`;
}

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
