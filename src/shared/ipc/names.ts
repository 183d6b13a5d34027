/**
 * The channel names alone, for the preload: it builds the renderer API from them without
 * bundling zod and the schemas, which stay in main. `channels.ts` checks it declares exactly these.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'templates:list',
  'plan:create',
  'plan:validate',
  'plan:calculate',
  'document:create',
  'document:open',
  'document:edit',
  'document:plan',
  'document:close',
  'document:summary',
  'file:new',
  'file:open',
  'file:save',
  'file:saveAs',
  'file:recent',
  'file:clearRecent',
  'file:recoverable',
  'file:recover',
  'file:discardRecovered',
  'job:monteCarlo',
  'job:exportWorkbook',
  'job:importWorkbook',
  'job:parseQuotes',
  'job:cancel',
  'document:timeline',
  'document:sensitivity',
  'document:apply',
] as const;

/** The name of a channel, e.g. `plan:calculate`. */
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Events main sends to the renderer (menu commands); `events.ts` holds their payload schemas. */
export const EVENT_NAMES = ['menu:command', 'job:progress', 'document:autosave'] as const;

/** The name of an event, e.g. `menu:command`. */
export type EventName = (typeof EVENT_NAMES)[number];
