import { useState } from 'preact/hooks';
import type { SettingsPatch } from '../../main/core/settings.ts';
import type { FieldRefusal } from '../../main/ipc/contract.ts';
import { send } from '../bridge.ts';
import { t } from '../i18n.ts';

/** One field main complained about: its path inside the settings ("move.intervalMinutes") and why. */
export interface FieldProblem {
  path: string;
  message: string;
  /** Set when main says the reason is one the window can word in the person's language. */
  kind?: FieldRefusal['kind'];
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

/** Marks each problem with the kind main gave for its field, each kind used once, in order. */
export function withKinds(problems: readonly FieldProblem[], refusals: readonly FieldRefusal[] = []): FieldProblem[] {
  const left = [...refusals];
  return problems.map((problem) => {
    const at = left.findIndex((refusal) => refusal.path === problem.path);
    if (at < 0) return problem;
    const [refusal] = left.splice(at, 1);
    return { ...problem, kind: refusal?.kind };
  });
}

/**
 * A problem in the person's language when its kind is known (a number out of `range`, not whole;
 * a time not written HH:MM, the settings' only pattern; an end before its start, 24:00 as a moment,
 * a shortcut without a modifier), else in main's words. Without a range the field has no bounds
 * to name, so main's words stay.
 */
export function sayProblem(problem: FieldProblem, range?: NumberRange): string {
  switch (problem.kind) {
    case 'tooBig':
    case 'tooSmall':
      return range ? t('field.number.range', { min: range.min, max: range.max }) : problem.message;
    case 'notWhole':
      return t('field.number.whole');
    case 'badFormat':
      return t('field.time.required');
    case 'endBeforeStart':
      return t('field.time.endBeforeStart');
    case 'endOfDay':
      return t('field.time.endOfDay');
    case 'shortcutModifier':
      return t('field.shortcut.modifier');
    default:
      return problem.message;
  }
}

/** The bounds a number field shows, in its own unit. */
export interface NumberRange {
  min: number;
  max: number;
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
  /**
   * The reasons main refused a field or anything inside it (only the field itself when `exact`),
   * or null: in the person's language where the kind is known (`range`: the field's bounds for an
   * out-of-range number), else in main's words.
   */
  errorFor(field: string, options?: { exact?: boolean; range?: NumberRange }): string | null;
  /** A refusal that names no field the form shows, in main's words. */
  formError: string | null;
}

/** Settings changes with main as the judge: its refusals come back to the fields they name. */
export function useSettingsSave(): SettingsSave {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [formError, setFormError] = useState<string | null>(null);

  const save = async (patch: SettingsPatch, field: string): Promise<boolean> => {
    const result = await send('settings:set', patch);
    const found = result.ok ? [] : withKinds(fieldProblems(result.error.message), result.error.fields);
    setProblems((previous) => [...previous.filter((p) => !pathsOverlap(p.path, field)), ...found]);
    // A refusal about something other than the field being changed would have nowhere to show.
    const placed = found.some((p) => pathsOverlap(p.path, field));
    setFormError(result.ok || placed ? null : result.error.message);
    return result.ok;
  };

  const errorFor = (field: string, { exact = false, range }: { exact?: boolean; range?: NumberRange } = {}): string | null => {
    const messages = problems.filter((p) => p.path === field || (!exact && p.path.startsWith(`${field}.`))).map((p) => sayProblem(p, range));
    return messages.length > 0 ? [...new Set(messages)].join('; ') : null;
  };

  return { save, errorFor, formError };
}
