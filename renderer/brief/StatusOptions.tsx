import { STATUS_LABELS, STATUS_ORDER } from '../format/status-label';

/** An <option> for each brief status, in the order a brief goes through them. */
export function StatusOptions() {
  return STATUS_ORDER.map((status) => (
    <option key={status} value={status}>
      {STATUS_LABELS[status]}
    </option>
  ));
}
