import type { LibraryFindOptions, ReplaceJobStatus, ReplacePick } from '../../../shared/api/contract/replace';
import { bodyState, replaceInContent, searchContent, searchedTexts } from '../../../shared/find/content-search';
import { buildQuery, regexpFlags } from '../../../shared/find/find-query';
import { BriefContent } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { LibraryStore } from '../library/library-store';
import { briefSearchable, deskSearchable, SLOW_PROBLEM, type Searchable } from './library-search';
import { probeRegexInWorker } from './regex-probe';

interface Job {
  status: ReplaceJobStatus;
  cancelled: boolean;
}

/** Test seam: called after each brief or desk block is processed. */
export type AfterEach = (status: ReplaceJobStatus) => Promise<void> | void;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 'es'}`;
}

/**
 * Replace in all briefs, as jobs the renderer polls: brief by brief, each
 * kept as a 'before-replace' revision just before it changes, so History's
 * Restore undoes it; a desk-library block changes only when one of its own
 * rows was picked. Cancel stops before the next brief: the ones not reached
 * are untouched. Matches are found again in the brief as it is now; a picked
 * match whose text differs from the preview is skipped with a note.
 */
export class LibraryReplace {
  readonly #store: LibraryStore;
  readonly #jobs = new Map<string, Job>();
  readonly #afterEach: AfterEach | undefined;
  #next = 0;

  constructor(store: LibraryStore, options: { afterEach?: AfterEach } = {}) {
    this.#store = store;
    this.#afterEach = options.afterEach;
  }

  /** Start a job; its promise (for tests) settles when it ends. */
  start(options: LibraryFindOptions, picks: readonly ReplacePick[]): { jobId: string; finished: Promise<void> } {
    const built = buildQuery(options);
    if (!built.ok) throw new BriefdeskError('invalid_input', built.error ?? 'Type something to find.');
    const groups = new Map<string, ReplacePick[]>();
    for (const pick of picks) {
      const key = `${pick.source}:${pick.id}`;
      groups.set(key, [...(groups.get(key) ?? []), pick]);
    }
    this.#next += 1;
    const jobId = `replace${this.#next}${Date.now().toString(36)}`;
    const job: Job = {
      cancelled: false,
      status: {
        state: 'running',
        total: groups.size,
        processed: 0,
        briefsChanged: 0,
        desksChanged: 0,
        replacements: 0,
        changedBriefIds: [],
        notes: [],
        error: null,
      },
    };
    this.#jobs.set(jobId, job);
    const finished = this.#run(job, options, [...groups.values()]).catch((failure: unknown) => {
      job.status.state = 'failed';
      job.status.error = failure instanceof Error ? failure.message : String(failure);
    });
    return { jobId, finished };
  }

  /** Where a job stands (a copy). Throws 'not_found'. */
  status(jobId: string): ReplaceJobStatus {
    const job = this.#jobs.get(jobId);
    if (!job) throw new BriefdeskError('not_found', 'No such replace job.');
    return structuredClone(job.status);
  }

  /** Stop a job after the brief it is on. Throws 'not_found'. */
  cancel(jobId: string): void {
    const job = this.#jobs.get(jobId);
    if (!job) throw new BriefdeskError('not_found', 'No such replace job.');
    job.cancelled = true;
  }

  /**
   * Whether a regular expression is too slow over the picked briefs as they are now (a brief may have been
   * edited since the preview was probed): checked on a worker once, so the job never blocks the app.
   */
  async #tooSlowNow(options: LibraryFindOptions, groups: ReplacePick[][]): Promise<boolean> {
    if (!options.regexp) return false;
    const texts: string[] = [];
    for (const [first] of groups) {
      if (first?.source !== 'brief') continue;
      const item = briefSearchable(first.id, await this.#store.get(first.id));
      texts.push(...searchedTexts(item.header, bodyState(item.body)));
    }
    return (await probeRegexInWorker(options.search, regexpFlags(options.caseSensitive), texts)) === 'slow';
  }

  async #run(job: Job, options: LibraryFindOptions, groups: ReplacePick[][]): Promise<void> {
    if (await this.#tooSlowNow(options, groups)) {
      job.status.state = 'failed';
      job.status.error = SLOW_PROBLEM;
      return;
    }
    for (const picks of groups) {
      if (job.cancelled) {
        job.status.state = 'cancelled';
        return;
      }
      const first = picks[0];
      if (first) {
        try {
          await (first.source === 'brief'
            ? this.#replaceInBrief(job, options, first.id, picks)
            : this.#replaceInDesk(job, options, first.id, picks));
        } catch (failure) {
          job.status.notes.push(
            `${first.source === 'brief' ? 'A brief' : 'A desk block'} could not be changed: ${failure instanceof Error ? failure.message : String(failure)}`,
          );
        }
      }
      job.status.processed += 1;
      await this.#afterEach?.(structuredClone(job.status));
    }
    job.status.state = job.cancelled && job.status.processed < job.status.total ? 'cancelled' : 'done';
  }

  /** The picks whose text still matches there, as indexes; a note for the others. */
  #indexes(job: Job, item: Searchable, options: LibraryFindOptions, picks: readonly ReplacePick[]) {
    const built = buildQuery(options);
    if (!built.ok) return null;
    const found = searchContent(built.query, item.header, item.body);
    const indexes = picks
      .filter((pick) => found.hits.find((hit) => hit.index === pick.index)?.match === pick.match)
      .map((pick) => pick.index);
    const stale = picks.length - indexes.length;
    if (stale > 0) job.status.notes.push(`“${item.title}”: changed since the preview — ${plural(stale, 'match')} skipped.`);
    return { search: found.search, indexes };
  }

  async #replaceInBrief(job: Job, options: LibraryFindOptions, id: string, picks: readonly ReplacePick[]): Promise<void> {
    const brief = await this.#store.get(id);
    const item = briefSearchable(id, brief);
    const planned = this.#indexes(job, item, options, picks);
    if (!planned || planned.indexes.length === 0) return;
    const change = replaceInContent(planned.search, planned.indexes);
    if (change.skippedSynced > 0) {
      job.status.notes.push(
        `“${item.title}”: ${plural(change.skippedSynced, 'match')} in a synced desk block skipped — tick the desk block’s own row to change its original.`,
      );
    }
    if (change.skippedBlank > 0) {
      job.status.notes.push(`“${item.title}”: ${plural(change.skippedBlank, 'match')} skipped — a required field would be blank.`);
    }
    if (change.replaced === 0 || (change.body === null && Object.keys(change.patch).length === 0)) return;
    await this.#store.revisions.snapshot(id, 'before-replace');
    const content = BriefContent.parse(brief);
    await this.#store.save(id, { ...content, ...change.patch, body: change.body ?? content.body }, brief.revision);
    job.status.briefsChanged += 1;
    job.status.replacements += change.replaced;
    job.status.changedBriefIds.push(id);
  }

  async #replaceInDesk(job: Job, options: LibraryFindOptions, id: string, picks: readonly ReplacePick[]): Promise<void> {
    const block = this.#store.deskLibrary.get(id);
    const planned = this.#indexes(job, deskSearchable(block), options, picks);
    if (!planned || planned.indexes.length === 0) return;
    const change = replaceInContent(planned.search, planned.indexes, true);
    const desk = change.body?.content?.[0];
    if (!desk || change.replaced === 0) return;
    const text = (name: string): string => {
      const value: unknown = desk.attrs?.[name];
      return typeof value === 'string' ? value : '';
    };
    await this.#store.deskLibrary.save({
      id,
      name: block.name,
      title: text('title'),
      deskName: text('deskName'),
      series: text('series'),
      publication: text('publication'),
      content: desk.content ?? block.content,
    });
    job.status.desksChanged += 1;
    job.status.replacements += change.replaced;
  }
}
