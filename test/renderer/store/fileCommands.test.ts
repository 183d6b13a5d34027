import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeadsheetApi } from '#shared/ipc/api';
import { saveAndClose, saveAs } from '../../../src/renderer/store/fileCommands';
import { useDocument } from '../../../src/renderer/store/documentStore';

const file = { path: '/plans/Budget.leadsheet', name: 'Budget.leadsheet', unsaved: false };

/** A promise and the function that settles it, so a test decides when main answers. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  vi.unstubAllGlobals();
  useDocument.setState({ busy: false });
});

describe('Save chosen in the close prompt', () => {
  it('waits for a file command already running, then saves and closes the window', async () => {
    const firstAnswer = deferred<Awaited<ReturnType<LeadsheetApi['fileSaveAs']>>>();
    const fileSaveAs = vi.fn(() => firstAnswer.promise);
    const fileSave = vi.fn(() => Promise.resolve({ ok: true as const, value: { status: 'saved' as const, file } }));
    const close = vi.fn();
    vi.stubGlobal('window', { leadsheet: { fileSaveAs, fileSave }, close });

    const running = saveAs();
    const closing = saveAndClose();
    await Promise.resolve();
    expect(fileSave).not.toHaveBeenCalled();
    firstAnswer.resolve({ ok: true, value: { status: 'cancelled' } });
    await running;
    await closing;
    expect(fileSave).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('leaves the window open when the save does not happen', async () => {
    const fileSave = vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'file-error' as const, message: 'the disk is full' } }));
    const close = vi.fn();
    vi.stubGlobal('window', { leadsheet: { fileSave }, close });
    await saveAndClose();
    expect(fileSave).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
  });
});
