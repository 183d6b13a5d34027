import { create } from 'zustand';
import type { FileStatus, OpenedDocument } from '../../shared/ipc/fileChannels';
import type { PlanSummary } from '../../shared/ipc/summary';
import type { Plan } from '../../shared/model';

/** A message shown over the work: an error to read, or a note that something happened. */
export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
}

/** A question the app is waiting on the user for. */
export type Prompt = { readonly kind: 'changed-on-disk'; readonly message: string } | null;

/** Unsaved work a crash left behind, offered back at start. */
export interface RecoverablePlan {
  readonly autosaveId: string;
  readonly name: string;
  readonly path: string | null;
  readonly savedAt: string;
}

/** The document this window shows: its plan's inputs, the results main computed, and its file. */
export interface DocumentState {
  readonly status: 'loading' | 'ready' | 'failed';
  readonly failure: string;
  readonly documentId: string;
  readonly plan: Plan | null;
  readonly summary: PlanSummary | null;
  readonly file: FileStatus;
  readonly notices: readonly Notice[];
  readonly prompt: Prompt;
  readonly recoverable: readonly RecoverablePlan[];
  /** A file command is running: further ones wait rather than race it. */
  readonly busy: boolean;
}

const UNTITLED: FileStatus = { path: null, name: 'Untitled', unsaved: false };

export const useDocument = create<DocumentState>(() => ({
  status: 'loading',
  failure: '',
  documentId: '',
  plan: null,
  summary: null,
  file: UNTITLED,
  notices: [],
  prompt: null,
  recoverable: [],
  busy: false,
}));

let nextNotice = 1;

/** Shows a notice; errors stay until dismissed, notes go after a few seconds. */
export function notify(kind: Notice['kind'], text: string): void {
  const notice = { id: nextNotice++, kind, text };
  useDocument.setState((state) => ({ notices: [...state.notices, notice] }));
  if (kind === 'info') setTimeout(() => dismiss(notice.id), 4000);
}

export function dismiss(id: number): void {
  useDocument.setState((state) => ({ notices: state.notices.filter((n) => n.id !== id) }));
}

/** Shows an opened document in this window, with its plan. */
export function showDocument(opened: OpenedDocument, plan: Plan): void {
  useDocument.setState({ status: 'ready', failure: '', documentId: opened.documentId, plan, summary: opened.summary, file: opened.file, prompt: null });
}

/** The title bar's text: the file name, marked while it holds unsaved changes. */
export function documentTitle(file: FileStatus): string {
  return `${file.unsaved ? '• ' : ''}${file.name} — Leadsheet`;
}
