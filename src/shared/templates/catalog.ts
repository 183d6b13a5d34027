import type { ArticleSource, Range } from '../model';
import { AI_OFFICER_COST, AI_OFFICER_VS_CTO, CAIO_VS_AGENCY, FRACTIONAL_AI_CTO, FRACTIONAL_CTO_ROLE } from './articles';
import type { Template } from './template';

// The figures are cost-model.md's "Templates" table; each excerpt is verbatim from the cited article,
// with " … " marking words left out between two verbatim passages.

function range(low: number, base: number, high: number): Range {
  return { low, base, high };
}

function cite(article: ArticleSource, excerpt: string): ArticleSource {
  return { ...article, excerpt };
}

/** One of the three published outcome-priced tiers: a fixed monthly fee that ships a workflow every `everyMonths`. */
function outcomeTier(tier: string, monthlyFee: number, everyMonths: number, excerpt: string, summary: string): Template {
  return {
    id: `outcome-${tier.toLowerCase()}`,
    name: `Outcome-priced agency, ${tier} tier`,
    summary: `Outcome-priced agency, ${tier} tier: ${summary}`,
    sources: [CAIO_VS_AGENCY],
    items: [
      {
        id: 'outcome-retainer',
        name: `${tier} tier retainer`,
        kind: 'retainer',
        category: 'delivery',
        monthlyFee,
        delivery: { firstShipAfterMonths: 1, everyMonths },
        notes: 'Month-to-month; first workflow in 21–30 days',
        source: cite(CAIO_VS_AGENCY, excerpt),
      },
    ],
  };
}

