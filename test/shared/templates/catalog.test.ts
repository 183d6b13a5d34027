import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, planSchema, type ItemInput, type NumberOrRange, type Range } from '#shared/model';
import {
  AI_OFFICER_COST,
  AI_OFFICER_VS_CTO,
  ARTICLES,
  CAIO_VS_AGENCY,
  DEFAULT_TEMPLATE_IDS,
  defaultPlan,
  findTemplate,
  FRACTIONAL_AI_CTO,
  FRACTIONAL_CTO_ROLE,
  planFromTemplates,
  scenarioFromTemplate,
  TEMPLATES,
  type Template,
} from '#shared/templates';

const SEEDS = join(process.cwd(), '../shared/seeds');

const SEED_FILE_BY_TITLE: ReadonlyMap<string, string> = new Map([
  [CAIO_VS_AGENCY.title, '000_bdd026669e11f0cb.txt'],
  [AI_OFFICER_VS_CTO.title, '001_39090eef900f1f13.txt'],
  [AI_OFFICER_COST.title, '002_66fc1a0e4c810903.txt'],
  [FRACTIONAL_CTO_ROLE.title, '003_23516ba035d546ff.txt'],
  [FRACTIONAL_AI_CTO.title, '004_3c645371089bbc7d.txt'],
]);

const TABLE_IDS = [
  'caio-agency',
  'ai-officer',
  'full-time-hire',
  'fractional-caio',
  'agency-project',
  'agency-retainer',
  'outcome-foundation',
  'outcome-production',
  'outcome-transformation',
  'officer-retainer',
  'officer-embedded',
  'officer-day-rate',
  'fractional-cto',
  'full-time-cto',
];

