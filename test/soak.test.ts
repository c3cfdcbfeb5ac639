import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSettings, type SettingsPatch } from '../main/core/settings.js';
import type { HistoryRecord } from '../main/core/types.js';
import { simulate, type SimulationResult } from '../main/sim/simulator.js';
import { GroundTruth } from './support/groundTruth.js';
import { planLife, type LifeOptions } from './support/lifePlan.js';
import { checkRun, type CheckName, type SoakReport } from './support/soakChecks.js';

/**
 * Seeded soak: months of generated life (idle spells, locks, sleeps, busy spells, replies, intents,
 * pauses, wall-clock jumps) in Europe/Berlin across both clock changes, run through the real engine,
 * then judged against the generated ground truth. Replay a failure with SOAK_SEED=<seed>.
 */
const baseSeed = Number(process.env.SOAK_SEED ?? 20260215);
const zone = 'Europe/Berlin';

const runs: Omit<LifeOptions, 'seed' | 'timeZone'>[] = [
  {
    // Across the spring change (2026-03-29); answers every alert.
    label: 'spring',
    firstDay: '2026-02-15',
    days: 45,
    respond: {
      move: { action: 'done', afterSeconds: 45 },
      stretch: { action: 'start', afterSeconds: 30 },
      hydrate: { action: 'drink', ml: 250, afterSeconds: 20 },
    },
  },
  {
    // Across the autumn change (2026-10-25); skips moves late, never answers stretches, snoozes water.
    label: 'autumn',
    firstDay: '2026-10-08',
    days: 30,
    respond: {
      move: { action: 'skip', afterSeconds: 200 },
      hydrate: { action: 'snooze', afterSeconds: 30 },
    },
  },
  {
    // The spring change again, snoozing moves and answering water only after its first repeat.
    label: 'spring-slow',
    firstDay: '2026-03-22',
    days: 16,
    focused: true,
    respond: {
      move: { action: 'snooze', afterSeconds: 60 },
      stretch: { action: 'done', afterSeconds: 100 },
      hydrate: { action: 'done', afterSeconds: 700 },
    },
  },
];

const reports: SoakReport[] = [];
let elapsedMs = 0;

describe('soak', () => {
  runs.forEach((run, index) => {
    const seed = baseSeed + index;
    it(`${run.label}: ${run.days} days from ${run.firstDay} keep every invariant (seed ${seed})`, { timeout: 300_000 }, () => {
      const started = performance.now();
      const plan = planLife({ ...run, seed, timeZone: zone });
      const result = simulate(plan.scenario);
      const report = checkRun(plan, result);
      elapsedMs += performance.now() - started;
      reports.push(report);

      const shown = report.violations.slice(0, 25).map((v) => `  [${v.check}] ${v.message}`);
      const more = report.violations.length > shown.length ? `\n  ... and ${report.violations.length - shown.length} more` : '';
      expect(report.violations.length, `soak "${run.label}" (seed ${seed}, replay with SOAK_SEED=${baseSeed}):\n${shown.join('\n')}${more}\n`).toBe(0);

      // The run really exercised what it claims to.
      const kinds = new Set(plan.scenario.events.map((e) => (e.type === 'action' ? `action:${e.act.action}` : e.type)));
      for (const kind of ['away', 'lock', 'suspend', 'busy', 'clockJump', 'action:drink', 'action:pause', 'action:resume', 'action:breakNow', 'action:done', 'action:skip', 'action:snooze'])
        expect(kinds, `seed ${seed}: no ${kind} event generated`).toContain(kind);
      for (const kind of ['move', 'stretch', 'hydrate'] as const) expect(report.alerts[kind], `seed ${seed}: no ${kind} alert`).toBeGreaterThan(0);
      expect(report.naturalBreaks).toBeGreaterThan(0);
      expect(report.pausesAcrossClockChange, `seed ${seed}: no pause ran across the change of the clocks`).toBeGreaterThan(0);
      expect(report.returns).toBeGreaterThan(0);
      expect(plan.jumps.some((j) => j.jumpMs > 0) && plan.jumps.some((j) => j.jumpMs < 0)).toBe(true);
      expect(plan.busy.some((b) => b.to - b.from > 60 * 60_000)).toBe(true);
    });
  });

  it('covers at least 90 days and both clock changes', () => {
    const spans = runs.map((r) => {
      const from = DateTime.fromISO(r.firstDay, { zone });
      return { from, to: from.plus({ days: r.days }) };
    });
    const covered = (iso: string) => spans.some((s) => DateTime.fromISO(iso, { zone }) > s.from && DateTime.fromISO(iso, { zone }) < s.to);
    expect(runs.reduce((sum, r) => sum + r.days, 0)).toBeGreaterThanOrEqual(90);
    expect(covered('2026-03-29T12:00')).toBe(true);
    expect(covered('2026-10-25T12:00')).toBe(true);
  });

  afterAll(() => {
    if (reports.length === 0) return;
    const sum = (f: (r: SoakReport) => number) => reports.reduce((s, r) => s + f(r), 0);
    console.log(
      `soak (seed ${baseSeed}, ${zone}): ${sum((r) => r.days)} simulated days in ${reports.length} runs, ` +
        `${sum((r) => r.alerts.move)} move + ${sum((r) => r.alerts.stretch)} stretch + ${sum((r) => r.alerts.hydrate)} hydrate alerts, ` +
        `${sum((r) => r.events)} scenario events (${sum((r) => r.jumps)} clock jumps, ${sum((r) => r.pauses)} pauses, ${sum((r) => r.pausesAcrossClockChange)} across a clock change), ` +
        `${sum((r) => r.returns)} returns, ${sum((r) => r.naturalBreaks)} natural breaks, ${sum((r) => r.missed)} missed, ` +
        `${sum((r) => r.records)} records, ${sum((r) => r.wakeups)} wake-ups; checked a (away/paused/busy/window), ` +
        `b (chains, 60 s), c (bursts, natural breaks), d (move/stretch/hydrate/repeat liveness, pause ends): ` +
        `${sum((r) => r.violations.length)} violations, ${(elapsedMs / 1000).toFixed(1)} s`,
    );
  });
});

