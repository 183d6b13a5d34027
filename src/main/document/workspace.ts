import { dirname, isAbsolute } from 'node:path';
import type { IpcResult } from '#shared/ipc/contract';
import type { AutosaveReport } from '#shared/ipc/events';
import type { FileStatus, OpenedDocument, OpenOutcome, SaveOutcome } from '#shared/ipc/fileChannels';
import type { PlanSummary } from '#shared/ipc/summary';
import type { PlanResult } from '#shared/calc';
import type { PlanPatch } from '#shared/document/patch';
import type { Plan } from '#shared/model';
import { err, ok, type Result } from '#shared/result';
import { removeStaleTemporaries } from '../storage/atomicWrite';
import { clearAutosave, listRecoverable, writeAutosave, type AutosaveEntry } from '../storage/autosave';
import { isUnsaved, newDocumentState, reduceDocument, type PlanDocumentEvent, type PlanDocumentState } from '../storage/documentState';
import { openPlan } from '../storage/planFile';
import { addRecentFile, readRecentFiles, removeRecentFile, writeRecentFiles } from '../storage/recentFiles';
import { saveDocument } from '../storage/saveDocument';
import type { Dialogs } from './dialogs';
import { autosaveProblemMessage } from './autosaveProblem';
import { createDocuments, type InputEdit } from './documents';
import { displayName, isPlanFileName, withPlanExtension } from './fileName';

/** What the workspace needs from its host: folders, dialogs, the clock, and the windows. */
export interface WorkspaceHost {
  /** The user-data folder: autosaves and the recent files live there. */
  readonly userData: string;
  readonly dialogs: Dialogs;
  readonly platform: NodeJS.Platform;
  readonly now: () => Date;
  /** How long after the last edit unsaved work is written to the user-data folder; 1,000 ms by default. */
  readonly autosaveDelayMs?: number;
  /** Shows a document in a window of its own. Absent where there is one page (the test harness): documents then replace the page's. */
  readonly openWindow?: (documentId: string) => void;
  /** Brings forward the window showing a document. */
  readonly focusDocument?: (documentId: string) => void;
  /** A document's file status changed (first edit, save, open): its window's title follows. */
  readonly onFileStatus?: (owner: string, status: FileStatus) => void;
  /** The recent files changed: the Open Recent menu follows. */
  readonly onRecentChanged?: (files: readonly string[]) => void;
  /** Autosave problems in full (which file, what the system said), for the log: damaged autosaves at start, copies that could not be written or removed. */
  readonly onAutosaveError?: (message: string) => void;
  /**
   * A page's document lost its recovery copy (an autosave could not be written: what to tell the
   * user), or has it again (an autosave or a save worked). Sent when that changes, not per attempt.
   */
  readonly onAutosave?: (owner: string, report: AutosaveReport) => void;
  /** A save of a page's document ended without saving: its dialog was cancelled, the file had changed on disk, or the write failed. */
  readonly onSaveFailed?: (owner: string) => void;
}

/** Unsaved work found at start, as the recovery offer lists it. */
export interface RecoverablePlan {
  readonly autosaveId: string;
  readonly name: string;
  readonly path: string | null;
  readonly savedAt: string;
}

/**
 * The open documents with their files: New, Open, Save, Save As, autosave and recovery, the
 * changed-on-disk check, recent files. Everything the File menu does, without Electron.
 */
export interface Workspace {
  /** Reads what a previous run left: call once, before any document autosaves. */
  start(): Promise<void>;
  /** Opens a plan as a new document of the page `owner`. */
  create(plan: Plan, owner?: string): OpenedDocument;
  summary(documentId: string, owner?: string): IpcResult<OpenedDocument>;
  edit(documentId: string, edits: readonly InputEdit[], owner?: string): IpcResult<PlanSummary>;
  apply(documentId: string, patches: readonly PlanPatch[], owner?: string): IpcResult<PlanSummary>;
  plan(documentId: string): IpcResult<Plan>;
  /** The document's full result (month series are slab views: copy before sending). */
  result(documentId: string): IpcResult<PlanResult>;
  /** A document's file status, for the unsaved-changes prompt. */
  status(documentId: string): IpcResult<FileStatus>;
  /** Forgets a document and deletes its autosave: the user saved it or chose not to. */
  close(documentId: string): Promise<void>;
  /** Closes every document a page owned, as its window closes. */
  closeOwnedBy(owner: string): Promise<void>;
  newPlan(plan: Plan, from: string | undefined, owner?: string): OpenOutcome;
  /** A plan read from elsewhere (an imported workbook): a new unsaved document, shown as Open shows one. */
  importPlan(plan: Plan, from: string | undefined, owner?: string): OpenOutcome;
  open(path: string | undefined, from: string | undefined, owner?: string): Promise<IpcResult<OpenOutcome>>;
  save(documentId: string, overwrite: boolean): Promise<IpcResult<SaveOutcome>>;
  saveAs(documentId: string): Promise<IpcResult<SaveOutcome>>;
  recent(): Promise<readonly string[]>;
  clearRecent(): Promise<IpcResult<void>>;
  recoverable(): readonly RecoverablePlan[];
  recover(autosaveId: string, from: string | undefined, owner?: string): Promise<IpcResult<OpenOutcome>>;
  discardRecovered(autosaveId: string): Promise<IpcResult<void>>;
  /** Writes every pending autosave now (before a quit, and in tests). */
  flush(): Promise<void>;
}

