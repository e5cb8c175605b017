// RFC 4180 records: fields separated by `,` or `;`, optionally in double quotes, `""`
// for a quote inside quotes, separators and line breaks allowed inside quotes, CRLF or
// LF line ends. Spreadsheet programs in Belgium write `;`, others `,`: the separator is
// whichever of the two appears (outside quotes) more often on the header line.

export interface CsvRow {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function readCsv(input: string, separator = detectSeparator(input)): CsvRow[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    rows.push({ line: rowLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"') {
      if (field !== '' || afterQuote) throw new CsvError(line, 'a quote (") inside an unquoted field; put the whole field in quotes and double the quote');
      quoted = true;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      if (afterQuote) throw new CsvError(line, 'text after a closing quote; a quoted field must end at the separator');
      field += ch;
    }
    i++;
  }
  if (quoted) throw new CsvError(rowLine, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0 || afterQuote) endRow();
  return rows;
}
