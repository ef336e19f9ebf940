import type { Role } from '../../../lib/graphql/generated/graphql';
import { availableReturnActions, type ReturnActionContext } from '../return-actions';

const context = (change: Partial<ReturnActionContext>): ReturnActionContext => ({
  status: 'REQUESTED',
  roles: [],
  refundStatus: null,
  returnlessEligible: false,
  ungradedLines: 0,
  ...change,
});
const as = (roles: Role[], change: Partial<ReturnActionContext>) =>
  availableReturnActions(context({ roles, ...change }));

describe('actions offered on a return', () => {
  it('lets support decide a request, and nobody else', () => {
    expect(as(['SUPPORT'], { status: 'REQUESTED' })).toEqual(['authorize', 'reject', 'cancel']);
    expect(as(['WAREHOUSE'], { status: 'REQUESTED' })).toEqual([]);
    expect(as(['FINANCE'], { status: 'REQUESTED' })).toEqual([]);
  });

  it('lets the warehouse receive and inspect, but complete only once every line is graded', () => {
    expect(as(['WAREHOUSE'], { status: 'IN_TRANSIT' })).toEqual(['receive']);
    expect(as(['WAREHOUSE'], { status: 'RECEIVED', ungradedLines: 2 })).toEqual(['inspect']);
    expect(as(['WAREHOUSE'], { status: 'RECEIVED', ungradedLines: 0 })).toEqual([
      'inspect',
      'complete-inspection',
    ]);
    expect(as(['SUPPORT'], { status: 'RECEIVED' })).toEqual([]);
  });

  it('offers one refund per return, after inspection or when returnless', () => {
    expect(as(['FINANCE'], { status: 'INSPECTED' })).toEqual(['create-refund']);
    expect(as(['FINANCE'], { status: 'INSPECTED', refundStatus: 'DRAFT' })).toEqual([]);
    expect(as(['FINANCE'], { status: 'INSPECTED', refundStatus: 'REJECTED' })).toEqual([
      'create-refund',
    ]);
    expect(as(['SUPPORT'], { status: 'AUTHORIZED' })).toEqual(['cancel', 'issue-label']);
    expect(as(['SUPPORT'], { status: 'AUTHORIZED', returnlessEligible: true })).toEqual([
      'cancel',
      'issue-label',
      'create-refund',
    ]);
    expect(as(['WAREHOUSE'], { status: 'INSPECTED' })).toEqual([]);
  });

  it('does not offer a manual resolution while a refund is under way', () => {
    expect(as(['SUPPORT'], { status: 'INSPECTED' })).toEqual(['resolve', 'create-refund']);
    expect(as(['SUPPORT'], { status: 'INSPECTED', refundStatus: 'PENDING_APPROVAL' })).toEqual([]);
  });

  it('gives a user with two roles the union, and closed returns nothing', () => {
    expect(as(['SUPPORT', 'WAREHOUSE'], { status: 'LABEL_ISSUED' })).toEqual(['receive']);
    expect(as(['ADMIN'], { status: 'COMPLETED' })).toEqual([]);
    expect(as(['ADMIN'], { status: 'REJECTED' })).toEqual([]);
  });
});
