import { describe, expect, it } from 'vitest';
import type { Plan } from '#shared/model';
import { everyKindPlan } from '#test/helpers/plans';
import { deepFrozen, field, itemOf, refusal, roundTrip } from '#test/helpers/patches';

const plan = deepFrozen(everyKindPlan());
const MIXED = "Scenario 'Mixed: agency & officer'";
const HIRE = "Scenario 'Full-time hire'";
const caio = { scenarioId: 'mixed', itemId: 'caio' } as const;
const exec = { scenarioId: 'hire', itemId: 'exec' } as const;

describe('setting a numeric input', () => {
  it('sets the value, and the inverse puts back the very object it replaced', () => {
    const old = itemOf(plan, 'mixed', 'caio');
    const { next, inverse, undone } = roundTrip(plan, { op: 'setInput', ...caio, field: 'monthlyFee', value: 12000 });
    expect(field(itemOf(next, 'mixed', 'caio'), 'monthlyFee')).toBe(12000);
    expect(inverse).toEqual({ op: 'setInput', ...caio, field: 'monthlyFee', value: { low: 8500, base: 9500, high: 14000 } });
    expect(field(itemOf(undone, 'mixed', 'caio'), 'monthlyFee')).toBe(field(old, 'monthlyFee'));
    expect(undone).toEqual(plan);
  });

  it('keeps every other item, scenario, the settings and the quotes as the same objects', () => {
    const { next } = roundTrip(plan, { op: 'setInput', ...caio, field: 'monthlyFee', value: 12000 });
    expect(next.settings).toBe(plan.settings);
    expect(next.quotes).toBe(plan.quotes);
    expect(next.scenarios[1]).toBe(plan.scenarios[1]);
    expect(next.scenarios[2]).toBe(plan.scenarios[2]);
    plan.scenarios[0]!.items.slice(1).forEach((item, i) => expect(next.scenarios[0]!.items[i + 1]).toBe(item));
    expect(next.scenarios[0]!.items[0]).not.toBe(plan.scenarios[0]!.items[0]);
  });

  it('clears an optional input (duration: to the end of the horizon), and the inverse sets it back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setInput', ...caio, field: 'durationMonths', value: null });
    expect(Object.keys(itemOf(next, 'mixed', 'caio'))).not.toContain('durationMonths');
    expect(inverse).toMatchObject({ field: 'durationMonths', value: 4 });
    expect(undone).toEqual(plan);
  });

  it('gives an absent optional input a value, and the inverse clears it again', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setInput', ...exec, field: 'durationMonths', value: { low: 12, base: 24, high: 36 } });
    expect(field(itemOf(next, 'hire', 'exec'), 'durationMonths')).toEqual({ low: 12, base: 24, high: 36 });
    expect(roundTrip(plan, { op: 'setInput', scenarioId: 'hire', itemId: 'eu-hire', field: 'durationMonths', value: 6 }).inverse).toMatchObject({ value: null });
    expect(inverse).toMatchObject({ value: 30 });
    expect(undone).toEqual(plan);
  });

  it('refuses to clear an input the item cannot do without', () => {
    expect(refusal(plan, { op: 'setInput', ...caio, field: 'monthlyFee', value: null })).toBe(`${MIXED}, item 'CAIO retainer': monthly fee cannot be left empty`);
  });

  it('refuses a field that is not an input of the item’s kind', () => {
    expect(refusal(plan, { op: 'setInput', ...exec, field: 'monthlyFee', value: 1 })).toBe(`${HIRE}, item 'AI executive': monthly fee is not an input of a salary`);
    expect(refusal(plan, { op: 'setInput', ...exec, field: 'name', value: 1 })).toBe(`${HIRE}, item 'AI executive': name is not an input of a salary`);
  });

  it('refuses a value the plan check refuses, in the same words', () => {
    expect(refusal(plan, { op: 'setInput', ...exec, field: 'baseSalary', value: 'lots' })).toBe(`${HIRE}, item 'AI executive': base salary must be a number, got 'lots'`);
    expect(refusal(plan, { op: 'setInput', ...caio, field: 'discountPct', value: 120 })).toBe(`${MIXED}, item 'CAIO retainer': discount % must be at most 100, got 120`);
    expect(refusal(plan, { op: 'setInput', ...caio, field: 'monthlyFee', value: { low: 9, base: 5, high: 10 } })).toBe(
      `${MIXED}, item 'CAIO retainer': monthly fee low (9) is above base (5)`,
    );
    expect(refusal(plan, { op: 'setInput', ...exec, field: 'hireLagMonths', value: 1.5 })).toBe(`${HIRE}, item 'AI executive': hire lag (months) must be a whole number, got 1.5`);
  });

  it('names the scenario or item it cannot find', () => {
    expect(refusal(plan, { op: 'setInput', scenarioId: 'nope', itemId: 'caio', field: 'monthlyFee', value: 1 })).toBe("The plan has no scenario 'nope'");
    expect(refusal(plan, { op: 'setInput', scenarioId: 'hire', itemId: 'caio', field: 'monthlyFee', value: 1 })).toBe(`${HIRE} has no item 'caio'`);
  });
});

