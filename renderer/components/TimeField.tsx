import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { describedBy, FieldMessages } from './FieldMessages.tsx';

/** "9:30" → "09:30", "0930" → "09:30": forgiving about how a time is typed, strict about what is sent. */
export function normalizeTime(text: string): string {
  const match = /^(\d{1,2})[:.h]?(\d{2})$/.exec(text.trim());
  return match ? `${(match[1] ?? '').padStart(2, '0')}:${match[2] ?? ''}` : text.trim();
}

interface TimeFieldProps {
  label: string;
  /** The label is there for screen readers only (a row's own heading says what it is). */
  hideLabel?: boolean;
  value: string;
  hint?: string;
  error?: string | null;
  /** Mark the box as wrong without a message of its own (its group shows the message). */
  invalid?: boolean;
  onCommit: (value: string) => void;
}

/**
 * A 24-hour "HH:MM" box. Not `<input type="time">`: working hours and reminder windows may end at
 * "24:00", which a time input cannot hold. Sends on leaving the box or Enter; main judges the value.
 */
export function TimeField({ label, hideLabel = false, value, hint, error, invalid = false, onCommit }: TimeFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [ownError, setOwnError] = useState<string | null>(null);

  useEffect(() => {
    setText(value);
    setOwnError(null);
  }, [value]);

  const commit = (raw: string) => {
    const time = normalizeTime(raw);
    if (time === '') {
      setOwnError(t('field.time.required'));
      return;
    }
    setOwnError(null);
    setText(time);
    onCommit(time);
  };

  const problem = ownError ?? error ?? null;
  return (
    <div class="field field-time">
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        class="time-input"
        inputMode="numeric"
        autoComplete="off"
        spellcheck={false}
        maxLength={5}
        placeholder={t('field.time.placeholder')}
        value={text}
        aria-invalid={problem || invalid ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, problem)}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      <FieldMessages id={id} hint={hint} error={problem} />
    </div>
  );
}
