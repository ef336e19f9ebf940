import { useState } from 'react';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { TextAreaField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { formatMoney } from '../../../lib/ui/format';
import { useFormState } from '../../../lib/ui/use-form-state';
import {
  browserKeyStore,
  beginIssueAttempt,
  endIssueAttempt,
  isRetryableIssueError,
  pendingIssueKey,
} from '../issue-attempt';
import {
  approveRefundMutation,
  issueRefundMutation,
  rejectRefundMutation,
  retryRefundMutation,
  submitRefundMutation,
} from '../operations';
import type { RefundDetail } from '../refund-detail';
import { refundMethodLabel } from '../refund-labels';
import {
  toRejectRefundInput,
  validateRejectRefund,
  type RejectRefundFields,
} from '../refund-forms';

export interface RefundDialogProps {
  readonly refund: RefundDetail;
  readonly onClose: () => void;
  readonly onDone: (message: string) => void;
}

function useConfirm() {
  return useFormState<Record<string, string>>({}, () => ({}), []);
}

const amountOf = (refund: RefundDetail) => formatMoney(refund.total.amount, refund.total.currency);

export function SubmitRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(submitRefundMutation);
  const form = useConfirm();
  const large = refund.total.amount >= refund.approvalThreshold.amount;
  return (
    <FormDialog
      open
      title={`Submit the refund of ${amountOf(refund)}`}
      description={
        large
          ? `At or above ${formatMoney(refund.approvalThreshold.amount, refund.approvalThreshold.currency)}: another finance user must approve it before it can be issued. You will not be able to approve it yourself.`
          : 'Below the large-refund threshold: it is approved at once and can be issued.'
      }
      onClose={onClose}
      submitLabel="Submit refund"
      busyLabel="Submitting…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not submitted"
      onSubmit={() => {
        form.check();
        void run({ input: { id: refund.id } }).then((outcome) => {
          if (!outcome.ok) {
            form.fail(outcome.error);
            return;
          }
          onDone(
            outcome.data.submitRefund.status === 'PENDING_APPROVAL'
              ? 'Submitted. It now waits for a second finance user to approve it.'
              : 'Submitted and approved: it can be issued.',
          );
        });
        return null;
      }}
    />
  );
}

export function ApproveRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(approveRefundMutation);
  const form = useConfirm();
  return (
    <FormDialog
      open
      title={`Approve ${amountOf(refund)} for ${refund.rmaNumber}`}
      description="As the second pair of eyes: check the breakdown before approving. Once approved, finance can issue it."
      onClose={onClose}
      submitLabel="Approve refund"
      busyLabel="Approving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not approved"
      onSubmit={() => {
        form.check();
        void run({ input: { id: refund.id } }).then((outcome) => {
          if (outcome.ok) onDone('Approved. It can now be issued.');
          else form.fail(outcome.error);
        });
        return null;
      }}
    />
  );
}

export function RejectRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(rejectRefundMutation);
  const form = useFormState<RejectRefundFields>({ reason: '' }, validateRejectRefund, ['reason']);
  return (
    <FormDialog
      open
      title={`Reject the refund for ${refund.rmaNumber}`}
      description="Refuses the refund; the amount it held for the order is released."
      onClose={onClose}
      submitLabel="Reject refund"
      submitVariant="danger"
      busyLabel="Rejecting…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not rejected"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toRejectRefundInput(refund.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone('Refund rejected.');
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <TextAreaField
        label="Reason"
        name="reason"
        value={form.values.reason}
        onChange={(value) => {
          form.change('reason', value);
        }}
        error={form.errors.reason}
      />
    </FormDialog>
  );
}

/**
 * Issuing sends money: the attempt's idempotency key is created when the dialog opens (or
 * reused if an earlier attempt got no answer) and sent again on every retry of that attempt.
 */
export function IssueRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(issueRefundMutation);
  const form = useConfirm();
  const [store] = useState(browserKeyStore);
  const [resuming] = useState(() => pendingIssueKey(store, refund.id) !== null);
  const [retryable, setRetryable] = useState(resuming);
  return (
    <FormDialog
      open
      title={`Issue ${amountOf(refund)} to the customer`}
      description={`Sends the refund through ${refundMethodLabel(refund.method)}. ${
        resuming
          ? 'An earlier attempt got no answer: this retries it with the same key, so the customer cannot be paid twice.'
          : 'Safe to retry if the answer is lost: the attempt carries an idempotency key.'
      }`}
      onClose={onClose}
      submitLabel={retryable ? 'Retry issuing' : 'Issue refund'}
      busyLabel="Issuing…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not issued"
      onSubmit={() => {
        form.check();
        const key = beginIssueAttempt(store, refund.id, () => crypto.randomUUID());
        void run({ input: { id: refund.id, idempotencyKey: key } }).then((outcome) => {
          if (!outcome.ok) {
            if (isRetryableIssueError(outcome.error)) setRetryable(true);
            else endIssueAttempt(store, refund.id);
            form.fail(outcome.error);
            return;
          }
          endIssueAttempt(store, refund.id);
          const issued = outcome.data.issueRefund.refund;
          onDone(
            issued.status === 'ISSUED'
              ? `Refund issued${issued.externalReference ? ` (reference ${issued.externalReference})` : ''}.`
              : `The gateway refused the refund: ${issued.failureReason ?? 'no reason given'}. Retry it to try again.`,
          );
        });
        return null;
      }}
    />
  );
}

export function RetryRefundDialog({ refund, onClose, onDone }: RefundDialogProps) {
  const { run, sending } = useTypedMutation(retryRefundMutation);
  const form = useConfirm();
  return (
    <FormDialog
      open
      title="Make the refund issuable again"
      description={`The last attempt failed${refund.failureReason ? `: ${refund.failureReason}` : ''}. This puts it back to Approved; issue it again after.`}
      onClose={onClose}
      submitLabel="Reopen for issuing"
      busyLabel="Reopening…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The refund was not reopened"
      onSubmit={() => {
        form.check();
        void run({ input: { id: refund.id } }).then((outcome) => {
          if (outcome.ok) onDone('The refund can be issued again.');
          else form.fail(outcome.error);
        });
        return null;
      }}
    />
  );
}
