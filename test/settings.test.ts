/**
 * Settings as a person meets them: the defaults a fresh install lives with, every refusal naming
 * the field, the value as given and why, and the short value descriptions those messages carry.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, describe as describeValue, resolveSettings, SettingsError } from '../main/core/settings.js';

/** The messages a refused patch gives, one per problem. */
function problems(patch: unknown): readonly string[] {
  try {
    resolveSettings(patch);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  throw new Error('the patch was accepted');
}

describe('a fresh install', () => {
  const fresh = defaultSettings();

  it('is quiet: no sound, no break window for plain moves, no strict mode, no shortcuts taken', () => {
    expect(fresh.alerts.sound).toBe(false);
    expect(fresh.sounds.enabled).toBe(false);
    expect(fresh.alerts.breakWindowForMove).toBe(false);
    expect(fresh.alerts.strict).toBe(false);
    expect(fresh.breaks.everyDisplay).toBe(false);
    expect(fresh.breaks.maxSkipsInRow).toBeNull();
    expect(Object.values(fresh.shortcuts)).toEqual(['', '', '']);
  });

  it('holds alerts for every busy reason it can sense, but watches no app until the person names one', () => {
    expect(fresh.busy).toEqual({ fullScreen: true, doNotDisturb: true, inCall: true, screenSharing: true, apps: false, appNames: [] });
  });

  it('asks the first-run questions: nothing about the person is assumed', () => {
    expect(fresh.profile).toEqual({ units: 'ml', bodyWeightKg: null, exercises: false, nightCramps: false, setupDone: false, language: 'system' });
    expect(fresh.bedtime.enabled).toBe(false);
    expect(fresh.updates.enabled).toBe(true);
  });

  it('is a valid settings document that resolves to itself, and each call gives a fresh copy', () => {
    expect(resolveSettings({})).toEqual(fresh);
    expect(resolveSettings(undefined)).toEqual(fresh);
    const a = defaultSettings();
    a.workingHours.mon.push({ start: '01:00', end: '02:00' });
    expect(defaultSettings().workingHours.mon).toEqual([{ start: '00:00', end: '24:00' }]);
  });
});

describe('refusals name the field, the value and the reason', () => {
  it('refuses a patch that is not an object', () => {
    expect(problems(42)).toEqual(['settings: must be an object (got 42)']);
    expect(problems(['move'])).toEqual(['settings: must be an object (got ["move"])']);
  });

  it('refuses a working-hours window that ends when it starts or before', () => {
    const message = 'end must be after start (split a window that crosses midnight into two days)';
    expect(problems({ workingHours: { mon: [{ start: '09:00', end: '09:00' }] } })).toEqual([`settings.workingHours.mon.0: ${message} (got {"start":"09:00","end":"09:00"})`]);
    expect(problems({ workingHours: { tue: [{ start: '22:00', end: '02:00' }] } })).toEqual([`settings.workingHours.tue.0: ${message} (got {"start":"22:00","end":"02:00"})`]);
    expect(resolveSettings({ workingHours: { mon: [{ start: '09:00', end: '09:01' }] } }).workingHours.mon).toEqual([{ start: '09:00', end: '09:01' }]);
    expect(resolveSettings({ workingHours: { mon: [{ start: '09:30', end: '10:00' }] } }).workingHours.mon).toEqual([{ start: '09:30', end: '10:00' }]);
  });

  it('takes a shortcut with a modifier or none, and refuses a bare key that would be taken from every app', () => {
    const message = 'must be empty or a key with at least one modifier, as "CommandOrControl+Alt+B"';
    expect(resolveSettings({ shortcuts: { breakNow: 'CommandOrControl+Alt+B' } }).shortcuts.breakNow).toBe('CommandOrControl+Alt+B');
    expect(resolveSettings({ shortcuts: { drink: '' } }).shortcuts.drink).toBe('');
    expect(problems({ shortcuts: { pause: 'B' } })).toEqual([`settings.shortcuts.pause: ${message} (got "B")`]);
  });

  it('refuses a bedtime or day start of 24:00, which would name tomorrow', () => {
    expect(problems({ bedtime: { time: '24:00' } })).toEqual(['settings.bedtime.time: must be a time of day before 24:00 (got "24:00")']);
    expect(problems({ dayStartsAt: '24:00' })).toEqual(['settings.dayStartsAt: must be a time of day before 24:00 (got "24:00")']);
  });

  it('refuses a section given as a plain value, and names an unknown field without a value', () => {
    expect(problems({ move: 5 })).toEqual([expect.stringMatching(/^settings\.move: .*\(got 5\)$/)]);
    expect(problems({ move: { speed: 3 } })).toEqual(['settings.move: Unrecognized key: "speed"']);
  });

  it('says what is wrong in one message, each problem after the last', () => {
    const error = new SettingsError(['settings.a: bad', 'settings.b: worse']);
    expect(error.message).toBe('invalid settings: settings.a: bad; settings.b: worse');
    expect(error.name).toBe('SettingsError');
    expect(resolveSettings(null)).toEqual(defaultSettings());
  });

  it('refuses a group it does not know, or a list given as an object, without merging into them', () => {
    expect(problems({ extras: { loud: true } })).toEqual(['settings: Unrecognized key: "extras"']);
    expect(problems({ workingHours: { mon: { start: '09:00', end: '17:00' } } })).toEqual([expect.stringMatching(/^settings\.workingHours\.mon: .*\(got \{"start":"09:00","end":"17:00"\}\)$/)]);
  });

  it('lays a patch over the base it is given, and returns a copy of it for no patch', () => {
    const base = resolveSettings({ move: { intervalMinutes: 45 } });
    expect(resolveSettings({ move: { durationMinutes: 3 } }, base).move).toEqual({ enabled: true, intervalMinutes: 45, durationMinutes: 3 });
    const copy = resolveSettings(undefined, base);
    expect(copy).toEqual(base);
    copy.move.intervalMinutes = 50;
    expect(base.move.intervalMinutes).toBe(45);
  });

  it('lists every problem of a patch, not only the first', () => {
    expect(problems({ move: { intervalMinutes: 2.5 }, hydrate: { dailyGoalMl: 'lots' } })).toHaveLength(2);
  });

  it('ignores keys that name a prototype instead of merging them into every object', () => {
    const settings = resolveSettings(JSON.parse('{"__proto__": {"polluted": true}, "move": {"intervalMinutes": 40}}'));
    expect(settings.move.intervalMinutes).toBe(40);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('values in messages', () => {
  it('are written as JSON, numbers that JSON cannot write as themselves', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(12.5)).toBe('12.5');
    expect(describeValue(-0)).toBe('0');
    expect(describeValue(1e21)).toBe('1e+21');
    expect(describeValue(Infinity)).toBe('Infinity');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue('ten')).toBe('"ten"');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(() => 1)).toBe('function');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    expect(describeValue([1, 'a', null])).toBe('[1,"a",null]');
    expect(describeValue({ a: 1, b: [true] })).toBe('{"a":1,"b":[true]}');
    expect(describeValue([])).toBe('[]');
    expect(describeValue({})).toBe('{}');
  });

  it('are cut to 60 characters, ending in "..." only when cut', () => {
    const long = 'x'.repeat(100);
    expect(describeValue(long)).toBe(`"${'x'.repeat(56)}...`);
    expect(describeValue(long)).toHaveLength(60);
    const exact = 'y'.repeat(58);
    expect(describeValue(exact)).toBe(`"${exact}"`);
    expect(describeValue(Array.from({ length: 100 }, (_, i) => i))).toMatch(/^\[0,1,2,.*\.\.\.$/);
    expect(describeValue(Array.from({ length: 100 }, (_, i) => i))).toHaveLength(60);
    expect(describeValue({ [long]: 1 })).toBe(`{"${'x'.repeat(55)}...`);
    expect(describeValue(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i])))).toMatch(/^\{"k0":0,"k1":1,.*\.\.\.$/);
  });

  it('stop reading a huge value once they have enough of it', () => {
    // A billion slots: read one by one this would never finish.
    expect(describeValue(new Array(1e9))).toMatch(/^\[undefined,undefined,.*\.\.\.$/);
  });

  it('say "…" for a cycle or deep nesting instead of running forever', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('{"a":1,"self":…}');
    let deep: unknown = 0;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(describeValue(deep)).toBe(`${'['.repeat(9)}…${']'.repeat(9)}`);
    let nested: unknown = 0;
    for (let i = 0; i < 20; i++) nested = { a: nested };
    expect(describeValue(nested)).toBe(`${'{"a":'.repeat(9)}…${'}'.repeat(9)}`);
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('never throw, even for a getter that does', () => {
    const hostile = {
      ok: 1,
      get bad(): number {
        throw new Error('no');
      },
    };
    expect(describeValue(hostile)).toBe('{"ok":1,"bad":');
    const first = {
      get bad(): number {
        throw new Error('no');
      },
    };
    expect(describeValue(first)).toBe('{"bad":');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(describeValue(proxy)).toBe('an unreadable value');
  });

  it('skip inherited keys', () => {
    const child = Object.create({ inherited: 1 }) as Record<string, unknown>;
    child.own = 2;
    expect(describeValue(child)).toBe('{"own":2}');
  });
});
