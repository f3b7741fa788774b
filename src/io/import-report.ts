// Importing one's own report: read a file or pasted text (with size limits), extract it in
// the worker, then turn the extraction plus the user's corrections (body name, region, year)
// into the bundle the dashboard saves. User ids always start with 'user-' so they can never
// collide with shipped ids, and re-importing the same body and year replaces the earlier copy.
import { NotAReportError } from '../extract/errors';
import { slugUnitId, type ReportExtraction } from '../extract/extract-report';
import type { ReportScope, UnitLevel } from '../model/types';
import type { UserReportBundle } from '../db/user-data';
import { decodeText } from './decode-text';
import type { ExtractFailure, ExtractRequest, ExtractResponse } from './extract-protocol';
import { MAX_REPORT_BYTES } from './report-files';

export { ACCEPTED_REPORT_FILES, MAX_REPORT_BYTES } from './report-files';
export const MAX_REPORT_CHARS = MAX_REPORT_BYTES;
/** A stuck extraction (pathological input) is abandoned rather than left spinning. */
export const EXTRACT_TIMEOUT_MS = 60_000;
export const USER_ID_PREFIX = 'user-';
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const MAX_NAME_LENGTH = 60;

export type ImportProblem =
  { kind: 'too-large'; limitBytes: number } | { kind: 'empty' } | ExtractFailure | { kind: 'no-numbers' };

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super('message' in problem ? problem.message : problem.kind);
    this.name = 'ImportError';
  }
}

/** Reads an uploaded report file as text (UTF-8 or GBK), refusing oversized files first. */
export async function readReportFile(file: Blob): Promise<string> {
  if (file.size > MAX_REPORT_BYTES)
    throw new ImportError({ kind: 'too-large', limitBytes: MAX_REPORT_BYTES });
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer())).text;
  } catch (error) {
    if (error instanceof NotAReportError) {
      throw new ImportError({ kind: 'not-a-report', reason: error.reason, message: error.message });
    }
    throw error;
  }
}

/** Checks pasted text before it is sent to the worker. */
export function checkReportText(text: string): void {
  if (text.trim() === '') throw new ImportError({ kind: 'empty' });
  if (text.length > MAX_REPORT_CHARS)
    throw new ImportError({ kind: 'too-large', limitBytes: MAX_REPORT_BYTES });
}

export type WorkerFactory = () => Worker;

const createExtractWorker: WorkerFactory = () =>
  new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });

let nextRequestId = 1;

/** Extracts a report in a fresh worker (terminated afterwards: imports are rare and one-off). */
export function extractInWorker(
  text: string,
  sourceFile: string,
  createWorker: WorkerFactory = createExtractWorker,
): Promise<ReportExtraction> {
  checkReportText(text);
  const request: ExtractRequest = { id: nextRequestId++, text, sourceFile };
  const worker = createWorker();
  return new Promise<ReportExtraction>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(
        new ImportError({
          kind: 'failed',
          message: `extraction took longer than ${EXTRACT_TIMEOUT_MS / 1000} s`,
        }),
      );
    }, EXTRACT_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      if (event.data.id !== request.id) return;
      clearTimeout(timer);
      worker.terminate();
      if (event.data.ok) resolve(event.data.extraction);
      else reject(new ImportError(event.data.failure));
    };
    worker.onerror = (event: ErrorEvent) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new ImportError({ kind: 'failed', message: event.message || 'worker error' }));
    };
    worker.postMessage(request);
  });
}

/** What the user may correct before saving. */
export interface ReportCorrections {
  body: string;
  region: string;
  year: number;
}

export type CorrectionError =
  'body-missing' | 'body-too-long' | 'region-missing' | 'region-too-long' | 'year-invalid';

export function validateCorrections(c: ReportCorrections): CorrectionError[] {
  const errors: CorrectionError[] = [];
  const body = c.body.trim();
  const region = c.region.trim();
  if (body === '') errors.push('body-missing');
  else if (body.length > MAX_NAME_LENGTH) errors.push('body-too-long');
  if (region === '') errors.push('region-missing');
  else if (region.length > MAX_NAME_LENGTH) errors.push('region-too-long');
  if (!Number.isInteger(c.year) || c.year < MIN_YEAR || c.year > MAX_YEAR) errors.push('year-invalid');
  return errors;
}

/** The longest known region named in the body (平罗县灵沙乡 -> 灵沙乡, not 平罗), or ''. */
export function guessRegion(body: string, knownRegions: readonly string[]): string {
  return knownRegions.filter((r) => body.includes(r)).sort((a, b) => b.length - a.length)[0] ?? '';
}

/** Government-body suffixes that are not part of a place name. */
const BODY_SUFFIX = /(人民政府)?(办公室|办公厅)?$/;

/**
 * The region an import starts with: a known region the body names, else the body's place
 * name (淮安市洪泽区人民政府 -> 淮安市洪泽区), so a new county gets a filter entry of its own.
 */
export function defaultRegion(body: string, knownRegions: readonly string[]): string {
  return guessRegion(body, knownRegions) || body.trim().replace(BODY_SUFFIX, '') || body.trim();
}

const EXCERPT_LENGTH = 80;

/** The first non-blank line, shortened: shown when a text is refused, so the user sees what was read. */
export function openingLine(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH)}…` : line;
}

const LEVEL_OF_SCOPE: Readonly<Record<ReportScope, UnitLevel>> = {
  'county-aggregate': 'county',
  office: 'office',
  township: 'township',
};

export function userUnitId(body: string): string {
  return USER_ID_PREFIX + slugUnitId(body.trim());
}

/** The extraction re-keyed to the corrected body and year, ready for saveUserReport. */
export function buildUserBundle(
  extraction: ReportExtraction,
  corrections: ReportCorrections,
  sourceText: string,
): UserReportBundle {
  const [detected] = extraction.reports;
  if (!detected) throw new ImportError({ kind: 'no-numbers' });
  if (extraction.observations.length === 0) throw new ImportError({ kind: 'no-numbers' });
  const body = corrections.body.trim();
  const unitId = userUnitId(body);
  const reportId = `${unitId}-${corrections.year}`;
  return {
    unit: {
      id: unitId,
      name: body,
      level: LEVEL_OF_SCOPE[detected.scope],
      region: corrections.region.trim(),
    },
    report: { ...detected, id: reportId, unitId, year: corrections.year },
    observations: extraction.observations
      .filter((o) => o.reportId === detected.id)
      .map((o) => ({ ...o, reportId })),
    checks: extraction.checks.filter((c) => c.reportId === detected.id).map((c) => ({ ...c, reportId })),
    sourceText,
  };
}
