// Order statistics for benchmark samples. Nearest-rank percentiles: with 20 samples p95 is the
// 19th value, a real observation rather than an interpolation between two.

export function percentile(samples: readonly number[], p: number): number {
  const values = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (values.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * values.length);
  return values[Math.min(values.length, Math.max(1, rank)) - 1] as number;
}

export function median(samples: readonly number[]): number {
  const values = samples.filter(Number.isFinite).sort((a, b) => a - b);
  if (values.length === 0) return Number.NaN;
  const middle = values.length >> 1;
  return values.length % 2 === 1
    ? (values[middle] as number)
    : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
}
