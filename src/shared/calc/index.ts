export * from './calculate';
export * from './crossovers';
export * from './fiscal';
export type { ItemResult } from './items/item';
export * from './monteCarlo';
export * from './percentile';
export * from './ranges';
export * from './scenario';
export * from './sensitivity';
