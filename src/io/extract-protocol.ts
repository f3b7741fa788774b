// The message protocol between the import dialog and the extraction worker, and the
// worker's handler as a plain function (tested directly; the Worker shell only forwards).
import { NotAReportError, type NotAReportReason } from '../extract/errors';
import type { ExtractOptions, ReportExtraction } from '../extract/extract-report';
import { sha256HexOfText } from './sha256';

export interface ExtractRequest {
  /** Matches the response to its request. */
  id: number;
  text: string;
  /** The uploaded file's name, or a label for pasted text. */
  sourceFile: string;
}

export type ExtractFailure =
  { kind: 'not-a-report'; reason: NotAReportReason; message: string } | { kind: 'failed'; message: string };

export type ExtractResponse =
  { id: number; ok: true; extraction: ReportExtraction } | { id: number; ok: false; failure: ExtractFailure };

export type ExtractFn = (text: string, options: ExtractOptions) => ReportExtraction;

function isExtractRequest(data: unknown): data is ExtractRequest {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Record<string, unknown>;
  return typeof r.id === 'number' && typeof r.text === 'string' && typeof r.sourceFile === 'string';
}

/** Runs one extraction; never throws, every outcome is a response. */
export async function handleExtractRequest(data: unknown, extract: ExtractFn): Promise<ExtractResponse> {
  if (!isExtractRequest(data)) {
    return { id: -1, ok: false, failure: { kind: 'failed', message: 'malformed request' } };
  }
  const { id, text, sourceFile } = data;
  try {
    const sourceSha256 = await sha256HexOfText(text);
    return { id, ok: true, extraction: extract(text, { sourceFile, sourceSha256 }) };
  } catch (error) {
    if (error instanceof NotAReportError) {
      return {
        id,
        ok: false,
        failure: { kind: 'not-a-report', reason: error.reason, message: error.message },
      };
    }
    return {
      id,
      ok: false,
      failure: { kind: 'failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
