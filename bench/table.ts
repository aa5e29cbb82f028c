/** One line of the results table. */
export interface ResultRow {
  measure: string;
  median: string;
  p95: string;
  budget: string;
  /** true ✓, false ✗, null: no budget (reported only). */
  met: boolean | null;
}

/** Milliseconds for the table: one decimal below 100, whole above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`;
}

/** A markdown table of the rows, the README can carry it as it is. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const header = ['| measure | median | p95 | budget | met |', '|---|---:|---:|---|:---:|'];
  const lines = rows.map(
    (row) => `| ${row.measure} | ${row.median} | ${row.p95} | ${row.budget} | ${row.met === null ? '–' : row.met ? '✓' : '✗'} |`,
  );
  return [...header, ...lines].join('\n');
}
