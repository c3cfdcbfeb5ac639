import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '../main/sim/scenario.js';

const base = { timeZone: 'Europe/Berlin', start: '2026-03-29T00:30:00', end: '2026-03-29T12:00:00' };
const problems = (doc: unknown): string[] => {
  try {
    parseScenario(doc);
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
};

describe('scenario parser', () => {
  it('names a field an action does not take', () => {
    expect(problems({ ...base, events: [{ at: '2026-03-29T08:00:00', type: 'action', action: 'snooze', reminder: 'move', minutes: 5 }] })).toEqual([
      'events[0].minutes: not a field of the action "snooze" (got 5)',
    ]);
    expect(problems({ ...base, respond: { move: { action: 'done', ml: 200 } } })).toEqual(['respond.move.ml: only a "drink" response takes ml (got 200)']);
  });

  it('refuses a local time the clocks skip on a DST night', () => {
    expect(problems({ ...base, events: [{ at: '2026-03-29T02:30:00', type: 'lock', minutes: 5 }] })).toEqual([
      'events[0].at: that local time does not exist in Europe/Berlin (the clocks skip it for daylight saving) (got "2026-03-29T02:30:00")',
    ]);
  });

  it('refuses a pause longer than a week before the engine has to', () => {
    expect(problems({ ...base, events: [{ at: '2026-03-29T08:00:00', type: 'action', action: 'pause', minutes: 20_000 }] })).toEqual([
      'events[0].minutes: must be at most 10080 (a week) (got 20000)',
    ]);
  });

  it('turns local times into elapsed time across the lost hour', () => {
    const scenario = parseScenario({ ...base, events: [{ at: '2026-03-29T03:30:00', type: 'away', minutes: 10 }] });
    expect(scenario.events[0]?.at).toBe(2 * 60 * 60_000); // 00:30 → 03:30 on the clock is two real hours
  });
});
