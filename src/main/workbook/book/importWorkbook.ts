import { addMonths, CURRENT_SCHEMA_VERSION, parsePlan, type Plan, type PlanIssue } from '#shared/model';
import { err, type Result } from '#shared/result';
import { ASSUMPTIONS, ITEM_COLUMNS, ITEM_NUMBER_FIELDS, ITEM_TEXT_FIELDS, MARKER, SCENARIO_HEADERS, SETTING_ROWS, numberHeader, type CASES, type ItemNumberField } from './assumptionsLayout';
import { address } from './cells';
import { CUSTOM_FIRST_COLUMN } from './assumptionsSheet';
import { QUOTES_SHEET, type QUOTE_HEADERS } from './quotesSheet';
import type { CellRead } from './readCells';
import type { ImportSheet, ImportSource } from './importSource';
import { SCENARIO_COLUMNS, SCENARIO_ROWS } from './scenarioLayout';

/** Fields of each kind, beyond the common ones, that import carries over from the Assumptions row. */
const KIND_FIELDS: Readonly<Record<string, readonly ItemNumberField[]>> = {
  retainer: ['monthlyFee', 'discountPct', 'minimumMonths'],
  timeAndMaterials: ['rate', 'quantity'],
  project: ['feePerWorkflow', 'workflowsPerYear', 'buildMonths'],
  salary: ['baseSalary', 'loadPct', 'bonusPct', 'recruitingFee', 'signingBonus', 'hireLagMonths', 'rampMonths', 'equityPct'],
  oneTime: ['amount'],
  custom: [],
};

const DELIVERY_FIELDS: readonly ItemNumberField[] = ['firstShipAfterMonths', 'everyMonths', 'maxWorkflows'];

/** Where a value came from, so a validation message can name the cell. */
type Places = Map<string, string>;

function place(sheet: string, row: number, column: number): string {
  return `${sheet}!${address(row, column)}`;
}

function asNumber(v: CellRead): number | string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(/,/g, ''));
    return v.trim() !== '' && Number.isFinite(n) ? n : v;
  }
  return String(v);
}

function monthKeyOf(v: CellRead): string | undefined {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  if (typeof v === 'string') return v.trim().slice(0, 7);
  if (typeof v === 'number') {
    const date = new Date(Math.round((v - 25569) * 86400000));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  return undefined;
}

/** Text of a value, trimmed; a date as YYYY-MM-DD; undefined when empty. */
function textOf(v: CellRead): string | undefined {
  if (v === undefined) return undefined;
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  return text === '' ? undefined : text;
}

/** One row of a sheet, read by 0-based column. */
interface RowReader {
  readonly sheet: string;
  readonly number: number;
  value(column: number): CellRead;
  text(column: number): string | undefined;
}

function rowOf(sheet: ImportSheet, number: number): RowReader {
  const value = (column: number): CellRead => sheet.cell(number, column)?.value;
  return { sheet: sheet.name, number, value, text: (column) => textOf(value(column)) };
}

/** Reads low/base/high cells as a plain number (only base given), a range, or nothing. */
function readRange(row: RowReader, columns: { low: number; base: number; high: number }, path: string, places: Places): unknown {
  const [low, base, high] = [columns.low, columns.base, columns.high].map((c) => asNumber(row.value(c)));
  places.set(path, place(row.sheet, row.number, columns.base));
  for (const [which, c] of Object.entries(columns)) places.set(`${path}.${which}`, place(row.sheet, row.number, c));
  if (low === undefined && high === undefined) return base;
  return { low, base, high };
}

function findRow(sheet: ImportSheet, from: number, test: (row: RowReader) => boolean): number | null {
  for (let r = from; r <= sheet.rowCount; r++) if (test(rowOf(sheet, r))) return r;
  return null;
}

function headerMap(sheet: ImportSheet, row: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const [column, cell] of sheet.rowCells(row)) {
    const text = textOf(cell.value);
    if (text) map.set(text, column);
  }
  return map;
}

/** A refusal of the whole workbook, or validation issues each naming the sheet and cell where it can be fixed. */
export interface ImportFailure {
  readonly issues: readonly PlanIssue[];
}

function refuse(file: string, message: string): Result<never, ImportFailure> {
  return err({ issues: [{ path: '(workbook)', message: `${file}: ${message}` }] });
}

/**
 * Reads a workbook Leadsheet exported back into a plan: settings, exchange rates, scenarios and
 * items from Assumptions (as edited in Excel), overrides from the plain values typed over the
 * month formulas, and the quote library. Anything else is refused with a pointer to `leadsheet quotes`.
 */
