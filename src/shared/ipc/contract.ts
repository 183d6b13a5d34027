import { z } from 'zod';
import type { Result } from '../result';

/** One IPC channel: what the renderer may send, what main answers, and a line on what it does. */
export interface ChannelSpec<Request extends z.ZodType = z.ZodType, Response extends z.ZodType = z.ZodType> {
  readonly request: Request;
  readonly response: Response;
  readonly summary: string;
}

/** Declares a channel; the map of them is the whole IPC contract. */
export function channel<Request extends z.ZodType, Response extends z.ZodType>(request: Request, response: Response, summary: string): ChannelSpec<Request, Response> {
  return { request, response, summary };
}

/** Why a call failed, as a value: Electron carries only an error's message across, so failures are data. */
export const ipcErrorSchema = z.strictObject({
  code: z.enum([
    'invalid-request',
    'forbidden-sender',
    'unknown-channel',
    'failed',
    'invalid-response',
    // The file was changed by another program since it was opened or saved: overwrite, Save As, or reopen.
    'changed-on-disk',
    // A file could not be written (disk full, read-only, permission); the file on disk is unchanged.
    'file-error',
    // A file was refused on open: not a plan, malformed, from a newer Leadsheet, too large.
    'file-refused',
  ]),
  message: z.string(),
});

export type IpcError = z.output<typeof ipcErrorSchema>;

/** The answer to every call: the response, or an {@link IpcError}. */
export type IpcResult<T> = Result<T, IpcError>;
