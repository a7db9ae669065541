import { SimKeys } from '../sim/sim-keys';
import { hashTagged, RedisKeys } from './keys';

describe('Redis keys on a cluster', () => {
  it('wrap the prefix in one hash tag, and leave a prefix that already has one as it is', () => {
    expect(hashTagged('lgsp')).toBe('{lgsp}');
    expect(hashTagged('{team-a}')).toBe('{team-a}');
    expect(hashTagged('{team-a}-neighbour')).toBe('{team-a}-neighbour');
    // Empty braces are no tag for Redis, so they get one around them.
    expect(hashTagged('{}x')).toBe('{{}x}');
  });

  it('put every key of one simulator, its simulation controls and its queues under that one tag', () => {
    const keys = new RedisKeys('lgsp');
    const ref = { from: '000.00.00.H30', messageId: 'a:b' };
    const all = [
      keys.message(ref),
      keys.messageHistory(ref),
      keys.openMessages(),
      keys.messagesOf('hotich'),
      keys.journal(),
      keys.deadLetters('svc-hotich'),
      keys.recoveryCounts(),
      `${keys.queuePrefix()}:svc-hotich:wait`,
      new SimKeys('lgsp').version(),
      new SimKeys(keys.prefix).clock(),
    ];
    for (const key of all) expect(key).toMatch(/^\{lgsp\}:/);
    expect(keys.message(ref)).toBe('{lgsp}:msg:000.00.00.H30/a:b');
    expect(new RedisKeys(keys.prefix).all()).toBe('{lgsp}:*');
  });
});
