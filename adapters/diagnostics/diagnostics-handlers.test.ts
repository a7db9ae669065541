import { BusinessRuleError, TransientError } from '../../src/core/errors';
import { UNIT_EPOCH, unitBackend, type UnitBackend } from '../../test/support/unit-context';
import { createDiagnosticsAdapter } from '.';

describe('diag handlers (in-memory context)', () => {
  let diag: UnitBackend;
  beforeEach(() => {
    diag = unitBackend(createDiagnosticsAdapter);
  });

  it('echoes the value with the simulation time it was processed at', async () => {
    const answer = await diag.call('diag.echo', { echo: { hello: 'xin chào' } });
    expect(diag.undocumented('diag.echo', answer)).toEqual([]);
    expect(answer).toEqual({
      echo: { hello: 'xin chào' },
      processedAt: new Date(UNIT_EPOCH).toISOString(),
    });
  });

  it('fails transiently failTimes times for one message, counted in state, then answers how often it failed', async () => {
    const attempt = () => diag.call('diag.echo', { echo: { n: 1 }, failTimes: 2 }, { messageId: 'flaky-1' });
    await expect(attempt()).rejects.toEqual(
      expect.objectContaining({ constructor: TransientError, code: 'DIAG_TRANSIENT', message: expect.stringMatching(/failure 1$/) }),
    );
    await expect(attempt()).rejects.toEqual(expect.objectContaining({ constructor: TransientError, message: expect.stringMatching(/failure 2$/) }));
    expect(await attempt()).toMatchObject({ echo: { n: 1 }, failedBefore: 2 });
    expect(await diag.context.state.get('failures:000.00.00.H30/flaky-1')).toBe(3);
    // Another message starts its own count.
    await expect(diag.call('diag.echo', { failTimes: 1 }, { messageId: 'flaky-2' })).rejects.toBeInstanceOf(TransientError);
  });

  it('refuses permanently when asked to', async () => {
    await expect(diag.call('diag.echo', { fail: 'permanent' })).rejects.toEqual(
      expect.objectContaining({ constructor: BusinessRuleError, code: 'DIAG_REFUSED', status: 422, permanent: true }),
    );
  });
});
