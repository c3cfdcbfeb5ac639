import type { ComponentChildren } from 'preact';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

interface ButtonProps {
  children: ComponentChildren;
  onClick: () => void;
  variant?: ButtonVariant;
  disabled?: boolean;
  'aria-describedby'?: string;
}

/** A real `<button>`: keyboard, focus and the accessible name come with it. */
export function Button({ children, onClick, variant = 'secondary', disabled = false, ...aria }: ButtonProps) {
  return (
    <button type="button" class={`button button-${variant}`} onClick={onClick} disabled={disabled} {...aria}>
      {children}
    </button>
  );
}
