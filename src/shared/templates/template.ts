import type { ArticleSource, ItemInput } from '../model';

/** A sourced scenario from cost-model.md's catalog: its items carry their figures as low / base / high ranges. */
export interface Template {
  /** Stable id used by `leadsheet new --template ID`. */
  readonly id: string;
  /** The scenario name it creates. */
  readonly name: string;
  /** One line for `leadsheet templates`: what the scenario is and what it costs. */
  readonly summary: string;
  /** Every article the figures come from. */
  readonly sources: readonly ArticleSource[];
  /** Line items; each carries the source of its own figures. */
  readonly items: readonly ItemInput[];
}
