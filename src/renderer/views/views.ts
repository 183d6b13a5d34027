import type { ComponentType } from 'react';
import { CompareView } from './compare/CompareView';
import { InputsView } from './inputs/InputsView';
import { TimelineView } from './timeline/TimelineView';
import { QuotesView } from './quotes/QuotesView';
import { SettingsView } from './settings/SettingsView';

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
