// Downloading the shipped dataset unless it is the version already stored: the chart facts
// file first (facts-file.ts; what the charts draw), dataset.json (the quotes) only when the
// details are to be stored. Of either file only the first few KB are read to peek the version,
// so a revalidation that finds the same version does not download and parse megabytes. Runs in
// the dataset worker (JSON.parse of a national dataset is a long task) and, where there is no
// Worker, on the page (shipped-source.ts fetchShippedFromFiles).
import type { Dataset } from '../model/types';
import { decodeFactsFile, firstScreenOf, type ShippedFirstScreen } from './facts-file';

/** The dataset build writes schemaVersion then version first; only that prefix is trusted. */
const VERSION_AT_START = /^\s*\{\s*"schemaVersion"\s*:\s*\d+\s*,\s*"version"\s*:\s*"([^"\\]*)"/;
/** Enough bytes for the prefix above, whatever the whitespace. */
const PEEK_BYTES = 4096;

/** The dataset version from the first bytes of the file, or undefined when not found there. */
export function peekDatasetVersion(head: string): string | undefined {
  return VERSION_AT_START.exec(head)?.[1];
}

export interface DatasetBody<T = Dataset> {
  /** The version when it can be read without parsing the whole file. */
  peekedVersion: string | undefined;
  /** Stops the download (the version is known to be current). */
  cancel(): Promise<void>;
  /** The whole file, parsed. */
  parse(): Promise<T>;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Reads just enough of a response to peek the version, so a revalidation that finds the same
 * version stops after the first few KB instead of downloading and parsing tens of MB.
 */
export async function readDatasetBody<T = Dataset>(response: Response): Promise<DatasetBody<T>> {
  if (!response.body) {
    const text = await response.text();
    return {
      peekedVersion: peekDatasetVersion(text.slice(0, PEEK_BYTES)),
      cancel: async () => undefined,
      parse: async () => JSON.parse(text) as T,
    };
  }
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (!done && length < PEEK_BYTES) {
    const next = await reader.read();
    done = next.done;
    if (next.value) {
      parts.push(next.value);
      length += next.value.length;
    }
  }
  const head = new TextDecoder().decode(concat(parts, length).subarray(0, PEEK_BYTES));
  return {
    peekedVersion: peekDatasetVersion(head),
    cancel: () => reader.cancel(),
    parse: async () => {
      // Each chunk is decoded as it arrives, while the next one downloads: decoding 110 MB at
      // the end took as long again as the download (measured), and needed a second copy.
      const decoder = new TextDecoder();
      const pieces = parts.map((part) => decoder.decode(part, { stream: true }));
      while (!done) {
        const next = await reader.read();
        done = next.done;
        if (next.value) pieces.push(decoder.decode(next.value, { stream: true }));
      }
      pieces.push(decoder.decode());
      return JSON.parse(pieces.join('')) as T;
    },
  };
}

export async function fetchDatasetResponse(url: string): Promise<Response> {
  // no-cache: revalidate with the server (the service worker may still answer offline).
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

/** The dataset at `url`, or undefined when its version is `knownVersion` (then only peeked). */
export async function fetchDatasetUnlessKnown(
  url: string,
  knownVersion: string | undefined,
): Promise<Dataset | undefined> {
  const body = await readDatasetBody(await fetchDatasetResponse(url));
  if (knownVersion !== undefined && body.peekedVersion === knownVersion) {
    await body.cancel();
    return undefined;
  }
  const dataset = await body.parse();
  return dataset.version === knownVersion ? undefined : dataset;
}

/** A shipped dataset's first screen now, and the whole dataset when asked for. */
export interface ShippedDownload {
  first: ShippedFirstScreen;
  /** dataset.json of the same version as `first`, downloaded on the first call (rejects otherwise). */
  dataset(): Promise<Dataset>;
}

/**
 * The facts file's first screen; 'unchanged' when it is `knownVersion`; undefined when the file
 * cannot be used (missing, malformed, other metric columns), said on the console.
 */
async function fetchFactsFile(
  url: string,
  knownVersion: string | undefined,
): Promise<ShippedFirstScreen | 'unchanged' | undefined> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) {
    console.warn(`${url}: HTTP ${response.status}; the chart facts are computed from the dataset`);
    return undefined;
  }
  const body = await readDatasetBody<unknown>(response);
  if (knownVersion !== undefined && body.peekedVersion === knownVersion) {
    await body.cancel();
    return 'unchanged';
  }
  const first = decodeFactsFile(await body.parse().catch(() => undefined));
  if (!first) {
    console.warn(`${url} is not a facts file of this build; the chart facts are computed from the dataset`);
    return undefined;
  }
  return first.version === knownVersion ? 'unchanged' : first;
}

async function fetchDatasetOfVersion(url: string, version: string): Promise<Dataset> {
  const dataset = await (await readDatasetBody(await fetchDatasetResponse(url))).parse();
  if (dataset.version !== version) {
    throw new Error(
      `${url} is version ${dataset.version.slice(0, 12)} but the chart facts were ${version.slice(0, 12)}: the two files were not published together; reload the page`,
    );
  }
  return dataset;
}

/**
 * The shipped dataset unless its version is `knownVersion`: its first screen from the facts
 * file (a few MB), the whole of dataset.json only when asked for; where the facts file cannot
 * be used, dataset.json at once, with the facts computed from it.
 */
export async function fetchShippedUnlessKnown(
  factsUrl: string,
  datasetUrl: string,
  knownVersion: string | undefined,
): Promise<ShippedDownload | undefined> {
  const fromFile = await fetchFactsFile(factsUrl, knownVersion);
  if (fromFile === 'unchanged') return undefined;
  if (fromFile) {
    let whole: Promise<Dataset> | undefined;
    return {
      first: fromFile,
      dataset: () => (whole ??= fetchDatasetOfVersion(datasetUrl, fromFile.version)),
    };
  }
  const dataset = await fetchDatasetUnlessKnown(datasetUrl, knownVersion);
  return dataset && { first: firstScreenOf(dataset), dataset: async () => dataset };
}
