// What each parser (tables, prose) hands to the orchestrator in extract-report.ts:
// an observation without its report id and without the primary flag, which is decided
// only once every parser has spoken (the table's value wins over the text's).
import type { Observation } from '../model/types';

export type Found = Omit<Observation, 'reportId' | 'primary'>;

/** A 勾稽关系 result before the orchestrator attaches the report id. */
export interface FoundCheck {
  rule: string;
  ok: boolean;
  detail: string;
}

/** Read-only view of one report's text that every parser receives. */
export interface SourceText {
  /** The text exactly as decoded (BOM removed): quotes are cut from here. */
  readonly raw: string;
  /** normalizeText(raw): same length, ASCII digits and punctuation, for matching. */
  readonly norm: string;
}
