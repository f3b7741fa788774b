// Splits a report's text into plain and highlighted segments from the observations'
// offsets, for rendering as text (never as HTML). Overlapping or out-of-range spans are
// skipped rather than trusted: the first span wins.
export interface Span {
  start: number;
  end: number;
  label: string;
}

export interface Segment {
  text: string;
  label?: string;
}

export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = [...spans]
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), label: span.label });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