/**
 * The checks are only worth their silence if they speak up: an engine that breaks a rule (played
 * here by the real engine on different settings, or by records altered after the fact) is caught.
 */
describe('the soak checks catch planted faults', () => {
  const plan = planLife({
    label: 'planted',
    seed: 7,
    timeZone: zone,
    firstDay: '2026-03-24',
    days: 10,
    respond: { move: { action: 'done', afterSeconds: 45 }, hydrate: { action: 'drink', ml: 250, afterSeconds: 20 } },
  });
  const truth = new GroundTruth(plan);
  // Simulated inside the tests (once, on first use), so per-test coverage sees the engine run.
  let cleanRun: SimulationResult | undefined;
  const clean = (): SimulationResult => (cleanRun ??= simulate(plan.scenario));
  const checksOf = (result: SimulationResult) => new Set(checkRun(plan, result).violations.map((v) => v.check));

  it('finds nothing in the clean run', () => {
    expect([...checksOf(clean())]).toEqual([]);
  });

  const misbehaving: [string, SettingsPatch, CheckName][] = [
    ['asks to move every 35 minutes', { move: { intervalMinutes: 35 } }, 'd:move'],
    ['asks to stretch every 150 minutes', { stretch: { intervalMinutes: 150 } }, 'd:stretch'],
    ['asks to drink every 50 minutes', { hydrate: { intervalMinutes: 50 } }, 'd:hydrate'],
    ['asks to drink from 07:00 to 21:00', { hydrate: { window: { start: '07:00', end: '21:00' } } }, 'a:hydrateWindow'],
    ['holds alerts for only 30 minutes of busy', { alerts: { busyHoldMaxMinutes: 30 } }, 'a:busy'],
    ['repeats every 5 minutes', { alerts: { repeatEveryMinutes: 5 } }, 'b:chain'],
    ['repeats every 15 minutes', { alerts: { repeatEveryMinutes: 15 } }, 'd:repeatOrVerdict'],
    ['repeats three times', { alerts: { maxRepeats: 3 } }, 'b:chain'],
    ['takes 5 idle minutes for away', { presence: { idleThresholdMinutes: 5 } }, 'a:away'],
    ['takes a 1-minute absence for a movement break', { move: { durationMinutes: 1 } }, 'd:move'],
  ];
  it.each(misbehaving)('an engine that %s', (_, patch, check) => {
    expect([...checksOf(simulate({ ...plan.scenario, settings: resolveSettings(patch) }))]).toContain(check);
  });

  const alertAt = (t: number, reminder: 'move' | 'stretch' | 'hydrate'): { t: number; record: HistoryRecord } => ({
    t,
    record: { at: truth.wall(t), event: 'alert', reminder, attempt: 1 },
  });
  const altered = (change: (records: SimulationResult['records']) => SimulationResult['records']): SimulationResult => ({
    ...clean(),
    records: change([...clean().records]).sort((a, b) => a.t - b.t),
  });
  const longReturn = truth.returns.find((r) => r.awayMs >= 10 * 60_000 && r.at > 60 * 60_000);
  const shortReturn = truth.returns.find((r) => r.awayMs < 2 * 60_000);
  const longPause = truth.pauses.find((p) => p.end !== null && p.end - p.start > 20 * 60_000);

  const planted: [string, () => SimulationResult, CheckName][] = [
    ['never resumes a pause', () => altered((rs) => rs.filter((r) => r.record.event !== 'resumed')), 'd:pauseEnd'],
    ['alerts during a pause', () => altered((rs) => [...rs, alertAt((longPause?.start ?? 0) + 10 * 60_000, 'hydrate')]), 'a:paused'],
    ['shows an alert twice', () => altered((rs) => [...rs, ...rs.filter((r) => r.record.event === 'alert').slice(3, 4).map((r) => ({ ...r, t: r.t + 30_000 }))]), 'b:sameKindWithin60s'],
    ['asks to move right after a long absence', () => altered((rs) => [...rs, alertAt((longReturn?.at ?? 0) + 20_000, 'move')]), 'c:naturalBreak'],
    ['asks to move and stretch on a return', () => altered((rs) => [...rs, alertAt((shortReturn?.at ?? 0) + 5_000, 'move'), alertAt((shortReturn?.at ?? 0) + 30_000, 'stretch')]), 'c:burstAfterReturn'],
  ];
  it.each(planted)('an engine that %s', (_, result, check) => {
    expect([longReturn !== undefined, shortReturn !== undefined, longPause !== undefined], 'the plan has the moments to plant faults at').toEqual([true, true, true]);
    expect([...checksOf(result())]).toContain(check);
  });
});
