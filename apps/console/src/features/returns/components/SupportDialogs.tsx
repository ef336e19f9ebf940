import { useNavigate } from 'react-router';
import { Carrier, DeclineReason, RefundMethod } from '../../../lib/graphql/generated/graphql';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { SelectField, TextAreaField, TextField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { useFormState } from '../../../lib/ui/use-form-state';
import { humanizeEnum } from '../../../lib/ui/format';
import { refundUrl } from '../../refunds/urls';
import {
  authorizeReturnMutation,
  cancelReturnMutation,
  createRefundMutation,
  issueReturnLabelMutation,
  rejectReturnMutation,
  resolveReturnMutation,
} from '../operations';
import type { ReturnDetail } from '../return-detail';
import {
  toAuthorizeInput,
  toCancelInput,
  toCreateRefundInput,
  toIssueLabelInput,
  toRejectInput,
  toResolveInput,
  validateAuthorize,
  validateCancel,
  validateCreateRefund,
  validateIssueLabel,
  validateReject,
  validateResolve,
  type AuthorizeFields,
  type AuthorizeRules,
  type CancelFields,
  type CreateRefundFields,
  type IssueLabelFields,
  type RejectFields,
  type ResolveFields,
} from '../return-forms';
import { declineReasonLabel } from '../return-labels';

/** What every action dialog of the return page gets. */
export interface ReturnDialogProps {
  readonly rma: ReturnDetail;
  readonly onClose: () => void;
  /** The action went through: close, say so, reload the return. */
  readonly onDone: (message: string) => void;
}

const DECLINE_OPTIONS = Object.values(DeclineReason).map((reason) => ({
  value: reason,
  label: declineReasonLabel(reason),
}));

export function AuthorizeDialog({
  rma,
  onClose,
  onDone,
  rules,
}: ReturnDialogProps & { readonly rules: AuthorizeRules }) {
  const { run, sending } = useTypedMutation(authorizeReturnMutation);
  const form = useFormState<AuthorizeFields>(
    { overrideReason: '' },
    (values) => validateAuthorize(values, rules),
    ['overrideReason'],
  );
  return (
    <FormDialog
      open
      title={`Authorize ${rma.rmaNumber}`}
      description="Accepts the request; the customer can be sent a return label next."
      onClose={onClose}
      submitLabel="Authorize return"
      busyLabel="Authorizing…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The return was not authorized"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toAuthorizeInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is authorized.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <TextAreaField
        label="Override reason"
        name="overrideReason"
        optional={!rules.overrideRequired}
        hint={
          rules.overrideRequired
            ? `The request is outside the return window. At least ${rules.minLength} characters; audited.`
            : !rma.policyVerdict.withinWindow
              ? `Late, and accepted by override when requested. A reason given here (at least ${rules.minLength} characters) is recorded with the authorization; leave it empty to keep the one on file.`
              : 'Only needed when accepting a late request.'
        }
        value={form.values.overrideReason}
        onChange={(value) => {
          form.change('overrideReason', value);
        }}
        error={form.errors.overrideReason}
      />
    </FormDialog>
  );
}

export function RejectDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(rejectReturnMutation);
  const form = useFormState<RejectFields>({ declineReason: '', note: '' }, validateReject, [
    'declineReason',
    'note',
  ]);
  return (
    <FormDialog
      open
      title={`Reject ${rma.rmaNumber}`}
      description="Declines the request. The customer is told the reason."
      onClose={onClose}
      submitLabel="Reject return"
      submitVariant="danger"
      busyLabel="Rejecting…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The return was not rejected"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toRejectInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is rejected.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <SelectField
        label="Decline reason"
        name="declineReason"
        placeholder="Choose a reason…"
        options={DECLINE_OPTIONS}
        value={form.values.declineReason}
        onChange={(value) => {
          form.change('declineReason', value);
        }}
        error={form.errors.declineReason}
      />
      <TextAreaField
        label="Note"
        name="note"
        optional={form.values.declineReason !== 'OTHER'}
        value={form.values.note}
        onChange={(value) => {
          form.change('note', value);
        }}
        error={form.errors.note}
      />
    </FormDialog>
  );
}

