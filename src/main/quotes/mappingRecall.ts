import { basename } from 'node:path';
import type { FileProblem } from '../storage/fileErrors';
import { QUOTE_FIELDS } from './columns';
import type { RememberedMapping, MappingMemory } from './mappingMemory';
import type { QuoteImport, SheetColumn } from './parseQuotes';
import { formatKey } from './sheetFormat';

/** What an import asked of the memory: use what it holds, remember the map the user gave, or forget it for detection. */
export type MemoryRequest = 'recall' | 'remember' | 'forget';

/** The mapping in use for the sheets read, when it is one the user set: for which vendor, on which sheets. */
export interface RememberedUse {
  readonly vendor: string;
  readonly sheets: string[];
}

/** What the memory did for one import: the remembered mapping in use, and a notice when a change could not be stored. */
export interface MemoryOutcome {
  readonly remembered: RememberedUse | null;
  readonly notices: string[];
}

/** Vendors named before the rest are counted: a comparison sheet may list a dozen. */
const VENDORS_NAMED = 2;

const PROBLEM_WORDS: Readonly<Record<FileProblem, string>> = {
  'not-found': 'its folder is missing',
  'is-folder': 'a folder has its name',
  permission: 'permission denied',
  'disk-full': 'the disk is full',
  'read-only': 'the disk is read-only',
  other: 'it could not be written',
};

/** `Acme AI`, `Acme AI and Beta`, `Acme AI, Beta and 3 more`. */
function namesOf(names: readonly string[]): string {
  if (names.length <= VENDORS_NAMED) return names.join(' and ');
  return `${names.slice(0, VENDORS_NAMED).join(', ')} and ${names.length - VENDORS_NAMED} more`;
}

/** The sheet's mapping as a map by letter, naming every field ('' for one read from no column), so it reproduces the mapping exactly. */
export function mapOfSheet(mapping: readonly SheetColumn[], sheet: string): RememberedMapping['map'] {
  const columns = new Map(mapping.filter((m) => m.sheet === sheet).map((m) => [m.field, m.column]));
  return Object.fromEntries(QUOTE_FIELDS.map((field) => [field, columns.get(field) ?? '']));
}

/** Whose sheet it is: the vendors its rows name, or else the file's name. */
export function vendorOfSheet(read: QuoteImport, sheet: string, file: string): string {
  const vendors = [...new Set(read.quotes.flatMap((q) => (q.sheet === sheet && q.vendor?.trim() ? [q.vendor.trim()] : [])))];
  return (vendors.length > 0 ? namesOf(vendors) : file).slice(0, 200);
}

function used(entries: readonly { vendor: string; sheet: string }[]): RememberedUse | null {
  if (entries.length === 0) return null;
  return { vendor: namesOf([...new Set(entries.map((e) => e.vendor))]), sheets: entries.map((e) => e.sheet) };
}

/**
 * After a parse: remembers the mapping the user gave for each sheet's format (or forgets it when
 * it maps the columns as detection does), forgets the formats read for detection, or names the
 * remembered mappings the parse used (`known`, the list it was given). A memory that cannot be
 * written costs a notice, never the import.
 */
export async function settleMappingMemory(memory: MappingMemory, request: MemoryRequest, read: QuoteImport, file: string, known: readonly RememberedMapping[]): Promise<MemoryOutcome> {
  if (request === 'recall') {
    const byFormat = new Map(known.map((m) => [formatKey(m.headers), m]));
    const recalled = read.formats.flatMap((f) => {
      const entry = f.mappedBy === 'recalled' ? byFormat.get(formatKey(f.headers)) : undefined;
      return entry ? [{ vendor: entry.vendor, sheet: f.sheet }] : [];
    });
    return { remembered: used(recalled), notices: [] };
  }
  // A sheet without headers (all blank) has no format to remember it by.
  const formats = read.formats.filter((f) => f.headers.length > 0);
  const given = request === 'remember' ? formats.filter((f) => f.mappedBy === 'given') : [];
  const remember = given.map((f) => ({ sheet: f.sheet, headers: [...f.headers], map: mapOfSheet(read.mapping, f.sheet), vendor: vendorOfSheet(read, f.sheet, file) }));
  // A sheet read for detection, or mapped by hand just as detection does, has nothing left to remember.
  const forget = formats.filter((f) => f.mappedBy !== 'given').map((f) => f.headers);
  const written = await memory.update({ remember: remember.map(({ headers, map, vendor }) => ({ headers, map, vendor })), forget });
  if (!written.ok) {
    const { path, problem } = written.error;
    const what = request === 'forget' ? 'could not be forgotten: it may be used again next time' : 'is used for this file but could not be remembered for next time';
    return { remembered: null, notices: [`The column mapping ${what} (${basename(path)}: ${PROBLEM_WORDS[problem]})`] };
  }
  return { remembered: used(remember), notices: [] };
}
