/**
 * Impact of a change on real providers: evaluates both versions on a dataset and counts, per
 * care type, how many providers move from one outcome (an agreement, or none) to another.
 */

export interface ImpactTable {
  readonly zorgsoort: string;
  readonly aantal: number;
  readonly afgewezen: number;
  /** Column headings: the outcomes in the new version. */
  readonly kolommen: readonly string[];
  /** One row per outcome in the old version, with counts per new outcome. */
  readonly rijen: readonly { readonly van: string; readonly aantallen: readonly number[] }[];
  readonly samenvatting: string;
}
