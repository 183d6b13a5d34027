import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWindowState, placeWindow, saveWindowState, WINDOW_STATE_NAME, type Area, type DisplayArea, type WindowState } from '#main/window/windowState';
import { tempFolders } from '#test/helpers/tempFolders';

const folder = tempFolders();

/** A folder holding `content` as the window-state file. */
function stored(content: string): string {
  const dir = folder();
  writeFileSync(join(dir, WINDOW_STATE_NAME), content);
  return dir;
}

function display(x: number, y: number, width: number, height: number): DisplayArea {
  return { workArea: { x, y, width, height } };
}

/** A 1920×1080 primary with a taskbar, and a 2560×1440 monitor to its right. */
const PRIMARY = display(0, 0, 1920, 1040);
const RIGHT = display(1920, 0, 2560, 1400);
const FALLBACK: WindowState = { width: 1280, height: 800, maximized: false };

function inside(state: WindowState, area: Area): boolean {
  const { x = area.x, y = area.y } = state;
  return x >= area.x && y >= area.y && x + state.width <= area.x + area.width && y + state.height <= area.y + area.height;
}

describe('the remembered window state', () => {
  it('restores a valid saved state exactly', async () => {
    const state: WindowState = { x: 2100, y: 120, width: 1500, height: 900, maximized: true };
    const dir = folder();
    expect((await saveWindowState(dir, state)).ok).toBe(true);
    expect(await loadWindowState(dir, [PRIMARY, RIGHT], FALLBACK)).toEqual(state);
  });

  it('brings a window from a monitor that is gone back onto the primary display, fully visible', async () => {
    const dir = stored(JSON.stringify({ x: 3000, y: 200, width: 1400, height: 900, maximized: false }));
    const state = await loadWindowState(dir, [PRIMARY], FALLBACK);
    expect(state).toEqual({ x: 520, y: 140, width: 1400, height: 900, maximized: false });
    expect(inside(state, PRIMARY.workArea)).toBe(true);
  });

  it('pulls a window hanging off the edge of its display fully onto it', () => {
    expect(placeWindow({ x: -300, y: 900, width: 1200, height: 800, maximized: false }, [PRIMARY, RIGHT])).toEqual({ x: 0, y: 240, width: 1200, height: 800, maximized: false });
  });

  it('keeps a window on the display that shows most of it', () => {
    const state = placeWindow({ x: 1800, y: 100, width: 1600, height: 900, maximized: false }, [PRIMARY, RIGHT]);
    expect(inside(state, RIGHT.workArea)).toBe(true);
    expect(state).toMatchObject({ x: 1920, y: 100, width: 1600, height: 900 });
  });

  it('shrinks a window bigger than its display to the work area', () => {
    const laptop = display(0, 25, 1440, 875);
    expect(placeWindow({ x: 0, y: 0, width: 2400, height: 1600, maximized: false }, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
  });

  it('grows a window smaller than 900×600 to that size', () => {
    expect(placeWindow({ x: 100, y: 100, width: 300, height: 200, maximized: false }, [PRIMARY])).toEqual({ x: 100, y: 100, width: 900, height: 600, maximized: false });
  });

  it('lets a screen smaller than 900×600 win over the minimum, so the window is still wholly visible', () => {
    expect(placeWindow({ x: 0, y: 0, width: 1280, height: 800, maximized: false }, [display(0, 0, 800, 560)])).toEqual({ x: 0, y: 0, width: 800, height: 560, maximized: false });
  });

  it('leaves a state without a position for the system to place, sized for the primary display', () => {
    expect(placeWindow({ width: 5000, height: 5000, maximized: false }, [display(0, 0, 1366, 728), RIGHT])).toEqual({ width: 1366, height: 728, maximized: false });
  });

  it('uses the state as it is when no display is known', () => {
    const state: WindowState = { x: -9000, y: 0, width: 1000, height: 700, maximized: false };
    expect(placeWindow(state, [])).toEqual(state);
  });

  it('always places the window wholly inside a display, at least 900×600 where the display allows', () => {
    const area = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 640, max: 5000 }), height: fc.integer({ min: 480, max: 3000 }) });
    const state = fc.record(
      { x: fc.integer({ min: -100_000, max: 100_000 }), y: fc.integer({ min: -100_000, max: 100_000 }), width: fc.integer({ min: 1, max: 100_000 }), height: fc.integer({ min: 1, max: 100_000 }), maximized: fc.boolean() },
      { requiredKeys: ['width', 'height', 'maximized'] },
    );
    fc.assert(
      fc.property(state, fc.array(area, { minLength: 1, maxLength: 4 }), (saved, areas) => {
        const placed = placeWindow(saved, areas.map((workArea) => ({ workArea })));
        const home = areas.find((a) => inside(placed, a) && (placed.x !== undefined || a === areas[0]));
        expect(home).toBeDefined();
        expect(placed.width).toBeGreaterThanOrEqual(Math.min(900, home!.width));
        expect(placed.height).toBeGreaterThanOrEqual(Math.min(600, home!.height));
        expect(placed.maximized).toBe(saved.maximized);
      }),
    );
  });

  it('falls back when the file is missing, is not JSON, or is not a window state', async () => {
    const cases = [folder(), stored('{"x": 10, "width": 12'), stored(''), stored('null'), stored(JSON.stringify({ width: 'wide', height: 800, maximized: false })), stored(JSON.stringify({ width: 1e12, height: 800, maximized: false })), stored(JSON.stringify({ width: 1200, height: 800 }))];
    for (const dir of cases) expect(await loadWindowState(dir, [PRIMARY], FALLBACK)).toEqual(FALLBACK);
  });

  it('falls back when the state file is a folder', async () => {
    const dir = folder();
    mkdirSync(join(dir, WINDOW_STATE_NAME));
    expect(await loadWindowState(dir, [PRIMARY], FALLBACK)).toEqual(FALLBACK);
  });

  it('fits the fallback onto the display too', async () => {
    expect(await loadWindowState(folder(), [display(0, 0, 1024, 700)], FALLBACK)).toEqual({ width: 1024, height: 700, maximized: false });
  });

  it('writes whole pixels as JSON and leaves no temporary file behind', async () => {
    const dir = folder();
    expect((await saveWindowState(dir, { x: 10.4, y: 20.6, width: 1200.2, height: 800, maximized: false })).ok).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_NAME), 'utf8'))).toEqual({ x: 10, y: 21, width: 1200, height: 800, maximized: false });
    expect(readdirSync(dir)).toEqual([WINDOW_STATE_NAME]);
  });

  it('creates the user-data folder if it does not exist yet', async () => {
    const dir = join(folder(), 'Leadsheet');
    expect((await saveWindowState(dir, FALLBACK)).ok).toBe(true);
    expect(await loadWindowState(dir, [PRIMARY], { width: 1000, height: 700, maximized: true })).toEqual(FALLBACK);
  });

  it('reports a failed save as a value instead of throwing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    const result = await saveWindowState(join(dir, 'file'), FALLBACK);
    expect(result.ok).toBe(false);
    expect(await saveWindowState(folder(), { width: Number.NaN, height: 800, maximized: false })).toMatchObject({ ok: false });
  });
});
