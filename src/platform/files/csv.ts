/**
 * CSV cells and lines for every export that a person opens in a spreadsheet. A cell that a
 * spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return: the
 * "CSV injection" of OWASP) gets a leading apostrophe, so a guardian named "=HYPERLINK(…)"
 * or a phone number "+33 6…" is shown as typed and never evaluated.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";,\t\r\n]/;

export type CsvValue = string | number | null | undefined;

/**
 * One cell, quoted when it holds a quote, a delimiter (semicolon, comma or tab) or a line
 * break. Numbers are written as they are (they come from the code, not from people); null and
 * undefined are an empty cell.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, every cell through csvCell, ended by CRLF (RFC 4180, and what Excel writes). */
export function csvLine(cells: readonly CsvValue[], delimiter: ';' | ',' | '\t' = ';'): string {
  return `${cells.map(csvCell).join(delimiter)}\r\n`;
}

/** The UTF-8 byte order mark: French Excel reads a CSV as Windows-1252 without it. */
export const UTF8_BOM = '\uFEFF';
