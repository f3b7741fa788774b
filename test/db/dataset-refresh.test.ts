import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fetchDatasetUnlessKnown,
  fetchShippedUnlessKnown,
  readDatasetBody,
} from '../../src/db/dataset-refresh';
import { firstScreenOf, serializeFactsFile } from '../../src/db/facts-file';
import { fetchShippedFromFiles } from '../../src/db/shipped-source';
import type { Dataset } from '../../src/model/types';
import { sampleDataset } from './helpers';

/** A response whose body arrives in chunks of `size` bytes (splitting multi-byte characters). */
function chunkedResponse(text: string, size: number): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

describe('readDatasetBody', () => {
  const dataset = sampleDataset();
  const text = JSON.stringify(dataset);

  for (const size of [1, 7, 4096, 65536]) {
    it(`peeks the version and parses the whole file from ${size}-byte chunks`, async () => {
      // Chunks this size cut the Chinese text (3 bytes a character) mid-character.
      expect(/[\u4e00-\u9fff]/.test(text)).toBe(true);
      const body = await readDatasetBody(chunkedResponse(text, size));
      expect(body.peekedVersion).toBe(dataset.version);
      expect(await body.parse()).toEqual(dataset);
    });
  }

  it('does not peek a version that is not at the start of the file', async () => {
    const { version, ...rest } = dataset;
    const moved = JSON.stringify({ ...rest, version });
    const body = await readDatasetBody(chunkedResponse(moved, 1000));
    expect(body.peekedVersion).toBeUndefined();
    expect((await body.parse()).version).toBe(version);
  });
});

describe('fetchDatasetUnlessKnown', () => {
  it('stops after the peek when the version is the known one, and parses it otherwise', async () => {
    const dataset = sampleDataset();
    const text = JSON.stringify(dataset);
    const originalFetch = globalThis.fetch;
    let pulled = 0;
    globalThis.fetch = async () => {
      const bytes = new TextEncoder().encode(text);
      let at = 0;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (at >= bytes.length) return controller.close();
            pulled += 1;
            controller.enqueue(bytes.slice(at, at + 4096));
            at += 4096;
          },
        }),
      );
    };
    try {
      expect(await fetchDatasetUnlessKnown('http://x/data.json', dataset.version)).toBeUndefined();
      expect(pulled).toBeLessThan(Math.ceil(text.length / 4096));
      expect(await fetchDatasetUnlessKnown('http://x/data.json', 'older')).toEqual(dataset);
    } finally {
      globalThis.fetch = originalFetch;
    }
  });
});

describe('fetchShippedUnlessKnown', () => {
  const FACTS = 'http://x/data/facts.json';
  const DATASET = 'http://x/data/dataset.json';
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
    vi.restoreAllMocks();
  });

  /** Serves `files` by URL (404 for anything else) and records every URL fetched. */
  function serve(files: Record<string, string>): string[] {
    const fetched: string[] = [];
    globalThis.fetch = async (input) => {
      const url = String(input);
      fetched.push(url);
      const body = files[url];
      return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
    };
    return fetched;
  }

  it('draws from the facts file and downloads dataset.json only when the details are asked for', async () => {
    const dataset = sampleDataset();
    const fetched = serve({ [FACTS]: serializeFactsFile(dataset), [DATASET]: JSON.stringify(dataset) });
    const download = await fetchShippedUnlessKnown(FACTS, DATASET, undefined);
    expect(download?.first).toEqual(firstScreenOf(dataset));
    expect(fetched).toEqual([FACTS]);
    expect(await download?.dataset()).toEqual(dataset);
    expect(await download?.dataset()).toEqual(dataset);
    expect(fetched).toEqual([FACTS, DATASET]);
  });

  it('answers unchanged from the facts file alone when its version is the stored one', async () => {
    const dataset = sampleDataset();
    const fetched = serve({ [FACTS]: serializeFactsFile(dataset), [DATASET]: JSON.stringify(dataset) });
    expect(await fetchShippedUnlessKnown(FACTS, DATASET, dataset.version)).toBeUndefined();
    expect(fetched).toEqual([FACTS]);
  });

  it('computes the facts from dataset.json when there is no facts file, or one of other columns', async () => {
    const dataset = sampleDataset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    serve({ [DATASET]: JSON.stringify(dataset) });
    const without = await fetchShippedUnlessKnown(FACTS, DATASET, undefined);
    expect(without?.first).toEqual(firstScreenOf(dataset));

    const otherColumns = JSON.parse(serializeFactsFile(dataset)) as { facts: { metrics: string[] } };
    otherColumns.facts.metrics.reverse();
    const fetched = serve({ [FACTS]: JSON.stringify(otherColumns), [DATASET]: JSON.stringify(dataset) });
    const refused = await fetchShippedUnlessKnown(FACTS, DATASET, undefined);
    expect(refused?.first).toEqual(firstScreenOf(dataset));
    expect(fetched).toEqual([FACTS, DATASET]);
    expect(console.warn).toHaveBeenCalledTimes(2);
  });

  it('serves the page the same way where there is no Worker (fetchShippedFromFiles)', async () => {
    const dataset = sampleDataset();
    const fetched = serve({ [FACTS]: serializeFactsFile(dataset), [DATASET]: JSON.stringify(dataset) });
    const fetchShipped = fetchShippedFromFiles(FACTS, DATASET);
    expect(await fetchShipped(dataset.version)).toEqual({ kind: 'unchanged' });
    const result = await fetchShipped('older');
    expect(result.kind).toBe('fetched');
    if (result.kind !== 'fetched') return;
    expect(result.shipped.facts).toEqual(firstScreenOf(dataset).facts);
    expect(result.shipped.units.map((u) => u.origin)).toEqual(dataset.units.map(() => 'shipped'));
    expect(fetched).toEqual([FACTS, FACTS]);
    expect(await result.shipped.dataset()).toEqual(dataset);
    expect(fetched).toEqual([FACTS, FACTS, DATASET]);
  });

  it('refuses a dataset.json of another version than the facts drawn, naming both', async () => {
    const drawn = sampleDataset();
    const newer: Dataset = { ...sampleDataset(), version: 'f'.repeat(64) };
    serve({ [FACTS]: serializeFactsFile(drawn), [DATASET]: JSON.stringify(newer) });
    const download = await fetchShippedUnlessKnown(FACTS, DATASET, undefined);
    await expect(download!.dataset()).rejects.toThrow(
      `version ${'f'.repeat(12)} but the chart facts were ${drawn.version.slice(0, 12)}`,
    );
  });
});
