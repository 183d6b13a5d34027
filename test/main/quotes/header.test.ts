import { describe, expect, it } from 'vitest';
import type { GridCell, GridSheet } from '#main/quotes/grid';
import { findHeaderRow } from '#main/quotes/header';

const t = (text: string): GridCell => ({ kind: 'text', text });
const sheet = (rows: GridCell[][], merges: GridSheet['merges'] = []): GridSheet => ({ name: 'S', rows, merges });

describe('the header row', () => {
  it('is the first row naming at least two known columns', () => {
    expect(findHeaderRow(sheet([[t('Vendor'), t('Price')], [t('Acme'), t('$1')]]))).toBe(0);
  });

  it('is found below title rows and blank rows', () => {
    expect(findHeaderRow(sheet([[t('Quote from Acme')], [], [t('Prepared 2026-11-14')], [t('Supplier'), t('Role'), t('Rate')]]))).toBe(3);
  });

  it('is never a merged title, even one that names two columns', () => {
    const rows = [[t('Supplier: Acme'), { kind: 'empty' } as GridCell, t('Rate card valid to June')], [t('Vendor'), t('Price')]];
    expect(findHeaderRow(sheet(rows, [{ top: 0, left: 0, bottom: 0, right: 1 }]))).toBe(1);
    // Without the merge the same row would be taken for the header.
    expect(findHeaderRow(sheet(rows))).toBe(0);
  });

  it('is not a line of notes where the known names are a small part', () => {
    const notes = [t('Vendor'), t('Acme'), t('Quote ref'), t('Q-1'), t('Prepared by'), t('Jo'), t('Version'), t('3')];
    expect(findHeaderRow(sheet([notes, [t('Service'), t('Fee')]]))).toBe(1);
  });

  it('counts the caller’s mapped header names as known', () => {
    const rows = [[t('Firm name'), t('Monthly investment')]];
    expect(findHeaderRow(sheet(rows))).toBeNull();
    expect(findHeaderRow(sheet(rows), new Set(['firm name', 'monthly investment']))).toBe(0);
  });

  it('is not looked for beyond the first 30 rows', () => {
    const rows: GridCell[][] = Array.from({ length: 30 }, () => [t('…')]);
    rows.push([t('Vendor'), t('Price')]);
    expect(findHeaderRow(sheet(rows))).toBeNull();
  });
});
