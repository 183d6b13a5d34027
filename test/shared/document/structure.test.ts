import { describe, expect, it } from 'vitest';
import { applyPatch, applyPatches, newItem, type PlanPatch } from '#shared/document/patch';
import type { Scenario } from '#shared/model';
import { everyKindPlan } from '#test/helpers/plans';
import { quoteOf } from '#test/helpers/patchArbitraries';
import { deepFrozen, itemOf, refusal, roundTrip, scenarioOf } from '#test/helpers/patches';

const plan = deepFrozen(everyKindPlan());
const MIXED = "Scenario 'Mixed: agency & officer'";
const HIRE = "Scenario 'Full-time hire'";
const caio = { scenarioId: 'mixed', itemId: 'caio' } as const;
const exec = { scenarioId: 'hire', itemId: 'exec' } as const;

describe('adding, removing and moving items', () => {
  const fresh = newItem('oneTime', 'setup-2', 'Second setup fee');

  it('inserts an item at a position, and the inverse removes it', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'insertItem', scenarioId: 'mixed', index: 1, item: fresh });
    expect(scenarioOf(next, 'mixed').items.map((i) => i.id)).toEqual(['caio', 'setup-2', 'agency', 'day', 'hours', 'setup', 'tools']);
    expect(scenarioOf(next, 'mixed').items[1]).toBe(fresh);
    expect(inverse).toEqual({ op: 'removeItem', scenarioId: 'mixed', itemId: 'setup-2' });
    expect(undone).toEqual(plan);
  });

  it('appends an item at the position after the last', () => {
    const { next } = roundTrip(plan, { op: 'insertItem', scenarioId: 'hire', index: 2, item: fresh });
    expect(scenarioOf(next, 'hire').items.at(-1)).toBe(fresh);
  });

  it('removes an item, and the inverse puts the same item object back in its place', () => {
    const removed = itemOf(plan, 'mixed', 'day');
    const { next, inverse, undone } = roundTrip(plan, { op: 'removeItem', scenarioId: 'mixed', itemId: 'day' });
    expect(scenarioOf(next, 'mixed').items.map((i) => i.id)).toEqual(['caio', 'agency', 'hours', 'setup', 'tools']);
    expect(inverse).toEqual({ op: 'insertItem', scenarioId: 'mixed', index: 2, item: removed });
    expect(scenarioOf(undone, 'mixed').items[2]).toBe(removed);
    scenarioOf(plan, 'mixed').items.forEach((item, i) => expect(scenarioOf(undone, 'mixed').items[i]).toBe(item));
  });

  it('moves an item to a position, and the inverse moves it back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'moveItem', scenarioId: 'mixed', itemId: 'caio', index: 5 });
    expect(scenarioOf(next, 'mixed').items.map((i) => i.id)).toEqual(['agency', 'day', 'hours', 'setup', 'tools', 'caio']);
    expect(inverse).toEqual({ op: 'moveItem', scenarioId: 'mixed', itemId: 'caio', index: 0 });
    expect(undone).toEqual(plan);
  });

  it('refuses an id the scenario already uses', () => {
    expect(refusal(plan, { op: 'insertItem', scenarioId: 'mixed', index: 0, item: newItem('oneTime', 'caio', 'Another') })).toBe(
      `${MIXED} already has an item with the id 'caio'`,
    );
  });

  it('allows an id another scenario uses', () => {
    expect(applyPatch(plan, { op: 'insertItem', scenarioId: 'hire', index: 0, item: newItem('oneTime', 'caio', 'Another') }).ok).toBe(true);
  });

  it('refuses a position past the end', () => {
    expect(refusal(plan, { op: 'insertItem', scenarioId: 'hire', index: 3, item: fresh })).toBe(`${HIRE}: an item cannot go to position 4, the scenario holds 2 items`);
    expect(refusal(plan, { op: 'moveItem', ...exec, index: 2 })).toBe(`${HIRE}: an item cannot move to position 3, the scenario holds 2 items`);
    expect(refusal(plan, { op: 'moveItem', ...exec, index: -1 })).toMatch(/cannot move to position 0/);
  });

  it('refuses an item the schema refuses, naming scenario and item', () => {
    expect(refusal(plan, { op: 'insertItem', scenarioId: 'hire', index: 0, item: { ...fresh, amount: -5 } })).toBe(
      `${HIRE}, item 'Second setup fee': amount must be at least 0, got -5`,
    );
    expect(refusal(plan, { op: 'insertItem', scenarioId: 'hire', index: 0, item: { ...fresh, currency: 'CHF' } })).toBe(
      `${HIRE}, item 'Second setup fee': currency is CHF but the plan has no CHF exchange rate (settings.fxRates.CHF)`,
    );
  });
});

