/**
 * The cramp relief flow: a cramp is held until it lets go, not for a set time. One hold at a time,
 * on the cramped side only; the clock counts up; the person says when it let go, and only then is
 * the next hold offered. Pure: the view passes in the monotonic time.
 */

/** NHS: a cramp lasting longer than this needs urgent advice. */
export const LONG_CRAMP_MS = 10 * 60_000;

export type ReliefFlow =
  | { phase: 'holding'; hold: number; since: number }
  | { phase: 'released'; hold: number; heldMs: number };

/** The first hold, starting now. */
export function startRelief(now: number): ReliefFlow {
  return { phase: 'holding', hold: 0, since: now };
}

/** How long the current hold has lasted: still counting while holding, fixed once it let go. */
export function heldMs(flow: ReliefFlow, now: number): number {
  return flow.phase === 'holding' ? Math.max(0, now - flow.since) : flow.heldMs;
}

/** The person says the cramp let go: the count stops where it was. */
export function letGo(flow: ReliefFlow, now: number): ReliefFlow {
  if (flow.phase !== 'holding') return flow;
  return { phase: 'released', hold: flow.hold, heldMs: heldMs(flow, now) };
}

/** Whether a next hold can be offered: only after this one let go, and only if there is one. */
export function canOfferNext(flow: ReliefFlow, holdCount: number): boolean {
  return flow.phase === 'released' && flow.hold + 1 < holdCount;
}

/** The next hold, starting now; the same flow when none can be offered yet. */
export function nextHold(flow: ReliefFlow, holdCount: number, now: number): ReliefFlow {
  return canOfferNext(flow, holdCount) ? { phase: 'holding', hold: flow.hold + 1, since: now } : flow;
}

/** The hold has gone on long enough that the person should get urgent advice. */
export function lastsTooLong(flow: ReliefFlow, now: number): boolean {
  return heldMs(flow, now) >= LONG_CRAMP_MS;
}

/** "0:42", "12:05": minutes and seconds held, counting up. */
export function countUp(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
