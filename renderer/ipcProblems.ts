/** One field main refused: its path inside the request ("workouts.0.minutes") and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits main's refusal of a request into the fields it names. Main writes
 * "<channel>.<path>: <reason>", several joined by "; " (the contract's check); a reason about the
 * request as a whole has an empty path. Indexes may be written "[0]" or ".0". A message that
 * names no field (a failed write, a lost connection) comes back whole with an empty path, so the
 * form shows it as its general message instead of nothing.
 */
export function problemsOf(message: string, channel: string): FieldProblem[] {
  const prefix = new RegExp(`(?:^|;\\s*)${escape(channel)}((?:\\.[A-Za-z0-9_]+|\\[\\d+\\])*):\\s`, 'g');
  const matches = [...message.matchAll(prefix)];
  if (matches.length === 0) return message.trim() === '' ? [] : [{ path: '', message: message.trim() }];
  return matches.map((match, i) => {
    const from = match.index + match[0].length;
    const to = matches[i + 1]?.index ?? message.length;
    const reason = message.slice(from, to).trim();
    const path = (match[1] ?? '').replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
    return { path, message: reason.charAt(0).toUpperCase() + reason.slice(1) };
  });
}

/** The reasons given for `path` or anything inside it, joined; null when there are none. */
export function problemAt(problems: readonly FieldProblem[], path: string): string | null {
  const found = problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map((p) => p.message);
  return found.length > 0 ? [...new Set(found)].join('; ') : null;
}
