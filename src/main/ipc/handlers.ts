import { createDocuments } from '../document/documents';
import { appHandlers } from './domains/app.handlers';
import { documentHandlers } from './domains/document.handlers';
import { planHandlers } from './domains/plan.handlers';
import { templatesHandlers } from './domains/templates.handlers';
import { mergeHandlers, type Handlers } from './router';

/** What the handlers need from their host: the date, the version and platform. */
export interface HandlerHost {
  readonly today: () => string;
  readonly version: string;
  readonly platform: string;
}

/** Every channel's handler, the same for the Electron main process and the test harness. */
export function allHandlers(host: HandlerHost): Handlers {
  return mergeHandlers(
    appHandlers({ version: host.version, platform: host.platform }),
    templatesHandlers,
    planHandlers(host.today),
    documentHandlers(createDocuments(), host.today),
  );
}
