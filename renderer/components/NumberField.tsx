import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';

interface NumberFieldProps {
  label: string;
  /** The saved value, in the unit the field shows; null for "not given". */
  value: number | null;
  /** How the saved value reads in the box (default: as is). */
  display?: (value: number) => string;
  /** The unit after the box ("min", "ml"); the hint says it in words for screen readers. */
  unit?: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Main's refusal of the last value sent, if any. */
  error?: string | null;
  onCommit: (value: number) => void;
  /** Given, an empty box means "not given" and calls this; otherwise an empty box is an error. */
  onClear?: () => void;
}

/**
 * A number box that sends its value when the person leaves it or presses Enter (the input's
 * `change` event), not on every keystroke. Its own check is only "is this a number at all"; main
 * judges the rest, and a refused value stays in the box, marked, with main's reason under it.
 */
export function NumberField({ label, value, display = String, unit, hint, min, max, step = 1, error, onCommit, onClear }: NumberFieldProps) {
  const id = useId();
  const shown = value === null ? '' : display(value);
  const [text, setText] = useState(shown);
  const [ownError, setOwnError] = useState<string | null>(null);

  // A new saved value (accepted here, or changed elsewhere) replaces whatever was typed.
  useEffect(() => {
    setText(shown);
    setOwnError(null);
  }, [shown]);

  const commit = (input: HTMLInputElement) => {
    // A number box reports "" for text it cannot read ("1e"): that is not the same as empty.
    if (input.validity.badInput) {
      setOwnError(t('field.number.invalid'));
      return;
    }
    const trimmed = input.value.trim();
    if (trimmed === '') {
      if (onClear) {
        setOwnError(null);
        onClear();
      } else setOwnError(t('field.number.required'));
      return;
    }
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed)) {
      setOwnError(t('field.number.invalid'));
      return;
    }
    setOwnError(null);
    onCommit(parsed);
  };

  const problem = ownError ?? error ?? null;
  return (
    <div class="field field-number">
      <label for={id}>{label}</label>
      <span class="input-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          value={text}
          min={min}
          max={max}
          step={step}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, problem)}
          onInput={(event) => setText(event.currentTarget.value)}
          onChange={(event) => commit(event.currentTarget)}
        />
        {/* Always there, empty or not, so boxes line up down a form. */}
        <span class="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      <FieldMessages id={id} hint={hint} error={problem} />
    </div>
  );
}
