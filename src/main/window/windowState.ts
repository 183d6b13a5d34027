import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { err, type Result } from '#shared/result';
import { writeFileAtomic } from '../storage/atomicWrite';
import { inTurn } from '../storage/inTurn';
import { settle } from '../storage/settle';
import { storageError, type StorageError } from '../storage/storageError';

/** The file in the user-data folder. */
export const WINDOW_STATE_NAME = 'window-state.json';

/** The smallest window the grids are laid out for; matches the window's minWidth and minHeight. */
export const MIN_WINDOW_WIDTH = 900;
export const MIN_WINDOW_HEIGHT = 600;

/** Far beyond any desktop; keeps a damaged file from asking for a window millions of pixels wide. */
const LIMIT = 100_000;
const coordinate = z.number().int().min(-LIMIT).max(LIMIT);
const extent = z.number().int().min(1).max(LIMIT);

/** The window's normal (not maximized) bounds in screen DIPs, and whether it was maximized. No x and y: let the system place it. */
export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: extent,
  height: extent,
  maximized: z.boolean(),
});

/** Size and place of the window, as remembered between runs. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** A rectangle in screen DIPs, as Electron's `Rectangle`. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's `Display` placement needs. */
export interface DisplayArea {
  readonly workArea: Area;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function overlap(a: Area, b: Area): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The display showing most of the window, or the primary one when none shows any (its monitor is gone). */
function homeDisplay(state: WindowState, displays: readonly [DisplayArea, ...DisplayArea[]]): Area {
  const primary = displays[0].workArea;
  if (state.x === undefined || state.y === undefined) return primary;
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best = primary;
  let bestOverlap = 0;
  for (const { workArea } of displays) {
    const shown = overlap(bounds, workArea);
    if (shown > bestOverlap) [best, bestOverlap] = [workArea, shown];
  }
  return best;
}

/**
 * `state` moved and resized to lie wholly inside one display's work area: the display that shows
 * most of it, or the primary one (`displays[0]`) if none does. The size is at least 900×600 and
 * at most the work area (a screen smaller than 900×600 wins). A state that already fits is
 * returned unchanged; with no displays at all it is returned as it is.
 */
export function placeWindow(state: WindowState, displays: readonly DisplayArea[]): WindowState {
  const [first, ...rest] = displays;
  if (first === undefined) return state;
  const area = homeDisplay(state, [first, ...rest]);
  const width = Math.round(clamp(state.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width));
  const height = Math.round(clamp(state.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height));
  const placed: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return placed;
  return {
    ...placed,
    x: Math.round(clamp(state.x, area.x, area.x + area.width - width)),
    y: Math.round(clamp(state.y, area.y, area.y + area.height - height)),
  };
}

/** The stored state, or null when the file is missing, unreadable, not JSON or not a window state. */
async function readState(userDataFolder: string): Promise<WindowState | null> {
  const text = await settle(() => readFile(join(userDataFolder, WINDOW_STATE_NAME), 'utf8'));
  if (!text.ok) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.value);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The window's last size and place, fitted onto `displays` (primary first, as
 * `[screen.getPrimaryDisplay(), ...screen.getAllDisplays()]`). A missing or damaged file gives
 * `fallback`, fitted the same way. Never throws: a lost window position is no reason to fail a start.
 */
export async function loadWindowState(userDataFolder: string, displays: readonly DisplayArea[], fallback: WindowState): Promise<WindowState> {
  const stored = await settle(() => inTurn(join(userDataFolder, WINDOW_STATE_NAME), () => readState(userDataFolder)));
  return placeWindow((stored.ok ? stored.value : null) ?? fallback, displays);
}

/** Stores `state` (pass `getNormalBounds()`, so a maximized window keeps its restore size), replacing the file atomically. */
export async function saveWindowState(userDataFolder: string, state: WindowState): Promise<Result<void, StorageError>> {
  const path = join(userDataFolder, WINDOW_STATE_NAME);
  const rounded = {
    ...(state.x === undefined ? {} : { x: Math.round(state.x) }),
    ...(state.y === undefined ? {} : { y: Math.round(state.y) }),
    width: Math.round(state.width),
    height: Math.round(state.height),
    maximized: state.maximized,
  };
  const valid = windowStateSchema.safeParse(rounded);
  if (!valid.success) return err(storageError(path, new Error(`the window state is out of range: ${valid.error.issues[0]?.message ?? 'invalid'}`)));
  return inTurn(path, async () => {
    const made = await settle(() => mkdir(userDataFolder, { recursive: true }));
    if (!made.ok) return err(storageError(path, made.error));
    return writeFileAtomic(path, `${JSON.stringify(valid.data, null, 2)}\n`);
  });
}