interface Entry {
  readonly documentId: string;
  state: PlanDocumentState;
  owner: string | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The autosave being written, so a save or close waits for it before clearing. */
  writing: Promise<unknown>;
  /** What the owning page was told when the last autosave failed; undefined while autosaves work. */
  autosaveProblem: string | undefined;
}

const MAX_ISSUES_SHOWN = 5;

/** A workspace with no documents open. */
export function createWorkspace(host: WorkspaceHost): Workspace {
  const documents = createDocuments();
  const entries = new Map<string, Entry>();
  const recovered = new Map<string, AutosaveEntry>();
  const delay = host.autosaveDelayMs ?? 1000;

  const missing = (documentId: string): IpcResult<never> => err({ code: 'invalid-request', message: `no open document '${documentId}'` });

  function statusOf(state: PlanDocumentState): FileStatus {
    return { path: state.path, name: displayName(state.path, host.platform), unsaved: isUnsaved(state) };
  }

  /** A page showing a document owns it: its window closes it, and its title follows the file status. */
  function claim(entry: Entry, owner: string | undefined): void {
    if (owner === undefined || entry.owner === owner) return;
    entry.owner = owner;
    host.onFileStatus?.(owner, statusOf(entry.state));
    // A window that takes over a document without a recovery copy says so too.
    if (entry.autosaveProblem !== undefined) host.onAutosave?.(owner, { documentId: entry.documentId, ok: false, message: entry.autosaveProblem });
  }

  /** Tells the owning page when its document's recovery copy is lost or back; `problem` undefined means it is back. */
  function autosaveProblem(entry: Entry, problem: string | undefined): void {
    if (entry.autosaveProblem === problem) return;
    entry.autosaveProblem = problem;
    if (entry.owner === undefined) return;
    host.onAutosave?.(entry.owner, problem === undefined ? { documentId: entry.documentId, ok: true } : { documentId: entry.documentId, ok: false, message: problem });
  }

  function apply(entry: Entry, event: PlanDocumentEvent): void {
    const before = statusOf(entry.state);
    entry.state = reduceDocument(entry.state, event);
    const after = statusOf(entry.state);
    if (entry.owner !== undefined && (before.unsaved !== after.unsaved || before.path !== after.path)) host.onFileStatus?.(entry.owner, after);
  }

  function register(plan: Plan, state: PlanDocumentState, owner: string | undefined): { opened: OpenedDocument; entry: Entry } {
    const { documentId, summary } = documents.open(plan);
    const entry: Entry = { documentId, state, owner: undefined, timer: undefined, writing: Promise.resolve(), autosaveProblem: undefined };
    entries.set(documentId, entry);
    claim(entry, owner);
    return { opened: { documentId, summary, file: statusOf(state) }, entry };
  }

  function writeNow(documentId: string, entry: Entry): Promise<unknown> {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    const plan = documents.plan(documentId);
    if (!plan.ok || !isUnsaved(entry.state)) return entry.writing;
    const { path, identity } = entry.state;
    entry.writing = entry.writing.then(async () => {
      const written = await writeAutosave(host.userData, { documentId, plan: plan.value, filePath: path, fileIdentity: identity, savedAt: host.now().toISOString() });
      if (!written.ok) host.onAutosaveError?.(written.error.message);
      autosaveProblem(entry, written.ok ? undefined : autosaveProblemMessage(written.error.problem, host.platform));
    });
    return entry.writing;
  }

  function scheduleAutosave(documentId: string, entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void writeNow(documentId, entry), delay);
    // A pending autosave must not keep a process alive that is otherwise done.
    entry.timer.unref?.();
  }

  async function dropAutosave(documentId: string, entry: Entry): Promise<void> {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    await entry.writing;
    const cleared = await clearAutosave(host.userData, documentId);
    if (!cleared.ok) host.onAutosaveError?.(cleared.error.message);
  }

  /** The recent list is a convenience: failing to update it never fails the open or save that caused it. */
  async function rememberRecent(update: Promise<Result<readonly string[], unknown>>): Promise<void> {
    const updated = await update;
    if (updated.ok) host.onRecentChanged?.(updated.value);
  }

  /**
   * Where a new or opened document goes: this page, when what it shows is an untouched new plan;
   * else a window of its own, which claims it when it asks for its summary.
   */
  function present({ opened, entry }: { opened: OpenedDocument; entry: Entry }, from: string | undefined, owner: string | undefined): OpenOutcome {
    const current = from === undefined ? undefined : entries.get(from);
    const pristine = current === undefined || (current.state.path === null && current.state.revision === 0);
    if (!host.openWindow || pristine) {
      claim(entry, owner);
      return { status: 'opened', ...opened };
    }
    host.openWindow(opened.documentId);
    return { status: 'elsewhere' };
  }

  function openDocumentAt(path: string): string | undefined {
    for (const [documentId, entry] of entries) if (entry.state.path === path) return documentId;
    return undefined;
  }

  async function saveTo(documentId: string, entry: Entry, path: string, force: boolean): Promise<IpcResult<SaveOutcome>> {
    const plan = documents.plan(documentId);
    if (!plan.ok) return plan;
    const saved = await saveDocument(entry.state, plan.value, path, { force });
    if (!saved.result.ok) {
      const error = saved.result.error;
      return err({ code: error.kind === 'changed-on-disk' ? 'changed-on-disk' : 'file-error', message: error.message });
    }
    if (saved.event) apply(entry, saved.event);
    if (!isUnsaved(entry.state)) await dropAutosave(documentId, entry);
    // The plan is safe in its file (after any autosave that was under way): no recovery copy is missing any more.
    autosaveProblem(entry, undefined);
    await rememberRecent(addRecentFile(host.userData, path));
    return ok({ status: 'saved', file: statusOf(entry.state) });
  }

  /** Passes a save's outcome through, telling the page's host first when nothing was saved. */
  function notSaved(entry: Entry, outcome: IpcResult<SaveOutcome>): IpcResult<SaveOutcome> {
    if (entry.owner !== undefined && (!outcome.ok || outcome.value.status === 'cancelled')) host.onSaveFailed?.(entry.owner);
    return outcome;
  }

  /** A change to a document's plan: on success it is unsaved and its autosave is due. */
  function changed(documentId: string, owner: string | undefined, change: () => IpcResult<PlanSummary>): IpcResult<PlanSummary> {
    const entry = entries.get(documentId);
    if (!entry) return missing(documentId);
    claim(entry, owner);
    const result = change();
    if (!result.ok) return result;
    apply(entry, { type: 'edited' });
    scheduleAutosave(documentId, entry);
    return result;
  }

  const workspace: Workspace = {
    async start() {
      // A save killed mid-write leaves a hidden temporary file beside its plan; the folders of
      // recent plans and the user-data folder are where the last run wrote.
      const recent = await readRecentFiles(host.userData);
      await Promise.all([...new Set([host.userData, ...recent.map((path) => dirname(path))])].map((folder) => removeStaleTemporaries(folder)));
      const found = await listRecoverable(host.userData);
      for (const entry of found.recoverable) recovered.set(entry.documentId, entry);
      for (const damaged of found.unreadable) host.onAutosaveError?.(damaged.message);
    },
    create(plan, owner) {
      return register(plan, newDocumentState(), owner).opened;
    },
    summary(documentId, owner) {
      const entry = entries.get(documentId);
      const summary = documents.summary(documentId);
      if (!entry || !summary.ok) return missing(documentId);
      claim(entry, owner);
      return ok({ documentId, summary: summary.value, file: statusOf(entry.state) });
    },
    edit(documentId, edits, owner) {
      return changed(documentId, owner, () => documents.edit(documentId, edits));
    },
    apply(documentId, patches, owner) {
      return changed(documentId, owner, () => documents.apply(documentId, patches));
    },
    plan(documentId) {
      return documents.plan(documentId);
    },
    result(documentId) {
      return documents.result(documentId);
    },
    status(documentId) {
      const entry = entries.get(documentId);
      return entry ? ok(statusOf(entry.state)) : missing(documentId);
    },
    async close(documentId) {
      const entry = entries.get(documentId);
      if (!entry) return;
      entries.delete(documentId);
      documents.close(documentId);
      await dropAutosave(documentId, entry);
    },
    async closeOwnedBy(owner) {
      const owned = [...entries].filter(([, entry]) => entry.owner === owner).map(([documentId]) => documentId);
      await Promise.all(owned.map((documentId) => workspace.close(documentId)));
    },
    newPlan(plan, from, owner) {
      return present(register(plan, newDocumentState(), undefined), from, owner);
    },
    importPlan(plan, from, owner) {
      return present(register(plan, reduceDocument(newDocumentState(), { type: 'edited' }), undefined), from, owner);
    },
    async open(path, from, owner) {
      if (path !== undefined && !isAbsolute(path)) return err({ code: 'invalid-request', message: `"${path}" is not an absolute path` });
      const chosen = path ?? (await host.dialogs.openPlan());
      if (chosen === null) return ok({ status: 'cancelled' });
      if (!isPlanFileName(chosen)) {
        return err({ code: 'file-refused', message: `"${displayName(chosen, host.platform)}" is not a Leadsheet plan (.leadsheet). Workbooks and CSV files come in through Import.` });
      }
      const already = openDocumentAt(chosen);
      if (already !== undefined && already !== from) {
        if (host.focusDocument) {
          host.focusDocument(already);
          return ok({ status: 'elsewhere' });
        }
        const shown = workspace.summary(already, owner);
        return shown.ok ? ok({ status: 'opened', ...shown.value }) : shown;
      }
      const read = await openPlan(chosen);
      if (!read.ok) {
        const { file, issues } = read.error;
        if (issues.length === 1 && issues[0]?.path === '(file)' && issues[0].message === 'no such file') await rememberRecent(removeRecentFile(host.userData, chosen));
        const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => (issue.path === '(file)' ? issue.message : `${issue.path}: ${issue.message}`));
        const more = issues.length > MAX_ISSUES_SHOWN ? `; and ${issues.length - MAX_ISSUES_SHOWN} more` : '';
        return err({ code: 'file-refused', message: `Could not open "${file}": ${shown.join('; ')}${more}. The file was not changed.` });
      }
      const state = reduceDocument(newDocumentState(), { type: 'opened', path: chosen, identity: read.value.identity });
      const registered = register(read.value.plan, state, undefined);
      await rememberRecent(addRecentFile(host.userData, chosen));
      return ok(present(registered, from, owner));
    },
    async save(documentId, overwrite) {
      const entry = entries.get(documentId);
      if (!entry) return missing(documentId);
      if (entry.state.path === null) return workspace.saveAs(documentId);
      return notSaved(entry, await saveTo(documentId, entry, entry.state.path, overwrite));
    },
    async saveAs(documentId) {
      const entry = entries.get(documentId);
      if (!entry) return missing(documentId);
      const chosen = await host.dialogs.savePlan(withPlanExtension(displayName(entry.state.path, host.platform), host.platform));
      if (chosen === null) return notSaved(entry, ok({ status: 'cancelled' }));
      // The dialog has already asked whether to replace a file there, so no changed-on-disk check.
      return notSaved(entry, await saveTo(documentId, entry, withPlanExtension(chosen, host.platform), true));
    },
    recent() {
      return readRecentFiles(host.userData);
    },
    async clearRecent() {
      const cleared = await writeRecentFiles(host.userData, []);
      if (!cleared.ok) return err({ code: 'file-error', message: cleared.error.message });
      host.onRecentChanged?.([]);
      return ok(undefined);
    },
    recoverable() {
      return [...recovered.values()].map((entry) => ({ autosaveId: entry.documentId, name: displayName(entry.filePath, host.platform), path: entry.filePath, savedAt: entry.savedAt }));
    },
    async recover(autosaveId, from, owner) {
      const found = recovered.get(autosaveId);
      if (!found) return err({ code: 'invalid-request', message: `no recovered plan '${autosaveId}'` });
      const state: PlanDocumentState = { path: found.filePath, identity: found.fileIdentity, revision: 1, savedRevision: 0 };
      const registered = register(found.plan, state, undefined);
      // The work is safe under its new document before the old autosave goes.
      await writeNow(registered.opened.documentId, registered.entry);
      recovered.delete(autosaveId);
      const cleared = await clearAutosave(host.userData, autosaveId);
      if (!cleared.ok) host.onAutosaveError?.(cleared.error.message);
      return ok(present(registered, from, owner));
    },
    async discardRecovered(autosaveId) {
      if (!recovered.has(autosaveId)) return err({ code: 'invalid-request', message: `no recovered plan '${autosaveId}'` });
      const cleared = await clearAutosave(host.userData, autosaveId);
      if (!cleared.ok) return err({ code: 'file-error', message: cleared.error.message });
      recovered.delete(autosaveId);
      return ok(undefined);
    },
    async flush() {
      await Promise.all([...entries].map(([documentId, entry]) => (entry.timer !== undefined ? writeNow(documentId, entry) : entry.writing)));
    },
  };
  return workspace;
}
