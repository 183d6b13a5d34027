import type { ComponentType } from 'react';
import { CompareTable } from './CompareTable';

/** A tab of the document window: what it shows, and its keyboard shortcut (Ctrl/Cmd + the digit). */
export interface View {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType;
}

/** The document window's views, in tab order. */
export const VIEWS: readonly View[] = [{ id: 'compare', label: 'Compare', component: CompareTable }];
