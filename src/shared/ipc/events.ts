import { z } from 'zod';
import type { EventName } from './names';

/** A menu command the renderer carries out (recent files are handled in main, which owns the list). */
export const menuCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('new') }),
  z.strictObject({ type: z.literal('open') }),
  z.strictObject({ type: z.literal('save') }),
  // The window is closing with unsaved changes and the user chose Save: save, then close if it worked.
  z.strictObject({ type: z.literal('saveAndClose') }),
  // A file opened from the OS or Open Recent while this window's plan was untouched: show it here.
  z.strictObject({ type: z.literal('show'), documentId: z.string() }),
  z.strictObject({ type: z.literal('saveAs') }),
  z.strictObject({ type: z.literal('importQuotes') }),
  z.strictObject({ type: z.literal('exportExcel') }),
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('redo') }),
]);

export type MenuCommand = z.output<typeof menuCommandSchema>;

/** How far a job has got: `done` of `total` units of `phase` (trials for Monte Carlo, steps otherwise). */
export const jobProgressSchema = z.strictObject({
  jobId: z.string(),
  phase: z.enum(['trials', 'checking', 'reading', 'parsing', 'writing']),
  done: z.number().min(0),
  total: z.number().min(0),
});

/**
 * Whether a document's unsaved work is being kept as a recovery copy: `ok: false` when an autosave
 * could not be written (with what to tell the user), `ok: true` once an autosave or a save worked again.
 */
export const autosaveReportSchema = z.discriminatedUnion('ok', [
  z.strictObject({ documentId: z.string(), ok: z.literal(false), message: z.string().min(1) }),
  z.strictObject({ documentId: z.string(), ok: z.literal(true) }),
]);

export type AutosaveReport = z.output<typeof autosaveReportSchema>;

/** Every event main may send, with the schema its payload is checked against before it leaves. */
export const EVENTS = {
  'menu:command': menuCommandSchema,
  'job:progress': jobProgressSchema,
  'document:autosave': autosaveReportSchema,
} as const satisfies Record<EventName, z.ZodType>;

/** The payload of an event. */
export type EventPayloadOf<K extends EventName> = z.output<(typeof EVENTS)[K]>;
