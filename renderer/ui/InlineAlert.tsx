/** A problem to show beside a control, read out at once; renders nothing without a message. */
export function InlineAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="inline-error-text" role="alert">
      {message}
    </p>
  );
}
