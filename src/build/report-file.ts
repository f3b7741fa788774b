// One report file from disk through decoding and extraction; shared by the build and the CLI.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractReport, type ExtractOptions, type ReportExtraction } from '../extract/extract-report';
import { decodeText } from '../io/decode-text';
import { sha256Hex } from './dataset-file';

export interface ExtractedFile extends ReportExtraction {
  /** The decoded text (no BOM), as the dataset's offsets address it and as the dashboard shows it. */
  text: string;
}

/**
 * sourceSha256 is the hash of the decoded text encoded as UTF-8 without BOM, i.e. of the copy the
 * dashboard serves: for the usual UTF-8 source files it is the hash of the file itself.
 */
export function extractFile(path: string, unitId?: ExtractOptions['unitId']): ExtractedFile {
  const { text } = decodeText(readFileSync(path));
  const extraction = extractReport(text, {
    sourceFile: basename(path),
    sourceSha256: sha256Hex(text),
    ...(unitId ? { unitId } : {}),
  });
  return { ...extraction, text };
}