/** Every sourced template, in cost-model.md's table order; money in USD, fees per month, salaries per year. */
export const TEMPLATES: readonly Template[] = [
  {
    id: 'caio-agency',
    name: 'Fractional CAIO + agency',
    summary: 'Fractional CAIO for strategy plus an agency shipping 2–4 workflows a year; $140K–$320K a year',
    sources: [CAIO_VS_AGENCY],
    items: [
      {
        id: 'caio-retainer',
        name: 'CAIO retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(5_000, 7_500, 10_000),
        notes: '12–20 h/mo',
        source: cite(CAIO_VS_AGENCY, 'The CAIO sets strategy at $60K–$120K per year for 12–20 hours per month.'),
      },
      {
        id: 'agency-project',
        name: 'Agency project',
        kind: 'project',
        category: 'delivery',
        feePerWorkflow: range(40_000, 45_000, 50_000),
        workflowsPerYear: range(2, 3, 4),
        buildMonths: range(1, 2, 3),
        source: cite(CAIO_VS_AGENCY, 'The agency executes against that strategy at $80K–$200K per year for 2–4 workflows.'),
      },
    ],
  },
  {
    id: 'ai-officer',
    name: 'Fractional AI officer only',
    summary: 'Fractional AI officer who builds automations, 10–20 h/mo, first workflow in 1–2 months; $3K–$5K a month',
    sources: [AI_OFFICER_VS_CTO],
    items: [
      {
        id: 'officer-retainer',
        name: 'AI officer retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(3_000, 4_000, 5_000),
        delivery: { firstShipAfterMonths: range(1, 2, 2), everyMonths: 2 },
        notes: '10–20 h/mo; ROI usually within 30–60 days',
        source: cite(
          AI_OFFICER_VS_CTO,
          'A Fractional AI Officer costs $3,000-$5,000 per month for 10-20 hours. … ROI is also faster, usually within 30-60 days',
        ),
      },
    ],
  },
  {
    id: 'full-time-hire',
    name: 'Full-time AI executive',
    summary: 'Full-time AI executive (Series A example): $250K–$450K base plus load, a $60K–$80K recruiting fee and 1–2% equity',
    sources: [AI_OFFICER_COST, CAIO_VS_AGENCY, FRACTIONAL_AI_CTO],
    items: [
      {
        id: 'executive-salary',
        name: 'AI executive salary',
        kind: 'salary',
        category: 'leadership',
        baseSalary: range(250_000, 320_000, 450_000),
        loadPct: range(10, 12.5, 20),
        recruitingFee: range(60_000, 70_000, 80_000),
        hireLagMonths: range(2, 3, 6),
        rampMonths: range(3, 3, 4),
        equityPct: range(1, 1.5, 2),
        delivery: { firstShipAfterMonths: 3, everyMonths: 3 },
        notes: 'Base $320K with $40K benefits (12.5% load) in the Series A example; full-time base runs $250K–$450K',
        source: cite(
          AI_OFFICER_COST,
          'A full-time CAIO at a Series A company costs $320,000 in salary, $40,000 in benefits, $60,000 to $80,000 in recruiting fees, and 1 to 2 percent equity at typical strike price. … before they are productive at month 3 to 4.',
        ),
      },
    ],
  },
  {
    id: 'fractional-caio',
    name: 'Fractional CAIO only',
    summary: 'Fractional CAIO for strategy and governance, 16–40 h/mo, ships no workflow itself; $5K–$15K a month',
    sources: [CAIO_VS_AGENCY],
    items: [
      {
        id: 'caio-retainer',
        name: 'CAIO retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(5_000, 10_000, 15_000),
        notes: '16–40 h/mo; ships 0–1 workflows in year 1 (typically zero), so no delivery is counted',
        source: cite(CAIO_VS_AGENCY, '$5,000–$15,000 per month for 16–40 hours of senior CAIO time.'),
      },
    ],
  },
  {
    id: 'agency-project',
    name: 'AI agency, project-based',
    summary: 'AI agency paid per workflow, 2–4 a year, each built in 1–3 months; $40K–$120K per workflow',
    sources: [CAIO_VS_AGENCY],
    items: [
      {
        id: 'agency-project',
        name: 'Agency project',
        kind: 'project',
        category: 'delivery',
        feePerWorkflow: range(40_000, 60_000, 120_000),
        workflowsPerYear: range(2, 3, 4),
        buildMonths: range(1, 2, 3),
        source: cite(
          CAIO_VS_AGENCY,
          'Project-based — $40K–$120K per workflow. The agency scopes one production AI workflow and ships it inside 30–90 days.',
        ),
      },
    ],
  },
  {
    id: 'agency-retainer',
    name: 'AI agency on retainer',
    summary: 'AI agency on a monthly retainer, a workflow every 4 months; $8K–$25K a month (median $12K)',
    sources: [CAIO_VS_AGENCY],
    items: [
      {
        id: 'agency-retainer',
        name: 'Agency retainer',
        kind: 'retainer',
        category: 'delivery',
        monthlyFee: range(8_000, 12_000, 25_000),
        delivery: { firstShipAfterMonths: 2, everyMonths: 4 },
        source: cite(
          CAIO_VS_AGENCY,
          'Monthly retainer — $8K–$25K/month. … Median SMB-tier retainer is $12K/month per Groovy Web 2026 rates.',
        ),
      },
    ],
  },
  outcomeTier(
    'Foundation',
    4_000,
    12,
    'Foundation — $4,000/month. One custom agent shipped and maintained.',
    'one agent shipped and maintained, a workflow a year; $4,000 a month',
  ),
  outcomeTier(
    'Production',
    7_500,
    4,
    'Production — $7,500/month. A coordinated multi-agent build across front-of-house and back-office.',
    'a multi-agent build, a workflow every 4 months; $7,500 a month',
  ),
  outcomeTier(
    'Transformation',
    12_500,
    2,
    'Transformation — $12,500/month. A top-to-bottom rebuild of how the business runs with dedicated ops support.',
    'a full rebuild with ops support, a workflow every 2 months; $12,500 a month',
  ),
  {
    id: 'officer-retainer',
    name: 'Fractional AI officer, strategic retainer',
    summary: 'Fractional AI officer on a strategic retainer, 8–20 h/week, 2-month minimum; $8,500–$14,000 a month',
    sources: [AI_OFFICER_COST],
    items: [
      {
        id: 'officer-retainer',
        name: 'Strategic retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(8_500, 9_500, 14_000),
        minimumMonths: 2,
        discountPct: 0,
        notes: '8–20 h/week; 10–15% off with a 6-month commitment',
        source: cite(
          AI_OFFICER_COST,
          'Expect $8,500 to $14,000 per month in this range. My own part-time retainer starts at $9,500 per month with a 2-month minimum.',
        ),
      },
    ],
  },
  {
    id: 'officer-embedded',
    name: 'Fractional AI officer, embedded',
    summary: 'Embedded fractional AI officer, 30–40 h/week, 3-month minimum; $20,000–$30,000 a month',
    sources: [AI_OFFICER_COST],
    items: [
      {
        id: 'officer-embedded',
        name: 'Embedded leadership retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(20_000, 24_000, 30_000),
        minimumMonths: 3,
        notes: '30–40 h/week',
        source: cite(
          AI_OFFICER_COST,
          'Market rates run $20,000 to $30,000 per month. My full-time embedded engagement is $24,000 per month with a 3-month minimum.',
        ),
      },
    ],
  },
  {
    id: 'officer-day-rate',
    name: 'Fractional AI officer, day rate',
    summary: 'Fractional AI officer by the day for scoped work, 4 days a month; $2,500–$4,500 a day',
    sources: [AI_OFFICER_COST],
    items: [
      {
        id: 'officer-day-rate',
        name: 'AI officer day rate',
        kind: 'timeAndMaterials',
        category: 'leadership',
        rate: range(2_500, 3_500, 4_500),
        unit: 'day',
        quantity: 4,
        per: 'month',
        notes: '4 days a month; below 3–5 days a week the article expects advice rather than leadership',
        source: cite(
          AI_OFFICER_COST,
          'These are scoped deliverables billed at a day rate of $2,500 to $4,500 per day, or as a fixed project fee.',
        ),
      },
    ],
  },
  {
    id: 'fractional-cto',
    name: 'Fractional CTO',
    summary: 'Fractional CTO on retainer, 15–30 h/mo; $5K–$18K a month',
    sources: [AI_OFFICER_VS_CTO, FRACTIONAL_CTO_ROLE, FRACTIONAL_AI_CTO],
    items: [
      {
        id: 'cto-retainer',
        name: 'Fractional CTO retainer',
        kind: 'retainer',
        category: 'leadership',
        monthlyFee: range(5_000, 10_000, 18_000),
        notes: '15–30 h/mo; base from $10,000/mo (Josh Cruz); high from ~$120K–$216K a year on retainer (Digital Monestary)',
        source: cite(AI_OFFICER_VS_CTO, 'A Fractional CTO typically costs $5,000-$15,000 per month for 15-30 hours.'),
      },
    ],
  },
  {
    id: 'full-time-cto',
    name: 'Full-time CTO',
    summary: 'Full-time CTO: $285K–$330K salary plus 12.5% load and a recruiting fee of 20% of salary',
    sources: [FRACTIONAL_CTO_ROLE],
    items: [
      {
        id: 'cto-salary',
        name: 'CTO salary',
        kind: 'salary',
        category: 'leadership',
        baseSalary: range(285_000, 300_000, 330_000),
        loadPct: 12.5,
        recruitingFee: range(57_000, 60_000, 66_000),
        notes: 'Recruiting fee taken as 20% of salary; equity not included',
        source: cite(
          FRACTIONAL_CTO_ROLE,
          '~$285k–$330k+ total cash comp (Glassdoor and Salary.com, 2026), plus equity and benefits',
        ),
      },
    ],
  },
];
