import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { quoteSheets } from '#main/workbook/quoteSheets';

/** A workbook written and read back, so the adapter sees what exceljs gives for a real file. */
async function roundTrip(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  build(out.addWorksheet('Pricing'));
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await out.xlsx.writeBuffer());
  return back;
}

describe('a workbook as grid sheets', () => {
  it('keeps each number with its number format, and leaves General out', async () => {
    const book = await roundTrip((ws) => {
      ws.getCell('A1').value = 0.1;
      ws.getCell('A1').numFmt = '0%';
      ws.getCell('B1').value = 9500;
    });
    expect(quoteSheets(book)[0]?.rows[0]).toEqual([
      { kind: 'number', value: 0.1, format: '0%' },
      { kind: 'number', value: 9500 },
    ]);
  });

  it('reads formulas by their cached result, rich text joined, a hyperlink by its text, and errors as errors', async () => {
    const book = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2', result: 19000 };
      ws.getCell('B1').value = { richText: [{ text: 'board ' }, { text: 'workshop', font: { bold: true } }] };
      ws.getCell('C1').value = { text: 'Contoso', hyperlink: 'https://contoso.example/' };
      ws.getCell('D1').value = { formula: 'VLOOKUP(1,A:A,2)', result: { error: '#N/A' } };
      ws.getCell('E1').value = true;
    });
    expect(quoteSheets(book)[0]?.rows[0]).toEqual([
      { kind: 'number', value: 19000 },
      { kind: 'text', text: 'board workshop' },
      { kind: 'text', text: 'Contoso' },
      { kind: 'error', text: '#N/A' },
      { kind: 'boolean', value: true },
    ]);
  });

  it('reads a date cell as its day and month in UTC', async () => {
    const book = await roundTrip((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2027, 2, 31));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(quoteSheets(book)[0]?.rows[0]).toEqual([{ kind: 'date', month: '2027-03', iso: '2027-03-31' }]);
  });

  it('reads empty cells, gaps and missing rows as empty, never as zero', async () => {
    const book = await roundTrip((ws) => {
      ws.getCell('A1').value = 'a';
      ws.getCell('C1').value = 'c';
      ws.getCell('A3').value = '';
      ws.getCell('B4').value = 'b';
    });
    const rows = quoteSheets(book)[0]?.rows ?? [];
    expect(rows[0]).toEqual([{ kind: 'text', text: 'a' }, { kind: 'empty' }, { kind: 'text', text: 'c' }]);
    expect(rows[1]).toEqual([]);
    expect(rows[3]).toEqual([{ kind: 'empty' }, { kind: 'text', text: 'b' }]);
  });

  it('lists merged ranges 0-based and reads the hidden cells of a merge as empty', async () => {
    const book = await roundTrip((ws) => {
      ws.getCell('A1').value = 'Rate card 2027';
      ws.mergeCells('A1:D1');
      ws.getCell('A3').value = 'Northwind';
      ws.mergeCells('A3:A5');
    });
    const [sheet] = quoteSheets(book);
    expect(sheet?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 4, right: 0 },
    ]);
    expect(sheet?.rows[0]?.[1]).toEqual({ kind: 'empty' });
    expect(sheet?.rows[3]?.[0]).toEqual({ kind: 'empty' });
  });

  it('names each sheet and keeps workbook order', async () => {
    const out = new ExcelJS.Workbook();
    out.addWorksheet('Cover');
    out.addWorksheet('Rate card').getCell('A1').value = 'x';
    expect(quoteSheets(out).map((s) => s.name)).toEqual(['Cover', 'Rate card']);
  });
});
