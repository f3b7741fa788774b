// Splits a report's text into segments for the report page, rendered as text (never HTML).
// Each observation contributes two layers: its quote (marked lightly) and, inside it, its
// number (marked strongly). Quotes may overlap (a derived sum spans the rows it adds up), so
// instead of dropping overlaps every segment records every span covering it. One sweep over
// the sorted span boundaries builds the segments: a 35 KB report with hundreds of
// observations costs a sort of the boundaries, not a pass per character.

export interface EvidenceSpan {
  /** Caller's id for the observation (its index in the caller's list). */
  id: number;
  /** The quote's offsets in the text. */
  start: number;
  end: number;
  /** The number's offsets in the text, when the quote holds it. */
  value?: { start: number; end: number };
}

export interface Segment {
  text: string;
  start: number;
  /** Ids of the spans whose quote covers this segment, in id order. */
  quoteIds: readonly number[];
  /** Ids of the spans whose number covers this segment, in id order. */
  valueIds: readonly number[];
}

interface Boundary {
  at: number;
  id: number;
  layer: 'quote' | 'value';
  opens: boolean;
}

function isInside(text: string, start: number, end: number): boolean {
  return start >= 0 && end <= text.length && start < end;
}

function boundariesOf(text: string, spans: readonly EvidenceSpan[]): Boundary[] {
  const boundaries: Boundary[] = [];
  for (const span of spans) {
    if (!isInside(text, span.start, span.end)) continue;
    boundaries.push({ at: span.start, id: span.id, layer: 'quote', opens: true });
    boundaries.push({ at: span.end, id: span.id, layer: 'quote', opens: false });
    const value = span.value;
    if (value && isInside(text, value.start, value.end)) {
      boundaries.push({ at: value.start, id: span.id, layer: 'value', opens: true });
      boundaries.push({ at: value.end, id: span.id, layer: 'value', opens: false });
    }
  }
  return boundaries.sort((a, b) => a.at - b.at);
}

const byId = (a: number, b: number) => a - b;

/** Segments covering the whole text in order; spans outside the text are ignored. */
export function buildSegments(text: string, spans: readonly EvidenceSpan[]): Segment[] {
  const segments: Segment[] = [];
  const openQuotes = new Set<number>();
  const openValues = new Set<number>();
  let cursor = 0;
  const flushTo = (at: number) => {
    if (at <= cursor) return;
    segments.push({
      text: text.slice(cursor, at),
      start: cursor,
      quoteIds: [...openQuotes].sort(byId),
      valueIds: [...openValues].sort(byId),
    });
    cursor = at;
  };
  for (const boundary of boundariesOf(text, spans)) {
    flushTo(boundary.at);
    const open = boundary.layer === 'quote' ? openQuotes : openValues;
    if (boundary.opens) open.add(boundary.id);
    else open.delete(boundary.id);
  }
  flushTo(text.length);
  return segments;
}

/** Index of the segment starting at `offset` (segments start at every span boundary), or -1. */
export function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = segments[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
