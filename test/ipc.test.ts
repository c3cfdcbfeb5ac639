import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppController } from '../main/controller.js';
import { channelNames, type AppState, type Channel, type IpcResult } from '../main/ipc/contract.js';
import { registerIpc, type IpcEventLike } from '../main/ipc/handlers.js';
import { Harness } from './support/harness.js';

const APP_PAGE = 'file:///opt/Limber/resources/app.asar/dist/renderer/index.html';

function setUp() {
  let changes = 0;
  const h = new Harness({ start: '2026-03-02T10:00:00' });
  const opened: unknown[] = [];
  let openAtLogin = false;
  const saved: unknown[] = [];
  const controller = new AppController({
    engine: h.engine,
    saveSettings: (s) => saved.push(s),
    openWindow: (route) => opened.push(route),
    loginItem: { get: () => openAtLogin, set: (v) => (openAtLogin = v) },
    onChange: () => changes++,
  });
  const handlers = new Map<string, (event: IpcEventLike, payload: unknown) => unknown>();
  // A minute passes between requests, so the write rate limits never refuse one here (they have their own test).
  let clock = 0;
  registerIpc({ handle: (channel, listener) => handlers.set(channel, listener) }, controller, (event) => event.senderFrame?.url === APP_PAGE, () => undefined, { now: () => (clock += 60_000) });
  const invoke = (channel: Channel, payload: unknown, url = APP_PAGE) => handlers.get(channel)?.({ senderFrame: { url } }, payload) as IpcResult<AppState>;
  // Anything that changes state shows up here: an engine output, a controller change, a save.
  h.engine.subscribe(() => changes++);
  const fingerprint = () => `${changes}|${opened.length}|${saved.length}|${openAtLogin}|${JSON.stringify(h.engine.exportState())}`;
  return { h, controller, invoke, fingerprint, opened, saved };
}

