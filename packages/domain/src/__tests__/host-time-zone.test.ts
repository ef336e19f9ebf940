import { returnWindow } from '../policy/return-window';
import { DEFAULT_RETURN_POLICY } from '../policy/return-policy';
import { refundClock } from '../sla/sla-clock';
import { unwrap } from './support/results';

/** Deadlines depend on the policy's zone only, never on the zone of the machine running them. */
describe('results do not depend on the host time zone', () => {
  const original = process.env['TZ'];
  afterAll(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  test.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'America/St_Johns'])(
    'with the host in %s the window and SLA are the same',
    (hostZone) => {
      process.env['TZ'] = hostZone;
      const window = returnWindow(new Date('2024-12-31T23:30:00Z'), 30, DEFAULT_RETURN_POLICY);
      expect(window.lastDay).toBe('2025-01-31');
      expect(window.deadline.toISOString()).toBe('2025-01-31T23:59:59.999Z');
      const clock = unwrap(
        refundClock(new Date('2025-03-08T03:00:00Z'), {
          timeZone: 'America/New_York',
          holidays: [],
        }),
      );
      expect(clock.dueAt.toISOString()).toBe('2025-03-12T03:59:59.999Z');
    },
  );
});
