import type { AckLine, BeginLine, ChildLine } from './protocol';

/** A brief's revision, content hash and place (in the Trash or not). */
export interface BriefState {
  revision: number;
  hash: string;
  trashed: boolean;
}

/** The last acknowledged state of one brief. */
export interface AckedBrief extends BriefState {
  purged: boolean;
  /** Named versions acknowledged for it (never thinned, so they must all be there). */
  versions: Set<string>;
}

/**
 * What the children have acknowledged so far, over every run on the data
 * dir, and what was in flight when the last one was killed.
 */
export class Acknowledged {
  readonly briefs = new Map<string, AckedBrief>();
  readonly assets = new Set<string>();
  /** Revision files (`<briefId>/<revisionId>`) already read and found valid. */
  readonly validRevisionFiles = new Set<string>();
  count = 0;

  /** Fold one run's lines in; returns the operations begun but not acknowledged when it died. */
  record(lines: readonly ChildLine[]): BeginLine[] {
    const inFlight = new Map<number, BeginLine>();
    for (const line of lines) {
      if (line.t === 'begin') inFlight.set(line.worker, line);
      if (line.t !== 'ack') continue;
      inFlight.delete(line.worker);
      this.count += 1;
      this.#apply(line);
    }
    return [...inFlight.values()];
  }

  /**
   * Take a brief's state as found on disk after a kill (null: its file is
   * gone) as the new baseline: an operation in flight, or a create killed
   * after its write, left it so, and the next run builds on it.
   */
  adopt(id: string, state: BriefState | null): void {
    const known = this.briefs.get(id);
    if (state === null) {
      if (known) known.purged = true;
      return;
    }
    this.briefs.set(id, { ...state, purged: false, versions: known?.versions ?? new Set() });
  }

  #apply(line: AckLine): void {
    if (line.asset !== undefined) this.assets.add(line.asset);
    if (line.id === undefined) return;
    const known = this.briefs.get(line.id);
    if (line.op === 'purge') {
      if (known) known.purged = true;
      return;
    }
    if (line.op === 'version' && line.revisionId !== undefined) {
      known?.versions.add(line.revisionId);
      return;
    }
    if (line.revision === undefined || line.hash === undefined || line.trashed === undefined) return;
    // Another worker may acknowledge a save of a new brief before its creator acknowledges the create.
    if (known && line.revision < known.revision) return;
    this.briefs.set(line.id, {
      revision: line.revision,
      hash: line.hash,
      trashed: line.trashed,
      purged: false,
      versions: known?.versions ?? new Set(),
    });
  }
}
