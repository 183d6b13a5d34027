import { QUOTE_FIELD_LABELS } from '#shared/ipc/jobChannels';
import { err, ok, type Result } from '#shared/result';
import { cellText, columnIndex, columnLetter, type GridCell } from './grid';

/** The columns a quote sheet may have, in the order a mapping lists them. */
export const QUOTE_FIELDS = ['vendor', 'service', 'pricingModel', 'amount', 'currency', 'unit', 'quantity', 'per', 'term', 'minimumTerm', 'discount', 'start', 'notes'] as const;

/** One column a quote sheet may have. */
export type QuoteField = (typeof QUOTE_FIELDS)[number];

/** How a field is named to a user, in error messages: the words the renderer's mapping editor shows. */
export const FIELD_LABELS: Readonly<Record<QuoteField, string>> = QUOTE_FIELD_LABELS;

/**
 * Header names by field, normalised (see {@link normaliseHeader}). A header matches a name that
 * it equals, starts with or ends with as whole words, and the longest name matched wins: so
 * `Min. term` is a minimum term, not a term, and `Hourly rate` a price.
 */
const SYNONYMS: Readonly<Record<QuoteField, readonly string[]>> = {
  vendor: ['vendor', 'provider', 'supplier', 'company', 'firm', 'agency', 'partner', 'consultancy', 'bidder', 'contractor', 'anbieter', 'lieferant', 'fournisseur', 'prestataire', 'proveedor'],
  service: ['service', 'services', 'description', 'item', 'line item', 'role', 'scope', 'deliverable', 'offering', 'product', 'package', 'position', 'engagement', 'leistung', 'beschreibung', 'prestation', 'servicio'],
  pricingModel: ['pricing model', 'billing basis', 'billing model', 'billing type', 'billing', 'basis', 'pricing basis', 'fee type', 'price type', 'charge type', 'rate type', 'fee basis', 'engagement type', 'contract type', 'model', 'type', 'abrechnung', 'modele'],
  amount: ['price', 'rate', 'fee', 'amount', 'cost', 'charge', 'pricing', 'unit price', 'unit rate', 'unit cost', 'quote', 'quoted price', 'list price', 'net price', 'retainer', 'setup fee', 'start up fee', 'onboarding fee', 'preis', 'betrag', 'tarif', 'prix', 'montant', 'precio'],
  currency: ['currency', 'ccy', 'cur', 'curr', 'currency code', 'wahrung', 'devise', 'moneda'],
  unit: ['unit', 'uom', 'unit of measure', 'billing unit', 'price unit', 'rate unit', 'billed per', 'charged per', 'priced per', 'einheit', 'unite'],
  quantity: ['qty', 'quantity', 'hours', 'hrs', 'days', 'volume', 'count', 'effort', 'estimated hours', 'est hours', 'number of hours', 'number of days', 'no of hours', 'no of days', 'menge', 'anzahl', 'stunden', 'tage', 'quantite', 'cantidad'],
  per: ['per', 'frequency', 'cadence', 'quantity per', 'qty per'],
  term: ['term', 'duration', 'contract term', 'contract length', 'contract duration', 'length', 'engagement length', 'period', 'laufzeit', 'dauer', 'duree'],
  minimumTerm: ['min term', 'minimum term', 'min commitment', 'minimum commitment', 'commitment', 'lock in', 'minimum period', 'min period', 'minimum duration', 'min duration', 'minimum months', 'min months', 'mindestlaufzeit', 'duree minimale'],
  discount: ['discount', 'disc', 'rebate', 'reduction', 'rabatt', 'nachlass', 'remise', 'descuento'],
  start: ['start', 'start date', 'start month', 'starts', 'from', 'commencement', 'begin', 'begins', 'available from', 'availability', 'effective date', 'effective from', 'valid from', 'go live', 'beginn', 'debut', 'inicio'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'remark', 'memo', 'conditions', 'caveats', 'assumptions', 'details', 'additional info', 'additional information', 'bemerkung', 'bemerkungen', 'anmerkungen', 'kommentar', 'commentaires', 'remarques', 'notas'],
};

