import { useEffect, useState } from 'preact/hooks';
import type { IpcResult } from '../../main/ipc/contract.ts';

/** How long "Deleted … · Undo" stays before the delete reaches main. */
export const UNDO_MS = 8000;

type Commit = () => Promise<IpcResult<unknown>>;

interface Pending {
  key: string;
  label: string;
  commit: Commit;
  timer: ReturnType<typeof setTimeout>;
}

interface Scope {
  pending: Pending | null;
  /** The last delete main refused, and why; shown until the next delete or undo. */
  failure: { label: string; message: string } | null;
  /** Keys whose delete is on its way to main: hidden until main answers. */
  sending: Set<string>;
  /** Keys main has deleted: hidden even if a state push older than the answer still lists them. */
  deleted: Set<string>;
}

/**
 * Deletes that wait out an undo window before they are sent, one waiting per view (a second
 * delete sends the first at once). The state lives outside the view, so leaving the view does not
 * cancel or lose a delete: it is sent when its window ends (or when the window closes), and a
 * refusal is waiting for the view when it comes back, with the item shown again.
 */
const scopes = new Map<string, Scope>();
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

function scopeOf(name: string): Scope {
  let scope = scopes.get(name);
  if (!scope) {
    scope = { pending: null, failure: null, sending: new Set(), deleted: new Set() };
    scopes.set(name, scope);
  }
  return scope;
}

async function send(scope: Scope, pending: Pending): Promise<void> {
  scope.sending.add(pending.key);
  changed();
  let result: IpcResult<unknown>;
  try {
    result = await pending.commit();
  } catch (error) {
    result = { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
  scope.sending.delete(pending.key);
  if (result.ok) scope.deleted.add(pending.key);
  else scope.failure = { label: pending.label, message: result.error.message };
  changed();
}

function flush(scope: Scope): void {
  const pending = scope.pending;
  if (!pending) return;
  clearTimeout(pending.timer);
  scope.pending = null;
  void send(scope, pending);
}

// Closing the window ends its page, timers and all: a delete still waiting out its undo is sent
// as the page goes, so what the person deleted stays deleted when the window opens again.
let sendsOnPageHide = false;
function sendOnPageHide(): void {
  if (sendsOnPageHide) return;
  sendsOnPageHide = true;
  window.addEventListener('pagehide', () => {
    for (const scope of scopes.values()) flush(scope);
  });
}

export interface UndoableDelete {
  /** The item waiting out its undo window, if any. */
  pending: { key: string; label: string } | null;
  /** Whether an item is deleted as far as the person can see (waiting, or on its way to main). */
  isHidden(key: string): boolean;
  /** Hides the item now; `commit` runs when the undo window ends. */
  remove(key: string, label: string, commit: Commit): void;
  /** Puts the waiting item back; nothing was sent. */
  undo(): void;
  /** The last delete main refused, and why (the item is back in the list). */
  failure: { label: string; message: string } | null;
}

export function useUndoableDelete(name: string): UndoableDelete {
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  const scope = scopeOf(name);
  return {
    pending: scope.pending && { key: scope.pending.key, label: scope.pending.label },
    isHidden: (key) => scope.pending?.key === key || scope.sending.has(key) || scope.deleted.has(key),
    remove(key, label, commit) {
      sendOnPageHide();
      flush(scope);
      scope.failure = null;
      const timer = setTimeout(() => flush(scope), UNDO_MS);
      scope.pending = { key, label, commit, timer };
      changed();
    },
    undo() {
      if (!scope.pending) return;
      clearTimeout(scope.pending.timer);
      scope.pending = null;
      scope.failure = null;
      changed();
    },
    failure: scope.failure,
  };
}
