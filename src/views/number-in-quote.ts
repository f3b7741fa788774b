// Where, inside an observation's quote, the number itself is, so the UI can mark it.
// Table quotes run from the row label to the value cell, so the value is the LAST number;
// text quotes name the number somewhere in a phrase ("1.3 万条", "900 余条", "４２７０４"), so
// the number is the one that reads as the value. Quotes are searched after the extractor's
// length-preserving normalisation, so offsets found are offsets in the original quote.
import { NUMBER_SOURCE } from '../extract/numbers';
import { normalizeText } from '../extract/normalize';
import type { Observation } from '../model/types';

export interface QuoteRange {
  /** Offsets within the quote (UTF-16 code units). */
  start: number;
  end: number;
}

interface NumberInQuote extends QuoteRange {
  /** The value as printed, with 万/亿 applied. */
  value: number;
  /** The digits alone: a metric kept in 万元 reads "5 万元" as 5, not 50000. */
  bare: number;
}

const WAN = 10_000;
const YI = 100_000_000;
/** A single digit run; table cells printed side by side ("1 234") must not be read as one number. */
const DIGIT_RUN = /\d+(?:\.\d+)?/g;

function readNumbers(quote: string): NumberInQuote[] {
  const normalized = normalizeText(quote);
  const found: NumberInQuote[] = [];
  for (const m of normalized.matchAll(new RegExp(NUMBER_SOURCE, 'g'))) {
    const [whole, , intPart = '', frac, multiplier] = m;
    const bare = Number(`${intPart.replace(/[ ,，]/g, '')}${frac ? `.${frac}` : ''}`);
    const scale = multiplier === '万' ? WAN : multiplier === '亿' ? YI : 1;
    const start = m.index;
    found.push({
      start,
      end: start + whole.trimEnd().length,
      value: Math.round(bare * scale * 100) / 100,
      bare,
    });
  }
  return found;
}

function readDigitRuns(quote: string): NumberInQuote[] {
  return [...normalizeText(quote).matchAll(DIGIT_RUN)].map((m) => {
    const value = Number(m[0]);
    return { start: m.index, end: m.index + m[0].length, value, bare: value };
  });
}

const states = (value: number) => (n: NumberInQuote) => n.value === value || n.bare === value;

function rangeOf(n: NumberInQuote | undefined): QuoteRange | null {
  return n ? { start: n.start, end: n.end } : null;
}

/**
 * The range of the observation's number within its quote, or null when the quote holds no
 * such number (a derived value, or "没有依申请公开事项" for 0: the whole quote is the evidence).
 */
export function locateValueInQuote(o: Pick<Observation, 'quote' | 'value' | 'method'>): QuoteRange | null {
  const numbers = readNumbers(o.quote);
  const runs = readDigitRuns(o.quote);
  if (o.method === 'table') {
    // The value cell ends the quote. Cells printed side by side ("1 234") can read as one
    // number, so the last digit run wins when it, and not the joined number, is the value.
    const lastNumber = numbers.at(-1);
    const lastRun = runs.at(-1);
    const matches = states(o.value);
    if (lastNumber && matches(lastNumber)) return rangeOf(lastNumber);
    return rangeOf(lastRun && matches(lastRun) ? lastRun : lastNumber);
  }
  const stated = numbers.find(states(o.value)) ?? runs.find(states(o.value));
  if (stated) return rangeOf(stated);
  // A text phrase with exactly one number names the value even when scaled (5000 元 -> 0.5 万元).
  return o.method === 'text' && numbers.length === 1 ? rangeOf(numbers[0]) : null;
}

/** The quote cut into the text before, at and after its number, for rendering as text. */
export function splitQuoteAtValue(o: Pick<Observation, 'quote' | 'value' | 'method'>): {
  before: string;
  value: string;
  after: string;
} {
  const range = locateValueInQuote(o);
  if (!range) return { before: o.quote, value: '', after: '' };
  return {
    before: o.quote.slice(0, range.start),
    value: o.quote.slice(range.start, range.end),
    after: o.quote.slice(range.end),
  };
}
