import type { IpcResult } from '../../shared/ipc/contract';
import type { OpenOutcome } from '../../shared/ipc/fileChannels';
import { api } from '../api';
import { notify, showDocument, useDocument } from './documentStore';
import { resetHistory } from './history';

/** Runs one file command at a time: a second Save while a first is writing would race it. */
async function exclusive<T>(command: () => Promise<T>): Promise<T | undefined> {
  if (useDocument.getState().busy) return undefined;
  useDocument.setState({ busy: true });
  try {
    return await command();
  } finally {
    useDocument.setState({ busy: false });
  }
}

/** Loads a document main holds into this window; the one shown before is closed unless it holds unsaved work (it stays autosaved). */
async function display(documentId: string): Promise<boolean> {
  const [summary, plan] = await Promise.all([api().documentSummary({ documentId }), api().documentPlan({ documentId })]);
  if (!summary.ok || !plan.ok) {
    notify('error', `The plan could not be shown: ${(!summary.ok ? summary.error : !plan.ok ? plan.error : { message: '' }).message}`);
    return false;
  }
  const previous = useDocument.getState();
  showDocument(summary.value, plan.value);
  if (previous.documentId !== documentId) resetHistory();
  if (previous.documentId && previous.documentId !== documentId && !previous.file.unsaved) await api().documentClose({ documentId: previous.documentId });
  return true;
}

async function adopt(answer: IpcResult<OpenOutcome>): Promise<void> {
  if (!answer.ok) return notify('error', answer.error.message);
  if (answer.value.status === 'opened') await display(answer.value.documentId);
}

/** The first screen: the document main opened this window on, or else a new default plan; then any work a crash left. */
export async function boot(search: string): Promise<void> {
  const requested = new URLSearchParams(search).get('document');
  if (requested) {
    if (!(await display(requested))) useDocument.setState({ status: 'failed', failure: 'the plan this window was opened on is not open any more' });
  } else {
    const created = await api().documentCreate({});
    if (!created.ok) return useDocument.setState({ status: 'failed', failure: created.error.message });
    const plan = await api().documentPlan({ documentId: created.value.documentId });
    if (!plan.ok) return useDocument.setState({ status: 'failed', failure: plan.error.message });
    showDocument(created.value, plan.value);
  }
  const recoverable = await api().fileRecoverable({});
  if (recoverable.ok) useDocument.setState({ recoverable: recoverable.value.plans });
}

export function newPlan(): Promise<void> {
  return exclusive(async () => adopt(await api().fileNew({ documentId: useDocument.getState().documentId }))).then(() => undefined);
}

/** Open: the file given (dropped, or from Open Recent), or the one picked in the dialog. */
export function openFile(path?: string): Promise<void> {
  const documentId = useDocument.getState().documentId;
  return exclusive(async () => adopt(await api().fileOpen(path === undefined ? { documentId } : { documentId, path }))).then(() => undefined);
}

/** Shows a document main opened for this window (a file from the OS while this window held an untouched plan). */
export function show(documentId: string): Promise<void> {
  return exclusive(() => display(documentId)).then(() => undefined);
}

async function saveWith(command: 'save' | 'saveAs', overwrite: boolean): Promise<boolean> {
  const documentId = useDocument.getState().documentId;
  const answer = command === 'save' ? await api().fileSave({ documentId, overwrite }) : await api().fileSaveAs({ documentId });
  if (!answer.ok) {
    if (answer.error.code === 'changed-on-disk') useDocument.setState({ prompt: { kind: 'changed-on-disk', message: answer.error.message } });
    else notify('error', answer.error.message);
    return false;
  }
  if (answer.value.status === 'cancelled') return false;
  useDocument.setState({ file: answer.value.file, prompt: null });
  notify('info', `Saved ${answer.value.file.name}`);
  return true;
}

/** Save; `overwrite` replaces a file changed on disk, once the user chose to. Resolves true when saved. */
export async function save(overwrite = false): Promise<boolean> {
  return (await exclusive(() => saveWith('save', overwrite))) ?? false;
}

export async function saveAs(): Promise<boolean> {
  return (await exclusive(() => saveWith('saveAs', false))) ?? false;
}

/** Resolves once no file command is running. */
function idle(): Promise<void> {
  if (!useDocument.getState().busy) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useDocument.subscribe((state) => {
      if (state.busy) return;
      stop();
      resolve();
    });
  });
}

/**
 * The window is closing with unsaved changes and the user chose Save: close only once it is saved.
 * A file command already running is waited for, not raced: main counts on this save's outcome
 * (a quit goes on once the window has closed, and stops when the save fails).
 */
export async function saveAndClose(): Promise<void> {
  for (;;) {
    await idle();
    const saved = await exclusive(() => saveWith('save', false));
    // Another command started between idle and this one: wait for it too.
    if (saved === undefined) continue;
    if (saved) window.close();
    return;
  }
}

export function recover(autosaveId: string): Promise<void> {
  const documentId = useDocument.getState().documentId;
  return exclusive(async () => {
    const answer = await api().fileRecover({ documentId, autosaveId });
    useDocument.setState((state) => ({ recoverable: state.recoverable.filter((r) => r.autosaveId !== autosaveId) }));
    await adopt(answer);
  }).then(() => undefined);
}

export async function discardRecovered(autosaveId: string): Promise<void> {
  const answer = await api().fileDiscardRecovered({ autosaveId });
  if (!answer.ok) return notify('error', answer.error.message);
  useDocument.setState((state) => ({ recoverable: state.recoverable.filter((r) => r.autosaveId !== autosaveId) }));
}
