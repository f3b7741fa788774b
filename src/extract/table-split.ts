// Recovering rows whose cells were run together: "5010006" for the cells 5 0 1 0 0 0 6.
//
// Some PDFs lose the separators between a row's cells. The templates' rows carry their own
// total (表三's 总计 column, 表四's 总计 of each group), so a split is right when its parts add
// up. Only a unique split is accepted; the caller reports nothing for a row with none or many.
import type { GridCell } from './table-grid';

export type SplitResult =
  | { kind: 'unique'; cells: GridCell[] }
  | { kind: 'none' }
  /** `count` is a lower bound once MAX_SOLUTIONS is reached. */
  | { kind: 'ambiguous'; count: number }
  | { kind: 'too-many' };

export interface SplitRule {
  /** How many cells the row should have. */
  parts: number;
  /** True when a complete split is consistent (its parts add up to the row's totals). */
  accept(values: readonly number[]): boolean;
  /** Optional early rejection of a partial split (values so far); keeps long rows tractable. */
  acceptPrefix?(values: readonly number[]): boolean;
}

const MAX_SOLUTIONS = 10;
/** Bounds the search on pathological input (very long digit runs); beyond it the row is dropped. */
const MAX_STEPS = 2_000_000;

/**
 * Splits the given cells into exactly `rule.parts` cells. Cells that are not plain digit runs
 * ("7730.28", "1.3万") stay whole. Parts never start with 0 unless they are "0".
 */
export function splitRunTogether(cells: readonly GridCell[], rule: SplitRule): SplitResult {
  const totalDigits = cells.reduce((n, c) => n + (isDigitRun(c) ? c.text.length : 1), 0);
  if (totalDigits < rule.parts || cells.length > rule.parts) return { kind: 'none' };

  const solutions: GridCell[][] = [];
  const current: GridCell[] = [];
  const values: number[] = [];
  let steps = 0;
  let exhausted = false;

  // Digits (or whole cells) still to place after cell `ci`, position `pos`.
  const remainingUnits = (ci: number, pos: number): number => {
    let n = 0;
    for (let i = ci; i < cells.length; i++) {
      const c = cells[i]!;
      n += isDigitRun(c) ? c.text.length - (i === ci ? pos : 0) : 1;
    }
    return n;
  };

  const push = (cell: GridCell): boolean => {
    current.push(cell);
    values.push(cell.value);
    return !rule.acceptPrefix || rule.acceptPrefix(values);
  };
  const pop = (): void => {
    current.pop();
    values.pop();
  };

  const visit = (ci: number, pos: number): void => {
    if (solutions.length >= MAX_SOLUTIONS || exhausted) return;
    if (++steps > MAX_STEPS) {
      exhausted = true;
      return;
    }
    if (ci === cells.length) {
      if (current.length === rule.parts && rule.accept(values)) solutions.push([...current]);
      return;
    }
    const partsLeft = rule.parts - current.length;
    const cellsLeft = cells.length - ci;
    if (partsLeft < cellsLeft || partsLeft > remainingUnits(ci, pos)) return;
    const cell = cells[ci]!;
    if (!isDigitRun(cell)) {
      if (push(cell)) visit(ci + 1, 0);
      pop();
      return;
    }
    const digits = cell.text;
    for (let end = pos + 1; end <= digits.length; end++) {
      const part = digits.slice(pos, end);
      if (part.length > 1 && part.startsWith('0')) break;
      const piece: GridCell = {
        value: Number(part),
        approx: false,
        start: cell.start + pos,
        end: cell.start + end,
        text: part,
      };
      if (push(piece)) {
        if (end === digits.length) visit(ci + 1, 0);
        else visit(ci, end);
      }
      pop();
      if (solutions.length >= MAX_SOLUTIONS || exhausted) return;
    }
  };

  visit(0, 0);
  if (exhausted) return { kind: 'too-many' };
  if (solutions.length === 0) return { kind: 'none' };
  if (solutions.length > 1) return { kind: 'ambiguous', count: solutions.length };
  return { kind: 'unique', cells: solutions[0]! };
}

function isDigitRun(cell: GridCell): boolean {
  return /^\d+$/.test(cell.text) && cell.end - cell.start === cell.text.length;
}

/** Rule for rows whose last cell is the sum of the others (表三's 总计 column). */
export function rowTotalRule(parts: number): SplitRule {
  return {
    parts,
    accept: (v) => v.slice(0, -1).reduce((a, b) => a + b, 0) === v[v.length - 1],
  };
}

/** Rule for rows made of groups whose last cell is the group's total (表四: 3 groups of 5). */
export function groupTotalsRule(groups: number, groupSize: number): SplitRule {
  const groupOk = (v: readonly number[], g: number): boolean => {
    const part = v.slice(g * groupSize, (g + 1) * groupSize);
    return part.slice(0, -1).reduce((a, b) => a + b, 0) === part[part.length - 1];
  };
  return {
    parts: groups * groupSize,
    accept: (v) => Array.from({ length: groups }, (_, g) => groupOk(v, g)).every(Boolean),
    acceptPrefix: (v) => v.length % groupSize !== 0 || groupOk(v, v.length / groupSize - 1),
  };
}
