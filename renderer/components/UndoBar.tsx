import { useEffect, useRef } from 'preact/hooks';
import type { UndoableDelete } from '../hooks/useUndoableDelete.ts';
import { t } from '../i18n.ts';

interface UndoBarProps {
  deletion: UndoableDelete;
  /** "Deleted: Swim, 45 min." for the item waiting out its undo window. */
  deletedText: (label: string) => string;
  /** The item is back: focus goes to it (its key). */
  onUndo: (key: string) => void;
  /** The window ended while Undo had focus: where focus goes instead of the page body. */
  onGone: () => void;
}

/**
 * "Deleted … · Undo" while a delete waits, then nothing; a delete main refused is said here, by
 * the list it was in. Undo takes focus as it appears, so a keyboard user can take it back at once.
 */
export function UndoBar({ deletion, deletedText, onUndo, onGone }: UndoBarProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const pendingKey = deletion.pending?.key ?? null;
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const before = shown.current;
    shown.current = pendingKey;
    if (pendingKey) undoRef.current?.focus();
    // The bar went with focus in it: focus lands somewhere sensible, never on the page body.
    else if (before && (document.activeElement === null || document.activeElement === document.body)) onGone();
  }, [pendingKey]);
  return (
    <div class="undo-bar">
      <p class="status-line" role="status">
        {deletion.pending && deletedText(deletion.pending.label)}
      </p>
      {deletion.pending && (
        <button
          type="button"
          class="button button-small"
          ref={undoRef}
          onClick={() => {
            const key = pendingKey;
            shown.current = null;
            deletion.undo();
            if (key) onUndo(key);
          }}
        >
          {t('undo')}
        </button>
      )}
      {deletion.failure && (
        <p class="field-error" role="alert">
          {t('undo.failed', { item: deletion.failure.label, message: deletion.failure.message })}
        </p>
      )}
    </div>
  );
}