export function importWorkbook(workbook: ImportSource, file: string): Result<Plan, ImportFailure> {
  const sheet = workbook.sheet(ASSUMPTIONS);
  if (!sheet || rowOf(sheet, 1).text(0) !== MARKER) {
    return refuse(file, `is not a workbook Leadsheet exported (it has no '${ASSUMPTIONS}' sheet starting '${MARKER}'). To read vendor quotes from it, use: leadsheet quotes ${file}`);
  }
  const places: Places = new Map();
  const settings: Record<string, unknown> = {};
  let name: string | undefined;
  let schemaVersion: unknown = CURRENT_SCHEMA_VERSION;
  const settingsEnd = findRow(sheet, 2, (row) => row.text(0) === 'Exchange rate') ?? sheet.rowCount;
  for (let r = 2; r < settingsEnd; r++) {
    const row = rowOf(sheet, r);
    const setting = SETTING_ROWS.find((s) => s.label === row.text(0));
    if (!setting) continue;
    const path = setting.key === 'name' || setting.key === 'schemaVersion' ? setting.key : `settings.${setting.key}`;
    places.set(path, place(ASSUMPTIONS, r, 2));
    const value = row.value(2);
    if (setting.key === 'name') name = row.text(2);
    else if (setting.key === 'schemaVersion') schemaVersion = value;
    else if (setting.key === 'currency') settings.currency = row.text(2);
    else if (setting.key === 'startMonth') settings.startMonth = monthKeyOf(value);
    else if (setting.ranged) {
      const range = readRange(row, { low: 1, base: 2, high: 3 }, path, places);
      if (range !== undefined) settings[setting.key] = range;
    } else if (value !== undefined) settings[setting.key] = asNumber(value);
  }
  if (typeof schemaVersion === 'number' && schemaVersion > CURRENT_SCHEMA_VERSION) {
    return refuse(file, `was exported by a newer Leadsheet (schema version ${schemaVersion}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Leadsheet to import it`);
  }
  const fxRates: Record<string, unknown> = {};
  for (let r = settingsEnd + 1; r <= sheet.rowCount; r++) {
    const row = rowOf(sheet, r);
    const code = row.text(0);
    if (!code) break;
    fxRates[code] = asNumber(row.value(1));
    places.set(`settings.fxRates.${code}`, place(ASSUMPTIONS, r, 1));
  }
  settings.fxRates = fxRates;

  const scenariosHeader = findRow(sheet, settingsEnd, (row) => row.text(0) === SCENARIO_HEADERS[0] && row.text(1) === SCENARIO_HEADERS[1]);
  const itemsHeader = findRow(sheet, settingsEnd, (row) => row.text(0) === 'Scenario id' && row.text(1) === 'Item id' && row.text(2) !== 'Case');
  if (scenariosHeader === null || itemsHeader === null) return refuse(file, `its ${ASSUMPTIONS} sheet has lost its scenarios or items table header; export the plan again from Leadsheet`);
  const scenarios: Record<string, unknown>[] = [];
  const sheetOf = new Map<string, string>();
  for (let r = scenariosHeader + 1; r < itemsHeader; r++) {
    const row = rowOf(sheet, r);
    const id = row.text(0);
    if (!id) break;
    const s = scenarios.length;
    places.set(`scenarios[${s}]`, place(ASSUMPTIONS, r, 0));
    places.set(`scenarios[${s}].name`, place(ASSUMPTIONS, r, 1));
    const hours = readRange(row, { low: 5, base: 6, high: 7 }, `scenarios[${s}].valueOverrides.hoursSavedPerWorkflowPerMonth`, places);
    const cost = readRange(row, { low: 8, base: 9, high: 10 }, `scenarios[${s}].valueOverrides.loadedHourlyCost`, places);
    const valueOverrides = hours === undefined && cost === undefined ? undefined : { ...(hours === undefined ? {} : { hoursSavedPerWorkflowPerMonth: hours }), ...(cost === undefined ? {} : { loadedHourlyCost: cost }) };
    const template = row.text(3);
    const notes = row.text(4);
    scenarios.push({ id, name: row.text(1), ...(template ? { template } : {}), ...(notes ? { notes } : {}), ...(valueOverrides ? { valueOverrides } : {}), items: [] });
    const sheetName = row.text(2);
    if (sheetName) sheetOf.set(id, sheetName);
  }

  const headers = headerMap(sheet, itemsHeader);
  const column = (header: string): number => headers.get(header) ?? -1;
  const text = Object.fromEntries(ITEM_TEXT_FIELDS.map((f) => [f, column(ITEM_COLUMNS.headers[ITEM_COLUMNS.text[f]] as string)])) as Record<(typeof ITEM_TEXT_FIELDS)[number], number>;
  const numbers = Object.fromEntries(
    ITEM_NUMBER_FIELDS.map((f) => [f, { low: column(numberHeader(f, 'low')), base: column(numberHeader(f, 'base')), high: column(numberHeader(f, 'high')) }]),
  ) as Record<ItemNumberField, { low: number; base: number; high: number }>;
  const items = new Map<string, Record<string, unknown>>();
  let r = itemsHeader + 1;
  for (; r <= sheet.rowCount; r++) {
    const row = rowOf(sheet, r);
    const scenarioId = row.text(text.scenarioId);
    if (!scenarioId) break;
    const s = scenarios.findIndex((sc) => sc.id === scenarioId);
    if (s < 0) return refuse(file, `${place(ASSUMPTIONS, r, text.scenarioId)}: item belongs to scenario '${scenarioId}', which the scenarios table does not list`);
    const list = (scenarios[s] as Record<string, unknown>).items as Record<string, unknown>[];
    const path = `scenarios[${s}].items[${list.length}]`;
    const get = (field: (typeof ITEM_TEXT_FIELDS)[number]): string | undefined => {
      places.set(`${path}.${field}`, place(ASSUMPTIONS, r, text[field]));
      return row.text(text[field]);
    };
    places.set(path, place(ASSUMPTIONS, r, text.name));
    const kind = get('kind');
    const item: Record<string, unknown> = { id: get('id'), name: get('name'), kind, category: get('category') };
    for (const field of ['vendor', 'currency'] as const) {
      const v = get(field);
      if (v) item[field] = v;
    }
    const start = row.value(text.start);
    places.set(`${path}.start`, place(ASSUMPTIONS, r, text.start));
    item.start = typeof start === 'number' ? start : typeof start === 'string' ? start.trim() : 0;
    if (kind === 'timeAndMaterials') {
      item.unit = get('unit');
      item.per = get('per');
    }
    for (const field of ['durationMonths', 'escalationPct', ...(KIND_FIELDS[kind ?? ''] ?? [])] as ItemNumberField[]) {
      const v = readRange(row, numbers[field], `${path}.${field}`, places);
      if (v !== undefined) item[field] = v;
    }
    if (kind !== 'project') {
      const delivery: Record<string, unknown> = {};
      for (const field of DELIVERY_FIELDS) {
        const v = readRange(row, numbers[field], `${path}.delivery.${field}`, places);
        if (v !== undefined) delivery[field] = v;
      }
      if (Object.keys(delivery).length) item.delivery = delivery;
    }
    const itemNotes = row.text(ITEM_COLUMNS.notes);
    if (itemNotes) item.notes = itemNotes;
    const source = row.text(column('Source (data)'));
    if (source) {
      try {
        item.source = JSON.parse(source) as unknown;
      } catch {
        places.set(`${path}.source`, place(ASSUMPTIONS, r, column('Source (data)')));
        item.source = source;
      }
    }
    if (kind === 'custom') item.values = [];
    item.overrides = {};
    list.push(item);
    items.set(`${scenarioId}/${String(item.id)}`, item);
  }

  const customHeader = findRow(sheet, r, (row) => row.text(0) === 'Scenario id' && row.text(2) === 'Case');
  if (customHeader !== null) readCustomValues(sheet, customHeader, items, places, scenarios);

  for (const [s, scenario] of scenarios.entries()) {
    const ws = workbook.sheet(sheetOf.get(String(scenario.id)) ?? '');
    if (ws) readOverrides(ws, scenario, s, String(settings.startMonth ?? ''), places);
  }
  const quotes = readQuotes(workbook, file);
  const raw = { schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : CURRENT_SCHEMA_VERSION, ...(name ? { name } : {}), settings, scenarios, quotes };
  const parsed = parsePlan(raw);
  if (parsed.ok) return parsed;
  return err({ issues: parsed.error.map((issue) => ({ path: issue.path, message: `${cellFor(issue.path, places) ?? file}: ${issue.message}` })) });
}

