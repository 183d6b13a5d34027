import type { Dialogs } from '../document/dialogs';
import type { Workspace } from '../document/workspace';
import type { JobRunner } from '../jobs/jobRunner';
import { createPageJobs, type PageJobs } from '../jobs/pageJobs';
import { inMemoryMappingMemory, type MappingMemory } from '../quotes/mappingMemory';
import { appHandlers } from './domains/app.handlers';
import { documentHandlers } from './domains/document.handlers';
import { fileHandlers } from './domains/file.handlers';
import { jobHandlers } from './domains/job.handlers';
import { planHandlers } from './domains/plan.handlers';
import { templatesHandlers } from './domains/templates.handlers';
import { mergeHandlers, type Handlers } from './router';

/** What the handlers need from their host: the date, the version and platform, the open documents with their files, the worker for heavy jobs, and the quote mapping memory. */
export interface HandlerHost {
  readonly today: () => string;
  readonly version: string;
  readonly platform: string;
  readonly workspace: Workspace;
  /** The workspace's own dialogs: Export and Import ask through them as Open and Save do. */
  readonly dialogs: Dialogs;
  readonly jobs: JobRunner;
  /** Which page runs which job: main cancels a closed window's jobs; one of its own by default. */
  readonly pageJobs?: PageJobs;
  /** The column mappings users set for vendors' quote sheets: the user-data folder's file in the app, else one kept for this process. */
  readonly quoteMappings?: MappingMemory;
}

/** Every channel's handler, the same for the Electron main process and the test harness. */
export function allHandlers(host: HandlerHost): Handlers {
  return mergeHandlers(
    appHandlers({ version: host.version, platform: host.platform }),
    templatesHandlers,
    planHandlers(host.today),
    documentHandlers(host.workspace, host.today),
    fileHandlers(host.workspace, host.today),
    jobHandlers({ workspace: host.workspace, dialogs: host.dialogs, runner: host.jobs, pageJobs: host.pageJobs ?? createPageJobs(), mappings: host.quoteMappings ?? inMemoryMappingMemory() }),
  );
}
