/** The part of Electron's app a held quit uses, so tests can pass a fake. */
export interface QuittingApp {
  on(event: 'before-quit' | 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Holds each quit at `phase` until `work` has finished, then quits again, letting that second
 * pass through. `before-quit` comes while the windows are still open (pending autosaves are
 * written then); `will-quit` after they have closed (what their closing started is awaited).
 * A quit cancelled later (the user chose Cancel in a window) holds the next one again.
 */
export function holdQuit(app: QuittingApp, phase: 'before-quit' | 'will-quit', work: () => Promise<unknown>): void {
  let released = false;
  app.on(phase, (event) => {
    if (released) {
      released = false;
      return;
    }
    event.preventDefault();
    // Quitting must not hang on a failure here: the work is best effort, and its errors are reported where they happen.
    void work()
      .catch(() => undefined)
      .then(() => {
        released = true;
        app.quit();
      });
  });
}
