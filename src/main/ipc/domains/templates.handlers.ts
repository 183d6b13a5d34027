import { ok } from '#shared/result';
import { TEMPLATES } from '#shared/templates';
import type { DomainHandlers } from '../router';

/** The template catalog. */
export const templatesHandlers: DomainHandlers = {
  'templates:list': () => ok(TEMPLATES.map((t) => ({ id: t.id, name: t.name, summary: t.summary, sources: [...t.sources] }))),
};
