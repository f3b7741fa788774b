// Downloading the shipped dataset unless it is the version already stored: only the first
// few KB are read to peek the version, so a revalidation that finds the same version does not
// download and parse tens of MB. Runs in the dataset worker (JSON.parse of a national dataset
// is a long task) and, where there is no Worker, on the calling thread.
import type { Dataset } from '../model/types';

/** The dataset build writes schemaVersion then version first; only that prefix is trusted. */
const VERSION_AT_START = /^\s*\{\s*"schemaVersion"\s*:\s*\d+\s*,\s*"version"\s*:\s*"([^"\\]*)"/;
/** Enough bytes for the prefix above, whatever the whitespace. */
const PEEK_BYTES = 4096;

/** The dataset version from the first bytes of the file, or undefined when not found there. */
export function peekDatasetVersion(head: string): string | undefined {
  return VERSION_AT_START.exec(head)?.[1];
}

export interface DatasetBody {
  /** The version when it can be read without parsing the whole file. */
  peekedVersion: string | undefined;
  /** Stops the download (the version is known to be current). */
  cancel(): Promise<void>;
  /** The whole file, parsed. */
  parse(): Promise<Dataset>;
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
export async function readDatasetBody(response: Response): Promise<DatasetBody> {
  if (!response.body) {
    const text = await response.text();
    return {
      peekedVersion: peekDatasetVersion(text.slice(0, PEEK_BYTES)),
      cancel: async () => undefined,
      parse: async () => JSON.parse(text) as Dataset,
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
      return JSON.parse(pieces.join('')) as Dataset;
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
