import { BodyBudget } from './body-budget';

describe('BodyBudget', () => {
  it('lets small bodies through at once and large ones take turns within the budget, in order', async () => {
    const budget = new BodyBudget(10, 2);
    const small = await budget.acquire(2);
    const a = await budget.acquire(6);
    const order: string[] = [];
    const b = budget.acquire(6).then((release) => (order.push('b'), release));
    const c = budget.acquire(3).then((release) => (order.push('c'), release));
    await Promise.resolve();
    expect({ queued: budget.queued, order }).toEqual({ queued: 2, order: [] });
    small();
    a();
    a(); // a second release gives nothing back twice
    // 6 + 3 fit in 10 together: both go, first come first.
    const [releaseB, releaseC] = await Promise.all([b, c]);
    expect({ queued: budget.queued, order }).toEqual({ queued: 0, order: ['b', 'c'] });
    releaseB();
    releaseC();
    // A body larger than the whole budget is still read, alone.
    const huge = await budget.acquire(50);
    let next = false;
    const after = budget.acquire(3).then((release) => ((next = true), release));
    await Promise.resolve();
    expect(next).toBe(false);
    huge();
    (await after)();
    expect(next).toBe(true);
  });
});
