/** The crash harness's seeded PRNG and `between`: the same seed gives the same libraries, run after run. */
export { between, prng } from '../tests/crash/prng';

/** One item of a non-empty list. */
export function pickFrom<T>(random: () => number, items: readonly [T, ...T[]]): T {
  return items[Math.floor(random() * items.length)] ?? items[0];
}
