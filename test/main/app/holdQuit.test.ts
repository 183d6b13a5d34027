import { describe, expect, it } from 'vitest';
import { holdQuit } from '#main/app/holdQuit';
import { createFakeElectron } from '#test/helpers/fakeElectron';

describe('holding a quit for work to finish', () => {
  it('quits only once the work before it has finished', async () => {
    const { app } = createFakeElectron();
    let finish: () => void = () => undefined;
    holdQuit(app, 'before-quit', () => new Promise<void>((resolve) => (finish = resolve)));
    app.quit();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(app.exited).toBe(false);
    finish();
    await expect.poll(() => app.exited).toBe(true);
    expect(app.quitCalls).toBe(2);
  });

  it('holds the next quit again after one was cancelled', async () => {
    const { app, BrowserWindow } = createFakeElectron();
    let held = 0;
    holdQuit(app, 'before-quit', async () => void (held += 1));
    const window = new BrowserWindow({ width: 900, height: 600 });
    window.contents.preventsUnload = true;
    // The page keeps its unload (the user chose Cancel), so the first quit stops there.
    window.contents.on('will-prevent-unload', () => undefined);
    app.quit();
    await expect.poll(() => app.quitCalls).toBe(2);
    expect(app.exited).toBe(false);
    window.contents.preventsUnload = false;
    app.quit();
    await expect.poll(() => app.exited).toBe(true);
    expect(held).toBe(2);
  });

  it('still quits when the work fails', async () => {
    const { app } = createFakeElectron();
    holdQuit(app, 'will-quit', () => Promise.reject(new Error('disk full')));
    app.quit();
    await expect.poll(() => app.exited).toBe(true);
  });
});
