/** The last task queued for each key; a key's entry goes once its queue drains. */
const tails = new Map<string, Promise<void>>();

/**
 * Runs `task` after every task queued before it under the same key, so read-modify-write cycles on
 * one file (two windows adding a recent file at once) do not lose each other's change.
 */
export function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
