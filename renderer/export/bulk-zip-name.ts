/** Two digits: 7 → "07". */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The name of a bulk export's zip, by the local date: `briefdesk-export-2026-03-14.zip`. */
export function bulkZipName(now: Date): string {
  return `briefdesk-export-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}
