export interface BlockAdviceProps {
  warnings: readonly string[];
  /** Names the note for assistive tech, e.g. "Suggestions for Key Takeaways". */
  label: string;
}

/** House-rule advice on a block: a quiet note, never an alert, never a blocker. */
export function BlockAdvice({ warnings, label }: BlockAdviceProps) {
  if (warnings.length === 0) return null;
  return (
    <div className="block-advice" role="note" aria-label={label}>
      <span className="block-advice-mark" aria-hidden="true">
        !
      </span>
      <ul className="block-advice-list">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
