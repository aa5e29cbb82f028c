import type { ImportOutcome } from './run-import';

const files = (count: number): string => (count === 1 ? '1 file' : `${count} files`);

/** One sentence on how an import went: "Imported 2 of 3 files; 1 could not be imported." */
export function importSummary(outcomes: readonly ImportOutcome[]): string {
  const total = outcomes.length;
  const imported = outcomes.filter((outcome) => outcome.kind === 'imported').length;
  const failed = outcomes.filter((outcome) => outcome.kind === 'failed').length;
  const empty = outcomes.filter((outcome) => outcome.kind === 'empty').length;
  const skipped = total - imported - failed - empty;
  const parts: string[] = [];
  if (imported === total) parts.push(total === 1 ? 'Imported 1 file.' : `Imported all ${total} files.`);
  else if (imported === 0) parts.push(`Nothing was imported from ${files(total)}.`);
  else parts.push(`Imported ${imported} of ${files(total)}.`);
  if (failed > 0 && imported > 0) parts.push(`${failed} could not be imported.`);
  if (empty > 0) parts.push(`${empty === 1 ? '1 file is' : `${empty} files are`} empty and ${empty === 1 ? 'was' : 'were'} not added.`);
  if (skipped > 0) parts.push(`The import was cancelled before ${skipped === 1 ? '1 file' : `${skipped} files`}.`);
  return parts.join(' ');
}

/** The id of the one brief an import made, when it made exactly one (it is then opened). */
export function singleImportedId(outcomes: readonly ImportOutcome[]): string | null {
  const imported = outcomes.flatMap((outcome) => (outcome.kind === 'imported' ? [outcome.report.id] : []));
  return imported.length === 1 ? (imported[0] ?? null) : null;
}
