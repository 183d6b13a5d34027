import type { PricingModel } from '#shared/model';

/**
 * What a price's unit says about how it is billed. `timeAndMaterials` is hourly or daily, as the
 * price's own unit decides; `week` is a unit no pricing model bills by.
 */
export type UnitMeaning = PricingModel | 'timeAndMaterials' | 'week';

/** A unit phrase found in a text, and where, so the rest can be read as the number. */
export interface UnitMark {
  readonly meaning: UnitMeaning;
  readonly index: number;
  readonly length: number;
}

// "/mo", "per month", "a month", "pro Monat": a marker then a unit word (English, German, French, Spanish).
const PER = String.raw`(?:\/\s*|\b(?:per|a|an|each|pro|par|por)\s+)`;
// Not followed by a letter. Latin letters only, so the patterns need no 'u' flag: a third faster on 100,000 prices.
const NOT_LETTER = String.raw`(?![a-zA-ZÀ-ÖØ-öø-ÿ])`;
const END = String.raw`${NOT_LETTER}\.?`;

/** Unit phrases inside a price (`$9,500/mo`, `€2.5k per day`, `£800 daily`); the earliest in the text counts. */
const PRICE_UNITS: readonly { re: RegExp; meaning: UnitMeaning }[] = [
  { re: new RegExp(`${PER}(?:mo|mos|mth|mths|m|month|months|calendar month|monat|mois|mes)${END}|\\b(?:monthly|pcm|p\\.?\\s?m|per mensem)${END}|\\bretainer\\b`, 'gi'), meaning: 'retainer' },
  { re: new RegExp(`${PER}(?:h|hr|hrs|hour|hours|std|stunde|heure|hora)${END}|\\b(?:hourly|p\\.?\\s?h)${END}`, 'gi'), meaning: 'hourly' },
  { re: new RegExp(`${PER}(?:d|day|days|diem|tag|jour|día|dia)${END}|\\b(?:daily|day rate|per diem|p\\.?\\s?d)${END}`, 'gi'), meaning: 'daily' },
  { re: new RegExp(`${PER}(?:w|wk|wks|week|weeks|woche|semaine|semana)${END}|\\b(?:weekly|p\\.?\\s?w)${END}`, 'gi'), meaning: 'week' },
  { re: new RegExp(`${PER}(?:y|yr|yrs|year|years|annum|jahr|an|année|año)${END}|\\b(?:annual|annually|yearly|p\\.?\\s?a|salary)${END}`, 'gi'), meaning: 'salary' },
  { re: new RegExp(`${PER}(?:project|projects|workflow|workflows|use case|deliverable|engagement|sprint|phase|milestone)${END}`, 'gi'), meaning: 'project' },
  { re: /\b(?:one[\s-]?off|one[\s-]?time|once|fixed[\s-]fee|fixed[\s-]price|lump[\s-]sum|flat[\s-]fee|set[\s-]?up[\s-]fee|upfront|up[\s-]front)(?![a-zA-ZÀ-ÖØ-öø-ÿ])/gi, meaning: 'oneTime' },
  { re: /\b(?:t\s?&\s?m|time\s+(?:and|&)\s+materials?)(?![a-zA-ZÀ-ÖØ-öø-ÿ])/gi, meaning: 'timeAndMaterials' },
];

/** All the unit phrases as one pattern with a group per phrase (theirs are all non-capturing), so a text is scanned once and the leftmost phrase wins. */
const ANY_UNIT = new RegExp(PRICE_UNITS.map(({ re }) => `(${re.source})`).join('|'), 'gi');

/** Every unit phrase in a price text, earliest first. */
export function findUnits(text: string): UnitMark[] {
  const marks: UnitMark[] = [];
  for (const match of text.matchAll(ANY_UNIT)) {
    const group = match.findIndex((g, i) => i > 0 && g !== undefined);
    const unit = PRICE_UNITS[group - 1];
    if (unit) marks.push({ meaning: unit.meaning, index: match.index, length: match[0].length });
  }
  return marks;
}

/** Words a pricing-model or unit cell may hold alone, normalised to lower-case words. */
const MODEL_WORDS: readonly [UnitMeaning, readonly string[]][] = [
  ['retainer', ['retainer', 'monthly retainer', 'monthly', 'month', 'months', 'mo', 'per month', 'subscription', 'monthly fee', 'fractional', 'recurring', 'monatlich', 'pauschale monatlich', 'mensuel', 'mensual']],
  ['hourly', ['hourly', 'hour', 'hours', 'hr', 'hrs', 'h', 'per hour', 'hourly rate', 'stundlich', 'stundensatz', 'horaire']],
  ['daily', ['daily', 'day', 'days', 'd', 'per day', 'day rate', 'daily rate', 'per diem', 'taglich', 'tagessatz', 'journalier', 'tjm']],
  ['week', ['weekly', 'week', 'weeks', 'wk', 'per week']],
  ['salary', ['salary', 'annual', 'annually', 'yearly', 'year', 'years', 'yr', 'per year', 'per annum', 'pa', 'full time', 'full time hire', 'fte', 'hire', 'permanent', 'employment', 'jahrlich', 'gehalt', 'annuel', 'salaire']],
  ['project', ['project', 'per project', 'workflow', 'per workflow', 'use case', 'per use case', 'milestone', 'milestones', 'deliverable', 'fixed scope', 'outcome', 'outcome based', 'projekt', 'projet', 'proyecto']],
  ['oneTime', ['one off', 'oneoff', 'one time', 'onetime', 'once', 'fixed fee', 'fixed price', 'fixed', 'lump sum', 'flat fee', 'setup', 'set up', 'setup fee', 'upfront', 'pauschal', 'festpreis', 'einmalig', 'forfait']],
  ['timeAndMaterials', ['t and m', 't m', 'tm', 'time and materials', 'time and material', 'time materials']],
];

const MODEL_LOOKUP: ReadonlyMap<string, UnitMeaning> = new Map(MODEL_WORDS.flatMap(([meaning, words]) => words.map((w): [string, UnitMeaning] => [w, meaning])));

/** Model and unit cells repeat down a sheet: a few distinct texts, read once each. */
const modelCache = new Map<string, UnitMeaning | null>();
const MODEL_CACHE_SIZE = 1_000;

/** A pricing-model or unit cell (`Monthly retainer`, `T&M`, `day`, `oneTime`) as its meaning, or null when unknown. */
export function modelOfWords(text: string): UnitMeaning | null {
  const cached = modelCache.get(text);
  if (cached !== undefined) return cached;
  const meaning = readModelWords(text);
  if (modelCache.size >= MODEL_CACHE_SIZE) modelCache.clear();
  modelCache.set(text, meaning);
  return meaning;
}

function readModelWords(text: string): UnitMeaning | null {
  const words = text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const exact = MODEL_LOOKUP.get(words);
  if (exact) return exact;
  // A cell that is a price phrase after all (`per month`, `/hr`) reads like one.
  const [mark] = findUnits(text);
  return mark && mark.length >= text.trim().length - 1 ? mark.meaning : null;
}
