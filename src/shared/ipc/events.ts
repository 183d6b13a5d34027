import { z } from 'zod';
import type { EventName } from './names';

/** A menu command the renderer carries out (recent files are handled in main, which owns the list). */
export const menuCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('new') }),
  z.strictObject({ type: z.literal('open') }),
  z.strictObject({ type: z.literal('save') }),
  z.strictObject({ type: z.literal('saveAs') }),
  z.strictObject({ type: z.literal('importQuotes') }),
  z.strictObject({ type: z.literal('exportExcel') }),
  z.strictObject({ type: z.literal('undo') }),
  z.strictObject({ type: z.literal('redo') }),
]);

export type MenuCommand = z.output<typeof menuCommandSchema>;

/** Every event main may send, with the schema its payload is checked against before it leaves. */
export const EVENTS = {
  'menu:command': menuCommandSchema,
} as const satisfies Record<EventName, z.ZodType>;

/** The payload of an event. */
export type EventPayloadOf<K extends EventName> = z.output<(typeof EVENTS)[K]>;
