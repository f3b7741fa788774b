// Chart facts with each list of strings (report and unit ids, check rules and details:
// 130,000 strings at national scale) held as one string and the offsets where each item ends:
// the form they take in the dataset worker's message and in the stored facts row. Structured
// clone (postMessage, IndexedDB) copies one long string at memory speed but builds every short
// one separately: receiving the national facts from the worker as string arrays was a 200 ms
// task on the page (120 ms deserializing, 36 ms collecting the garbage), over the 200 ms a
// loading page may block. Slicing them back out of one string is cheap (V8 makes most of them
// views into it), and works for any content: nothing is used as a separator.
import type { ChartFacts } from './facts';

export interface PackedStrings {
  text: string;
  /** Where item i ends in `text`; it starts where item i - 1 ends (or at 0). */
  ends: Int32Array;
}

export interface PackedFacts extends Omit<ChartFacts, 'reportIds' | 'unitIds' | 'checks'> {
  reportIds: PackedStrings;
  unitIds: PackedStrings;
  checks: Omit<ChartFacts['checks'], 'rule' | 'detail'> & { rule: PackedStrings; detail: PackedStrings };
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let end = 0;
  list.forEach((item, i) => {
    end += item.length;
    ends[i] = end;
  });
  return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const list = new Array<string>(ends.length);
  let start = 0;
  for (let i = 0; i < ends.length; i += 1) {
    const end = ends[i]!;
    list[i] = text.slice(start, end);
    start = end;
  }
  return list;
}

export function packFacts(facts: ChartFacts): PackedFacts {
  return {
    ...facts,
    reportIds: packStrings(facts.reportIds),
    unitIds: packStrings(facts.unitIds),
    checks: {
      ...facts.checks,
      rule: packStrings(facts.checks.rule),
      detail: packStrings(facts.checks.detail),
    },
  };
}

export function unpackFacts(packed: PackedFacts): ChartFacts {
  return {
    ...packed,
    reportIds: unpackStrings(packed.reportIds),
    unitIds: unpackStrings(packed.unitIds),
    checks: {
      ...packed.checks,
      rule: unpackStrings(packed.checks.rule),
      detail: unpackStrings(packed.checks.detail),
    },
  };
}

/** The facts of a stored row; rows written before the strings were packed are used as they are. */
export function unpackStoredFacts(row: ChartFacts | PackedFacts): ChartFacts {
  return Array.isArray(row.reportIds) ? (row as ChartFacts) : unpackFacts(row as PackedFacts);
}