/** Header text reduced for matching: lower case, no accents, no parenthesised hints, punctuation as spaces. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Match {
  readonly field: QuoteField;
  readonly length: number;
  readonly rank: number;
}

const PHRASES: readonly { field: QuoteField; phrase: string }[] = QUOTE_FIELDS.flatMap((field) => SYNONYMS[field].map((phrase) => ({ field, phrase })));

/** The field a header names, or null; an exact name beats one the header starts with, which beats one it ends with. */
export function fieldOfHeader(text: string): QuoteField | null {
  const header = normaliseHeader(text);
  if (header === '') return null;
  let best: Match | null = null;
  for (const { field, phrase } of PHRASES) {
    const rank = header === phrase ? 3 : header.startsWith(`${phrase} `) ? 2 : header.endsWith(` ${phrase}`) ? 1 : 0;
    if (rank === 0) continue;
    if (!best || phrase.length > best.length || (phrase.length === best.length && rank > best.rank)) best = { field, length: phrase.length, rank };
  }
  return best?.field ?? null;
}

/** One column a field is read from: its 0-based index, letter and header text. */
export interface ColumnMapping {
  readonly field: QuoteField;
  readonly column: number;
  readonly letter: string;
  readonly header: string;
}

/** A caller's correction: field → a header's text or a column letter; an empty value unmaps the field. */
export type ColumnOverride = Readonly<Partial<Record<QuoteField, string>>>;

/** Names a caller may use for a field besides its own, matched without regard to case. */
const FIELD_ALIASES: Readonly<Record<string, QuoteField>> = {
  price: 'amount',
  rate: 'amount',
  model: 'pricingModel',
  pricingmodel: 'pricingModel',
  qty: 'quantity',
  termmonths: 'term',
  minimumterm: 'minimumTerm',
  minimummonths: 'minimumTerm',
  minterm: 'minimumTerm',
  discountpct: 'discount',
  comments: 'notes',
};

/** The field a caller named (`amount`, `Price`, `minimumTerm`, `min-term`), or null. */
export function fieldNamed(name: string): QuoteField | null {
  const key = name.toLowerCase().replace(/[^a-z]/g, '');
  const own = QUOTE_FIELDS.find((f) => f.toLowerCase() === key);
  return own ?? FIELD_ALIASES[key] ?? null;
}

/** The column a caller's override names: a header's text first (a header may read `Fee`), then a letter within the sheet (`Ccy` is column 2,131). */
function overrideColumn(header: readonly GridCell[], target: string, width: number): number | null {
  const wanted = normaliseHeader(target);
  const byHeader = header.findIndex((cell) => cell.kind === 'text' && (cell.text.trim() === target.trim() || (wanted !== '' && normaliseHeader(cell.text) === wanted)));
  if (byHeader >= 0) return byHeader;
  const byLetter = columnIndex(target.trim());
  return byLetter !== null && byLetter < width ? byLetter : null;
}

/**
 * Maps a header row's columns to fields: each field to the first column naming it, left to right,
 * then the caller's overrides, which win and take their column from any field that had it. A
 * letter names a column only within `width`, the sheet's widest row.
 */
export function mapColumns(header: readonly GridCell[], override: ColumnOverride = {}, width = header.length): Result<ColumnMapping[], string> {
  const byField = new Map<QuoteField, number>();
  header.forEach((cell, column) => {
    if (cell.kind !== 'text') return;
    const field = fieldOfHeader(cell.text);
    if (field && !byField.has(field)) byField.set(field, column);
  });
  for (const [field, target] of Object.entries(override) as [QuoteField, string | undefined][]) {
    if (target === undefined) continue;
    byField.delete(field);
    if (target.trim() === '') continue;
    const column = overrideColumn(header, target, width);
    if (column === null) return err(`no column '${target}' for ${field}`);
    for (const [other, c] of byField) if (c === column) byField.delete(other);
    byField.set(field, column);
  }
  const mapping = QUOTE_FIELDS.flatMap((field): ColumnMapping[] => {
    const column = byField.get(field);
    if (column === undefined) return [];
    return [{ field, column, letter: columnLetter(column), header: cellText(header[column] ?? { kind: 'empty' }).trim() }];
  });
  return ok(mapping);
}
