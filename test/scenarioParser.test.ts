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

  it('bounds every number to what a real machine can do, naming the field and the value', () => {
    const at = '2026-03-29T08:00:00';
    expect(
      problems({
        ...base,
        events: [
          { at, type: 'clockJump', minutes: 1e13 },
          { at, type: 'clockJump', minutes: -2_628_001 },
          { at, type: 'clockJump', minutes: Infinity },
          { at, type: 'away', minutes: 527_041 },
        ],
        respond: { move: { action: 'done', afterSeconds: 86_401 } },
      }),
    ).toEqual([
      'respond.move.afterSeconds: must be at most 86400 (a day) (got 86401)',
      'events[0].minutes: must be at most 2628000 (five years on) (got 10000000000000)',
      'events[1].minutes: must be at least -2628000 (five years back) (got -2628001)',
      'events[2].minutes: must be a number of minutes (negative to go back) (got Infinity)',
      'events[3].minutes: must be at most 527040 (366 days) (got 527041)',
    ]);
    // The edges themselves are fine.
    expect(problems({ ...base, events: [{ at, type: 'clockJump', minutes: 2_628_000 }, { at, type: 'clockJump', minutes: -2_628_000 }] })).toEqual([]);
  });

  it('refuses a scenario longer than a year, and takes one of exactly 366 days', () => {
    expect(problems({ ...base, start: '2026-01-01T00:00:00', end: '2126-01-01T00:00:00' })).toEqual(['end: must be at most 366 days after start (got "2126-01-01T00:00:00")']);
    expect(problems({ ...base, timeZone: 'UTC', start: '2026-01-01T00:00:00', end: '2027-01-02T00:00:00' })).toEqual([]);
    expect(problems({ ...base, timeZone: 'UTC', start: '2026-01-01T00:00:00', end: '2027-01-02T00:00:01' })).toEqual(['end: must be at most 366 days after start (got "2027-01-02T00:00:01")']);
  });

  it('refuses a day start of 24:00, as bedtime does', () => {
    expect(problems({ ...base, settings: { dayStartsAt: '24:00' } })).toEqual(['settings.dayStartsAt: must be a time of day before 24:00 (got "24:00")']);
    expect(problems({ ...base, settings: { dayStartsAt: '23:59' } })).toEqual([]);
  });

  it('reads settings, time-zone, workout and busy events, naming a bad field inside them', () => {
    const at = '2026-03-29T08:00:00';
    expect(
      problems({
        ...base,
        events: [
          { at, type: 'settings', patch: { move: { intervalMinutes: 0 } } },
          { at, type: 'timeZone', zone: 'Mars/Base' },
          { at, type: 'workouts', workouts: [{ at: '2026-03-29T18:00', minutes: 2 }] },
          { at, type: 'busy', minutes: 5, reason: 'meeting' },
          { at, type: 'action', action: 'undoDrink', ml: 5 },
        ],
      }),
    ).toEqual([
      'events[0].patch.move.intervalMinutes: Too small: expected number to be >=5 (got 0)',
      'events[1].zone: unknown IANA time zone (got "Mars/Base")',
      'events[2].workouts[0].minutes: must be at least 5 (got 2)',
      'events[3].reason: must be one of: fullScreen, doNotDisturb, inCall, screenSharing, app (got "meeting")',
      'events[4].ml: not a field of the action "undoDrink" (got 5)',
    ]);
    const scenario = parseScenario({
      ...base,
      events: [
        { at, type: 'settings', patch: { move: { intervalMinutes: 40 } } },
        // Patches build on each other: this one is checked against interval 40, not the default.
        { at, type: 'settings', patch: { stretch: { replacesMoveWithinMinutes: 5 } } },
        { at, type: 'busy', minutes: 5, reason: 'inCall' },
        { at, type: 'timeZone', zone: 'America/New_York' },
        // After the zone change, local times are New York's: 03:00 there is 09:00 in Berlin.
        { at: '2026-03-29T03:00:00', type: 'action', action: 'undoDrink' },
      ],
    });
    expect(scenario.events.map((e) => [e.type, e.at / 60_000])).toEqual([
      // 08:00 on the spring-forward day is 6.5 real hours after 00:30.
      ['settings', 390],
      ['settings', 390],
      ['busy', 390],
      ['timeZone', 390],
      ['action', 450],
    ]);
    expect(scenario.events[2]).toEqual({ type: 'busy', at: 390 * 60_000, durationMs: 5 * 60_000, reason: 'inCall' });
  });

  it('refuses an event written after a zone change that falls before it', () => {
    expect(
      problems({
        ...base,
        events: [
          { at: '2026-03-29T09:00:00', type: 'timeZone', zone: 'America/New_York' },
          { at: '2026-03-29T02:00:00', type: 'lock', minutes: 5 },
        ],
      }),
    ).toEqual(['events[1].at: must not come before the time-zone change at events[0] (got "2026-03-29T02:00:00")']);
  });
});
