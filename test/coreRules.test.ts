import { describe, expect, it } from 'vitest';
import { likelyContext } from '../main/core/diary.js';
import { IdleHealthMonitor } from '../main/core/idleHealth.js';
import { isForbiddenKey, parseJsonSafely } from '../main/core/safeJson.js';

// Small rules of the core that a person meets directly: the guessed context of a cramp logged in
// two clicks from the tray, and when Limber stops trusting the desktop's idle time.

describe('a cramp logged from the tray', () => {
  it('is put down to exercise within two hours either side of a session’s end', () => {
    for (const minutes of [-120, -30, 0, 90, 120]) expect(likelyContext(14, minutes), `${minutes} min`).toBe('exercise');
    expect(likelyContext(14, -121)).toBe('desk');
    expect(likelyContext(14, 121)).toBe('desk');
    expect(likelyContext(23, 121)).toBe('night');
  });

  it('is put down to the night from 21:00 to 07:00, otherwise to the desk', () => {
    expect(likelyContext(21, null)).toBe('night');
    expect(likelyContext(3, null)).toBe('night');
    expect(likelyContext(6, null)).toBe('night');
    expect(likelyContext(7, null)).toBe('desk');
    expect(likelyContext(20, null)).toBe('desk');
  });
});

describe('the desktop’s idle time', () => {
  const minute = 60_000;

  it('is unknown until a reading above zero proves it, and then trusted for good', () => {
    const monitor = new IdleHealthMonitor();
    expect(monitor.state).toBe('unknown');
    expect(monitor.observe(0, 0)).toBe('unknown');
    expect(monitor.observe(1, minute)).toBe('ok');
    for (let i = 2; i < 100; i++) expect(monitor.observe(0, i * 3 * minute)).toBe('ok');
  });

  it('is called unreliable only after both an hour and fifteen readings of zeros', () => {
    // Fifteen zeros in under an hour: not yet.
    const quick = new IdleHealthMonitor();
    for (let i = 0; i < 15; i++) quick.observe(0, i * minute);
    expect(quick.observe(0, 59 * minute)).toBe('unknown');
    expect(quick.observe(0, 60 * minute)).toBe('unreliable');
    // An hour of zeros but only fourteen readings: not yet; the fifteenth decides.
    const sparse = new IdleHealthMonitor();
    for (let i = 0; i < 14; i++) expect(sparse.observe(0, i * 5 * minute)).toBe('unknown');
    expect(sparse.state).toBe('unknown');
    expect(sparse.observe(0, 70 * minute)).toBe('unreliable');
  });

  it('counts the hour from the first zero after a real reading, not from the start', () => {
    const monitor = new IdleHealthMonitor(60 * minute, 2);
    monitor.observe(0, 0);
    expect(monitor.observe(0, 30 * minute)).toBe('unknown');
    expect(monitor.observe(0, 60 * minute)).toBe('unreliable');
    expect(monitor.observe(2, 61 * minute)).toBe('ok');
    const late = new IdleHealthMonitor(60 * minute, 2);
    late.observe(0, 100 * minute);
    expect(late.observe(0, 159 * minute)).toBe('unknown');
    expect(late.observe(0, 160 * minute)).toBe('unreliable');
  });
});

describe('JSON from outside', () => {
  it('drops every key that could reach a prototype, wherever it is, and names what it dropped', () => {
    const parsed = parseJsonSafely('{"a":{"__proto__":{"x":1},"b":[{"constructor":2,"c":3}]},"prototype":4}');
    expect(parsed.value).toEqual({ a: { b: [{ c: 3 }] } });
    expect(parsed.dropped).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(parseJsonSafely('[1,"__proto__"]')).toEqual({ value: [1, '__proto__'], dropped: [] });
    for (const key of ['__proto__', 'constructor', 'prototype']) expect(isForbiddenKey(key)).toBe(true);
    expect(isForbiddenKey('proto')).toBe(false);
  });
});
