/** A JSON object as read from a file, before it is checked. */
export type JsonObject = Record<string, unknown>;

/**
 * One upgrade of a file format: takes a file of version `from` (unchecked)
 * and returns one of version `to` = `from` + 1. Pure: no I/O, the input is
 * not modified.
 */
export interface MigrationStep {
  from: number;
  to: number;
  /** What the step changes, for people reading the code and tests. */
  description: string;
  migrate: (value: JsonObject) => JsonObject;
}

/** What running the steps did. */
export interface MigrationResult {
  value: unknown;
  /** The versions the value went through, e.g. [1, 2]; a single entry when nothing ran. */
  path: number[];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `schemaVersion` of a value read from a file, or null when it has none. */
export function versionOf(value: unknown): number | null {
  return isObject(value) && typeof value.schemaVersion === 'number' ? value.schemaVersion : null;
}

/**
 * Bring `value` up through `steps`, one version at a time, as far as the
 * steps go. A value without a version, or of a version no step starts from,
 * passes unchanged (the format's own check decides about it). Throws when a
 * step does not produce the version it promises.
 */
export function runMigrations(steps: readonly MigrationStep[], value: unknown): MigrationResult {
  let current = value;
  const path: number[] = [];
  for (;;) {
    const version = versionOf(current);
    if (version !== null) path.push(version);
    const step = steps.find((candidate) => candidate.from === version);
    if (!step || !isObject(current)) return { value: current, path };
    const next = step.migrate(current);
    if (versionOf(next) !== step.to) throw new Error(`The migration from version ${step.from} did not produce version ${step.to}.`);
    current = next;
  }
}

/** Check a list of steps: each goes up by one, no version twice. Throws naming the problem. */
export function checkSteps(steps: readonly MigrationStep[]): void {
  const seen = new Set<number>();
  for (const step of steps) {
    if (step.to !== step.from + 1) throw new Error(`A migration must go up one version (${step.from} → ${step.to}).`);
    if (seen.has(step.from)) throw new Error(`Two migrations start from version ${step.from}.`);
    seen.add(step.from);
  }
}
