import type { ScheduledTask, TimerStore } from '../../src/core/ports';
import { describeContract } from './contract-suite';

const task = (id: string, dueAt: number, service = 'svc'): ScheduledTask => ({
  id,
  service,
  kind: 'issue',
  dueAt,
  payload: { id, at: new Date(dueAt) },
});

/**
 * The behaviour every TimerStore has, run against the Redis store and the in-memory fake alike, so
 * a lifecycle tested on the fake holds on Redis. `open` gives a fresh, empty store per test.
 */
export function runTimerStoreContract(name: string, open: () => TimerStore): void {
  describeContract(`${name} keeps the TimerStore contract`, open, (test) => {
    test('claims the tasks due by a time, earliest first, once, as JSON copies', async (timers) => {
      await timers.schedule(task('c', 3000));
      await timers.schedule(task('a', 1000));
      await timers.schedule(task('b', 2000));
      expect(await timers.nextDueAt()).toBe(1000);
      expect(await timers.claimDue(2000)).toEqual([
        { id: 'a', service: 'svc', kind: 'issue', dueAt: 1000, payload: { id: 'a', at: new Date(1000).toISOString() } },
        { id: 'b', service: 'svc', kind: 'issue', dueAt: 2000, payload: { id: 'b', at: new Date(2000).toISOString() } },
      ]);
      expect(await timers.claimDue(2000)).toEqual([]);
      expect(await timers.nextDueAt()).toBe(3000);
    });

    test('claims at most `limit` tasks, the earliest', async (timers) => {
      for (const [i, id] of ['a', 'b', 'c'].entries()) await timers.schedule(task(id, 1000 + i));
      expect((await timers.claimDue(5000, 2)).map((t) => t.id)).toEqual(['a', 'b']);
      expect((await timers.claimDue(5000, 2)).map((t) => t.id)).toEqual(['c']);
    });

    test('a task scheduled again under its id replaces the earlier one; a cancelled one never runs', async (timers) => {
      await timers.schedule(task('a', 1000));
      await timers.schedule(task('a', 5000));
      await timers.schedule(task('b', 2000));
      await timers.cancel('b');
      await timers.cancel('never-scheduled');
      expect(await timers.claimDue(4000)).toEqual([]);
      expect((await timers.claimDue(5000)).map((t) => [t.id, t.dueAt])).toEqual([['a', 5000]]);
      expect(await timers.nextDueAt()).toBeUndefined();
    });

    test('clear drops the timers of one service, or all', async (timers) => {
      await timers.schedule(task('a', 1000, 'one'));
      await timers.schedule(task('b', 2000, 'two'));
      await timers.schedule(task('c', 3000, 'one'));
      await timers.clear('one');
      expect((await timers.claimDue(9000)).map((t) => t.id)).toEqual(['b']);
      await timers.schedule(task('d', 4000, 'two'));
      await timers.clear();
      expect(await timers.nextDueAt()).toBeUndefined();
      expect(await timers.claimDue(9000)).toEqual([]);
    });
  });
}
