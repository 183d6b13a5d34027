import { createWorkspace, type Workspace, type WorkspaceHost } from '#main/document/workspace';
import { queuedDialogs, type QueuedDialogs } from '#test/harness/dialogs';

/** A workspace over fresh folders, with dialogs that answer what the test queues (names inside `dir`). */
export function testWorkspace(folder: () => string, host: Partial<WorkspaceHost> = {}): { workspace: Workspace; dialogs: QueuedDialogs; dir: string; userData: string } {
  const dir = folder();
  const userData = folder();
  const dialogs = queuedDialogs(dir);
  const workspace = createWorkspace({ userData, dialogs, platform: 'linux', now: () => new Date('2026-11-22T10:00:00Z'), ...host });
  return { workspace, dialogs, dir, userData };
}
