import { lazy, type ComponentType } from 'react';
import { InputsView } from './inputs/InputsView';
import { TimelineView } from './timeline/TimelineView';

// The grids open the window; the rest load on first use, so the charts library is not parsed before the first grid shows.
const CompareView = lazy(async () => ({ default: (await import('./compare/CompareView')).CompareView }));
const QuotesView = lazy(async () => ({ default: (await import('./quotes/QuotesView')).QuotesView }));
const SettingsView = lazy(async () => ({ default: (await import('./settings/SettingsView')).SettingsView }));

/** A tab of the document window: what it shows, and its keyboard shortcut (Ctrl/Cmd + the digit). */
export interface View {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
}

/** The document window's views, in tab order. */
export const VIEWS: readonly View[] = [
  { id: 'inputs', label: 'Inputs', component: InputsView },
  { id: 'timeline', label: 'Timeline', component: TimelineView },
  { id: 'compare', label: 'Compare', component: CompareView },
  { id: 'quotes', label: 'Quotes', component: QuotesView },
  { id: 'settings', label: 'Settings', component: SettingsView },
];
