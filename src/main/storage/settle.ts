import { err, ok, type Result } from '#shared/result';

/** Runs an async step and turns a throw into a value, so a sequence of file operations reads top to bottom. */
export async function settle<T>(step: () => Promise<T>): Promise<Result<T, unknown>> {
  try {
    return ok(await step());
  } catch (error) {
    return err(error);
  }
}
