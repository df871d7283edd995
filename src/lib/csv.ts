// CSV as RFC 4180 has it: comma-separated, CRLF line ends, fields quoted when they need to be. Text
// that a spreadsheet would run as a formula gets a leading apostrophe (the OWASP rule for CSV injection).
export type CsvValue = string | number | undefined;

/**
 * Starts Excel, LibreOffice and Google Sheets read as a formula: = + - @, tab and carriage return;
 * and the apostrophe itself, so that a reader can always take exactly one guarding apostrophe off.
 */
const formulaStart = /^[=+\-@\t\r']/;

/** A text cell as a spreadsheet shows it: an apostrophe before a formula start makes it plain text. */
export function csvText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function field(value: CsvValue): string {
  const text = value === undefined ? '' : typeof value === 'number' ? String(value) : csvText(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