describe('adding, removing, moving and renaming scenarios', () => {
  const extra: Scenario = { id: 'extra', name: 'Extra', items: [newItem('retainer', 'r', 'Retainer')] };

  it('inserts a scenario, and the inverse removes it', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'insertScenario', index: 1, scenario: extra });
    expect(next.scenarios.map((s) => s.id)).toEqual(['mixed', 'extra', 'hire', 'agency-only']);
    expect(next.scenarios[1]).toBe(extra);
    expect(inverse).toEqual({ op: 'removeScenario', scenarioId: 'extra' });
    expect(undone).toEqual(plan);
  });

  it('removes a scenario, and the inverse puts the same scenario object back in its place', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'removeScenario', scenarioId: 'hire' });
    expect(next.scenarios.map((s) => s.id)).toEqual(['mixed', 'agency-only']);
    expect(inverse).toEqual({ op: 'insertScenario', index: 1, scenario: plan.scenarios[1] });
    undone.scenarios.forEach((s, i) => expect(s).toBe(plan.scenarios[i]));
  });

  it('moves a scenario, and the inverse moves it back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'moveScenario', scenarioId: 'agency-only', index: 0 });
    expect(next.scenarios.map((s) => s.id)).toEqual(['agency-only', 'mixed', 'hire']);
    expect(inverse).toEqual({ op: 'moveScenario', scenarioId: 'agency-only', index: 2 });
    undone.scenarios.forEach((s, i) => expect(s).toBe(plan.scenarios[i]));
  });

  it('renames a scenario, keeping its items as the same array', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'renameScenario', scenarioId: 'hire', name: 'Hire a CAIO' });
    expect(scenarioOf(next, 'hire').name).toBe('Hire a CAIO');
    expect(scenarioOf(next, 'hire').items).toBe(scenarioOf(plan, 'hire').items);
    expect(inverse).toEqual({ op: 'renameScenario', scenarioId: 'hire', name: 'Full-time hire' });
    expect(undone).toEqual(plan);
  });

  it('sets and clears scenario notes and value assumptions', () => {
    const notes = roundTrip(plan, { op: 'setScenarioNotes', scenarioId: 'hire', value: 'Board prefers this' });
    expect(scenarioOf(notes.next, 'hire').notes).toBe('Board prefers this');
    expect(notes.undone).toEqual(plan);
    const cleared = roundTrip(plan, { op: 'setValueOverrides', scenarioId: 'mixed', value: null });
    expect('valueOverrides' in scenarioOf(cleared.next, 'mixed')).toBe(false);
    expect(cleared.inverse).toEqual({ op: 'setValueOverrides', scenarioId: 'mixed', value: { hoursSavedPerWorkflowPerMonth: 30 } });
    expect(JSON.stringify(cleared.undone)).toBe(JSON.stringify(plan));
  });

  it('refuses an empty name, a duplicate id, and a scenario whose items share an id', () => {
    expect(refusal(plan, { op: 'renameScenario', scenarioId: 'hire', name: '' })).toBe("Scenario 'hire': name must not be empty, got ''");
    expect(refusal(plan, { op: 'insertScenario', index: 0, scenario: { ...extra, id: 'hire' } })).toBe("The plan already has a scenario with the id 'hire'");
    const twins = { ...extra, items: [newItem('oneTime', 'x', 'One'), newItem('oneTime', 'x', 'Two')] };
    expect(refusal(plan, { op: 'insertScenario', index: 0, scenario: twins })).toBe("Scenario 'Extra', item 'Two': id 'x' is already used by another item of this scenario");
  });

  it('refuses negative value assumptions in the plan check’s words', () => {
    expect(refusal(plan, { op: 'setValueOverrides', scenarioId: 'mixed', value: { loadedHourlyCost: -1 } })).toBe(
      `${MIXED}: value overrides loaded hourly cost must be at least 0, got -1`,
    );
  });
});

