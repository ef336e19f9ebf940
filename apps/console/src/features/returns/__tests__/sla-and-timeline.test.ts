import { describeSla, type SlaClocks } from '../sla';
import { timelineFacts } from '../timeline-details';

const now = new Date('2026-11-26T12:00:00Z');
const clocks = (change: Partial<SlaClocks>): SlaClocks => ({
  status: 'REQUESTED',
  firstResponseDueAt: '2026-11-27T12:00:00Z',
  firstResponseOverdue: false,
  refundDueAt: null,
  refundOverdue: false,
  ...change,
});

describe('describeSla', () => {
  it('puts an overdue clock first, in red', () => {
    expect(describeSla(clocks({ firstResponseOverdue: true }), now)).toMatchObject({
      tone: 'danger',
      label: 'Reply overdue',
    });
    expect(
      describeSla(
        clocks({ status: 'RECEIVED', refundDueAt: '2026-11-25T00:00:00Z', refundOverdue: true }),
        now,
      ),
    ).toMatchObject({ tone: 'danger', label: 'Refund overdue' });
  });

  it('shows the running clock, amber when it ends within six hours', () => {
    expect(describeSla(clocks({}), now)).toMatchObject({
      tone: 'neutral',
      label: 'Reply due tomorrow',
    });
    expect(describeSla(clocks({ firstResponseDueAt: '2026-11-26T15:00:00Z' }), now)).toMatchObject({
      tone: 'warning',
      label: 'Reply due in 3 hr.',
    });
    expect(
      describeSla(clocks({ status: 'INSPECTED', refundDueAt: '2026-11-29T12:00:00Z' }), now)?.label,
    ).toBe('Refund due in 3 days');
  });

  it('shows nothing when no clock runs: closed, or waiting for the parcel', () => {
    expect(
      describeSla(clocks({ status: 'COMPLETED', firstResponseOverdue: true }), now),
    ).toBeNull();
    expect(describeSla(clocks({ status: 'LABEL_ISSUED' }), now)).toBeNull();
  });
});

describe('timelineFacts', () => {
  it('shows known facts in words, the line by its item, and leaves ids out', () => {
    const details = JSON.stringify({
      returnLineId: 'l-1',
      grade: 'DAMAGED_BY_CUSTOMER',
      fault: 'CUSTOMER',
      skuId: 's-1',
      note: 'Scratched lid',
    });
    expect(timelineFacts(details, (id) => (id === 'l-1' ? 'Stand Mixer 5qt' : undefined))).toEqual([
      { label: 'Item', value: 'Stand Mixer 5qt' },
      { label: 'Grade', value: 'Damaged by customer' },
      { label: 'Fault', value: 'Customer' },
      { label: 'Note', value: 'Scratched lid' },
    ]);
  });

  it('yields nothing for text that is not a JSON object', () => {
    expect(timelineFacts('not json')).toEqual([]);
    expect(timelineFacts('[1,2]')).toEqual([]);
    expect(timelineFacts('{}')).toEqual([]);
  });
});
