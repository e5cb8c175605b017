import { describe, expect, it } from 'vitest';
import { RequestBudget } from './request-budget';

const tick = () => new Promise((r) => setImmediate(r));

describe('RequestBudget', () => {
  it('grants while bytes and request slots last, and makes the rest wait in order', async () => {
    const budget = new RequestBudget({ maxBytes: 100, maxRequests: 3 });
    const granted: string[] = [];
    const take = (name: string, bytes: number) => budget.acquire(bytes).then((release) => (granted.push(name), release));
    const a = take('a', 60);
    const b = take('b', 50); // does not fit beside a
    const c = take('c', 10); // fits, but waits behind b: first come, first served
    await tick();
    expect(granted).toEqual(['a']);
    expect(budget.reserved).toBe(60);
    expect(budget.queued).toBe(2);
    (await a)();
    await tick();
    expect(granted).toEqual(['a', 'b', 'c']);
    expect(budget.reserved).toBe(60);
    (await b)();
    (await c)();
    expect(budget.reserved).toBe(0);
    expect(budget.inFlight).toBe(0);
  });

  it('limits the number of requests even when they are small', async () => {
    const budget = new RequestBudget({ maxBytes: 1000, maxRequests: 2 });
    const releases = await Promise.all([budget.acquire(1), budget.acquire(1)]);
    let third = false;
    const pending = budget.acquire(1).then((r) => ((third = true), r));
    await tick();
    expect(third).toBe(false);
    releases[0]();
    (await pending)();
    expect(third).toBe(true);
    releases[1]();
    expect(budget.inFlight).toBe(0);
  });

  it('gives a request larger than the budget the whole budget, and ignores a second release', async () => {
    const budget = new RequestBudget({ maxBytes: 100, maxRequests: 4 });
    const release = await budget.acquire(1e9);
    expect(budget.reserved).toBe(100);
    release();
    release();
    expect(budget.reserved).toBe(0);
    expect(budget.inFlight).toBe(0);
  });

  it('refuses an empty budget', () => {
    expect(() => new RequestBudget({ maxBytes: 0, maxRequests: 1 })).toThrow(RangeError);
    expect(() => new RequestBudget({ maxBytes: 1, maxRequests: 0 })).toThrow(RangeError);
  });
});