describe('changing settings', () => {
  it('changes several settings at once, and the inverse restores exactly those', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setSettings', changes: { horizonMonths: 60, discountRatePct: 10, fiscalYearStartMonth: 7 } });
    expect(next.settings).toMatchObject({ horizonMonths: 60, discountRatePct: 10, fiscalYearStartMonth: 7 });
    expect(next.scenarios).toBe(plan.scenarios);
    expect(inverse).toEqual({ op: 'setSettings', changes: { horizonMonths: 40, discountRatePct: { low: 6, base: 8, high: 10 }, fiscalYearStartMonth: 4 } });
    expect(undone).toEqual(plan);
    expect(undone.settings.discountRatePct).toBe(plan.settings.discountRatePct);
  });

  it('clears the company valuation (equity no longer priced), and the inverse sets it back', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'setSettings', changes: { companyValuation: null } });
    expect('companyValuation' in next.settings).toBe(false);
    expect(inverse).toEqual({ op: 'setSettings', changes: { companyValuation: 48_000_000 } });
    expect(JSON.stringify(undone)).toBe(JSON.stringify(plan));
  });

  it('refuses to clear a setting the plan needs, and an out-of-range value', () => {
    expect(refusal(plan, { op: 'setSettings', changes: { horizonMonths: null } })).toBe('Settings: horizon (months) cannot be left empty');
    expect(refusal(plan, { op: 'setSettings', changes: { horizonMonths: 300 } })).toBe('Settings: horizon (months) must be at most 240, got 300');
    expect(refusal(plan, { op: 'setSettings', changes: { startMonth: '2027-1' } })).toBe("Settings: start month must be a month written YYYY-MM, got '2027-1'");
  });

  it('refuses to drop an exchange rate an item still uses, naming the item', () => {
    expect(refusal(plan, { op: 'setSettings', changes: { fxRates: { EUR: 1.08 } } })).toBe(
      `${MIXED}, item 'Analyst hours (GBP)': currency is GBP but the plan has no GBP exchange rate (settings.fxRates.GBP)`,
    );
  });

  it('refuses a change of plan currency that leaves an item in the old currency unconvertible', () => {
    const usd = roundTrip(plan, { op: 'setItemText', ...caio, field: 'currency', value: 'USD' }).next;
    expect(refusal(usd, { op: 'setSettings', changes: { currency: 'CHF' } })).toBe(
      `${MIXED}, item 'CAIO retainer': currency is USD but the plan has no USD exchange rate (settings.fxRates.USD)`,
    );
    expect(applyPatch(plan, { op: 'setSettings', changes: { currency: 'CHF' } }).ok).toBe(true);
  });

  it('names the first three items it cannot convert and counts the rest', () => {
    const usd = roundTrip(plan, { op: 'setItemText', ...caio, field: 'currency', value: 'USD' }).next;
    const message = refusal(usd, { op: 'setSettings', changes: { currency: 'CHF', fxRates: {} } });
    expect(message.split('; ')).toHaveLength(4);
    expect(message).toMatch(/^Scenario 'Mixed: agency & officer', item 'CAIO retainer': currency is USD .*; and 1 more item$/);
  });

  it('refuses a setting Leadsheet does not know', () => {
    expect(refusal(plan, { op: 'setSettings', changes: { toString: 1 } })).toBe("Settings: Leadsheet has no setting 'toString'");
  });
});

describe('naming the plan', () => {
  it('renames and un-names the plan', () => {
    const { next, inverse, undone } = roundTrip(plan, { op: 'renamePlan', name: 'Budget 2027' });
    expect(next.name).toBe('Budget 2027');
    expect(inverse).toEqual({ op: 'renamePlan', name: 'Every kind' });
    expect(undone).toEqual(plan);
    expect('name' in roundTrip(plan, { op: 'renamePlan', name: null }).next).toBe(false);
  });
});

