import { z } from 'zod';
import { channel } from './contract';
import { planSummarySchema } from './summary';

/** Where an open document stands against its file: what the title bar and the Save command need. */
export const fileStatusSchema = z.strictObject({
  /** The file it was opened from or last saved to; null for a plan never saved. */
  path: z.string().nullable(),
  /** The file's name as the title shows it ('Untitled' for a plan never saved). */
  name: z.string(),
  unsaved: z.boolean(),
});

export type FileStatus = z.output<typeof fileStatusSchema>;

/** A document opened for the page that asked, with everything its first screen shows. */
export const openedDocumentSchema = z.strictObject({ documentId: z.string(), summary: planSummarySchema, file: fileStatusSchema });

export type OpenedDocument = z.output<typeof openedDocumentSchema>;

/**
 * What New, Open and Recover answer: the document to show in this window; or 'elsewhere' when it
 * went to a window of its own (this one held work of its own); or 'cancelled' when the user closed the dialog.
 */
export const openOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), ...openedDocumentSchema.shape }),
  z.strictObject({ status: z.literal('elsewhere') }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export type OpenOutcome = z.output<typeof openOutcomeSchema>;

/** What Save and Save As answer: the file's new status, or 'cancelled' when the user closed the dialog. */
export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), file: fileStatusSchema }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export type SaveOutcome = z.output<typeof saveOutcomeSchema>;

const documentId = z.string().min(1);
/** The window's current document, so a plan it holds untouched can give way to the one opened. */
const from = { documentId: documentId.optional() };

/** The channels of files: New, Open, Open Recent, Save, Save As, and unsaved work recovered after a crash. */
export const FILE_CHANNELS = {
  'document:summary': channel(z.strictObject({ documentId }), openedDocumentSchema, 'the summary and file status of an open document (a window opened on one)'),
  'file:new': channel(z.strictObject(from), openOutcomeSchema, 'a new plan of the default three scenarios'),
  'file:open': channel(
    z.strictObject({ ...from, path: z.string().min(1).optional() }),
    openOutcomeSchema,
    'opens a plan file: the one dropped or chosen from Open Recent, or else the one picked in the Open dialog',
  ),
  'file:save': channel(
    z.strictObject({ documentId, overwrite: z.boolean().optional() }),
    saveOutcomeSchema,
    'saves to the document’s file (Save As for a plan never saved); overwrite: true replaces a file changed on disk',
  ),
  'file:saveAs': channel(z.strictObject({ documentId }), saveOutcomeSchema, 'saves to a file picked in the Save dialog'),
  'file:recent': channel(z.strictObject({}), z.strictObject({ files: z.array(z.strictObject({ path: z.string(), name: z.string() })) }), 'the recent files, newest first'),
  'file:clearRecent': channel(z.strictObject({}), z.strictObject({}), 'empties the recent files'),
  'file:recoverable': channel(
    z.strictObject({}),
    z.strictObject({ plans: z.array(z.strictObject({ autosaveId: z.string(), name: z.string(), path: z.string().nullable(), savedAt: z.string() })) }),
    'unsaved work a crash left behind, newest first',
  ),
  'file:recover': channel(z.strictObject({ ...from, autosaveId: z.string().min(1) }), openOutcomeSchema, 'opens recovered work as an unsaved document'),
  'file:discardRecovered': channel(z.strictObject({ autosaveId: z.string().min(1) }), z.strictObject({}), 'deletes recovered work the user does not want'),
} as const;