describe('setting an item’s words', () => {
  it('sets and clears the vendor, and each inverse undoes it', () => {
    const set = roundTrip(plan, { op: 'setItemText', ...caio, field: 'vendor', value: 'Acme AI' });
    expect(itemOf(set.next, 'mixed', 'caio').vendor).toBe('Acme AI');
    expect(set.inverse).toEqual({ op: 'setItemText', ...caio, field: 'vendor', value: null });
    expect(set.undone).toEqual(plan);
    const cleared = roundTrip(set.next, { op: 'setItemText', ...caio, field: 'vendor', value: null });
    expect('vendor' in itemOf(cleared.next, 'mixed', 'caio')).toBe(false);
    expect(cleared.undone).toEqual(set.next);
  });

  it('puts a field back where a saved file has it, so undo writes the same file', () => {
    const { next, undone } = roundTrip(plan, { op: 'setItemText', ...caio, field: 'notes', value: 'renegotiate in Q3' });
    expect(Object.keys(itemOf(next, 'mixed', 'caio')).indexOf('notes')).toBeLessThan(Object.keys(itemOf(next, 'mixed', 'caio')).indexOf('overrides'));
    expect(JSON.stringify(undone)).toBe(JSON.stringify(plan));
  });

  it('refuses a field the item’s kind does not have', () => {
    expect(refusal(plan, { op: 'setItemText', ...caio, field: 'unit', value: 'day' })).toBe(`${MIXED}, item 'CAIO retainer': a retainer has no unit`);
  });

  it('refuses to clear or empty the name', () => {
    expect(refusal(plan, { op: 'setItemText', ...caio, field: 'name', value: null })).toBe(`${MIXED}, item 'CAIO retainer': name cannot be left empty`);
    expect(refusal(plan, { op: 'setItemText', ...caio, field: 'name', value: '' })).toBe(`${MIXED}, item 'caio': name must not be empty, got ''`);
  });

  it('refuses a category outside the list and a currency the plan cannot convert', () => {
    expect(refusal(plan, { op: 'setItemText', ...caio, field: 'category', value: 'marketing' })).toBe(
      `${MIXED}, item 'CAIO retainer': category must be one of leadership, delivery, hiring, tools, other, got 'marketing'`,
    );
    expect(refusal(plan, { op: 'setItemText', ...caio, field: 'currency', value: 'JPY' })).toBe(
      `${MIXED}, item 'CAIO retainer': currency is JPY but the plan has no JPY exchange rate (settings.fxRates.JPY)`,
    );
  });

  it('sets the unit of a time-and-materials item', () => {
    const { next, undone } = roundTrip(plan, { op: 'setItemText', scenarioId: 'mixed', itemId: 'day', field: 'unit', value: 'hour' });
    expect(field(itemOf(next, 'mixed', 'day'), 'unit')).toBe('hour');
    expect(undone).toEqual(plan);
  });
});

