/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Median and 95th percentile of timings. */
export interface Spread {
  median: number;
  p95: number;
  n: number;
}

export function spread(samples: readonly number[]): Spread {
  return { median: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

/** Run `task` `count` times one after another; resolves to each run's duration in ms. */
export async function timeEach(count: number, task: (index: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    await task(index);
    samples.push(performance.now() - started);
  }
  return samples;
}
