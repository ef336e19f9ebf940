import { checkMachineDefinition, userActor } from '@rebound/domain';
import { claimRoles, OUTSTANDING_CLAIM_STATUSES, SUPPLIER_CLAIM_MACHINE } from '../claim-machine';

const finance = userActor('u-finance', ['FINANCE']);
const support = userActor('u-support', ['SUPPORT']);

describe('the supplier claim machine (a table checked at load)', () => {
  test('its table is consistent: every state reachable from OPEN, ACCEPTED and REJECTED final', () => {
    expect(checkMachineDefinition(SUPPLIER_CLAIM_MACHINE)).toEqual([]);
    expect(SUPPLIER_CLAIM_MACHINE.terminal).toEqual(['ACCEPTED', 'REJECTED']);
  });

  test('its transitions are exactly OPEN→SUBMITTED, SUBMITTED→ACCEPTED and SUBMITTED→REJECTED, for FINANCE and ADMIN', () => {
    expect(
      SUPPLIER_CLAIM_MACHINE.transitions.map((row) => [row.from, row.event, row.to, row.roles]),
    ).toEqual([
      ['OPEN', 'submit', ['SUBMITTED'], ['FINANCE', 'ADMIN']],
      ['SUBMITTED', 'accept', ['ACCEPTED'], ['FINANCE', 'ADMIN']],
      ['SUBMITTED', 'reject', ['REJECTED'], ['FINANCE', 'ADMIN']],
    ]);
    expect(claimRoles('accept')).toEqual(['ADMIN', 'FINANCE']);
    expect(OUTSTANDING_CLAIM_STATUSES).toEqual(['OPEN', 'SUBMITTED']);
  });

  test('accept credits from 0 up to the claimed amount, never more, never less than nothing, never a fraction', () => {
    const accept = (credited: number) =>
      SUPPLIER_CLAIM_MACHINE.fire('SUBMITTED', 'accept', finance, { claimed: 4850, credited });
    expect(accept(0)).toEqual({
      ok: true,
      value: { from: 'SUBMITTED', event: 'accept', to: 'ACCEPTED' },
    });
    expect(accept(4850).ok).toBe(true);
    expect(accept(4851)).toMatchObject({
      ok: false,
      error: { code: 'AMOUNT_OUT_OF_RANGE', details: { path: 'input.credited' } },
    });
    expect(accept(-1)).toMatchObject({ ok: false, error: { code: 'INVALID_AMOUNT' } });
    expect(accept(12.5)).toMatchObject({ ok: false, error: { code: 'INVALID_AMOUNT' } });
  });

  test('reject needs a reason; roles other than FINANCE and ADMIN are FORBIDDEN', () => {
    expect(
      SUPPLIER_CLAIM_MACHINE.fire('SUBMITTED', 'reject', finance, { reason: ' ' }),
    ).toMatchObject({
      ok: false,
      error: { details: { path: 'input.reason' } },
    });
    expect(SUPPLIER_CLAIM_MACHINE.fire('OPEN', 'submit', support)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
