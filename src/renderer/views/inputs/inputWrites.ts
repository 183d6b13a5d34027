import { isClearableItemField, isItemInput, type ItemInputField, type ItemTextField, type PlanPatch } from '../../../shared/document/patch';
import { categorySchema, fieldLabel, isMonthKey, type NumberOrRange } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { entryForField } from '../../grid/entry';
import type { CellRefusal, CellWrite, WriteAction } from '../../grid/sheetWrites';
import { fieldSpec, fieldUnit } from './inputFields';
import type { InputRow, ItemRow } from './inputRows';
import { RANGE_PARTS, withParts, type RangePart } from './rangeParts';

/** What one cell's text means once read, before it becomes a patch. */
export type ReadCell =
  | { readonly kind: 'rename'; readonly name: string }
  | { readonly kind: 'text'; readonly field: ItemTextField; readonly value: string | null }
  | { readonly kind: 'start'; readonly value: string | number }
  | { readonly kind: 'input'; readonly field: ItemInputField; readonly value: NumberOrRange | null }
  | { readonly kind: 'part'; readonly field: ItemInputField; readonly part: RangePart; readonly value: number };

const CATEGORIES = categorySchema.options;
const CHOICES: Readonly<Record<'unit' | 'per', readonly string[]>> = { unit: ['hour', 'day'], per: ['week', 'month'] };

/** The column id of one part of a split range: `monthlyFee.low`. */
export function partColumnId(field: ItemInputField, part: RangePart): string {
  return `${field}.${part}`;
}

function splitPart(colId: string): { field: string; part: RangePart | null } {
  const [field = '', part] = colId.split('.');
  return { field, part: RANGE_PARTS.includes(part as RangePart) ? (part as RangePart) : null };
}

function readText(row: ItemRow, field: ItemTextField, text: string | null): Result<ReadCell, string> {
  const value = text?.trim() ?? '';
  switch (field) {
    case 'name':
      return value === '' ? err('an item needs a name') : ok({ kind: 'text', field, value });
    case 'category': {
      if (value === '') return ok({ kind: 'text', field, value: 'other' });
      const found = CATEGORIES.find((c) => c === value.toLowerCase());
      return found ? ok({ kind: 'text', field, value: found }) : err(`"${value}" is not a category: use ${CATEGORIES.join(', ')}`);
    }
    case 'currency': {
      if (value === '') return ok({ kind: 'text', field, value: null });
      const code = value.toUpperCase();
      return /^[A-Z]{3}$/.test(code) ? ok({ kind: 'text', field, value: code }) : err(`"${value}" is not a currency code: write three letters such as USD or EUR`);
    }
    case 'unit':
    case 'per': {
      if (row.item.kind !== 'timeAndMaterials') return err(`only time and materials has a ${field}`);
      const found = CHOICES[field].find((c) => c === value.toLowerCase());
      return found ? ok({ kind: 'text', field, value: found }) : err(`write ${CHOICES[field].join(' or ')}`);
    }
    default:
      return ok({ kind: 'text', field, value: value === '' ? null : value });
  }
}

function readStart(text: string | null): Result<ReadCell, string> {
  const value = text?.trim() ?? '';
  if (value === '') return ok({ kind: 'start', value: 0 });
  if (isMonthKey(value)) return ok({ kind: 'start', value });
  if (/^-?\d+$/.test(value)) return ok({ kind: 'start', value: Number(value) });
  return err(`"${value}" is not a month: write it as YYYY-MM, e.g. 2027-03`);
}

