/**
 * The relief flow follows the cramp, not a timer: a hold counts up until the person says it let
 * go, the next hold is offered only then, and a hold past ten minutes calls for urgent advice.
 */
import { describe, expect, it } from 'vitest';
import { canOfferNext, countUp, heldMs, lastsTooLong, letGo, nextHold, startRelief, LONG_CRAMP_MS } from '../renderer/player/reliefFlow.ts';

const S = 1000;

describe('the relief flow', () => {
  it('counts up while holding, for as long as the cramp lasts, with no end of its own', () => {
    const flow = startRelief(5 * S);
    expect(heldMs(flow, 5 * S)).toBe(0);
    expect(countUp(heldMs(flow, 47 * S))).toBe('0:42');
    // Far past any stretch timer: still holding, still counting.
    expect(flow.phase).toBe('holding');
    expect(countUp(heldMs(flow, 5 * S + 3 * 60 * S + 7 * S))).toBe('3:07');
  });

  it('stops the count when the person says it let go', () => {
    const released = letGo(startRelief(0), 42 * S);
    expect(released).toEqual({ phase: 'released', hold: 0, heldMs: 42 * S });
    expect(heldMs(released, 600 * S)).toBe(42 * S);
    expect(letGo(released, 700 * S)).toBe(released);
  });

  it('offers the next hold only after this one let go, and starts it from zero', () => {
    const holding = startRelief(0);
    expect(canOfferNext(holding, 2)).toBe(false);
    expect(nextHold(holding, 2, 30 * S)).toBe(holding);
    const released = letGo(holding, 30 * S);
    expect(canOfferNext(released, 2)).toBe(true);
    const next = nextHold(released, 2, 40 * S);
    expect(next).toEqual({ phase: 'holding', hold: 1, since: 40 * S });
    expect(heldMs(next, 40 * S)).toBe(0);
  });

  it('offers nothing after the last hold', () => {
    const released = letGo(startRelief(0), 10 * S);
    expect(canOfferNext(released, 1)).toBe(false);
    expect(nextHold(released, 1, 20 * S)).toBe(released);
  });

  it('calls a hold of ten minutes or more too long (urgent advice)', () => {
    const flow = startRelief(0);
    expect(lastsTooLong(flow, LONG_CRAMP_MS - 1)).toBe(false);
    expect(lastsTooLong(flow, LONG_CRAMP_MS)).toBe(true);
    expect(countUp(LONG_CRAMP_MS)).toBe('10:00');
  });
});
