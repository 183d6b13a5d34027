import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSpreadsheet, REASONS, type FileRefusal } from '#main/workbook/openSpreadsheet';
import { DEFAULT_SPREADSHEET_LIMITS } from '#main/workbook/limits';
import { OLE2_SIGNATURE, ole2StreamNames } from '#main/workbook/ole2';
import { checkWorkbookZip } from '#main/workbook/zip/checkZip';
import { BOMB_PART, WORKBOOK_PARTS, zeroBomb, zipArchive } from '#test/helpers/hostileZips';
import { compoundFile } from './compoundFile';

const HOSTILE = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
const GiB = 2 ** 30;
const MiB = 2 ** 20;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leadsheet-open-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` as `name` in the test's folder and returns the path. */
function fileWith(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The refusal of a file that must be refused; fails the test if it opened. */
async function refusal(path: string, limits?: Parameters<typeof openSpreadsheet>[1]): Promise<FileRefusal> {
  const opened = await openSpreadsheet(path, limits);
  if (opened.ok) throw new Error(`${path} opened as ${opened.value.kind}`);
  return opened.error;
}

/** A real workbook, as exceljs writes it: a header, a row with an empty cell between two values. */
async function realWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Quotes');
  sheet.addRow(['Vendor', 'Discount', 'Price']);
  sheet.addRow(['Acme', null, 9500]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('openSpreadsheet accepts', () => {
  it('a real .xlsx written by exceljs, with an empty cell left empty rather than 0', async () => {
    const opened = await openSpreadsheet(fileWith('quotes.xlsx', await realWorkbook()));
    if (!opened.ok || opened.value.kind !== 'xlsx') throw new Error(JSON.stringify(opened));
    expect(opened.value.file).toBe('quotes.xlsx');
    const sheet = opened.value.workbook.getWorksheet('Quotes');
    expect(sheet?.getCell('A2').value).toBe('Acme');
    expect(sheet?.getCell('B2').value).toBeNull();
    expect(sheet?.getCell('C2').value).toBe(9500);
  });

  it('a CSV with a byte-order mark and CRLF line ends, as Excel saves "CSV UTF-8", the mark removed', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Vendor,Price\r\nAcme,"9,500"\r\nBeta,\r\n', 'utf8')]);
    const opened = await openSpreadsheet(fileWith('quotes.csv', bytes));
    expect(opened).toEqual({ ok: true, value: { kind: 'csv', file: 'quotes.csv', text: 'Vendor,Price\r\nAcme,"9,500"\r\nBeta,\r\n' } });
  });

  it('delimited text without a text extension when every line has the same number of delimiters', async () => {
    const opened = await openSpreadsheet(fileWith('export-from-erp', 'vendor;price\nAcme;9500\n"Beta; Ltd";12000\n'));
    expect(opened.ok && opened.value.kind).toBe('csv');
  });

  it('a CSV saved by Excel on Windows in its ANSI code page, decoded as Windows-1252', async () => {
    const opened = await openSpreadsheet(fileWith('ansi.csv', Buffer.from([...Buffer.from('Vendor,Price\nCaf'), 0xe9, ...Buffer.from(',9500\n')])));
    expect(opened.ok && opened.value.kind === 'csv' && opened.value.text).toBe('Vendor,Price\nCafé,9500\n');
  });
});

describe('openSpreadsheet refuses, with one line the user can act on,', () => {
  it('a missing file', async () => {
    expect(await refusal(join(dir, 'nowhere.xlsx'))).toEqual({ file: 'nowhere.xlsx', kind: 'not-found', reason: 'no such file' });
  });

  it('a file larger than the limit, before reading it', async () => {
    const path = fileWith('huge.xlsx', Buffer.alloc(2 * MiB));
    expect(await refusal(path, { maxFileBytes: MiB })).toEqual({
      file: 'huge.xlsx',
      kind: 'too-large',
      reason: 'is 2.0 MB; Leadsheet opens spreadsheets up to 1.0 MB: remove unused sheets, or save the quotes alone as .csv',
    });
  });

  it('random bytes, whatever their extension', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 2654435761) >>> 24));
    expect(await refusal(fileWith('random.xlsx', random))).toEqual({ file: 'random.xlsx', kind: 'not-a-spreadsheet', reason: 'is not a spreadsheet: Leadsheet reads .xlsx and .csv files' });
    expect((await refusal(fileWith('random.csv', random))).kind).toBe('not-a-spreadsheet');
  });

  it('an empty file, whatever its extension', async () => {
    expect(await refusal(fileWith('empty.csv', ''))).toEqual({ file: 'empty.csv', kind: 'not-a-spreadsheet', reason: 'is empty: there is nothing in it to import' });
  });

  it('prose that is text but not delimited', async () => {
    expect((await refusal(fileWith('notes.md', '# Notes\n\nCall Acme on Monday.\n'))).kind).toBe('not-a-spreadsheet');
  });

  it('an old .xls (made by LibreOffice, committed)', async () => {
    expect(await refusal(join(HOSTILE, 'old-format.xls'))).toEqual({ file: 'old-format.xls', kind: 'xls', reason: 'is an old Excel 97–2003 .xls file; open it in Excel and save it as .xlsx' });
  });

  it('a password-protected workbook (made by LibreOffice, committed)', async () => {
    expect(await refusal(join(HOSTILE, 'encrypted.xlsx'))).toEqual({
      file: 'encrypted.xlsx',
      kind: 'encrypted',
      reason: 'is protected by a password; remove the password in Excel (File › Info › Protect Workbook) and save it again',
    });
  });

  it('a compound file that holds neither a workbook nor an encrypted package, such as an old .doc', async () => {
    const doc = compoundFile(['WordDocument', '\u0001CompObj']);
    expect(ole2StreamNames(doc)).toEqual(new Set(['WordDocument', '\u0001CompObj']));
    expect(await refusal(fileWith('letter.xls', doc))).toEqual({ file: 'letter.xls', kind: 'not-a-spreadsheet', reason: REASONS.notASpreadsheet });
  });

  it('a truncated workbook: the real .xlsx cut in half', async () => {
    const whole = await realWorkbook();
    expect(await refusal(fileWith('half.xlsx', whole.subarray(0, whole.length >> 1)))).toEqual({
      file: 'half.xlsx',
      kind: 'corrupt-zip',
      reason: 'is damaged: the zip archive is truncated or corrupt (its directory is missing, as in a file cut short); copy or download it again',
    });
  });

  it('a workbook whose part does not inflate', async () => {
    const zip = zipArchive([...WORKBOOK_PARTS, { name: BOMB_PART, deflated: Buffer.from([0xff, 0xff, 0xff]), declaredSize: 10 }]);
    expect((await refusal(fileWith('garbled.xlsx', zip))).reason).toBe(
      'is damaged: the zip archive is truncated or corrupt (xl/worksheets/sheet1.xml does not inflate: invalid block type); copy or download it again',
    );
  });

  it('a zip whose directory does not end where its end record starts, which exceljs would look for elsewhere', async () => {
    // Bytes slipped in before the directory, its offset unchanged: JSZip would shift every offset by
    // their length and so read a directory and entries other than the ones checked here.
    const zip = zipArchive(WORKBOOK_PARTS);
    const directory = zip.readUInt32LE(zip.length - 6);
    const shifted = Buffer.concat([zip.subarray(0, directory), Buffer.alloc(16), zip.subarray(directory)]);
    expect((await refusal(fileWith('shifted.xlsx', shifted))).reason).toBe(
      'is damaged: the zip archive is truncated or corrupt (its directory is not where its end record says); copy or download it again',
    );
  });

  it('a zip whose directory holds more entries than its end record counts, which exceljs would read all of', async () => {
    const zip = zipArchive(WORKBOOK_PARTS);
    zip.writeUInt16LE(WORKBOOK_PARTS.length - 1, zip.length - 14);
    zip.writeUInt16LE(WORKBOOK_PARTS.length - 1, zip.length - 12);
    expect((await refusal(fileWith('uncounted.xlsx', zip))).reason).toBe(
      'is damaged: the zip archive is truncated or corrupt (its directory holds more than the 3 entries it declares); copy or download it again',
    );
  });

  it('a ZIP64 archive, which no workbook within the limits needs', async () => {
    expect(await refusal(fileWith('zip64.xlsx', zipArchive(WORKBOOK_PARTS, { zip64: true })))).toEqual({
      file: 'zip64.xlsx',
      kind: 'corrupt-zip',
      reason: 'is damaged or not a workbook: the zip archive uses ZIP64 records, which no workbook Leadsheet opens needs; save it again from Excel',
    });
  });

  it('a zip of two text files', async () => {
    const zip = zipArchive([
      { name: 'readme.txt', data: Buffer.from('Quotes attached.\n') },
      { name: 'prices.txt', data: Buffer.from('Acme 9500\n') },
    ]);
    expect(await refusal(fileWith('bundle.xlsx', zip))).toEqual({ file: 'bundle.xlsx', kind: 'not-a-workbook', reason: 'is a zip archive but not an Excel workbook; Leadsheet reads .xlsx and .csv files' });
  });

  it('a binary .xlsb workbook, saying how to convert it', async () => {
    const zip = zipArchive([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'xl/workbook.bin', data: Buffer.alloc(16) }]);
    expect((await refusal(fileWith('rates.xlsb', zip))).reason).toBe('is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx');
  });

  it('a workbook with more parts than the limit, before reading its directory', async () => {
    const zip = zipArchive(Array.from({ length: 10_001 }, (_, k) => ({ name: `xl/media/${k}.bin`, data: Buffer.alloc(0), stored: true })));
    expect(await refusal(fileWith('many.xlsx', zip))).toEqual({ file: 'many.xlsx', kind: 'zip-bomb', reason: 'has 10,001 parts; Leadsheet refuses workbooks with more than 10,000' });
  });

  it('a workbook whose exceljs load fails, with exceljs\'s message', async () => {
    const parts = WORKBOOK_PARTS.map((part) => (part.name === 'xl/workbook.xml' ? { name: part.name, data: Buffer.from('<workbook><sheets><sheet') } : part));
    const refused = await refusal(fileWith('broken.xlsx', zipArchive(parts)));
    expect(refused.kind).toBe('unreadable');
    expect(refused.reason).toMatch(/^could not be read as a workbook \(.+\); open it in Excel and save it again$/);
  });
});

describe('openSpreadsheet refuses zip bombs', () => {
  it('a part that inflates far beyond its declared size, inflating no further than the declared size', async () => {
    // 64 MB of zeros, then an invalid block: a reader that inflated to the end would find damage, not a bomb.
    const lying = Buffer.concat([deflateRawSync(Buffer.alloc(64 * MiB), { finishFlush: constants.Z_SYNC_FLUSH }), Buffer.from([0xff, 0xff])]);
    const liar = zipArchive([...WORKBOOK_PARTS, { name: BOMB_PART, deflated: lying, declaredSize: 1000, crc: 0 }]);
    expect(await refusal(fileWith('liar.xlsx', liar))).toEqual({
      file: 'liar.xlsx',
      kind: 'zip-bomb',
      reason: 'expands beyond the sizes it declares (xl/worksheets/sheet1.xml declares 1000 bytes); Leadsheet refuses archives that misstate their contents',
    });
    const honest = zipArchive([...WORKBOOK_PARTS, { name: BOMB_PART, deflated: lying, declaredSize: 64 * MiB, crc: 0 }]);
    expect((await refusal(fileWith('honest.xlsx', honest), { maxRatio: Infinity })).reason).toContain('does not inflate: invalid block type');
  });

  it('checks declared sizes before inflating anything: an undeflatable part declaring 600 MB is a bomb, not damage', async () => {
    const zip = zipArchive([...WORKBOOK_PARTS, { name: BOMB_PART, deflated: Buffer.alloc(4 * MiB, 0xff), declaredSize: 600 * MiB }]);
    expect((await refusal(fileWith('declared.xlsx', zip))).kind).toBe('zip-bomb');
  });

  it('a part compressed beyond the ratio limit, though the whole is under the size limit', async () => {
    const bomb = await zeroBomb(64 * MiB);
    const ratio = Math.round((64 * MiB) / bomb.deflatedSheet.length).toLocaleString('en-US');
    expect(await refusal(fileWith('dense.xlsx', bomb.zip))).toEqual({
      file: 'dense.xlsx',
      kind: 'zip-bomb',
      reason: `expands to 64 MB (ratio ${ratio}:1 in xl/worksheets/sheet1.xml); Leadsheet refuses workbook parts compressed beyond 200:1`,
    });
  });

  it('an honest 1 GB bomb, by its declared size, with RSS growing less than 150 MB meanwhile', async () => {
    const bomb = await zeroBomb(GiB);
    const path = fileWith('bomb.xlsx', bomb.zip);
    expect(readFileSync(path).length).toBeLessThan(2 * MiB);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 1);
    const refused = await refusal(path);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const ratio = Math.round(bomb.uncompressedBytes / bomb.compressedBytes).toLocaleString('en-US');
    expect(refused).toEqual({ file: 'bomb.xlsx', kind: 'zip-bomb', reason: `expands to 1.0 GB (ratio ${ratio}:1); Leadsheet refuses workbooks that expand beyond 500 MB` });
    expect((peak - before) / MiB).toBeLessThan(150);
  });
});

describe('the checks never throw on damaged input', () => {
  /** Bytes overwritten at positions of the arbitrary's choosing, or the file cut at one. */
  const damage = (length: number): fc.Arbitrary<(bytes: Buffer) => Buffer> =>
    fc.oneof(
      fc.array(fc.tuple(fc.nat(length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 }).map((edits) => (bytes: Buffer) => {
        const copy = Buffer.from(bytes);
        for (const [at, value] of edits) copy[at] = value;
        return copy;
      }),
      fc.nat(length - 1).map((cut) => (bytes: Buffer) => bytes.subarray(0, cut)),
    );

  it('a damaged workbook zip is accepted or refused with one line, never an exception', async () => {
    const whole = await realWorkbook();
    await fc.assert(
      fc.asyncProperty(damage(whole.length), async (spoil) => {
        const checked = await checkWorkbookZip(spoil(whole), DEFAULT_SPREADSHEET_LIMITS);
        if (!checked.ok) expect(checked.error.reason).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 300 },
    );
  });

  it('a damaged compound file gives its stream names or null, never an exception', () => {
    const xls = readFileSync(join(HOSTILE, 'old-format.xls'));
    fc.assert(
      fc.property(damage(xls.length), (spoil) => {
        const spoiled = Buffer.from(spoil(xls));
        OLE2_SIGNATURE.copy(spoiled);
        const names = ole2StreamNames(spoiled);
        expect(names === null || names instanceof Set).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