describe('IPC', () => {
  it('registers one handler per channel of the contract', () => {
    const { invoke } = setUp();
    for (const channel of channelNames) expect(invoke(channel, undefined)).toHaveProperty('ok');
  });

  it('handles valid requests and answers with the new state', () => {
    const { invoke, opened } = setUp();
    const drink = invoke('drink:log', { ml: 300 });
    expect(drink.ok && drink.value.snapshot.water.todayMl).toBe(300);
    const paused = invoke('pause:set', { for: 'minutes', minutes: 30 });
    expect(paused.ok && paused.value.snapshot.paused).not.toBeNull();
    const open = invoke('window:open', { view: 'relief', muscle: 'calf' });
    expect(open.ok && open.value.route).toEqual({ view: 'relief', muscle: 'calf', seq: 1 });
    expect(opened).toEqual([{ view: 'relief', muscle: 'calf', seq: 1 }]);
    const settings = invoke('settings:set', { move: { intervalMinutes: 45 } });
    expect(settings.ok && settings.value.settings.move.intervalMinutes).toBe(45);
  });

  it('refuses messages from pages that are not Limber’s own, changing nothing', () => {
    const { invoke, fingerprint } = setUp();
    const before = fingerprint();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'about:blank', 'data:text/html,hi']) {
      expect(invoke('drink:log', { ml: 250 }, url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fingerprint()).toBe(before);
  });

  it('answers bad input with a typed error naming the field, and no state change', () => {
    const { invoke, fingerprint } = setUp();
    const before = fingerprint();
    expect(invoke('drink:log', { ml: -1 })).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^drink:log\.ml: /) } });
    expect(invoke('settings:set', { move: { intervalMinutes: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/move\.intervalMinutes/) } });
    expect(invoke('settings:set', { hydrate: { window: { start: '21:00', end: '07:00' } } })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(invoke('reply', { reminder: 'move', action: 'explode' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(invoke('pause:set', { for: 'minutes', minutes: 1e9 })).toMatchObject({ ok: false });
    expect(fingerprint()).toBe(before);
  });

  it('names the kind of each refusal a window can word itself, by field, and no kind for any other', () => {
    const { invoke } = setUp();
    const refusal = (payload: unknown) => {
      const result = invoke('settings:set', payload);
      return result.ok ? 'accepted' : (result.error.fields ?? []);
    };
    expect(refusal({ move: { intervalMinutes: 500 } })).toEqual([{ path: 'move.intervalMinutes', kind: 'tooBig' }]);
    expect(refusal({ move: { intervalMinutes: 1 } })).toEqual([{ path: 'move.intervalMinutes', kind: 'tooSmall' }]);
    expect(refusal({ stretch: { intervalMinutes: 20.5 } })).toEqual([{ path: 'stretch.intervalMinutes', kind: 'notWhole' }]);
    expect(refusal({ bedtime: { time: '25:00' } })).toEqual([{ path: 'bedtime.time', kind: 'badFormat' }]);
    // An empty app name is too short, but no number: main's words are the only ones for it.
    expect(refusal({ busy: { appNames: [''] } })).toEqual([]);
    // The settings' own rules: an end before its start, 24:00 as a moment, a shortcut without a modifier.
    expect(refusal({ hydrate: { window: { start: '21:00', end: '07:00' } } })).toEqual([{ path: 'hydrate.window', kind: 'endBeforeStart' }]);
    expect(refusal({ bedtime: { time: '24:00' } })).toEqual([{ path: 'bedtime.time', kind: 'endOfDay' }]);
    expect(refusal({ shortcuts: { drink: 'B' } })).toEqual([{ path: 'shortcuts.drink', kind: 'shortcutModifier' }]);
    expect(refusal({ shortcuts: { drink: 'Alt+B' } })).toBe('accepted');
  });

  it('survives 10,000 random payloads on every channel: none crash, none change state when refused', () => {
    const { invoke, fingerprint } = setUp();
    // Arbitrary values, plus near-misses built from the valid shapes (right keys, wrong values).
    const nearMiss = fc.record(
      {
        ml: fc.oneof(fc.integer(), fc.double(), fc.string()),
        for: fc.constantFrom('minutes', 'tomorrow', 'indefinitely', 'forever'),
        minutes: fc.oneof(fc.integer({ min: -10, max: 20_000 }), fc.double()),
        reminder: fc.constantFrom('move', 'stretch', 'hydrate', 'nap'),
        action: fc.constantFrom('start', 'done', 'snooze', 'skip', 'drink'),
        view: fc.constantFrom('today', 'routines', 'relief', 'preferences', 'admin'),
        muscle: fc.constantFrom('calf', 'foot', 'tongue'),
        id: fc.string({ maxLength: 80 }),
        openAtLogin: fc.oneof(fc.boolean(), fc.string()),
        move: fc.record({ intervalMinutes: fc.integer({ min: -5, max: 500 }), enabled: fc.boolean() }, { requiredKeys: [] }),
        hydrate: fc.record({ window: fc.record({ start: fc.constantFrom('08:00', '25:00', 'x'), end: fc.constantFrom('20:00', '07:00') }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    const payload = fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), nearMiss);
    let handled = 0;
    let refused = 0;
    for (const channel of channelNames) {
      fc.assert(
        fc.property(payload, (value) => {
          // Plain checks rather than expect(): this runs 180,000 times.
          const before = fingerprint();
          const result = invoke(channel, value); // a throw fails the property, and fast-check shrinks it
          if (typeof result?.ok !== 'boolean') throw new Error(`${channel}: no IpcResult for ${String(value)}`);
          if (result.ok) handled++;
          else {
            refused++;
            if (result.error.code !== 'invalid' && result.error.code !== 'forbidden') throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
            if (fingerprint() !== before) throw new Error(`${channel}: a refused request changed state`);
          }
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000), seed: 2026 },
      );
    }
    expect(handled).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 600_000);
});
