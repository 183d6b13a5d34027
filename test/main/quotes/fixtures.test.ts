import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteSchema, type Quote } from '#shared/model';
import { parseQuoteSheets } from '#main/quotes/parseQuotes';
import { fixtureSheets, FIXTURES } from './loadFixture';

const FILES = ['northwind-rate-card.xlsx', 'text-prices.xlsx', 'european.csv', 'tab-separated.csv', 'percent-and-dates.xlsx', 'totals_and_blanks.csv', 'multi-sheet.xlsx'];

function expected(file: string): { quotes: Quote[]; notices: string[] } {
  return JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.(xlsx|csv)$/, '.expected.json')), 'utf8')) as { quotes: Quote[]; notices: string[] };
}

describe('each messy quote fixture reads as its expected quotes, errors and notices', () => {
  for (const file of FILES) {
    it(`reads ${file} as written down in its expected.json`, async () => {
      const result = parseQuoteSheets(await fixtureSheets(file), { file });
      if (!result.ok) throw new Error(result.error.message);
      const want = expected(file);
      for (const [i, q] of result.value.quotes.entries()) expect(q, `row ${q.row}`).toEqual(want.quotes[i]);
      expect(result.value.quotes).toEqual(want.quotes);
      expect(result.value.notices).toEqual(want.notices);
    });
  }

  it('keeps every expected quote valid against the Quote schema', () => {
    for (const file of FILES) for (const q of expected(file).quotes) expect(quoteSchema.safeParse(q).success, `${file} ${q.id}`).toBe(true);
  });
});