/** Collapses whitespace and straightens typographic quotes, so a quote matches however the page typeset it. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function seedText(title: string): string {
  const file = SEED_FILE_BY_TITLE.get(title);
  if (!file) throw new Error(`no seed file for article '${title}'`);
  return normalise(readFileSync(join(SEEDS, file), 'utf8'));
}

function template(id: string): Template {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template '${id}'`);
  return found;
}

function field(templateId: string, itemId: string, name: string): NumberOrRange | undefined {
  const item = template(templateId).items.find((i) => i.id === itemId);
  if (!item) throw new Error(`no item '${itemId}' in '${templateId}'`);
  return (item as Record<string, unknown>)[name] as NumberOrRange | undefined;
}

function rangeOf(templateId: string, itemId: string, name: string): Range {
  const value = field(templateId, itemId, name);
  if (typeof value !== 'object') throw new Error(`${templateId}.${itemId}.${name} is not a range`);
  return value;
}

const allItems: [string, ItemInput][] = TEMPLATES.flatMap((t) => t.items.map((item): [string, ItemInput] => [`${t.id} / ${item.id}`, item]));

describe('template catalog', () => {
  it('lists every template of the cost-model table, in the table order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(TABLE_IDS);
  });

  it('gives every template a unique id, and every item an id unique within its template', () => {
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
    for (const t of TEMPLATES) {
      expect(new Set(t.items.map((i) => i.id)).size, t.id).toBe(t.items.length);
    }
  });

  it.each(TABLE_IDS)('turns template %s into a plan that parses with the plan schema', (id) => {
    const input = planFromTemplates([id], '2026-07');
    if (!input.ok) throw new Error(input.error);
    expect(planSchema.safeParse(input.value).success).toBe(true);
    const plan = parsePlan(input.value);
    expect(plan.ok ? [] : plan.error).toEqual([]);
  });

  it.each(allItems)('cites for %s an article whose text contains its excerpt', (_, item) => {
    const source = item.source;
    if (source?.type !== 'article') throw new Error('the item has no article source');
    expect(source.excerpt?.trim()).toBeTruthy();
    const text = seedText(source.title);
    // " … " joins verbatim passages with words left out between them.
    for (const passage of (source.excerpt ?? '').split('…').map(normalise).filter(Boolean)) {
      expect(text).toContain(passage);
    }
  });

  it('cites each article with the title, author and date of the seed list, and no file names', () => {
    expect(ARTICLES.map((a) => [a.title, a.author, a.date])).toEqual([
      ['Fractional Chief AI Officer vs AI Agency', 'Kadin Nestler (Ascero AI)', '2026-05-28'],
      ['Fractional AI Officer vs Fractional CTO', 'a fractional AI officer', '2026'],
      ['Fractional AI Officer Cost: Day Rates, Retainers, and What You Get', 'Mahmoud Zalt', '2026'],
      ['What a Fractional CTO Does (and When to Hire One)', 'Digital Monestary', '2026'],
      ['What is a fractional AI CTO?', 'Josh Cruz (Digital Monestary)', '2026-06'],
    ]);
    expect(JSON.stringify(TEMPLATES)).not.toMatch(/\.txt|seeds\//);
  });

  it('names in each template the sources of every item it holds', () => {
    for (const t of TEMPLATES) {
      const titles = t.sources.map((s) => s.title);
      for (const item of t.items) expect(titles, `${t.id} / ${item.id}`).toContain(item.source?.type === 'article' && item.source.title);
    }
  });

  it.each([
    ['caio-agency', 'caio-retainer', 'monthlyFee', [5_000, 7_500, 10_000]],
    ['caio-agency', 'agency-project', 'feePerWorkflow', [40_000, 45_000, 50_000]],
    ['caio-agency', 'agency-project', 'workflowsPerYear', [2, 3, 4]],
    ['caio-agency', 'agency-project', 'buildMonths', [1, 2, 3]],
    ['ai-officer', 'officer-retainer', 'monthlyFee', [3_000, 4_000, 5_000]],
    ['full-time-hire', 'executive-salary', 'baseSalary', [250_000, 320_000, 450_000]],
    ['full-time-hire', 'executive-salary', 'loadPct', [10, 12.5, 20]],
    ['full-time-hire', 'executive-salary', 'recruitingFee', [60_000, 70_000, 80_000]],
    ['full-time-hire', 'executive-salary', 'hireLagMonths', [2, 3, 6]],
    ['full-time-hire', 'executive-salary', 'rampMonths', [3, 3, 4]],
    ['full-time-hire', 'executive-salary', 'equityPct', [1, 1.5, 2]],
    ['fractional-caio', 'caio-retainer', 'monthlyFee', [5_000, 10_000, 15_000]],
    ['agency-project', 'agency-project', 'feePerWorkflow', [40_000, 60_000, 120_000]],
    ['agency-project', 'agency-project', 'workflowsPerYear', [2, 3, 4]],
    ['agency-retainer', 'agency-retainer', 'monthlyFee', [8_000, 12_000, 25_000]],
    ['officer-retainer', 'officer-retainer', 'monthlyFee', [8_500, 9_500, 14_000]],
    ['officer-embedded', 'officer-embedded', 'monthlyFee', [20_000, 24_000, 30_000]],
    ['officer-day-rate', 'officer-day-rate', 'rate', [2_500, 3_500, 4_500]],
    ['fractional-cto', 'cto-retainer', 'monthlyFee', [5_000, 10_000, 18_000]],
    ['full-time-cto', 'cto-salary', 'baseSalary', [285_000, 300_000, 330_000]],
    ['full-time-cto', 'cto-salary', 'recruitingFee', [57_000, 60_000, 66_000]],
  ] as const)('holds %s %s %s as low / base / high of the cost-model table', (templateId, itemId, name, [low, base, high]) => {
    expect(rangeOf(templateId, itemId, name)).toEqual({ low, base, high });
  });

  it.each([
    ['outcome-foundation', 4_000, 12],
    ['outcome-production', 7_500, 4],
    ['outcome-transformation', 12_500, 2],
  ] as const)('prices %s at a fixed %d a month, first ship after 1 month, then every %d', (id, fee, every) => {
    expect(field(id, 'outcome-retainer', 'monthlyFee')).toBe(fee);
    const item = template(id).items[0];
    expect(item && 'delivery' in item ? item.delivery : undefined).toEqual({ firstShipAfterMonths: 1, everyMonths: every });
  });

  it('keeps single figures of the table as plain numbers', () => {
    expect(field('officer-retainer', 'officer-retainer', 'minimumMonths')).toBe(2);
    expect(field('officer-retainer', 'officer-retainer', 'discountPct')).toBe(0);
    expect(field('officer-embedded', 'officer-embedded', 'minimumMonths')).toBe(3);
    expect(field('officer-day-rate', 'officer-day-rate', 'quantity')).toBe(4);
    expect(field('full-time-cto', 'cto-salary', 'loadPct')).toBe(12.5);
  });

  it('gives delivery only where the table does', () => {
    const delivery = Object.fromEntries(TEMPLATES.map((t) => [t.id, t.items.map((i) => ('delivery' in i ? i.delivery : undefined) ?? null)]));
    expect(delivery['ai-officer']).toEqual([{ firstShipAfterMonths: { low: 1, base: 2, high: 2 }, everyMonths: 2 }]);
    expect(delivery['full-time-hire']).toEqual([{ firstShipAfterMonths: 3, everyMonths: 3 }]);
    expect(delivery['agency-retainer']).toEqual([{ firstShipAfterMonths: 2, everyMonths: 4 }]);
    expect(delivery['fractional-caio']).toEqual([null]);
  });

  it('reproduces the first-year checks of the cost model from its figures', () => {
    const caio = rangeOf('caio-agency', 'caio-retainer', 'monthlyFee');
    const fee = rangeOf('caio-agency', 'agency-project', 'feePerWorkflow');
    const perYear = rangeOf('caio-agency', 'agency-project', 'workflowsPerYear');
    expect(12 * caio.low + perYear.low * fee.low).toBe(140_000);
    expect(12 * caio.high + perYear.high * fee.high).toBe(320_000);
    const fractional = rangeOf('fractional-caio', 'caio-retainer', 'monthlyFee');
    expect([12 * fractional.low, 12 * fractional.high]).toEqual([60_000, 180_000]);
    expect(12 * Number(field('outcome-foundation', 'outcome-retainer', 'monthlyFee'))).toBe(48_000);
    expect(12 * Number(field('outcome-transformation', 'outcome-retainer', 'monthlyFee'))).toBe(150_000);
    const salary = rangeOf('full-time-hire', 'executive-salary', 'baseSalary').base;
    const load = rangeOf('full-time-hire', 'executive-salary', 'loadPct').base;
    expect(salary * (1 + load / 100) + rangeOf('full-time-hire', 'executive-salary', 'recruitingFee').base).toBe(430_000);
    expect(12 * rangeOf('officer-embedded', 'officer-embedded', 'monthlyFee').base).toBe(288_000);
  });
});

describe('plans from templates', () => {
  it('makes the default plan of exactly caio-agency, ai-officer and full-time-hire', () => {
    const plan = defaultPlan('2026-07');
    expect(plan.scenarios.map((s) => [s.id, s.template])).toEqual([
      ['caio-agency', 'caio-agency'],
      ['ai-officer', 'ai-officer'],
      ['full-time-hire', 'full-time-hire'],
    ]);
    expect(DEFAULT_TEMPLATE_IDS).toEqual(TEMPLATES.slice(0, 3).map((t) => t.id));
    expect(plan.settings.startMonth).toBe('2026-07');
    expect(plan.settings.horizonMonths).toBe(36);
    expect(plan.quotes).toEqual([]);
  });

  it('refuses an unknown template id with a message that says how to list them', () => {
    expect(planFromTemplates(['caio-agency', 'xyz'], '2026-07')).toEqual({
      ok: false,
      error: "unknown template 'xyz'; run 'leadsheet templates' to list them",
    });
  });

  it('gives a repeated template unique scenario ids and names, and the plan still parses', () => {
    const input = planFromTemplates(['ai-officer', 'caio-agency', 'ai-officer', 'ai-officer'], '2026-07');
    if (!input.ok) throw new Error(input.error);
    const plan = parsePlan(input.value);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.scenarios.map((s) => s.id)).toEqual(['ai-officer', 'caio-agency', 'ai-officer-2', 'ai-officer-3']);
    expect(new Set(plan.value.scenarios.map((s) => s.name)).size).toBe(4);
    expect(plan.value.scenarios.map((s) => s.template)).toEqual(['ai-officer', 'caio-agency', 'ai-officer', 'ai-officer']);
  });

  it('makes a scenario whose id defaults to the template id and may be given', () => {
    expect(scenarioFromTemplate(template('fractional-cto')).id).toBe('fractional-cto');
    expect(scenarioFromTemplate(template('fractional-cto'), 'cto-b')).toMatchObject({ id: 'cto-b', template: 'fractional-cto' });
  });

  it('hands out copies: mutating a scenario from a template leaves the catalog unchanged', () => {
    const before = JSON.stringify(TEMPLATES);
    const scenario = scenarioFromTemplate(template('caio-agency'));
    const item = scenario.items[0] as Record<string, unknown>;
    (item.monthlyFee as Record<string, number>).base = 1;
    (item.source as Record<string, string>).excerpt = 'changed';
    item.notes = 'changed';
    scenario.items.pop();
    expect(JSON.stringify(TEMPLATES)).toBe(before);
  });
});
