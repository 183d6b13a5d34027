/** The first line of an error's message: a job's reason must stay one line for the user. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\r?\n/, 1)[0]?.trim() || 'unknown error';
}
