import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv, pasteTargets } from '../../../src/renderer/grid/clipboard';

const RUNS = { numRuns: 300 };

/** Cell text weighted towards the characters that need quoting. */
const cellArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12, unit: fc.constantFrom('"', '\t', '\n', '\r', 'a', ' ', ',') }),
  fc.string({ maxLength: 6, unit: 'binary' }),
);

/** A rectangle of at least one column, as parseTsv always returns. */
const rectangleArb = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([rows, cols]) => fc.array(fc.array(cellArb, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

describe('parseTsv reads what spreadsheets put on the clipboard', () => {
  it('a trailing newline from Excel is not an extra row', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('CRLF, LF and a lone CR all end rows', () => {
    const rows = [['1', '2'], ['3', '4'], ['5', '6']];
    expect(parseTsv('1\t2\r\n3\t4\r\n5\t6')).toEqual(rows);
    expect(parseTsv('1\t2\n3\t4\n5\t6\n')).toEqual(rows);
    expect(parseTsv('1\t2\r3\t4\r5\t6\r')).toEqual(rows);
  });

  it('blank rows in the middle of a copy are kept', () => {
    expect(parseTsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
  });

  it('empty text is no rows and a lone newline is one empty cell', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\r\n')).toEqual([['']]);
  });

  it('a tab at the end of a row leaves an empty last cell', () => {
    expect(parseTsv('a\t\r\n')).toEqual([['a', '']]);
    expect(parseTsv('a\t')).toEqual([['a', '']]);
  });

  it('a quoted cell keeps its tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"line one\nline two"\tnext\r\n"say ""hi"""\t"a\tb"\r\n')).toEqual([
      ['line one\nline two', 'next'],
      ['say "hi"', 'a\tb'],
    ]);
  });

  it('a quoted cell may hold CRLF line breaks and close at the end of the text', () => {
    expect(parseTsv('"a\r\nb"')).toEqual([['a\r\nb']]);
  });

  it('a cell that only starts with a quote, as Excel copies it bare, is read as written', () => {
    expect(parseTsv('"5" pipe\t12\r\n')).toEqual([['"5" pipe', '12']]);
    expect(parseTsv('say "hi"\r\n')).toEqual([['say "hi"']]);
  });

  it('an unclosed quote is read as text, not as a cell swallowing the rest', () => {
    expect(parseTsv('"abc\tdef\r\nghi\r\n')).toEqual([['"abc', 'def'], ['ghi', '']]);
  });

  it('ragged rows are padded with empty cells to a rectangle', () => {
    expect(parseTsv('a\r\nb\tc\td\r\ne\tf\r\n')).toEqual([
      ['a', '', ''],
      ['b', 'c', 'd'],
      ['e', 'f', ''],
    ]);
  });

  it('a paste of hundreds of thousands of rows does not overflow the stack', () => {
    expect(parseTsv('x\n'.repeat(300_000))).toHaveLength(300_000);
  });
});

describe('formatTsv writes what spreadsheets read on paste', () => {
  it('ends every row, the last included, with CRLF as Excel does', () => {
    expect(formatTsv([['a', 'b'], ['c', 'd']])).toBe('a\tb\r\nc\td\r\n');
  });

  it('quotes only cells with a tab, a line break or a leading quote, doubling their quotes', () => {
    expect(formatTsv([['plain', 'say "hi"', 'a\tb', 'x\ny', '"lead', 'r\rs']])).toBe('plain\tsay "hi"\t"a\tb"\t"x\ny"\t"""lead"\t"r\rs"\r\n');
  });

  it('nothing to copy is empty text', () => {
    expect(formatTsv([])).toBe('');
  });

  it('parseTsv(formatTsv(rows)) is rows for any rectangle of any text', () => {
    fc.assert(
      fc.property(rectangleArb, (rows) => {
        expect(parseTsv(formatTsv(rows))).toEqual(rows);
      }),
      RUNS,
    );
  });

  it('ragged rows come back padded to the widest row', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        expect(parseTsv(formatTsv(rows))).toEqual(padded);
      }),
      RUNS,
    );
  });
});

describe('pasteTargets places a pasted block as Excel does', () => {
  const bounds = { rows: 10, cols: 6 };
  const texts = (plan: ReturnType<typeof pasteTargets>): string[] => plan.targets.map((t) => `${t.row},${t.col}=${t.text}`);

  it('lands the block from the anchor when there is no selection', () => {
    const plan = pasteTargets([['a', 'b'], ['c', 'd']], { row: 2, col: 3 }, bounds);
    expect(texts(plan)).toEqual(['2,3=a', '2,4=b', '3,3=c', '3,4=d']);
    expect(plan.clipped).toBe(0);
  });

  it('a single value pasted into a larger selection fills the selection', () => {
    const plan = pasteTargets([['7']], { row: 1, col: 1 }, bounds, { rows: 2, cols: 3 });
    expect(texts(plan)).toEqual(['1,1=7', '1,2=7', '1,3=7', '2,1=7', '2,2=7', '2,3=7']);
  });

  it('a block repeats across a selection that is an exact multiple of it', () => {
    const plan = pasteTargets([['a', 'b']], { row: 0, col: 0 }, bounds, { rows: 2, cols: 4 });
    expect(texts(plan)).toEqual(['0,0=a', '0,1=b', '0,2=a', '0,3=b', '1,0=a', '1,1=b', '1,2=a', '1,3=b']);
  });

  it('a selection that is not a multiple of the block gets the block once from the anchor', () => {
    const plan = pasteTargets([['a', 'b']], { row: 0, col: 0 }, bounds, { rows: 2, cols: 3 });
    expect(texts(plan)).toEqual(['0,0=a', '0,1=b']);
  });

  it('a selection smaller than the block gets the whole block', () => {
    const plan = pasteTargets([['a', 'b'], ['c', 'd']], { row: 0, col: 0 }, bounds, { rows: 1, cols: 1 });
    expect(plan.targets).toHaveLength(4);
  });

  it('cells past the edge of the grid are dropped and counted', () => {
    const plan = pasteTargets([['a', 'b', 'c'], ['d', 'e', 'f']], { row: 9, col: 4 }, bounds);
    expect(texts(plan)).toEqual(['9,4=a', '9,5=b']);
    expect(plan.clipped).toBe(4);
  });

  it('an empty block writes nothing', () => {
    expect(pasteTargets([], { row: 0, col: 0 }, bounds, { rows: 3, cols: 3 })).toEqual({ targets: [], clipped: 0 });
  });

  it('every cell of the pasted area is written once inside the grid or counted as clipped', () => {
    const size = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(size, size, fc.option(size, { nil: undefined }), fc.record({ row: fc.nat(12), col: fc.nat(12) }), (blockSize, grid, selection, anchor) => {
        const block = Array.from({ length: blockSize.rows }, (_, r) => Array.from({ length: blockSize.cols }, (_, c) => `${r}:${c}`));
        const plan = pasteTargets(block, anchor, grid, selection);
        const tiles = selection !== undefined && selection.rows % blockSize.rows === 0 && selection.cols % blockSize.cols === 0;
        const area = tiles ? selection : blockSize;
        expect(plan.targets.length + plan.clipped).toBe(area.rows * area.cols);
        expect(new Set(plan.targets.map((t) => `${t.row},${t.col}`)).size).toBe(plan.targets.length);
        for (const t of plan.targets) {
          expect(t.row < grid.rows && t.col < grid.cols).toBe(true);
          expect(t.text).toBe(`${(t.row - anchor.row) % blockSize.rows}:${(t.col - anchor.col) % blockSize.cols}`);
        }
      }),
      RUNS,
    );
  });
});
