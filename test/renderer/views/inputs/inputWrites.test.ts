import { describe, expect, it } from 'vitest';
import { defaultPlan } from '#shared/templates';
import { inputRows, itemRowId, scenarioRowId, sourceLine, type InputRow } from '../../../../src/renderer/views/inputs/inputRows';
import { patchesForWrites, readCell } from '../../../../src/renderer/views/inputs/inputWrites';
import { withParts } from '../../../../src/renderer/views/inputs/rangeParts';
import { inputColumns } from '../../../../src/renderer/views/inputs/inputColumns';
import { leafColumns } from '../../../../src/renderer/grid/sheetColumns';

const plan = defaultPlan('2027-01');
const rows = inputRows(plan, null);
const byId = new Map(rows.map((r) => [r.id, r]));
const caio = itemRowId('caio-agency', 'caio-retainer');
const project = itemRowId('caio-agency', 'agency-project');
const row = (id: string): InputRow => byId.get(id)!;

describe('the Inputs grid’s rows', () => {
  it('puts each scenario’s header before its items, in plan order', () => {
    expect(rows.map((r) => (r.type === 'scenario' ? `# ${r.name}` : r.item.name))).toEqual([
      '# Fractional CAIO + agency',
      'CAIO retainer',
      'Agency project',
      '# Fractional AI officer only',
      'AI officer retainer',
      '# Full-time AI executive',
      'AI executive salary',
    ]);
  });

  it('keeps the row objects of what an edit did not touch, so the grid redraws only the edited row', () => {
    const edited = { ...plan, scenarios: plan.scenarios.map((s, i) => (i === 0 ? { ...s, items: [{ ...s.items[0]!, name: 'x' }, ...s.items.slice(1)] } : s)) };
    const again = inputRows(edited, null, byId);
    expect(again[2]).toBe(rows[2]);
    expect(again[1]).not.toBe(rows[1]);
  });

  it('says where a template figure came from: title, author and date', () => {
    const item = row(caio);
    expect(item.type === 'item' && item.item.source ? sourceLine(item.item.source) : '').toMatch(/^Source: .+, by .+, \d{4}-\d{2}-\d{2}$/);
  });

  it('greys the inputs a kind does not have: a project row takes no monthly fee', () => {
    const monthlyFee = leafColumns(inputColumns(false, 'USD')).find((c) => c.id === 'monthlyFee')!;
    expect(monthlyFee.editable?.(row(project))).toBe(false);
    expect(monthlyFee.cellClass?.(row(project))).toBe('sheet-na');
    expect(monthlyFee.editable?.(row(caio))).toBe(true);
    expect(monthlyFee.text?.(row(caio))).toBe('5,000–7,500–10,000');
  });
});

describe('cell writes as patches', () => {
  it('turns typed entries into setInput, setItemText, setItemStart and renameScenario patches, in one list', () => {
    const patches = patchesForWrites(byId, [
      { rowId: caio, colId: 'monthlyFee', text: '9.5k' },
      { rowId: caio, colId: 'vendor', text: 'Ascero AI' },
      { rowId: caio, colId: 'start', text: '2027-03' },
      { rowId: project, colId: 'category', text: 'Tools' },
      { rowId: scenarioRowId('ai-officer'), colId: 'name', text: 'Officer only' },
    ]);
    expect(patches).toEqual({
      ok: true,
      value: [
        { op: 'setInput', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: 9500 },
        { op: 'setItemText', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'vendor', value: 'Ascero AI' },
        { op: 'setItemStart', scenarioId: 'caio-agency', itemId: 'caio-retainer', value: '2027-03' },
        { op: 'setItemText', scenarioId: 'caio-agency', itemId: 'agency-project', field: 'category', value: 'tools' },
        { op: 'renameScenario', scenarioId: 'ai-officer', name: 'Officer only' },
      ],
    });
  });

  it('reads a two-value range keeping the current base when it lies inside', () => {
    expect(readCell(row(caio), 'monthlyFee', '6k–9k')).toEqual({ ok: true, value: { kind: 'input', field: 'monthlyFee', value: { low: 6000, base: 7500, high: 9000 } } });
  });

  it('refuses the whole action at the first bad cell, naming the cell and why', () => {
    const refused = patchesForWrites(byId, [
      { rowId: caio, colId: 'monthlyFee', text: '9.5k' },
      { rowId: project, colId: 'workflowsPerYear', text: 'lots' },
    ]);
    expect(refused).toEqual({ ok: false, error: { reason: expect.stringContaining('"lots" is not a number') as unknown, rowId: project, colId: 'workflowsPerYear' } });
  });

  it('clears an optional input, zeroes a required amount, and refuses to clear a name', () => {
    expect(readCell(row(caio), 'durationMonths', null)).toMatchObject({ ok: true, value: { value: null } });
    expect(readCell(row(caio), 'monthlyFee', null)).toMatchObject({ ok: true, value: { value: 0 } });
    expect(readCell(row(project), 'buildMonths', null)).toMatchObject({ ok: false });
    expect(readCell(row(caio), 'name', null)).toEqual({ ok: false, error: 'an item needs a name' });
  });

  it('refuses inputs the kind lacks, and words that are not a category or a month', () => {
    expect(readCell(row(project), 'monthlyFee', '5k').ok).toBe(false);
    expect(readCell(row(caio), 'category', 'snacks')).toMatchObject({ ok: false, error: expect.stringContaining('not a category') as unknown });
    expect(readCell(row(caio), 'start', 'March')).toMatchObject({ ok: false, error: expect.stringContaining('YYYY-MM') as unknown });
  });

  it('writes the low, base and high columns pasted together as one range, checked once', () => {
    const patches = patchesForWrites(byId, [
      { rowId: caio, colId: 'monthlyFee.low', text: '11k' },
      { rowId: caio, colId: 'monthlyFee.base', text: '12k' },
      { rowId: caio, colId: 'monthlyFee.high', text: '14k' },
    ]);
    expect(patches).toEqual({ ok: true, value: [{ op: 'setInput', scenarioId: 'caio-agency', itemId: 'caio-retainer', field: 'monthlyFee', value: { low: 11000, base: 12000, high: 14000 } }] });
    expect(patchesForWrites(byId, [{ rowId: caio, colId: 'monthlyFee.low', text: '8k' }])).toMatchObject({ ok: false, error: { reason: 'the low (8,000) is above the base (7,500)', colId: 'monthlyFee.low' } });
  });
});

describe('a range typed part by part', () => {
  it('keeps a plain number plain when its base is typed, and turns a range with equal parts back into a number', () => {
    expect(withParts(500, { base: 600 }, 'money')).toEqual({ ok: true, value: 600 });
    expect(withParts(500, { high: 700 }, 'money')).toEqual({ ok: true, value: { low: 500, base: 500, high: 700 } });
    expect(withParts({ low: 1, base: 2, high: 3 }, { low: 2, high: 2 }, 'count')).toEqual({ ok: true, value: 2 });
  });
});
