/**
 * Engine benchmarks: how often the engine wakes the machine, against a 1-second ticking design
 * measured in the same run, and how fast the simulator runs months of life. The wake-up figures
 * are counts on a virtual clock (deterministic); only the simulation speed is a timing.
 *
 *   timer_wakeups_per_active_hour      timer callbacks in an 8-hour day at the keyboard ÷ 8 (target ≤ 70)
 *   sense_checks_per_active_hour       times the engine asks the desktop whether the person is busy, per hour of that day (target ≤ 30)
 *   tick_baseline_ratio                a 1 s interval's callbacks over the same span ÷ ours (target > 40)
 *   simulate_90_days_ms                wall time to simulate 90 days of generated life
 *   simulate_ms_per_simulated_month    the same per 30 simulated days
 */
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import { resolveSettings } from '../main/core/settings.js';
import type { Scenario } from '../main/sim/scenario.js';
import { simulate } from '../main/sim/simulator.js';
import { VirtualClock } from '../main/sim/virtualClock.js';
import { planLife } from '../test/support/lifePlan.js';
import type { Bench } from './types.js';

const SECOND = 1000;
const HOUR = 60 * 60 * SECOND;
const ACTIVE_DAY_HOURS = 8;

/** A working day at the keyboard from 09:00 to 17:00, every alert answered within a minute. */
export function activeDayScenario(): Scenario {
  const timeZone = 'Europe/Berlin';
  return {
    timeZone,
    startWall: DateTime.fromISO('2026-03-03T09:00', { zone: timeZone }).toMillis(),
    durationMs: ACTIVE_DAY_HOURS * HOUR,
    settings: resolveSettings({}),
    respond: {
      move: { action: 'done', afterSeconds: 60 },
      stretch: { action: 'done', afterSeconds: 60 },
      hydrate: { action: 'drink', ml: 250, afterSeconds: 30 },
    },
    events: [],
  };
}

/** Callbacks of a timer re-armed every `everyMs` on a virtual clock over `spanMs`: the ticking design. */
export function countTicks(spanMs: number, everyMs = SECOND): number {
  const clock = new VirtualClock(0, 'UTC');
  const tick = () => void clock.setTimer(clock.now() + everyMs, tick);
  clock.setTimer(everyMs, tick);
  clock.advanceTo(spanMs);
  return clock.wakeups;
}

export interface WakeupFigures {
  activeHours: number;
  /** The engine's timer callbacks over the day (VirtualClock.wakeups). */
  wakeups: number;
  alerts: number;
  wakeupsPerActiveHour: number;
  /** Callbacks of a 1 s interval over the same span. */
  tickWakeups: number;
  tickBaselineRatio: number;
  /** Questions to the busy sensor over the day. */
  senseChecks: number;
  senseChecksPerActiveHour: number;
}

/** Deterministic: counts, not timings. */
export function measureWakeups(): WakeupFigures {
  const scenario = activeDayScenario();
  const result = simulate(scenario);
  const activeHours = scenario.durationMs / HOUR;
  const tickWakeups = countTicks(scenario.durationMs);
  return {
    activeHours,
    wakeups: result.wakeups,
    alerts: result.records.filter((r) => r.record.event === 'alert').length,
    wakeupsPerActiveHour: result.wakeups / activeHours,
    tickWakeups,
    tickBaselineRatio: tickWakeups / result.wakeups,
    senseChecks: result.senseChecks,
    senseChecksPerActiveHour: result.senseChecks / activeHours,
  };
}

export interface SimulationSpeed {
  days: number;
  ms: number;
  msPerMonth: number;
  wakeups: number;
}

/**
 * Wall time to simulate 90 days of the soak test's generated life (idle spells, locks, nights
 * asleep, busy spells, replies, pauses, clock jumps), the median of `repeats` runs after a warm-up.
 * Only simulate() is timed, not building the scenario.
 */
export function measureSimulationSpeed(options: { days?: number; repeats?: number } = {}): SimulationSpeed {
  const days = options.days ?? 90;
  const repeats = options.repeats ?? 3;
  const plan = (d: number) =>
    planLife({
      label: 'bench',
      seed: 90,
      timeZone: 'Europe/Berlin',
      firstDay: '2026-02-15',
      days: d,
      respond: {
        move: { action: 'done', afterSeconds: 45 },
        stretch: { action: 'start', afterSeconds: 30 },
        hydrate: { action: 'drink', ml: 250, afterSeconds: 20 },
      },
    }).scenario;
  simulate(plan(5)); // warm up the JIT
  const scenario = plan(days);
  const times: number[] = [];
  let wakeups = 0;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    wakeups = simulate(scenario).wakeups;
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return { days, ms, msPerMonth: (ms * 30) / days, wakeups };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

let wakeupFigures: WakeupFigures | undefined;
let speed: SimulationSpeed | undefined;
const wakeups = () => (wakeupFigures ??= measureWakeups());
const simulation = () => (speed ??= measureSimulationSpeed());

export const engineBenches: Bench[] = [
  { name: 'timer_wakeups_per_active_hour', unit: 'wakeups/h', target: '<= 70', run: () => round(wakeups().wakeupsPerActiveHour, 2) },
  { name: 'sense_checks_per_active_hour', unit: 'checks/h', target: '<= 30', run: () => round(wakeups().senseChecksPerActiveHour, 2) },
  { name: 'tick_baseline_ratio', unit: 'x', target: '> 40', run: () => round(wakeups().tickBaselineRatio, 1) },
  { name: 'simulate_90_days_ms', unit: 'ms', run: () => round(simulation().ms, 0) },
  { name: 'simulate_ms_per_simulated_month', unit: 'ms', run: () => round(simulation().msPerMonth, 0) },
];
