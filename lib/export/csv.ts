/**
 * CSV for spreadsheets, RFC 4180 plus formula neutralisation.
 *
 * Every cell may hold page text or the person's own notes, so nothing in a
 * cell may run as a spreadsheet formula ("CSV injection", OWASP): a cell that
 * starts with `=`, `+`, `-`, `@`, TAB or CR gets a leading apostrophe, which
 * Excel, LibreOffice and Google Sheets show as plain text.
 *
 * `toCsv` prefixes a UTF-8 byte order mark (U+FEFF) because Excel otherwise
 * opens a UTF-8 file in the machine's legacy code page and garbles accents,
 * right-to-left scripts and emoji. Pass `{ bom: false }` to leave it out.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The UTF-8 byte order mark that tells spreadsheets the file is UTF-8. */
export const BOM = '\uFEFF';

/**
 * Makes a cell inert in spreadsheets: prefixes `'` when it starts with a
 * character that would start a formula (= + - @ TAB CR). Idempotent.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One RFC 4180 field: quoted (with quotes doubled) when it holds `"`, `,`, CR or LF. */
export function csvField(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export interface CsvOptions {
  /** Prefix the UTF-8 byte order mark (default true). */
  bom?: boolean;
}

/**
 * Serialises rows as RFC 4180 CSV: CRLF line ends (also after the last row),
 * every cell formula-neutralised and quoted when needed.
 */
export function toCsv(rows: string[][], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((cell) => csvField(neutraliseFormula(cell))).join(',') + '\r\n').join('');
  return (options.bom ?? true) ? BOM + body : body;
}

/**
 * Parses RFC 4180 CSV back into rows (a leading BOM is ignored). The inverse
 * of `toCsv` apart from formula neutralisation; tests use it to read exports.
 * Throws on a quote left open.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' && field === '') {
      const close = readQuoted(src, i + 1);
      field = close.value;
      i = close.next;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

function readQuoted(src: string, start: number): { value: string; next: number } {
  let value = '';
  for (let i = start; i < src.length; i++) {
    if (src[i] !== '"') {
      value += src[i];
    } else if (src[i + 1] === '"') {
      value += '"';
      i++;
    } else {
      return { value, next: i + 1 };
    }
  }
  throw new Error('CSV ends inside a quoted field');
}
