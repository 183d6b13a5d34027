import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ok, type Result } from '#shared/result';
import { writeFileAtomic } from '../storage/atomicWrite';
import { inTurn } from '../storage/inTurn';
import { settle } from '../storage/settle';
import type { StorageError } from '../storage/storageError';
import { QUOTE_FIELDS } from './columns';
import { formatKey, MAX_FORMAT_COLUMNS, MAX_FORMAT_TEXT } from './sheetFormat';

/** The memory's file in the user-data folder. */
export const QUOTE_MAPPINGS_NAME = 'quote-mappings.json';

/** Formats remembered at most; setting one more forgets the one set longest ago. */
export const MAX_REMEMBERED_MAPPINGS = 200;

/** Characters of a vendor's name kept for the notice that names it. */
const MAX_VENDOR = 200;

/** A column mapping the user set for a sheet format: field → column letter ('' for a field read from no column), and whose sheet it was. */
export const rememberedMappingSchema = z.strictObject({
  headers: z.array(z.string().max(MAX_FORMAT_TEXT)).min(1).max(MAX_FORMAT_COLUMNS),
  map: z.partialRecord(z.enum(QUOTE_FIELDS), z.string().max(MAX_FORMAT_TEXT)),
  vendor: z.string().min(1).max(MAX_VENDOR),
});

export type RememberedMapping = z.output<typeof rememberedMappingSchema>;

/** The file: entries are checked one by one, so one damaged entry costs only itself. */
const storedSchema = z.strictObject({ version: z.literal(1), mappings: z.array(z.unknown()) });

/** What to change in one write: mappings to set (each replacing its format's) and formats to forget. */
export interface MappingChange {
  readonly remember?: readonly RememberedMapping[];
  readonly forget?: readonly (readonly string[])[];
}

/** The column mappings users set, by sheet format, most recently set first. */
export interface MappingMemory {
  list(): Promise<readonly RememberedMapping[]>;
  /** Applies a change in one write; a change that alters nothing writes nothing. */
  update(change: MappingChange): Promise<Result<void, StorageError>>;
}

/** `list` with `change` applied: the mappings set go first, in the order given, and the oldest beyond `max` are dropped. */
export function changedMappings(list: readonly RememberedMapping[], change: MappingChange, max = MAX_REMEMBERED_MAPPINGS): RememberedMapping[] {
  const set = change.remember ?? [];
  const gone = new Set([...set.map((m) => m.headers), ...(change.forget ?? [])].map(formatKey));
  return [...set, ...list.filter((m) => !gone.has(formatKey(m.headers)))].slice(0, max);
}

function unchanged(before: readonly RememberedMapping[], after: readonly RememberedMapping[]): boolean {
  return before.length === after.length && before.every((m, i) => m === after[i]);
}

/** The mappings stored in `text`; a file that is not one (damaged, or from another version) holds none, and is replaced on the next write. */
export function readMappings(text: string): RememberedMapping[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const stored = storedSchema.safeParse(raw);
  if (!stored.success) return [];
  return stored.data.mappings.flatMap((entry) => {
    const parsed = rememberedMappingSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A memory that lives as long as the process: for the test harness and for tests. */
export function inMemoryMappingMemory(): MappingMemory {
  let mappings: readonly RememberedMapping[] = [];
  return {
    list: () => Promise.resolve(mappings),
    update: (change) => {
      mappings = changedMappings(mappings, change);
      return Promise.resolve(ok(undefined));
    },
  };
}

/** How the file is replaced; a test passes one that fails. */
export type WriteFile = (path: string, text: string) => Promise<Result<void, StorageError>>;

/**
 * The memory in `quote-mappings.json` in the user-data folder. Reads tolerate a missing or
 * damaged file (a convenience must never stop an import); writes replace the file atomically, so
 * a failed one leaves the mappings as they were; updates run one at a time, so two windows
 * correcting mappings at once keep both.
 */
export function fileMappingMemory(userData: string, write: WriteFile = writeFileAtomic): MappingMemory {
  const path = join(userData, QUOTE_MAPPINGS_NAME);
  const read = async (): Promise<RememberedMapping[]> => {
    const text = await settle(() => readFile(path, 'utf8'));
    return text.ok ? readMappings(text.value).slice(0, MAX_REMEMBERED_MAPPINGS) : [];
  };
  return {
    list: () => inTurn(path, read),
    update: (change) =>
      inTurn(path, async () => {
        const before = await read();
        const after = changedMappings(before, change);
        if (unchanged(before, after)) return ok(undefined);
        // A folder that cannot be made fails the write just after, which names the file.
        await settle(() => mkdir(userData, { recursive: true }));
        return write(path, `${JSON.stringify({ version: 1, mappings: after }, null, 2)}\n`);
      }),
  };
}
