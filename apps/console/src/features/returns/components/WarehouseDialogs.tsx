import { Disposition, Fault, InspectionGrade } from '../../../lib/graphql/generated/graphql';
import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { SelectField, TextAreaField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { useFormState } from '../../../lib/ui/use-form-state';
import {
  completeInspectionMutation,
  inspectReturnLineMutation,
  receiveReturnMutation,
} from '../operations';
import type { ReturnDetailLine, ReturnOrderLine } from '../return-detail';
import {
  INSPECT_FIELD_ORDER,
  toInspectInput,
  validateInspect,
  type InspectFields,
} from '../return-forms';
import { dispositionLabel, faultLabel, gradeLabel, reasonLabel } from '../return-labels';
import type { ReturnDialogProps } from './SupportDialogs';

/** Nothing to fill in: confirming is the whole form. */
function useConfirm() {
  return useFormState<Record<string, string>>({}, () => ({}), []);
}

export function ReceiveDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(receiveReturnMutation);
  const form = useConfirm();
  return (
    <FormDialog
      open
      title={`Receive ${rma.rmaNumber}`}
      description="Records that the parcel arrived now and starts the refund clock (2 business days)."
      onClose={onClose}
      submitLabel="Mark as received"
      busyLabel="Recording…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The parcel was not recorded"
      onSubmit={() => {
        form.check();
        void run({ input: { id: rma.id } }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is received. Inspect each line next.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    />
  );
}

const GRADE_OPTIONS = Object.values(InspectionGrade).map((grade) => ({
  value: grade,
  label: gradeLabel(grade),
}));
const FAULT_OPTIONS = Object.values(Fault).map((fault) => ({
  value: fault,
  label: faultLabel(fault),
}));
const DISPOSITION_OPTIONS = Object.values(Disposition).map((disposition) => ({
  value: disposition,
  label: dispositionLabel(disposition),
}));

interface InspectDialogProps extends ReturnDialogProps {
  readonly line: ReturnDetailLine;
  readonly orderLine: ReturnOrderLine | undefined;
}

export function InspectLineDialog({ rma, line, orderLine, onClose, onDone }: InspectDialogProps) {
  const { run, sending } = useTypedMutation(inspectReturnLineMutation);
  const form = useFormState<InspectFields>(
    {
      grade: line.inspection?.grade ?? '',
      fault: line.inspection?.faultOverridden ? line.inspection.fault : '',
      disposition: line.dispositionOverridden ? (line.disposition ?? '') : '',
      notes: line.inspection?.notes ?? '',
    },
    validateInspect,
    INSPECT_FIELD_ORDER,
  );
  const name = orderLine?.skuName ?? 'this line';
  return (
    <FormDialog
      open
      title={`Inspect ${name}`}
      description={`${rma.rmaNumber} · qty ${line.quantity} · customer said: ${reasonLabel(line.reasonCode)} (${faultLabel(line.reasonFault)} fault)`}
      onClose={onClose}
      submitLabel="Save inspection"
      busyLabel="Saving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The inspection was not saved"
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void run({ input: toInspectInput(line.id, form.values) }).then((outcome) => {
          if (outcome.ok) onDone(`${name} is inspected.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    >
      <SelectField
        label="Grade"
        name="grade"
        placeholder="Choose the condition…"
        options={GRADE_OPTIONS}
        value={form.values.grade}
        onChange={(value) => {
          form.change('grade', value);
        }}
        error={form.errors.grade}
      />
      <SelectField
        label="Fault"
        name="fault"
        placeholder={`As the reason says (${faultLabel(line.reasonFault)})`}
        options={FAULT_OPTIONS}
        value={form.values.fault}
        onChange={(value) => {
          form.change('fault', value);
        }}
        error={form.errors.fault}
      />
      <SelectField
        label="Disposition"
        name="disposition"
        placeholder="Default for the grade and fault"
        options={DISPOSITION_OPTIONS}
        value={form.values.disposition}
        onChange={(value) => {
          form.change('disposition', value);
        }}
        error={form.errors.disposition}
      />
      <TextAreaField
        label="Notes"
        name="notes"
        optional
        rows={2}
        value={form.values.notes}
        onChange={(value) => {
          form.change('notes', value);
        }}
      />
    </FormDialog>
  );
}

export function CompleteInspectionDialog({ rma, onClose, onDone }: ReturnDialogProps) {
  const { run, sending } = useTypedMutation(completeInspectionMutation);
  const form = useConfirm();
  return (
    <FormDialog
      open
      title={`Complete the inspection of ${rma.rmaNumber}`}
      description="Books every line's disposition in the stock ledger; the return is then ready to refund or resolve."
      onClose={onClose}
      submitLabel="Complete inspection"
      busyLabel="Completing…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The inspection was not completed"
      onSubmit={() => {
        form.check();
        void run({ input: { id: rma.id } }).then((outcome) => {
          if (outcome.ok) onDone(`${rma.rmaNumber} is inspected and ready to refund.`);
          else form.fail(outcome.error);
        });
        return null;
      }}
    />
  );
}
