import { describe, expect, it } from 'vitest';
import { applyPatch, duplicateItem, duplicateScenario, newItem, uniqueId } from '#shared/document/patch';
import { createCalculator } from '#shared/calc';
import { ITEM_KINDS, itemSchema, scenarioSchema } from '#shared/model';
import { everyKindPlan } from '#test/helpers/plans';

describe('a new item', () => {
  it.each(ITEM_KINDS)('of kind %s is valid and written as a parsed file has it', (kind) => {
    const item = newItem(kind, 'new', 'New item');
    const parsed = itemSchema.parse(item);
    expect(parsed).toStrictEqual(item);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(item));
  });

  it.each(ITEM_KINDS)('of kind %s changes no total, workflow count or value', (kind) => {
    const plan = everyKindPlan();
    const before = createCalculator().calc(plan).scenarios[0]!;
    const added = applyPatch(plan, { op: 'insertItem', scenarioId: 'mixed', index: 0, item: newItem(kind, 'new', 'New item') });
    if (!added.ok) throw new Error(added.error);
    const after = createCalculator().calc(added.value.plan).scenarios[0]!;
    expect([after.total, after.npv, after.workflowsShipped, after.value]).toEqual([before.total, before.npv, before.workflowsShipped, before.value]);
    expect(after.low?.total).toBe(before.low?.total);
    expect(after.high?.total).toBe(before.high?.total);
  });

  it('is filed where a CFO would look for it', () => {
    expect(newItem('salary', 's', 'Hire').category).toBe('hiring');
    expect(newItem('project', 'p', 'Agency').category).toBe('delivery');
    expect(newItem('retainer', 'r', 'CAIO').category).toBe('leadership');
  });
});

describe('duplicating', () => {
  it('copies an item under a new id with everything else equal', () => {
    const source = everyKindPlan().scenarios[0]!.items[0]!;
    const copy = duplicateItem(source, 'caio-2');
    expect(copy.id).toBe('caio-2');
    expect({ ...copy, id: source.id }).toEqual(source);
    expect(JSON.stringify({ ...copy, id: source.id })).toBe(JSON.stringify(source));
  });

  it('copies a scenario with a new id and name and fresh item ids, items in the same order', () => {
    const source = everyKindPlan().scenarios[0]!;
    const copy = duplicateScenario(source, 'mixed-2', 'Mixed (copy)', ['caio-2']);
    expect([copy.id, copy.name]).toEqual(['mixed-2', 'Mixed (copy)']);
    expect(copy.items.map((i) => i.id)).toEqual(['caio-3', 'agency-2', 'day-2', 'hours-2', 'setup-2', 'tools-2']);
    copy.items.forEach((item, i) => expect({ ...item, id: source.items[i]!.id }).toEqual(source.items[i]));
    expect(copy.valueOverrides).toEqual(source.valueOverrides);
    expect(scenarioSchema.safeParse(copy).success).toBe(true);
  });

  it('gives a copied scenario item ids that do not repeat when the source’s ids would collide', () => {
    const copy = duplicateScenario({ id: 's', name: 'S', items: [newItem('oneTime', 'a-2', 'One'), newItem('oneTime', 'a', 'Two')] }, 't', 'T');
    const ids = copy.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('a-2');
  });

  it('makes a scenario the plan accepts next to its source', () => {
    const plan = everyKindPlan();
    const copy = duplicateScenario(plan.scenarios[1]!, uniqueId('hire', plan.scenarios.map((s) => s.id)), 'Hire (copy)');
    expect(applyPatch(plan, { op: 'insertScenario', index: 2, scenario: copy }).ok).toBe(true);
  });
});

describe('a unique id', () => {
  it('is the base when nothing uses it', () => {
    expect(uniqueId('salary', ['retainer'])).toBe('salary');
  });

  it('counts up from 2 past the ids in use', () => {
    expect(uniqueId('salary', ['salary'])).toBe('salary-2');
    expect(uniqueId('salary', new Set(['salary', 'salary-2']))).toBe('salary-3');
  });

  it('continues a numbered id rather than numbering it again', () => {
    expect(uniqueId('salary-2', ['salary', 'salary-2'])).toBe('salary-3');
  });

  it('is never empty', () => {
    expect(uniqueId('', [])).toBe('id');
    expect(uniqueId('', ['id'])).toBe('id-2');
    expect(uniqueId('-2', ['-2'])).toBe('id-2');
  });
});
