import { hasItemField, isItemInput, type ItemInputField } from '../../../shared/document/patch';
import { fieldLabel, type NumberOrRange } from '../../../shared/model';
import { formatEntry } from '../../grid/entry';
import type { SheetColumn, SheetColumnDef } from '../../grid/sheetColumns';
import { money } from '../../format';
import { fieldHeader, fieldUnit, INPUT_COLUMN_FIELDS, KIND_LABELS } from './inputFields';
import { readCell, partColumnId } from './inputWrites';
import { sourceLine, type InputRow, type ItemRow } from './inputRows';
import { partOf, RANGE_PARTS } from './rangeParts';

function refuse(colId: string): (text: string, row: InputRow) => string | null {
  return (text, row) => {
    const read = readCell(row, colId, text);
    return read.ok ? null : read.error;
  };
}

function inputValue(row: InputRow, field: ItemInputField): NumberOrRange | undefined {
  return row.type === 'item' ? ((row.item as Record<string, unknown>)[field] as NumberOrRange | undefined) : undefined;
}

/** Greyed when the row's kind has no such input, or on a scenario's header row. */
function hasInput(row: InputRow, field: ItemInputField): boolean {
  return row.type === 'item' && isItemInput(row.item.kind, field);
}

function textColumn(id: 'vendor' | 'category' | 'currency' | 'notes' | 'unit' | 'per', header: string, width: number, read: (row: ItemRow) => string | undefined): SheetColumn<InputRow> {
  const applies = (row: InputRow): boolean => row.type === 'item' && hasItemField(row.item.kind, id);
  return {
    id,
    header,
    width,
    value: (row) => (row.type === 'item' ? (read(row) ?? null) : null),
    editable: applies,
    refuse: refuse(id),
    cellClass: (row) => (row.type === 'item' && !applies(row) ? 'sheet-na' : undefined),
  };
}

/** One numeric input as one column, ranges written `8,500–9,500–14,000`. */
function inputColumn(field: ItemInputField): SheetColumn<InputRow> {
  const unit = fieldUnit(field);
  const optional = field === 'durationMonths';
  return {
    id: field,
    header: fieldHeader(field),
    headerTip: `${fieldLabel(field)}${unit === 'money' ? ' (in the item’s currency)' : ''}; a range is written low–high or low–base–high`,
    width: unit === 'money' ? 172 : 120,
    numeric: true,
    money: unit === 'money',
    value: (row) => {
      const v = inputValue(row, field);
      return v === undefined ? null : typeof v === 'number' ? v : v.base;
    },
    text: (row) => {
      const v = inputValue(row, field);
      if (v !== undefined) return formatEntry(v, unit);
      return optional && hasInput(row, field) ? 'to end' : '';
    },
    copyText: (row) => {
      const v = inputValue(row, field);
      return v === undefined ? '' : formatEntry(v, unit);
    },
    editable: (row) => hasInput(row, field),
    refuse: refuse(field),
    cellClass: (row) => (row.type === 'item' && !hasInput(row, field) ? 'sheet-na' : optional && inputValue(row, field) === undefined ? 'sheet-muted' : undefined),
  };
}

/** One numeric input as a group of low, base and high columns. */
function inputGroup(field: ItemInputField): SheetColumnDef<InputRow> {
  const unit = fieldUnit(field);
  return {
    groupId: field,
    header: fieldHeader(field),
    children: RANGE_PARTS.map(
      (part): SheetColumn<InputRow> => ({
        id: partColumnId(field, part),
        header: part === 'low' ? 'Low' : part === 'base' ? 'Base' : 'High',
        headerTip: `${fieldLabel(field)}, ${part}`,
        width: unit === 'money' ? 104 : 76,
        numeric: true,
        money: unit === 'money',
        value: (row) => {
          const v = inputValue(row, field);
          return v === undefined ? null : partOf(v, part);
        },
        text: (row) => {
          const v = inputValue(row, field);
          return v === undefined ? '' : formatEntry(partOf(v, part), unit);
        },
        editable: (row) => hasInput(row, field),
        refuse: refuse(partColumnId(field, part)),
        cellClass: (row) => (row.type === 'item' && !hasInput(row, field) ? 'sheet-na' : undefined),
      }),
    ),
  };
}

/**
 * The Inputs grid's columns: Name and Kind pinned, then Vendor, Category, Currency, Start,
 * Duration, and every input of every kind (greyed where a row's kind lacks it). With `split`,
 * each input shows as Low / Base / High columns instead of one `8.5k–14k` cell.
 */
export function inputColumns(split: boolean, planCurrency: string): SheetColumnDef<InputRow>[] {
  const numeric = (field: ItemInputField): SheetColumnDef<InputRow> => (split ? inputGroup(field) : inputColumn(field));
  const name: SheetColumn<InputRow> = {
    id: 'name',
    header: 'Name',
    width: 220,
    pinned: 'left',
    value: (row) => (row.type === 'scenario' ? row.name : row.item.name),
    editable: () => true,
    refuse: refuse('name'),
    cellClass: (row) => (row.type === 'scenario' ? 'inputs-scenario-name' : row.item.source ? 'inputs-sourced' : undefined),
    tip: (row) => (row.type === 'item' && row.item.source ? sourceLine(row.item.source) : undefined),
  };
  const kind: SheetColumn<InputRow> = {
    id: 'kind',
    header: 'Kind',
    width: 160,
    pinned: 'left',
    value: (row) => (row.type === 'scenario' ? row.total : KIND_LABELS[row.item.kind]),
    text: (row) => (row.type === 'scenario' ? (row.total === null ? '' : `Total ${money(row.total, planCurrency)}`) : KIND_LABELS[row.item.kind]),
    money: true,
    cellClass: (row) => (row.type === 'scenario' ? 'inputs-scenario-total' : undefined),
  };
  const start: SheetColumn<InputRow> = {
    id: 'start',
    header: 'Start',
    headerTip: 'first month, YYYY-MM',
    width: 96,
    numeric: true,
    value: (row) => (row.type === 'item' ? row.startMonth : null),
    editable: (row) => row.type === 'item',
    refuse: refuse('start'),
  };
  return [
    name,
    kind,
    textColumn('vendor', 'Vendor', 140, (row) => row.item.vendor),
    textColumn('category', 'Category', 108, (row) => row.item.category),
    textColumn('currency', 'Currency', 86, (row) => row.item.currency ?? ''),
    start,
    numeric('durationMonths'),
    ...INPUT_COLUMN_FIELDS.flatMap((field) => {
      const after: SheetColumnDef<InputRow>[] = [];
      if (field === 'rate') after.push(textColumn('unit', 'Unit', 80, (row) => (row.item.kind === 'timeAndMaterials' ? row.item.unit : undefined)));
      if (field === 'quantity') after.push(textColumn('per', 'Per', 80, (row) => (row.item.kind === 'timeAndMaterials' ? row.item.per : undefined)));
      return [numeric(field), ...after];
    }),
    textColumn('notes', 'Notes', 220, (row) => row.item.notes),
  ];
}