function readInput(row: ItemRow, field: ItemInputField, part: RangePart | null, text: string | null): Result<ReadCell, string> {
  const kind = row.item.kind;
  if (!isItemInput(kind, field)) return err(`a ${kind} item has no ${fieldLabel(field)}`);
  const current = (row.item as Record<string, unknown>)[field] as NumberOrRange | undefined;
  const spec = fieldSpec(field, row.currency);
  if (text === null) {
    if (part === 'low' || part === 'high') return ok({ kind: 'input', field, value: current === undefined ? null : typeof current === 'number' ? current : current.base });
    if (isClearableItemField(kind, field)) return ok({ kind: 'input', field, value: null });
    return (spec.min ?? 0) <= 0 ? ok({ kind: 'input', field, value: 0 }) : err(`${fieldLabel(field)} cannot be left empty`);
  }
  if (part === null) {
    const read = entryForField(text, spec, current);
    return read.ok ? ok({ kind: 'input', field, value: read.value }) : read;
  }
  const read = entryForField(text, { ...spec, allowRange: false });
  if (!read.ok) return read;
  return typeof read.value === 'number' ? ok({ kind: 'part', field, part, value: read.value }) : err(`${fieldLabel(field)} needs a number`);
}

/**
 * What `text` typed in column `colId` of `row` means, or why it is refused (in a CFO's words).
 * Null text clears: optional fields empty, required amounts go to 0, a name is refused.
 */
export function readCell(row: InputRow, colId: string, text: string | null): Result<ReadCell, string> {
  if (row.type === 'scenario') {
    if (colId !== 'name') return err('a scenario row holds only its name');
    const name = text?.trim() ?? '';
    return name === '' ? err('a scenario needs a name') : ok({ kind: 'rename', name });
  }
  if (colId === 'start') return readStart(text);
  if (['name', 'vendor', 'notes', 'category', 'currency', 'unit', 'per'].includes(colId)) return readText(row, colId as ItemTextField, text);
  const { field, part } = splitPart(colId);
  if (field === 'kind') return err('the kind of an item cannot change: add an item of the other kind');
  return readInput(row, field as ItemInputField, part, text);
}

/** The undo step's name for what the user did. */
export const ACTION_LABELS: Readonly<Record<WriteAction, string>> = { edit: 'Typing', paste: 'Paste', fill: 'Fill Down', clear: 'Clear', cut: 'Cut' };

/**
 * The patches for one user action's cell writes, all or nothing: the first cell refused names
 * itself and why. Parts of one split range written together (a pasted low, base and high) make
 * one value, checked once, so a paste may move a whole range past its old bounds.
 */
export function patchesForWrites(rowsById: ReadonlyMap<string, InputRow>, writes: readonly CellWrite[]): Result<PlanPatch[], CellRefusal> {
  const patches: PlanPatch[] = [];
  const parts = new Map<string, { row: ItemRow; field: ItemInputField; parts: Partial<Record<RangePart, number>>; write: CellWrite }>();
  for (const write of writes) {
    const row = rowsById.get(write.rowId);
    if (!row) return err({ reason: 'this row is no longer in the plan', rowId: write.rowId, colId: write.colId });
    const read = readCell(row, write.colId, write.text);
    if (!read.ok) return err({ reason: read.error, rowId: write.rowId, colId: write.colId });
    const cell = read.value;
    const ref = { scenarioId: row.scenarioId, itemId: row.type === 'item' ? row.item.id : '' };
    switch (cell.kind) {
      case 'rename':
        patches.push({ op: 'renameScenario', scenarioId: row.scenarioId, name: cell.name });
        break;
      case 'text':
        patches.push({ op: 'setItemText', ...ref, field: cell.field, value: cell.value });
        break;
      case 'start':
        patches.push({ op: 'setItemStart', ...ref, value: cell.value });
        break;
      case 'input':
        patches.push({ op: 'setInput', ...ref, field: cell.field, value: cell.value });
        break;
      case 'part': {
        if (row.type !== 'item') break;
        const key = `${row.id}\u241f${cell.field}`;
        const entry = parts.get(key) ?? { row, field: cell.field, parts: {}, write };
        entry.parts[cell.part] = cell.value;
        parts.set(key, entry);
        break;
      }
    }
  }
  for (const { row, field, parts: typed, write } of parts.values()) {
    const current = (row.item as Record<string, unknown>)[field] as NumberOrRange | undefined;
    const value = withParts(current ?? 0, typed, fieldUnit(field));
    if (!value.ok) return err({ reason: value.error, rowId: write.rowId, colId: write.colId });
    patches.push({ op: 'setInput', scenarioId: row.scenarioId, itemId: row.item.id, field, value: value.value });
  }
  return ok(patches);
}
