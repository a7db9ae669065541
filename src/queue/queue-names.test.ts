import { callbackJobId, messageJobId, parseQueueName } from './queue-names';

describe('queue names and job ids', () => {
  it('reads back our queue names and nothing else', () => {
    expect(parseQueueName('svc-dkdn')).toEqual({ kind: 'service', service: 'dkdn' });
    expect(parseQueueName('cb-paygov')).toEqual({ kind: 'callback', service: 'paygov' });
    expect(parseQueueName('bare')).toBeUndefined();
  });

  it('turns any message id into a job id BullMQ accepts (no ":", never an integer), one-to-one', () => {
    const from = '000.00.00.H30';
    expect(messageJobId({ from, messageId: '12345' }, 'n1')).toBe('m_000.00.00.H30/12345_n1');
    expect(messageJobId({ from, messageId: 'a:b' }, 'n1')).toBe('m_000.00.00.H30/a~b_n1');
    expect(messageJobId({ from, messageId: 'a:b' }, 'n1')).not.toBe(messageJobId({ from, messageId: 'a_b' }, 'n1'));
    expect(messageJobId({ from: 'x:y', messageId: 'a' }, 'n1')).not.toContain(':');
  });

  it('two agencies using one messageId get two job ids; every acceptance gets its own', () => {
    expect(messageJobId({ from: 'A.01', messageId: 'm1' }, 'n1')).not.toBe(messageJobId({ from: 'B.02', messageId: 'm1' }, 'n1'));
    expect(messageJobId({ from: 'A.01', messageId: 'm1' }, 'n1')).not.toBe(messageJobId({ from: 'A.01', messageId: 'm1' }, 'n2'));
  });

  it('the same callback twice has one job id; another outcome of the same message has another', () => {
    expect(callbackJobId('m1:result', { status: 'dead' })).toBe(callbackJobId('m1:result', { status: 'dead' }));
    expect(callbackJobId('m1:result', { status: 'dead' })).not.toBe(callbackJobId('m1:result', { status: 'completed' }));
    expect(callbackJobId('m1:result', {})).not.toContain(':');
  });
});
