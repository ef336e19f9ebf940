import { useCallback } from 'react';
import type { ApiError } from '../../../lib/graphql/api-error';
import { minorToDecimal } from '../../../lib/money';
import { TextAreaField, TextField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { formatMoney } from '../../../lib/ui/format';
import { useFormState } from '../../../lib/ui/use-form-state';
import {
  CLAIM_DECISION_FIELDS,
  DECISION_LABELS,
  validateClaimDecision,
  type ClaimDecision,
  type ClaimDecisionValues,
  type ClaimUnderDecision,
} from '../claim-decision-form';

interface ClaimDecisionDialogProps {
  readonly decision: ClaimDecision;
  readonly claim: ClaimUnderDecision & {
    readonly rmaNumber: string;
    readonly supplierName: string;
  };
  readonly onClose: () => void;
  readonly sending: boolean;
  /** Sends checked values; resolves to the API's refusal, or null once recorded. */
  readonly onSubmit: (values: ClaimDecisionValues) => Promise<ApiError | null>;
}

const DESCRIPTIONS: Readonly<Record<ClaimDecision, string>> = {
  submit:
    'Record that the claim went to the supplier; add their RMA or ticket number if they gave one.',
  accept: 'Record what the supplier agreed to credit. Less than claimed writes the rest off.',
  reject: 'Record that the supplier refused the claim, with the reason they gave.',
};

/** One lifecycle step of a supplier claim, checked before it is sent; input kept on failure. */
export function ClaimDecisionDialog({
  decision,
  claim,
  onClose,
  sending,
  onSubmit,
}: ClaimDecisionDialogProps) {
  const validate = useCallback(
    (values: ClaimDecisionValues) => validateClaimDecision(decision, values, claim),
    [decision, claim],
  );
  const form = useFormState<ClaimDecisionValues>(
    {
      credited:
        decision === 'accept' ? minorToDecimal(claim.amount.amount, claim.amount.currency) : '',
      supplierReference: '',
      reason: '',
    },
    validate,
    CLAIM_DECISION_FIELDS,
  );
  const { values, errors } = form;
  const current = claim.supplierReference ?? null;
  return (
    <FormDialog
      open
      title={`${DECISION_LABELS[decision]}: ${claim.rmaNumber}`}
      description={`${claim.supplierName}, ${formatMoney(claim.amount.amount, claim.amount.currency)} claimed. ${DESCRIPTIONS[decision]}`}
      onClose={onClose}
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void onSubmit(values).then((error) => {
          if (error !== null) form.fail(error);
        });
        return null;
      }}
      submitLabel={DECISION_LABELS[decision]}
      busyLabel="Saving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The claim was not changed"
      submitVariant={decision === 'reject' ? 'danger' : 'primary'}
    >
      {decision === 'accept' && (
        <TextField
          label={`Credited (${claim.amount.currency})`}
          name="credited"
          value={values.credited}
          onChange={(value) => {
            form.change('credited', value);
          }}
          error={errors.credited}
          hint={`From 0 to ${formatMoney(claim.amount.amount, claim.amount.currency)}.`}
        />
      )}
      {decision !== 'reject' && (
        <TextField
          label={decision === 'accept' ? 'Credit note number' : 'Supplier reference'}
          name="supplierReference"
          value={values.supplierReference}
          onChange={(value) => {
            form.change('supplierReference', value);
          }}
          error={errors.supplierReference}
          optional={decision === 'submit' || current !== null}
          hint={current === null ? undefined : `Now ${current}; leave blank to keep it.`}
        />
      )}
      {decision === 'reject' && (
        <TextAreaField
          label="Reason the supplier gave"
          name="reason"
          value={values.reason}
          onChange={(value) => {
            form.change('reason', value);
          }}
          error={errors.reason}
        />
      )}
    </FormDialog>
  );
}
