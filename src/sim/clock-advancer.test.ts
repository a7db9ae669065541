import { DEMO_ISSUE_AFTER_MS } from '../../test/support/fake-adapter';
import { DEV_PRINCIPAL } from '../../test/support/fake-context';
import { demoMessage, fakePipeline } from '../../test/support/fake-pipeline';
import { silentLogger } from '../core/logger';
import { ClockAdvancer } from './clock-advancer';
import { TimerRunner } from './timer-runner';

describe('ClockAdvancer over the timer store port (in-memory)', () => {
  it('moving time forward runs the timers due on the way at their own time, and stops at the target', async () => {
    const t = fakePipeline();
    const { world } = t;
    const { clock } = world;
    const timers = new TimerRunner({ scheduler: world.timers, registry: t.registry, clock, contextFor: world.contextFor, logger: silentLogger });
    const advancer = new ClockAdvancer({ clock, scheduler: world.timers, timers });

    const filed = world.clock.nowMs();
    const submit = (messageId: string) =>
      t.pipeline.submit(DEV_PRINCIPAL, demoMessage('nopHoSo', { msdn: '0100109106', tenHoSo: messageId }, { messageId }), {
        channel: 'unified',
        mode: 'sync',
      });
    const first = (await submit('first')) as { result: { soHoSo: string } };
    world.clock.advance(30 * 60_000);
    const second = (await submit('second')) as { result: { soHoSo: string } };

    // An hour and a quarter after the first filing: only the first is due.
    expect(await advancer.advance(45 * 60_000 + 1)).toEqual({ ran: 1 });
    expect(await world.state('demo').get(`dossier:${first.result.soHoSo}`)).toMatchObject({
      status: 'issued',
      issuedAt: new Date(filed + DEMO_ISSUE_AFTER_MS).toISOString(),
    });
    expect(await world.state('demo').get(`dossier:${second.result.soHoSo}`)).toMatchObject({ status: 'received' });
    expect(world.clock.nowMs()).toBe(filed + 75 * 60_000 + 1);

    expect(await advancer.advance(60 * 60_000)).toEqual({ ran: 1 });
    expect(await world.state('demo').get(`dossier:${second.result.soHoSo}`)).toMatchObject({ status: 'issued' });
    expect(world.timers.pending()).toEqual([]);
  });
});
