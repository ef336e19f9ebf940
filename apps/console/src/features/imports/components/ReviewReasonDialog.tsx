import type { ApiError } from '../../../lib/graphql/api-error';
import { CheckboxField, SelectField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { useFormState } from '../../../lib/ui/use-form-state';
import {
  EMPTY_REVIEW_REASON,
  REASON_OPTIONS,
  REVIEW_REASON_FIELDS,
  validateReviewReason,
  type ReviewReasonValues,
} from '../review-reason-form';

/** The flagged line as the dialog shows it. */
export interface FlaggedLine {
  readonly returnLineId: string;
  readonly rmaNumber: string;
  readonly skuCode: string;
  readonly reportReason: string;
}

interface ReviewReasonDialogProps {
  readonly line: FlaggedLine;
  readonly onClose: () => void;
  readonly sending: boolean;
  /** Sends checked values; resolves to the API's refusal, or null once the reason is set. */
  readonly onSubmit: (values: ReviewReasonValues) => Promise<ApiError | null>;
}

/** Chooses the catalogue reason of a line Amazon gave an unknown reason; can remember the text. */
export function ReviewReasonDialog({ line, onClose, sending, onSubmit }: ReviewReasonDialogProps) {
  const form = useFormState<ReviewReasonValues>(
    EMPTY_REVIEW_REASON,
    validateReviewReason,
    REVIEW_REASON_FIELDS,
  );
  const { values, errors } = form;
  return (
    <FormDialog
      open
      title={`Choose the reason: ${line.rmaNumber}, ${line.skuCode}`}
      description={`Amazon's report says "${line.reportReason}", which is not in the reason catalogue. The reason decides who is at fault and who pays.`}
      onClose={onClose}
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void onSubmit(values).then((error) => {
          if (error !== null) form.fail(error);
        });
        return null;
      }}
      submitLabel="Set reason"
      busyLabel="Saving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The reason was not changed"
    >
      <SelectField
        label="Reason"
        name="reasonCode"
        value={values.reasonCode}
        onChange={(value) => {
          form.change('reasonCode', value);
        }}
        options={REASON_OPTIONS}
        placeholder="Choose a reason…"
        error={errors.reasonCode}
      />
      <CheckboxField
        label={`Map "${line.reportReason}" to this reason in later imports`}
        name="remember"
        checked={values.remember === 'yes'}
        onChange={(checked) => {
          form.change('remember', checked ? 'yes' : '');
        }}
      />
    </FormDialog>
  );
}
