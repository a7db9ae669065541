import { callbackJobId, messageJobId, parseQueueName } from './queue-names';

describe('queue names and job ids', () => {
  it('reads back our queue names and nothing else', () => {
    expect(parseQueueName('svc-dkdn')).toEqual({ kind: 'service', service: 'dkdn' });
    expect(parseQueueName('cb-paygov')).toEqual({ kind: 'callback', service: 'paygov' });
    expect(parseQueueName('bare')).toBeUndefined();
  });

  it('turns any message id into a job id BullMQ accepts (no ":", never an integer), one-to-one', () => {
    expect(messageJobId('12345')).toBe('m_12345');
    expect(messageJobId('a:b')).toBe('m_a~b');
    expect(messageJobId('a:b')).not.toBe(messageJobId('a_b'));
    expect(messageJobId('x', 1700000000000)).toBe('m_x_r1700000000000');
  });

  it('the same callback twice has one job id; another outcome of the same message has another', () => {
    expect(callbackJobId('m1:result', { status: 'dead' })).toBe(callbackJobId('m1:result', { status: 'dead' }));
    expect(callbackJobId('m1:result', { status: 'dead' })).not.toBe(callbackJobId('m1:result', { status: 'completed' }));
    expect(callbackJobId('m1:result', {})).not.toContain(':');
  });
});
