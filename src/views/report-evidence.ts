// The report page's model: every observation of a report placed in its text. Each one gets
// a light mark over its quote and a strong mark over its number; the list of extracted
// numbers jumps to the strong mark (or to the quote when the number is not printed, as for
// a derived sum). Observations whose offsets do not match the text (a stale dataset) are
// listed but not marked, rather than marking the wrong characters.
import type { Observation } from '../model/types';
import type { ReportAnchor } from './evidence';
import { buildSegments, type EvidenceSpan, type Segment } from './highlight';
import { locateValueInQuote } from './number-in-quote';

export interface EvidenceItem {
  /** Index in the report's observations (sorted by position). */
  id: number;
  observation: Observation;
  /** Where the item's mark starts in the text: the number when printed, else the quote. */
  anchorStart: number;
  /** False when the quote is not found at its offsets. */
  placed: boolean;
}

export interface ReportEvidence {
  segments: Segment[];
  items: EvidenceItem[];
}

function isPlaced(text: string, o: Observation): boolean {
  return o.start >= 0 && o.end <= text.length && text.slice(o.start, o.end) === o.quote;
}

export function buildReportEvidence(text: string, observations: readonly Observation[]): ReportEvidence {
  const ordered = [...observations].sort((a, b) => a.start - b.start || a.end - b.end);
  const items: EvidenceItem[] = [];
  const spans: EvidenceSpan[] = [];
  ordered.forEach((observation, id) => {
    const placed = isPlaced(text, observation);
    const range = placed ? locateValueInQuote(observation) : null;
    const value = range
      ? { start: observation.start + range.start, end: observation.start + range.end }
      : undefined;
    items.push({ id, observation, anchorStart: value?.start ?? observation.start, placed });
    if (placed)
      spans.push({ id, start: observation.start, end: observation.end, ...(value ? { value } : {}) });
  });
  return { segments: buildSegments(text, spans), items };
}

/**
 * The item a report link points at: among the statements of the anchor's metric (all, when
 * it names none), the one starting at `at` or else the innermost one covering it; without
 * `at`, the primary statement.
 */
export function findAnchoredItem(
  items: readonly EvidenceItem[],
  anchor: ReportAnchor,
): EvidenceItem | undefined {
  const candidates = items.filter(
    (i) => i.placed && (anchor.metric === undefined || i.observation.metric === anchor.metric),
  );
  const { at } = anchor;
  if (at === undefined) return candidates.find((i) => i.observation.primary) ?? candidates[0];
  const exact = candidates.find((i) => i.observation.start === at);
  if (exact) return exact;
  const covering = candidates.filter((i) => i.observation.start <= at && at < i.observation.end);
  return covering.sort((a, b) => quoteLength(a) - quoteLength(b))[0];
}

function quoteLength(item: EvidenceItem): number {
  return item.observation.end - item.observation.start;
}
