/**
 * In-process search timing: opens a library's index.db read-only and runs the
 * search bench's query mix through LibrarySearch, measuring each query's CPU
 * time (user + system), so changes can be compared on a loaded machine.
 * `npm run bench -- search-cpu <library folder> [queries] [rounds]` (the growth
 * bench's cached libraries: $TMPDIR/briefdesk-bench-cache/lib-<n>-<seed>).
 */
import { join } from 'node:path';
import { IndexDb } from '../main/services/library/index-db';
import { openSqlite } from '../main/services/library/sqlite';
import { LibrarySearch } from '../main/services/search/library-search';
import { prng } from './prng';
import { queryAt } from './search-bench';
import { percentile } from './stats';

const KINDS = ['common', 'prefix', 'pair', 'typo'] as const;

const args = process.argv.slice(2);
// run.mjs passes the project's folder first.
if (args[0] === '--root') args.splice(0, 2);
const [dataDir = '', queriesArg = '200', roundsArg = '3'] = args;
const db = openSqlite(join(dataDir, 'index.db'), { readOnly: true, mustExist: true });
const index = new IndexDb(db);
const source = { searchable: () => index, progress: () => ({ state: 'ready' as const, done: 0, total: 0 }) };
const count = Number(queriesArg);
const random = prng(77);
const queries = Array.from({ length: count }, (_, at) => queryAt(random, at));
const cpu: number[][] = KINDS.map(() => []);
const all: number[] = [];
const slow: { ms: number; query: string; total: number }[] = [];
const warm = prng(5);
for (let round = 0; round < Number(roundsArg); round += 1) {
  // A fresh search each round (its cache of hits' texts empty), warmed by a few other queries, as the bench's shell is.
  const search = new LibrarySearch(source);
  for (let at = 0; at < 5; at += 1) await search.search({ query: queryAt(warm, at), offset: 0, limit: 50, trash: false });
  for (const [at, query] of queries.entries()) {
    const before = process.cpuUsage();
    const answer = await search.search({ query, offset: 0, limit: 50, trash: false });
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    cpu[at % 4]?.push(ms);
    all.push(ms);
    slow.push({ ms, query: `${query}${answer.correctedQuery ? ` → ${answer.correctedQuery}` : ''}`, total: answer.total });
  }
}
const line = (name: string, samples: number[]): string =>
  `${name.padEnd(8)} median ${percentile(samples, 50).toFixed(2)} ms  p95 ${percentile(samples, 95).toFixed(2)} ms  n ${samples.length}`;
console.log(line('all', all), `rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
KINDS.forEach((kind, at) => console.log(line(kind, cpu[at] ?? [])));
slow.sort((a, b) => b.ms - a.ms);
for (const each of slow.slice(0, Number(process.env.SLOW ?? 12))) console.log(`  ${each.ms.toFixed(1)} ms  ${each.query}  (${each.total})`);
index.close();
