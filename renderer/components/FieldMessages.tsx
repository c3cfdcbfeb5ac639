/** The ids a control's `aria-describedby` should list for its hint and its error, if it has them. */
export function describedBy(id: string, hint: string | null | undefined, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((x): x is string => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A field's hint and its error, under it. The error is announced when it appears; its text is
 * main's (or the field's own check) and the control points at both with `aria-describedby`.
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string | null; error?: string | null }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
