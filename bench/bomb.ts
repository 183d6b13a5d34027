import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openSpreadsheet } from '#main/workbook/openSpreadsheet';
import { BOMB_PART, WORKBOOK_PARTS, zeroBomb, zipArchive } from '#test/helpers/hostileZips';
import { fmt, fmtMemory, peakMemory, ratio, summarise, type BenchReport } from './measure';

/** Targets of the zip-bomb benchmark, from the issue: refused fast, and without the memory it asks for. */
export const BOMB_GOALS = { seconds: 0.5, memoryMB: 150 } as const;

const GiB = 2 ** 30;
/** The peer's bomb is smaller, so exceljs fails (or not) within a few seconds and the bench stays quick. */
const PEER_BYTES = 64 * 2 ** 20;
const WARM_RUNS = 5;


/** How openSpreadsheet ended, in a few words for the table. */
async function ours(path: string): Promise<string> {
  const opened = await openSpreadsheet(path);
  return opened.ok ? `opened as ${opened.value.kind}` : opened.error.kind;
}

/** How exceljs ended on its own: loaded, or failed with the first line of its error. */
async function exceljsAlone(zip: Buffer): Promise<{ outcome: string; error: string }> {
  try {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; JSZip under it takes a Node Buffer as it is.
    await workbook.xlsx.load(zip as unknown as ArrayBuffer);
    return { outcome: 'loaded', error: '' };
  } catch (error) {
    return { outcome: 'failed', error: (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '' };
  }
}

/** An honest 1 GB-uncompressed bomb refused by openSpreadsheet, against exceljs alone on a 64 MB one. */
export async function bombBench(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'leadsheet-bench-bomb-'));
  try {
    const t0 = performance.now();
    const big = await zeroBomb(GiB);
    const small = await zeroBomb(PEER_BYTES);
    const bigPath = join(dir, 'bomb-1gb.xlsx');
    const smallPath = join(dir, 'bomb-64mb.xlsx');
    const liarPath = join(dir, 'liar-1gb.xlsx');
    writeFileSync(bigPath, big.zip);
    // The same gigabyte, declared as 1,000 bytes: only inflation can catch it, and must stop early.
    writeFileSync(liarPath, zipArchive([...WORKBOOK_PARTS, { name: BOMB_PART, deflated: big.deflatedSheet, declaredSize: 1000, crc: 0 }]));
    writeFileSync(smallPath, small.zip);
    const makeMs = performance.now() - t0;

    const first = await peakMemory(() => ours(bigPath));
    const warm: number[] = [];
    for (let k = 0; k < WARM_RUNS; k++) warm.push((await peakMemory(() => ours(bigPath))).ms);
    const oursSmall = await peakMemory(() => ours(smallPath));
    const liar = await peakMemory(() => ours(liarPath));
    const peer = await peakMemory(() => exceljsAlone(small.zip));

    const seconds = first.ms / 1000;
    const memoryMB = first.memory.rssIncreaseMB;
    const refused = first.value === 'zip-bomb' && oursSmall.value === 'zip-bomb' && liar.value === 'zip-bomb';
    const size = (bytes: number): string => `${fmt(bytes / 2 ** 20, 2)} MB`;
    return {
      title: `6. Zip bomb: a one-sheet workbook whose sheet is 1 GB of zeros (${size(big.zip.length)} on disk, ratio ${fmt(big.uncompressedBytes / big.compressedBytes, 0)}:1)`,
      header: ['run', 'outcome', 'first s', `median of ${WARM_RUNS} s`, 'memory (first run)'],
      rows: [
        ['ours: openSpreadsheet, 1 GB bomb', first.value, fmt(seconds, 4), fmt(summarise(warm).median / 1000, 4), fmtMemory(first.memory)],
        ['ours: openSpreadsheet, 64 MB bomb', oursSmall.value, fmt(oursSmall.ms / 1000, 4), '–', fmtMemory(oursSmall.memory)],
        ['ours: openSpreadsheet, 1 GB declared as 1,000 bytes', liar.value, fmt(liar.ms / 1000, 4), '–', fmtMemory(liar.memory)],
        ['peer: exceljs xlsx.load alone, 64 MB bomb', peer.value.outcome, fmt(peer.ms / 1000, 3), '–', fmtMemory(peer.memory)],
      ],
      notes: [
        `exceljs on a bomb 1/16 the size / ours on the 1 GB one: ${ratio(peer.ms, first.ms, 0)} the time${peer.value.error ? `; exceljs ${peer.value.outcome} after inflating the sheet: "${peer.value.error}"` : ''}`,
        'ours refuses from the central directory: declared sizes and ratios are checked before any entry is inflated, and exceljs is imported only for a zip that passed',
        'the lying bomb passes the directory checks and is caught by inflating its sheet, which stops one chunk past the declared 1,000 bytes',
        `the 64 MB bomb (${size(small.zip.length)} on disk) is under the 500 MB size limit and is refused by its 200:1 part ratio instead`,
        `bombs generated (deflate level 9, streamed) in ${fmt(makeMs / 1000, 1)} s, not timed; ours runs first, exceljs last, in one process`,
      ],
      goals: [
        { target: `< ${BOMB_GOALS.seconds} s to refuse a 1 GB-uncompressed zip bomb (first run)`, value: seconds, digits: 4, unit: ' s', met: refused && seconds < BOMB_GOALS.seconds },
        { target: `< ${BOMB_GOALS.memoryMB} MB RSS growth while refusing it`, value: memoryMB, digits: 1, unit: ' MB', met: refused && memoryMB < BOMB_GOALS.memoryMB },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