describe('setting start, delivery, source and custom values', () => {
  it('moves the start to a month written YYYY-MM and back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setItemStart', ...caio, value: '2027-06' });
    expect(itemOf(next, 'mixed', 'caio').start).toBe('2027-06');
    expect(inverse).toMatchObject({ value: 0 });
    expect(undone).toEqual(plan);
  });

  it('sets and removes delivery on a retainer; the inverse restores the old delivery object', () => {
    const old = field(itemOf(plan, 'mixed', 'caio'), 'delivery');
    const removed = roundTrip(plan, { op: 'setDelivery', ...caio, value: null });
    expect('delivery' in itemOf(removed.next, 'mixed', 'caio')).toBe(false);
    expect(field(itemOf(removed.undone, 'mixed', 'caio'), 'delivery')).toBe(old);
    const set = roundTrip(plan, { op: 'setDelivery', ...exec, value: { firstShipAfterMonths: 1, everyMonths: 2 } });
    expect(field(itemOf(set.next, 'hire', 'exec'), 'delivery')).toEqual({ firstShipAfterMonths: 1, everyMonths: 2 });
    expect(set.undone).toEqual(plan);
  });

  it('refuses delivery on a project, which ships per workflow', () => {
    expect(refusal(plan, { op: 'setDelivery', scenarioId: 'agency-only', itemId: 'p', value: { firstShipAfterMonths: 1, everyMonths: 1 } })).toBe(
      "Scenario 'Agency: project', item 'Workflows': a project has no delivery",
    );
  });

  it('refuses delivery every 0 months', () => {
    expect(refusal(plan, { op: 'setDelivery', ...caio, value: { firstShipAfterMonths: 1, everyMonths: 0 } })).toBe(
      `${MIXED}, item 'CAIO retainer': delivery ships every (months) must be at least 1, got 0`,
    );
  });

  it('sets and forgets an item’s source', () => {
    const source = { type: 'quote' as const, file: 'acme.xlsx', sheet: 'Pricing', row: 4 };
    const { next, undone } = roundTrip(plan, { op: 'setItemSource', ...caio, value: source });
    expect(itemOf(next, 'mixed', 'caio').source).toBe(source);
    expect(undone).toEqual(plan);
    expect(roundTrip(next, { op: 'setItemSource', ...caio, value: null }).inverse).toMatchObject({ value: source });
  });

  it('replaces a custom item’s values and refuses values on other kinds', () => {
    const tools = { scenarioId: 'mixed', itemId: 'tools' } as const;
    const { next, undone } = roundTrip(plan, { op: 'setItemValues', ...tools, value: [1, 2, { low: 1, base: 3, high: 4 }] });
    expect(field(itemOf(next, 'mixed', 'tools'), 'values')).toEqual([1, 2, { low: 1, base: 3, high: 4 }]);
    expect(undone).toEqual(plan);
    expect(refusal(plan, { op: 'setItemValues', ...caio, value: [1] })).toBe(`${MIXED}, item 'CAIO retainer': a retainer has no values`);
  });
});

describe('typing over a month of the timeline', () => {
  it('stores the typed value, and the inverse clears it back to the computed value', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setOverride', ...caio, month: '2027-05', value: 1234.5 });
    expect(itemOf(next, 'mixed', 'caio').overrides).toEqual({ '2027-05': 1234.5 });
    expect(inverse).toEqual({ op: 'setOverride', ...caio, month: '2027-05', value: null });
    expect(itemOf(undone, 'mixed', 'caio').overrides).toEqual({});
    expect(undone).toEqual(plan);
  });

  it('replaces a typed value, and the inverse types the old one back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setOverride', ...exec, month: '2027-09', value: -10 });
    expect(itemOf(next, 'hire', 'exec').overrides).toEqual({ '2027-09': -10 });
    expect(inverse).toMatchObject({ value: 50000 });
    expect(undone).toEqual(plan);
  });

  it('keeps the overrides in month order as months are added', () => {
    let p: Plan = plan;
    for (const month of ['2027-12', '2027-03', '2027-10']) p = roundTrip(p, { op: 'setOverride', ...exec, month, value: 1 }).next;
    expect(Object.keys(itemOf(p, 'hire', 'exec').overrides)).toEqual(['2027-03', '2027-09', '2027-10', '2027-12']);
  });

  it('leaves an empty overrides object when the last override is cleared, as a parsed plan has', () => {
    const { next } = roundTrip(plan, { op: 'setOverride', ...exec, month: '2027-09', value: null });
    expect(itemOf(next, 'hire', 'exec').overrides).toEqual({});
  });

  it('refuses a month not written YYYY-MM', () => {
    expect(refusal(plan, { op: 'setOverride', ...exec, month: '2027-13', value: 1 })).toBe(`${HIRE}, item 'AI executive': overrides '2027-13' must be a month written YYYY-MM, got '2027-13'`);
  });
});