describe('changing the quote library', () => {
  const library = roundTrip(plan, { op: 'insertQuotes', index: 0, quotes: ['a', 'b', 'c', 'd'].map(quoteOf) }).next;

  it('inserts quotes at a position, and the inverse removes them', () => {
    const { next, inverse, undone } = roundTrip(library, { op: 'insertQuotes', index: 1, quotes: [quoteOf('x'), quoteOf('y')] });
    expect(next.quotes.map((q) => q.id)).toEqual(['a', 'x', 'y', 'b', 'c', 'd']);
    expect(next.scenarios).toBe(library.scenarios);
    expect(inverse).toEqual({ op: 'removeQuotes', quoteIds: ['x', 'y'] });
    expect(undone).toEqual(library);
  });

  it('removes quotes that are not side by side, and the inverse puts the same quotes back where they were', () => {
    const { next, inverse, undone } = roundTrip(library, { op: 'removeQuotes', quoteIds: ['d', 'b'] });
    expect(next.quotes.map((q) => q.id)).toEqual(['a', 'c']);
    expect(inverse).toEqual({ op: 'restoreQuotes', quotes: [{ index: 1, quote: library.quotes[1] }, { index: 3, quote: library.quotes[3] }] });
    undone.quotes.forEach((quote, i) => expect(quote).toBe(library.quotes[i]));
  });

  it('refuses a quote id already in the library, or repeated in the insert', () => {
    expect(refusal(library, { op: 'insertQuotes', index: 0, quotes: [quoteOf('c')] })).toBe("The quote library already has a quote with the id 'c'");
    expect(refusal(library, { op: 'insertQuotes', index: 0, quotes: [quoteOf('z'), quoteOf('z')] })).toBe("The quote library already has a quote with the id 'z'");
  });

  it('refuses to remove a quote the library does not hold', () => {
    expect(refusal(library, { op: 'removeQuotes', quoteIds: ['a', 'nope'] })).toBe("The quote library has no quote 'nope'");
  });

  it('refuses a quote row the schema refuses, naming its place in the library', () => {
    expect(refusal(library, { op: 'insertQuotes', index: 4, quotes: [{ ...quoteOf('e'), per: 'day' as 'week' }] })).toBe(
      "Quote 5: per must be one of week, month, year, got 'day'",
    );
  });

  it('refuses to restore quotes out of order or past the end', () => {
    const back = (index: number): { index: number; quote: ReturnType<typeof quoteOf> } => ({ index, quote: quoteOf(`r${index}`) });
    expect(refusal(library, { op: 'restoreQuotes', quotes: [back(2), back(1)] })).toMatch(/^A quote cannot go back to position 2/);
    expect(refusal(library, { op: 'restoreQuotes', quotes: [back(9)] })).toMatch(/^A quote cannot go back to position 10/);
  });
});

describe('applying several patches', () => {
  it('applies a paste of many cells as one step that one undo reverts', () => {
    const paste: PlanPatch[] = [
      { op: 'setOverride', ...caio, month: '2027-02', value: 1 },
      { op: 'setOverride', ...caio, month: '2027-03', value: 2 },
      { op: 'setInput', ...exec, field: 'baseSalary', value: 300000 },
    ];
    const done = applyPatches(plan, paste);
    if (!done.ok) throw new Error(done.error);
    expect(itemOf(done.value.plan, 'mixed', 'caio').overrides).toEqual({ '2027-02': 1, '2027-03': 2 });
    expect(done.value.inverse.map((p) => p.op)).toEqual(['setInput', 'setOverride', 'setOverride']);
    const undone = applyPatches(done.value.plan, done.value.inverse);
    expect(undone.ok && undone.value.plan).toEqual(plan);
  });

  it('applies none when one is refused, and gives that one’s message', () => {
    const paste: PlanPatch[] = [
      { op: 'setOverride', ...caio, month: '2027-02', value: 1 },
      { op: 'setInput', ...exec, field: 'baseSalary', value: -1 },
    ];
    expect(applyPatches(plan, paste)).toEqual({ ok: false, error: `${HIRE}, item 'AI executive': base salary must be at least 0, got -1` });
  });
});

describe('a patch of an unknown kind', () => {
  it('is refused, not thrown', () => {
    expect(refusal(plan, { op: 'paint' })).toBe("Leadsheet cannot apply a change of kind 'paint'");
  });
});
