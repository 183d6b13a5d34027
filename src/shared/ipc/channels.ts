import { z } from 'zod';
import { MONTH_KEY, numberOrRange, planSchema } from '../model';
import { channel, type ChannelSpec } from './contract';
import type { ChannelName } from './names';
import { planIssueSchema, planResultDtoSchema } from './dto';
import { FILE_CHANNELS, openedDocumentSchema } from './fileChannels';
import { JOB_CHANNELS } from './jobChannels';
import { planSummarySchema } from './summary';
import { VIEW_CHANNELS } from './viewChannels';

const articleDto = z.strictObject({ type: z.literal('article'), title: z.string(), author: z.string(), date: z.string(), excerpt: z.string().optional() });

/**
 * The IPC contract: every `domain:verb` channel with its request and response schemas. Channel
 * strings appear nowhere else; main's registry, the preload API and the harness derive from this map.
 */
export const CHANNELS = {
  'app:info': channel(z.strictObject({}), z.strictObject({ version: z.string(), platform: z.string() }), 'the app version and platform'),
  'templates:list': channel(
    z.strictObject({}),
    z.array(z.strictObject({ id: z.string(), name: z.string(), summary: z.string(), sources: z.array(articleDto) })),
    'the template catalog with its sources',
  ),
  'plan:create': channel(
    z.strictObject({ templates: z.array(z.string()).max(50).optional(), startMonth: z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM').optional() }),
    planSchema,
    'a new plan: the default three scenarios, or the templates named',
  ),
  'plan:validate': channel(z.strictObject({ plan: z.unknown() }), z.strictObject({ valid: z.boolean(), issues: z.array(planIssueSchema) }), 'checks a plan and says what is wrong, where'),
  'plan:calculate': channel(z.strictObject({ plan: planSchema }), planResultDtoSchema, 'every deterministic result of a plan'),
  'document:create': channel(
    z.strictObject({ templates: z.array(z.string()).max(50).optional(), startMonth: z.string().regex(MONTH_KEY, 'must be a month written YYYY-MM').optional() }),
    openedDocumentSchema,
    'opens a new document in main: the default three scenarios, or the templates named',
  ),
  'document:open': channel(
    z.strictObject({ plan: planSchema }),
    openedDocumentSchema,
    'opens a plan as a new unsaved document in main (an import, a copy)',
  ),
  'document:edit': channel(
    z.strictObject({
      documentId: z.string(),
      edits: z.array(z.strictObject({ scenarioId: z.string(), itemId: z.string(), field: z.string(), value: numberOrRange() })).min(1).max(10_000),
    }),
    planSummarySchema,
    'applies inputs typed by the user and answers the new summary',
  ),
  'document:plan': channel(z.strictObject({ documentId: z.string() }), planSchema, 'the whole plan of an open document'),
  'document:close': channel(z.strictObject({ documentId: z.string() }), z.strictObject({}), 'forgets an open document and its autosaved copy'),
  ...FILE_CHANNELS,
  ...JOB_CHANNELS,
  ...VIEW_CHANNELS,
} as const satisfies Record<ChannelName, ChannelSpec>;

export { CHANNEL_NAMES, type ChannelName } from './names';

/** What a channel's handler receives (after zod parsing and defaults). */
export type RequestOf<K extends ChannelName> = z.output<(typeof CHANNELS)[K]['request']>;

/** What a caller may send on a channel (before defaults). */
export type RequestInputOf<K extends ChannelName> = z.input<(typeof CHANNELS)[K]['request']>;

/** What a channel answers with. */
export type ResponseOf<K extends ChannelName> = z.output<(typeof CHANNELS)[K]['response']>;
