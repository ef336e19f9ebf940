import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { TextAreaField, TextField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { formatMoney, minorUnitDigits } from '../../../lib/ui/format';
import { useFormState } from '../../../lib/ui/use-form-state';
import { adjustRefundAmountMutation, recalculateRefundMutation } from '../operations';
import { liveApprovals, type RefundDetail } from '../refund-detail';
import {
  minorToInput,
  toAdjustRefundInput,
  validateAdjustRefund,
  type AdjustRefundFields,
  type AdjustRefundLimits,
} from '../refund-forms';
import type { RefundDialogProps } from './RefundDialogs';

interface Amended {
  readonly status: RefundDetail['status'];
  readonly needsApproval: boolean;
  readonly total: { readonly amount: number; readonly currency: string };
  readonly approvals: readonly { readonly voidedAt?: string | null }[];
}

/** What happened to the approvals, in the words finance needs to decide what comes next. */
function amendedMessage(before: RefundDetail, after: Amended, done: string): string {
  const amount = formatMoney(after.total.amount, after.total.currency);
  if (after.total.amount === before.total.amount) return `${done} The total is unchanged.`;
  const voided = liveApprovals(before).length > liveApprovals(after).length;
  if (voided) return `${done} The total is now ${amount} and the earlier approval was voided.`;
  return `${done} The total is now ${amount}.`;
}

/** The warning every amendment dialog shows: an approved amount is an approval of that amount. */
function approvalConsequence(refund: RefundDetail, change: string): string {
  const threshold = formatMoney(refund.approvalThreshold.amount, refund.approvalThreshold.currency);
  if (refund.status === 'DRAFT')
    return 'The refund is still a draft: nothing has been approved yet.';
  return `${change} every approval given so far: a refund of ${threshold} or more then needs a finance user other than the submitter to approve the new amount before it can be issued. The status stays ${refund.status === 'APPROVED' ? 'Approved' : 'Awaiting approval'}.`;
}

/** Finance lowers the total by hand, with a reason; never above what the calculator gives. */
export function AdjustRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(adjustRefundAmountMutation);
  const currency = refund.total.currency;
  const limits: AdjustRefundLimits = {
    currency,
    digits: minorUnitDigits(currency),
    currentTotal: refund.total.amount,
    computedTotal: refund.adjustment?.computedTotal ?? refund.breakdown.total,
  };
  const form = useFormState<AdjustRefundFields>(
    { total: minorToInput(refund.total.amount, limits.digits), reason: '' },
    (values) => validateAdjustRefund(values, limits),
    ['total', 'reason'],
  );
  const computed = formatMoney(limits.computedTotal, currency);
  return (
    <FormDialog
      open
      title={`Adjust the refund for ${refund.rmaNumber}`}
      description={`Lowers the total by hand, for example after a goodwill agreement or a partial claim. The lines are re-allocated in proportion. ${approvalConsequence(refund, 'Changing the amount voids')}`}
      onClose={onClose}
      submitLabel="Adjust amount"
      busyLabel="Adjusting…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The amount was not changed"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        const input = toAdjustRefundInput(refund.id, form.values, limits.digits);
        void run({ input }).then((outcome) => {
          if (outcome.ok)
            onDone(amendedMessage(refund, outcome.data.adjustRefundAmount, 'Amount adjusted.'));
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <TextField
        label={`New total (${currency})`}
        name="total"
        value={form.values.total}
        onChange={(value) => {
          form.change('total', value);
        }}
        hint={`At most ${computed}, what the calculator gives for this return. Currently ${formatMoney(refund.total.amount, currency)}.`}
        error={form.errors.total}
      />
      <TextAreaField
        label="Reason"
        name="reason"
        value={form.values.reason}
        onChange={(value) => {
          form.change('reason', value);
        }}
        hint="Kept with the refund and shown under its breakdown."
        error={form.errors.reason}
      />
    </FormDialog>
  );
}

/** Recomputes the refund from the return as it is now; a manual adjustment is discarded. */
export function RecalculateRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(recalculateRefundMutation);
  const form = useFormState<Record<string, string>>({}, () => ({}), []);
  return (
    <FormDialog
      open
      title={`Recalculate the refund for ${refund.rmaNumber}`}
      description={`Computes the refund again from the return's inspection, label and the order's other refunds${refund.adjustment ? ', and discards the manual adjustment' : ''}. ${approvalConsequence(refund, 'A changed total voids')}`}
      onClose={onClose}
      submitLabel="Recalculate"
      busyLabel="Recalculating…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not recalculated"
      onSubmit={() => {
        form.check();
        void run({ input: { id: refund.id } }).then((outcome) => {
          if (outcome.ok)
            onDone(amendedMessage(refund, outcome.data.recalculateRefund, 'Recalculated.'));
          else form.fail(outcome.error);
        });
        return null;
      }}
    />
  );
}
