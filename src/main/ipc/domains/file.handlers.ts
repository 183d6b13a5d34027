import { basename } from 'node:path';
import { ok } from '#shared/result';
import type { Workspace } from '../../document/workspace';
import type { DomainHandlers } from '../router';
import { planOfTemplates } from './document.handlers';

/** The File menu on documents: New, Open, Open Recent, Save, Save As, and recovery after a crash. */
export function fileHandlers(workspace: Workspace, today: () => string): DomainHandlers {
  return {
    'file:new': ({ documentId }, sender) => {
      const plan = planOfTemplates(undefined, undefined, today);
      return plan.ok ? ok(workspace.newPlan(plan.value, documentId, sender.key)) : plan;
    },
    'file:open': ({ documentId, path }, sender) => workspace.open(path, documentId, sender.key),
    'file:save': ({ documentId, overwrite }) => workspace.save(documentId, overwrite ?? false),
    'file:saveAs': ({ documentId }) => workspace.saveAs(documentId),
    'file:recent': async () => ok({ files: (await workspace.recent()).map((path) => ({ path, name: basename(path) })) }),
    'file:clearRecent': async () => {
      const cleared = await workspace.clearRecent();
      return cleared.ok ? ok({}) : cleared;
    },
    'file:recoverable': () => ok({ plans: [...workspace.recoverable()] }),
    'file:recover': ({ documentId, autosaveId }, sender) => workspace.recover(autosaveId, documentId, sender.key),
    'file:discardRecovered': async ({ autosaveId }) => {
      const discarded = await workspace.discardRecovered(autosaveId);
      return discarded.ok ? ok({}) : discarded;
    },
  };
}
