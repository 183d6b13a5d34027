import { describe, expect, it } from 'vitest';
import { csvSheet, detectDelimiter, parseCsv } from '#main/quotes/csv';

describe('a CSV file', () => {
  it('has its delimiter found by which splits the lines most consistently', () => {
    expect(detectDelimiter('Vendor,Price\nAcme,"$9,500"\nBeta,900\n')).toBe(',');
    expect(detectDelimiter('Anbieter;Preis;Menge\nA;1.234,50;2,5\nB;9,5;1\n')).toBe(';');
    expect(detectDelimiter('Vendor\tPrice\nAcme, Inc.\t"1,200"\n')).toBe('\t');
  });

  it('is not misled by a title line or by delimiters inside quotes', () => {
    expect(detectDelimiter('Quote from Acme, Ltd, valid 90 days\nVendor;Service;Price\nA;B;1\nA;C;2\n')).toBe(';');
    expect(detectDelimiter('"a;b;c",x\n"d;e;f",y\n')).toBe(',');
  });

  it('splits quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    expect(parseCsv('a,"b, c","say ""hi""","line 1\nline 2"\n', ',')).toEqual([['a', 'b, c', 'say "hi"', 'line 1\nline 2']]);
  });

  it('ends records at CRLF, LF or CR, drops a BOM, and makes no record of a final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\nc,d\re,f\ng,h\r\n', ',')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('keeps empty lines as empty records, so row numbers match the file', () => {
    expect(parseCsv('a\n\nb\n', ',')).toEqual([['a'], [''], ['b']]);
  });

  it('becomes one sheet of text cells with empty fields as empty cells', () => {
    expect(csvSheet('a;;1,5\n', 'book')).toEqual({ name: 'book', merges: [], rows: [[{ kind: 'text', text: 'a' }, { kind: 'empty' }, { kind: 'text', text: '1,5' }]] });
  });
});
