import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { duplicateItem, duplicateScenario, newItem, uniqueId, type PlanPatch } from '../../../shared/document/patch';
import { ITEM_KINDS, type ItemKind, type Plan } from '../../../shared/model';
import { err, ok, type Result } from '../../../shared/result';
import { api } from '../../api';
import { SheetGrid, type CellRefusal, type CellWrite, type SheetGridHandle, type WriteAction } from '../../grid/SheetGrid';
import { notify, useDocument } from '../../store/documentStore';
import { change } from '../../store/history';
import { CustomValuesEditor } from './CustomValuesEditor';
import { KIND_LABELS } from './inputFields';
import { inputColumns } from './inputColumns';
import { inputRows, itemRowId, scenarioRowId, sourceLine, type InputRow } from './inputRows';
import { ACTION_LABELS, patchesForWrites } from './inputWrites';
import './inputs.css';

interface TemplateEntry {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
}

/** Every item id in the plan, so new ones are unique plan-wide. */
function allItemIds(plan: Plan): Set<string> {
  return new Set(plan.scenarios.flatMap((s) => s.items.map((i) => i.id)));
}

/** A name no scenario has yet: `name`, else `name (2)`, `name (3)`… */
function freeName(plan: Plan, name: string): string {
  const taken = new Set(plan.scenarios.map((s) => s.name));
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`)) return `${name} (${n})`;
}

/** The template catalog, asked for once. */
function useTemplates(): readonly TemplateEntry[] {
  const [templates, setTemplates] = useState<readonly TemplateEntry[]>([]);
  useEffect(() => {
    let live = true;
    void api()
      .templatesList({})
      .then((answer) => {
        if (live && answer.ok) setTemplates(answer.value);
      });
    return () => {
      live = false;
    };
  }, []);
  return templates;
}

/**
 * The Inputs grid: one row per line item under its scenario's header row (name renamed in place,
 * total from the summary), one column per input. Every edit is one change() — one undo step.
 */
export function InputsView(): JSX.Element | null {
  const plan = useDocument((state) => state.plan);
  const summary = useDocument((state) => state.summary);
  const [split, setSplit] = useState(false);
  const [activeRowId, setActiveRowId] = useState<string | null>(null);
  const [hoverRowId, setHoverRowId] = useState<string | null>(null);
  const [addKind, setAddKind] = useState<ItemKind>('retainer');
  const [templateId, setTemplateId] = useState('');
  const [focusNext, setFocusNext] = useState<{ rowId: string; colId: string; edit?: boolean } | null>(null);
  const grid = useRef<SheetGridHandle>(null);
  const templates = useTemplates();
  const previousRows = useRef<ReadonlyMap<string, InputRow>>(new Map());

  const currency = plan?.settings.currency ?? 'USD';
  const rows = useMemo(() => (plan ? inputRows(plan, summary, previousRows.current) : []), [plan, summary]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  previousRows.current = rowsById;
  const columns = useMemo(() => inputColumns(split, currency), [split, currency]);

  useEffect(() => {
    if (!focusNext || !rowsById.has(focusNext.rowId)) return;
    if (focusNext.edit) grid.current?.startEditing(focusNext.rowId, focusNext.colId);
    else grid.current?.focusCell(focusNext.rowId, focusNext.colId);
    setFocusNext(null);
  }, [focusNext, rowsById]);

  const onWrite = useCallback(
    async (writes: readonly CellWrite[], action: WriteAction): Promise<Result<void, CellRefusal>> => {
      const patches = patchesForWrites(rowsById, writes);
      if (!patches.ok) return patches;
      const done = await change(patches.value, ACTION_LABELS[action]);
      return done.ok ? ok(undefined) : err({ reason: done.error });
    },
    [rowsById],
  );

  const active = activeRowId ? rowsById.get(activeRowId) : undefined;
  const scenario = plan?.scenarios.find((s) => s.id === active?.scenarioId) ?? plan?.scenarios[0];
  const item = active?.type === 'item' ? active : undefined;
  const shown = (hoverRowId ? rowsById.get(hoverRowId) : undefined) ?? active;
  const source = shown?.type === 'item' ? shown.item.source : undefined;

  const run = useCallback(async (patches: PlanPatch[], label: string, focus?: { rowId: string; colId: string; edit?: boolean }): Promise<void> => {
    const done = await change(patches, label);
    if (!done.ok) return notify('error', done.error);
    if (focus) setFocusNext(focus);
  }, []);

  if (!plan) return null;

  const addItem = (): void => {
    if (!scenario) return;
    const id = uniqueId(addKind.toLowerCase(), allItemIds(plan));
    const created = newItem(addKind, id, `New ${KIND_LABELS[addKind].toLowerCase()}`);
    const index = item && item.scenarioId === scenario.id ? item.index + 1 : scenario.items.length;
    void run([{ op: 'insertItem', scenarioId: scenario.id, index, item: created }], 'Add Item', { rowId: itemRowId(scenario.id, id), colId: 'name', edit: true });
  };
  const duplicate = (): void => {
    if (!item) return;
    const id = uniqueId(item.item.id, allItemIds(plan));
    const copy = { ...duplicateItem(item.item, id), name: `${item.item.name} (copy)` };
    void run([{ op: 'insertItem', scenarioId: item.scenarioId, index: item.index + 1, item: copy }], 'Duplicate Item', { rowId: itemRowId(item.scenarioId, id), colId: 'name' });
  };
  const remove = (): void => {
    if (!item || !scenario) return;
    const neighbour = scenario.items[item.index + 1] ?? scenario.items[item.index - 1];
    void run([{ op: 'removeItem', scenarioId: item.scenarioId, itemId: item.item.id }], 'Delete Item', {
      rowId: neighbour ? itemRowId(scenario.id, neighbour.id) : scenarioRowId(scenario.id),
      colId: 'name',
    });
  };
  const moveItem = (by: number): void => {
    if (!item || !scenario) return;
    const index = item.index + by;
    if (index < 0 || index >= scenario.items.length) return;
    void run([{ op: 'moveItem', scenarioId: item.scenarioId, itemId: item.item.id, index }], by < 0 ? 'Move Item Up' : 'Move Item Down', { rowId: item.id, colId: 'name' });
  };
  const addScenario = async (): Promise<void> => {
    const template = templates.find((t) => t.id === templateId) ?? templates[0];
    if (!template) return;
    // The channel builds the template's scenario (ids, sources, defaults); fresh ids keep it apart from the plan's.
    const made = await api().planCreate({ templates: [template.id], startMonth: plan.settings.startMonth });
    const current = useDocument.getState().plan;
    const from = made.ok ? made.value.scenarios[0] : undefined;
    if (!from || !current) return;
    const id = uniqueId(from.id, current.scenarios.map((s) => s.id));
    const created = duplicateScenario(from, id, freeName(current, from.name), allItemIds(current));
    void run([{ op: 'insertScenario', index: current.scenarios.length, scenario: created }], 'Add Scenario', { rowId: scenarioRowId(id), colId: 'name' });
  };
  const duplicateCurrentScenario = (): void => {
    if (!scenario) return;
    const id = uniqueId(scenario.id, plan.scenarios.map((s) => s.id));
    const created = duplicateScenario(scenario, id, freeName(plan, `${scenario.name} (copy)`), allItemIds(plan));
    const index = plan.scenarios.indexOf(scenario) + 1;
    void run([{ op: 'insertScenario', index, scenario: created }], 'Duplicate Scenario', { rowId: scenarioRowId(id), colId: 'name' });
  };
  const removeScenario = (): void => {
    if (!scenario) return;
    const at = plan.scenarios.indexOf(scenario);
    const neighbour = plan.scenarios[at + 1] ?? plan.scenarios[at - 1];
    void run([{ op: 'removeScenario', scenarioId: scenario.id }], 'Delete Scenario', neighbour ? { rowId: scenarioRowId(neighbour.id), colId: 'name' } : undefined);
  };
  const moveScenario = (by: number): void => {
    if (!scenario) return;
    const index = plan.scenarios.indexOf(scenario) + by;
    if (index < 0 || index >= plan.scenarios.length) return;
    void run([{ op: 'moveScenario', scenarioId: scenario.id, index }], by < 0 ? 'Move Scenario Up' : 'Move Scenario Down', { rowId: scenarioRowId(scenario.id), colId: 'name' });
  };
  const rename = (): void => {
    if (scenario) grid.current?.startEditing(scenarioRowId(scenario.id), 'name');
  };

  const itemIndex = item?.index ?? -1;
  const itemCount = scenario?.items.length ?? 0;
  const scenarioIndex = scenario ? plan.scenarios.indexOf(scenario) : -1;

  return (
    <section className="inputs" aria-label="Inputs">
      <div className="inputs-toolbar" role="toolbar" aria-label="Inputs actions">
        <div className="inputs-group" role="group" aria-label="Items">
          <select aria-label="Kind of item to add" value={addKind} onChange={(e) => setAddKind(e.target.value as ItemKind)}>
            {ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
          <button type="button" onClick={addItem} disabled={!scenario} title={scenario ? `Add a ${KIND_LABELS[addKind].toLowerCase()} to ${scenario.name}` : undefined}>
            Add item
          </button>
          <button type="button" onClick={duplicate} disabled={!item}>
            Duplicate item
          </button>
          <button type="button" onClick={remove} disabled={!item}>
            Delete item
          </button>
          <button type="button" aria-label="Move item up" title="Move item up" onClick={() => moveItem(-1)} disabled={itemIndex <= 0}>
            ↑
          </button>
          <button type="button" aria-label="Move item down" title="Move item down" onClick={() => moveItem(1)} disabled={!item || itemIndex >= itemCount - 1}>
            ↓
          </button>
        </div>
        <div className="inputs-group" role="group" aria-label="Scenarios">
          <select aria-label="Template" value={templateId || (templates[0]?.id ?? '')} onChange={(e) => setTemplateId(e.target.value)}>
            {templates.map((t) => (
              <option key={t.id} value={t.id} title={t.summary}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void addScenario()} disabled={templates.length === 0}>
            Add scenario
          </button>
          <button type="button" onClick={duplicateCurrentScenario} disabled={!scenario}>
            Duplicate scenario
          </button>
          <button type="button" onClick={rename} disabled={!scenario}>
            Rename scenario
          </button>
          <button type="button" onClick={removeScenario} disabled={!scenario}>
            Delete scenario
          </button>
          <button type="button" aria-label="Move scenario up" title="Move scenario up" onClick={() => moveScenario(-1)} disabled={scenarioIndex <= 0}>
            ↑
          </button>
          <button type="button" aria-label="Move scenario down" title="Move scenario down" onClick={() => moveScenario(1)} disabled={scenarioIndex < 0 || scenarioIndex >= plan.scenarios.length - 1}>
            ↓
          </button>
        </div>
        <label className="inputs-split">
          <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} />
          Low / base / high columns
        </label>
      </div>
      {plan.scenarios.length === 0 ? (
        <p className="inputs-empty" role="status">
          This plan has no scenarios yet. Pick a template above and press Add scenario: it comes with its line items and their sources.
        </p>
      ) : null}
      <div className="inputs-body">
        <SheetGrid<InputRow>
          ref={grid}
          label="Inputs"
          rows={rows}
          rowId={(row) => row.id}
          columns={columns}
          currency={currency}
          onWrite={onWrite}
          rowClass={(row) => (row.type === 'scenario' ? 'inputs-scenario-row' : undefined)}
          onActiveRow={setActiveRowId}
          onHoverRow={setHoverRowId}
        />
        {item?.item.kind === 'custom' ? (
          <CustomValuesEditor scenarioId={item.scenarioId} item={item.item} currency={item.currency} planStart={plan.settings.startMonth} horizon={plan.settings.horizonMonths} />
        ) : null}
      </div>
      <p className="inputs-source" aria-live="polite">
        {source ? (
          <>
            <span>{sourceLine(source)}</span>
            {source.type === 'article' && source.excerpt ? <q>{source.excerpt}</q> : null}
          </>
        ) : shown?.type === 'item' ? (
          <span className="inputs-muted">{shown.item.name}: no source recorded</span>
        ) : (
          <span className="inputs-muted">Type over any figure: 9.5k, $9,500, 1.2m, 12%, (500), or a range 8.5k–14k.</span>
        )}
      </p>
    </section>
  );
}
