import { describe, expect, it } from 'vitest';
import { fetchDatasetUnlessKnown, readDatasetBody } from '../../src/db/dataset-refresh';
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
