/**
 * What every engine in the benchmark does: decide, for one provider's facts, the
 * fysiotherapie decision of paramedische-zorg/2026-07 (in aanmerking, which agreement,
 * approached). The benchmark checks that all engines agree on every record.
 */

export interface Decision {
  /** The agreement's id ("A".."D"), or null when not eligible. */
  readonly overeenkomst: string | null;
  readonly benaderd: boolean;
}

export interface Engine {
  readonly name: string;
  /** Synchronous engines decide directly; json-rules-engine is asynchronous. */
  decide(facts: Readonly<Record<string, unknown>>): Decision | Promise<Decision>;
}
