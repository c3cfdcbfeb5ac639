import { useId } from 'preact/hooks';

interface RadioGroupProps<V extends string> {
  legend: string;
  value: V;
  options: readonly { value: V; label: string; hint?: string }[];
  error?: string | null;
  onChange: (value: V) => void;
}

/** Native radio buttons in a fieldset: arrow keys move between them, the legend names the group. */
export function RadioGroup<V extends string>({ legend, value, options, error, onChange }: RadioGroupProps<V>) {
  const name = useId();
  return (
    <fieldset class="radio-group" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div class="radio-options">
        {options.map((option) => (
          <label key={option.value} class="radio-option">
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