export function CancelDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(cancelReturnMutation);
  const form = useFormState<CancelFields>({ reason: '' }, validateCancel, ['reason']);
  return (
    <FormDialog
      open
      title={`Cancel ${rma.rmaNumber}`}
      description="Withdraws the return before any label is issued."
      onClose={onClose}
      submitLabel="Cancel return"
      submitVariant="danger"
      busyLabel="Cancelling…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The return was not cancelled"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toCancelInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is cancelled.`);
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

const CARRIER_OPTIONS = Object.values(Carrier).map((carrier) => ({
  value: carrier,
  label: carrier,
}));

export function IssueLabelDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(issueReturnLabelMutation);
  const form = useFormState<IssueLabelFields>({ carrier: 'UPS' }, validateIssueLabel, ['carrier']);
  return (
    <FormDialog
      open
      title={`Issue a return label for ${rma.rmaNumber}`}
      description="Buys a prepaid label. It ships to the supplier when every line is their fault, else to the returns centre."
      onClose={onClose}
      submitLabel="Issue label"
      busyLabel="Issuing…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="No label was issued"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toIssueLabelInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) {
            onDone(
              `Label issued: tracking ${outcome.data.issueReturnLabel.label.trackingNumber}. Download it below.`,
            );
          } else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <SelectField
        label="Carrier"
        name="carrier"
        options={CARRIER_OPTIONS}
        value={form.values.carrier}
        onChange={(value) => {
          form.change('carrier', value);
        }}
        error={form.errors.carrier}
      />
    </FormDialog>
  );
}

const RESOLUTION_OPTIONS = [
  { value: 'REPLACEMENT', label: 'Send a replacement' },
  { value: 'DECLINE', label: 'Decline (no refund, no replacement)' },
];

export function ResolveDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(resolveReturnMutation);
  const form = useFormState<ResolveFields>(
    { resolution: '', replacementOrderId: '', declineReason: '', note: '' },
    validateResolve,
    ['resolution', 'replacementOrderId', 'declineReason', 'note'],
  );
  const { resolution } = form.values;
  return (
    <FormDialog
      open
      title={`Resolve ${rma.rmaNumber}`}
      description="Completes the return without a refund. To refund, create a refund instead."
      onClose={onClose}
      submitLabel="Resolve return"
      busyLabel="Resolving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The return was not resolved"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toResolveInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is resolved.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <SelectField
        label="Resolution"
        name="resolution"
        placeholder="Choose…"
        options={RESOLUTION_OPTIONS}
        value={resolution}
        onChange={(value) => {
          form.change('resolution', value);
        }}
        error={form.errors.resolution}
      />
      {resolution === 'REPLACEMENT' && (
        <TextField
          label="Replacement order id"
          name="replacementOrderId"
          value={form.values.replacementOrderId}
          onChange={(value) => {
            form.change('replacementOrderId', value);
          }}
          error={form.errors.replacementOrderId}
        />
      )}
      {resolution === 'DECLINE' && (
        <SelectField
          label="Decline reason"
          name="declineReason"
          placeholder="Choose a reason…"
          options={DECLINE_OPTIONS}
          value={form.values.declineReason}
          onChange={(value) => {
            form.change('declineReason', value);
          }}
          error={form.errors.declineReason}
        />
      )}
      {resolution !== '' && (
        <TextAreaField
          label="Note"
          name="note"
          optional={!(resolution === 'DECLINE' && form.values.declineReason === 'OTHER')}
          value={form.values.note}
          onChange={(value) => {
            form.change('note', value);
          }}
          error={form.errors.note}
        />
      )}
    </FormDialog>
  );
}

const METHOD_OPTIONS = Object.values(RefundMethod).map((method) => ({
  value: method,
  label: humanizeEnum(method),
}));

export function CreateRefundDialog({ rma, onClose }: ReturnDialogProps) {
  const navigate = useNavigate();
  const { run, sending } = useTypedMutation(createRefundMutation);
  const form = useFormState<CreateRefundFields>({ method: '' }, validateCreateRefund, ['method']);
  return (
    <FormDialog
      open
      title={`Create the refund for ${rma.rmaNumber}`}
      description="Computes the refund from the inspection (fees, shipping, label deduction) as a draft to review and submit."
      onClose={onClose}
      submitLabel="Create draft refund"
      busyLabel="Computing…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="No refund was created"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toCreateRefundInput(rma.id, form.values) }).then((outcome) => {
          if (outcome.ok) void navigate(refundUrl(outcome.data.createRefund.id));
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <SelectField
        label="Refund method"
        name="method"
        placeholder="Marketplace (default)"
        options={METHOD_OPTIONS.filter((option) => option.value !== 'MARKETPLACE')}
        value={form.values.method}
        onChange={(value) => {
          form.change('method', value);
        }}
        error={form.errors.method}
      />
    </FormDialog>
  );
}
