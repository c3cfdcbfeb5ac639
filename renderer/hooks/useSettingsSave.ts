import { useState } from 'preact/hooks';
import type { SettingsPatch } from '../../main/core/settings.ts';
import { send } from '../bridge.ts';

/** One field main complained about: its path inside the settings ("move.intervalMinutes") and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Where main's message names a field: "settings:set.move.intervalMinutes: …" (the IPC contract's
 * check) or "settings.move.intervalMinutes: …" (the settings schema, after merging), possibly
 * several joined by "; ".
 */
const FIELD_PREFIX = /(?:settings:set|settings)\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*): /g;

/** Splits main's error message into the fields it names; [] when it names none. */
export function fieldProblems(message: string): FieldProblem[] {
  const matches = [...message.matchAll(FIELD_PREFIX)];
  return matches.map((match, i) => {
    const from = match.index + match[0].length;
    const to = matches[i + 1]?.index ?? message.length;
    const reason = message.slice(from, to).replace(/;\s*$/, '').trim();
    return { path: match[1] ?? '', message: reason.charAt(0).toUpperCase() + reason.slice(1) };
  });
}

/** True when one path lies inside the other ("hydrate.window" and "hydrate.window.end"). */
export function pathsOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

export interface SettingsSave {
  /**
   * Sends a patch to main. `field` is the settings path the patch changes; main's answer replaces
   * any earlier problem reported there. Resolves to whether main accepted it (a refused patch
   * changes nothing).
   */
  save(patch: SettingsPatch, field: string): Promise<boolean>;
  /** Main's reasons for refusing a field or anything inside it (only the field itself when `exact`), or null. */
  errorFor(field: string, exact?: boolean): string | null;
  /** A refusal that names no field the form shows, in main's words. */
  formError: string | null;
}

/** Settings changes with main as the judge: its refusals come back to the fields they name. */
export function useSettingsSave(): SettingsSave {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const save = async (patch: SettingsPatch, field: string): Promise<boolean> => {
    const result = await send('settings:set', patch);
    const found = result.ok ? [] : fieldProblems(result.error.message);
    setProblems((previous) => [...previous.filter((p) => !pathsOverlap(p.path, field)), ...found]);
    // A refusal about something other than the field being changed would have nowhere to show.
    const placed = found.some((p) => pathsOverlap(p.path, field));
    setFormError(result.ok || placed ? null : result.error.message);
    return result.ok;
  };

  const errorFor = (field: string, exact = false): string | null => {
    const messages = problems.filter((p) => p.path === field || (!exact && p.path.startsWith(`${field}.`))).map((p) => p.message);
    return messages.length > 0 ? [...new Set(messages)].join('; ') : null;
  };

  return { save, errorFor, formError };
}
