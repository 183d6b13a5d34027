import ExcelJS from 'exceljs';

/** A vendor's quote sheet as vendors send them: a title and a blank row above the header, the quote rows, and a total row. */
export interface VendorBook {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  readonly sheet?: string;
}

/**
 * The proposal template of Acme AI: its vendor column is headed `Practice`, which no synonym
 * knows, so the importer does not detect it until the user maps it.
 */
export const ACME_HEADERS = ['Practice', 'Service', 'Monthly fee', 'Currency', 'Term (months)'] as const;

/** Writes `book` as an .xlsx at `path`. */
export async function writeVendorBook(path: string, book: VendorBook): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(book.sheet ?? 'Proposal');
  sheet.addRow([book.title]);
  sheet.addRow([]);
  sheet.addRow([...book.headers]);
  for (const row of book.rows) sheet.addRow([...row]);
  sheet.addRow(['Total', '', book.rows.length, '', '']);
  await workbook.xlsx.writeFile(path);
}

/** Acme AI's first proposal. */
export const ACME_MARCH: VendorBook = {
  title: 'Acme AI: proposal for Contoso, March',
  headers: ACME_HEADERS,
  rows: [
    ['Acme AI', 'Fractional Chief AI Officer', '$9,500/mo', 'USD', 12],
    ['Acme AI', 'AI strategy sprint', '$4,000/mo', 'USD', 3],
  ],
};

/** Acme AI's next proposal: the same template, its headers typed with other capitals and spacing, other rows. */
export const ACME_JUNE: VendorBook = {
  title: 'Acme AI: proposal for Contoso, June',
  headers: ['PRACTICE', 'Service ', 'Monthly  fee', 'currency', 'Term (Months)'],
  rows: [
    ['Acme AI', 'Model governance retainer', '$6,200/mo', 'USD', 6],
    ['Acme AI', 'Data platform review', '$12,000/mo', 'USD', 2],
    ['Acme AI', 'Board AI briefing', '$3,000/mo', 'USD', 1],
  ],
};