/** The cell a JSON path came from, walking up the path until a recorded place is found. */
function cellFor(path: string, places: Places): string | undefined {
  for (let p = path; p; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const found = places.get(p);
    if (found) return found;
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}

function readCustomValues(sheet: ImportSheet, header: number, items: Map<string, Record<string, unknown>>, places: Places, scenarios: Record<string, unknown>[]): void {
  const rows = new Map<string, Partial<Record<(typeof CASES)[number], (number | string | undefined)[]>>>();
  for (let r = header + 1; r <= sheet.rowCount; r++) {
    const row = rowOf(sheet, r);
    const scenarioId = row.text(0);
    if (!scenarioId) break;
    const key = `${scenarioId}/${row.text(1) ?? ''}`;
    const which = row.text(2) as (typeof CASES)[number];
    const values: (number | string | undefined)[] = [];
    const last = Math.max(-1, ...sheet.rowCells(r).map(([c]) => c));
    for (let c = CUSTOM_FIRST_COLUMN; c <= last; c++) values.push(asNumber(row.value(c)));
    while (values.length && values.at(-1) === undefined) values.pop();
    const entry = rows.get(key) ?? {};
    entry[which] = values;
    rows.set(key, entry);
    const s = scenarios.findIndex((sc) => sc.id === scenarioId);
    const i = ((scenarios[s]?.items as Record<string, unknown>[] | undefined) ?? []).findIndex((it) => `${scenarioId}/${String(it.id)}` === key);
    if (which === 'base') places.set(`scenarios[${s}].items[${i}].values`, place(sheet.name, r, CUSTOM_FIRST_COLUMN));
  }
  for (const [key, cases] of rows) {
    const item = items.get(key);
    if (!item) continue;
    const base = cases.base ?? [];
    item.values = base.map((b, k) => {
      const low = cases.low?.[k];
      const high = cases.high?.[k];
      return low === undefined && high === undefined ? (b ?? 0) : { low, base: b, high };
    });
  }
}

function readOverrides(ws: ImportSheet, scenario: Record<string, unknown>, s: number, startMonth: string, places: Places): void {
  const items = scenario.items as Record<string, unknown>[];
  for (let r = SCENARIO_ROWS.firstItem; r <= ws.rowCount; r++) {
    const row = rowOf(ws, r);
    if (row.text(0) === 'Total') break;
    const id = row.text(SCENARIO_COLUMNS.id);
    const i = items.findIndex((item) => item.id === id);
    if (i < 0) continue;
    const overrides: Record<string, unknown> = {};
    for (const [c, cell] of ws.rowCells(r)) {
      if (c < SCENARIO_COLUMNS.firstMonth || cell.formula) continue;
      const index = ws.cell(SCENARIO_ROWS.index, c)?.value;
      if (typeof index !== 'number' || !/^\d{4}-\d{2}$/.test(startMonth)) continue;
      const key = addMonths(startMonth, index);
      overrides[key] = asNumber(cell.value);
      places.set(`scenarios[${s}].items[${i}].overrides.${key}`, place(ws.name, r, c));
    }
    (items[i] as Record<string, unknown>).overrides = overrides;
  }
}

function readQuotes(workbook: ImportSource, file: string): unknown[] {
  const ws = workbook.sheet(QUOTES_SHEET);
  if (!ws) return [];
  const headers = headerMap(ws, 1);
  const at = (row: RowReader, header: (typeof QUOTE_HEADERS)[number]): CellRead => {
    const c = headers.get(header);
    return c === undefined ? undefined : row.value(c);
  };
  const quotes: unknown[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = rowOf(ws, r);
    const id = at(row, 'Quote id');
    if (id === undefined) continue;
    const json = (v: CellRead, fallback: unknown): unknown => {
      try {
        return typeof v === 'string' ? (JSON.parse(v) as unknown) : fallback;
      } catch {
        return fallback;
      }
    };
    const text = (v: CellRead): string | null => (v === undefined ? null : String(v));
    const number = (v: CellRead): number | null => (typeof v === 'number' ? v : null);
    quotes.push({
      id: String(id),
      file: text(at(row, 'File')) ?? file,
      sheet: text(at(row, 'Sheet')) ?? '',
      row: number(at(row, 'Row')) ?? r,
      vendor: text(at(row, 'Vendor')),
      service: text(at(row, 'Service')),
      pricingModel: text(at(row, 'Pricing model')),
      amount: number(at(row, 'Amount')),
      currency: text(at(row, 'Currency')),
      quantity: number(at(row, 'Quantity')),
      per: text(at(row, 'Per')),
      termMonths: number(at(row, 'Term (months)')),
      minimumMonths: number(at(row, 'Minimum (months)')),
      discountPct: number(at(row, 'Discount %')),
      start: text(at(row, 'Start')),
      notes: text(at(row, 'Notes')),
      raw: json(at(row, 'Raw cells (data)'), {}),
      errors: json(at(row, 'Errors (data)'), []),
    });
  }
  return quotes;
}
