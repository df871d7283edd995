// Bounded concurrency: never more requests in flight than asked for, results in input order.
import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from '../../../src/lib/concurrency.ts';

describe('mapWithConcurrency', () => {
  it('keeps at most `limit` tasks in flight and the results in order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapWithConcurrency([30, 5, 20, 1, 10, 2, 8], 3, async (ms, i) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, ms));
      inFlight--;
      return i;
    });
    expect(most).toBe(3);
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses a limit below one', async () => {
    await expect(mapWithConcurrency([1], 0, async (x) => x)).rejects.toThrow(/at least 1/);
  });
});
