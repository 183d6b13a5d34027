import { describe, expect, it } from 'vitest';
import { calcPlan } from '#shared/calc';
import { parsePlan, type Plan } from '#shared/model';
import { planFromTemplates } from '#shared/templates';
import { planWith, retainer } from '#test/helpers/plans';

function templatePlan(id: string, horizonMonths = 12): Plan {
  const input = planFromTemplates([id], '2027-01');
  if (!input.ok) throw new Error(input.error);
  const parsed = parsePlan({ ...input.value, settings: { ...input.value.settings, horizonMonths } });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe('the checks cost-model.md takes from the sources', () => {
  it('a fractional CAIO at 5,000 and 15,000 a month costs 60,000 and 180,000 in its first 12 months', () => {
    expect(calcPlan(planWith([retainer({ monthlyFee: 5000 })], { horizonMonths: 12 })).scenarios[0]!.total).toBe(60000);
    expect(calcPlan(planWith([retainer({ monthlyFee: 15000 })], { horizonMonths: 12 })).scenarios[0]!.total).toBe(180000);
    const template = calcPlan(templatePlan('fractional-caio')).scenarios[0]!;
    expect(template.low!.total).toBe(60000);
    expect(template.high!.total).toBe(180000);
  });

  it('the outcome tiers cost 48,000 and 150,000 a year', () => {
    expect(calcPlan(templatePlan('outcome-foundation')).scenarios[0]!.total).toBe(48000);
    expect(calcPlan(templatePlan('outcome-transformation')).scenarios[0]!.total).toBe(150000);
  });

  it("caio-agency's first year is 140,000 with all-low inputs and 320,000 with all-high inputs", () => {
    const scenario = calcPlan(templatePlan('caio-agency')).scenarios[0]!;
    expect(scenario.low!.total).toBe(140000);
    expect(scenario.high!.total).toBe(320000);
  });

  it('the Series A full-time hire template costs 430,000 in its first 12 months before equity with no lag', () => {
    const plan = templatePlan('full-time-hire');
    const item = plan.scenarios[0]!.items[0]!;
    if (item.kind !== 'salary') throw new Error('expected a salary item');
    const noLag = parsePlan({ ...plan, scenarios: [{ ...plan.scenarios[0]!, items: [{ ...item, hireLagMonths: 0 }] }] });
    if (!noLag.ok) throw new Error('invalid');
    expect(calcPlan(noLag.value).scenarios[0]!.cashTotal).toBeCloseTo(430000, 6);
  });

  it('12 months of the embedded officer at 24,000 is 288,000', () => {
    expect(calcPlan(templatePlan('officer-embedded')).scenarios[0]!.total).toBe(288000);
  });
});
