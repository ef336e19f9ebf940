import { useCallback } from 'react';
import type { ApiError } from '../../../lib/graphql/api-error';
import { SelectField, TextAreaField, TextField } from '../../../lib/ui/Field';
import { FormDialog } from '../../../lib/ui/FormDialog';
import { useFormState } from '../../../lib/ui/use-form-state';
import {
  ADJUST_STOCK_FIELDS,
  ADJUSTMENT_REASONS,
  EMPTY_ADJUST_STOCK,
  validateAdjustStock,
  type AdjustStockValues,
} from '../adjust-stock-form';
import type { StockLevelRow } from '../stock-levels';

interface AdjustStockDialogProps {
  readonly level: StockLevelRow;
  readonly onClose: () => void;
  readonly sending: boolean;
  /** Sends checked values; resolves to the API's refusal, or null once the stock changed. */
  readonly onSubmit: (values: AdjustStockValues) => Promise<ApiError | null>;
}

/** Corrects one stock level with a reason; checked before sending, input kept on failure. */
export function AdjustStockDialog({ level, onClose, sending, onSubmit }: AdjustStockDialogProps) {
  const validate = useCallback(
    (values: AdjustStockValues) => validateAdjustStock(values, level),
    [level],
  );
  const form = useFormState<AdjustStockValues>(EMPTY_ADJUST_STOCK, validate, ADJUST_STOCK_FIELDS);
  const { values, errors } = form;
  return (
    <FormDialog
      open
      title={`Adjust ${level.sku.code} at ${level.location.code}`}
      description={`Now ${level.sellable} sellable and ${level.quarantine} in quarantine. Enter the change in units (negative to remove); it is booked as an adjustment in the stock ledger.`}
      onClose={onClose}
      onSubmit={() => {
        const invalid = form.check();
        if (invalid !== null) return invalid;
        void onSubmit(values).then((error) => {
          if (error !== null) form.fail(error);
        });
        return null;
      }}
      submitLabel="Save adjustment"
      busyLabel="Saving…"
      sending={sending}
      submitError={form.submitError}
      errorTitle="The stock was not changed"
    >
      <TextField
        label="Sellable change"
        name="sellableDelta"
        type="number"
        value={values.sellableDelta}
        onChange={(value) => {
          form.change('sellableDelta', value);
        }}
        error={errors.sellableDelta}
      />
      <TextField
        label="Quarantine change"
        name="quarantineDelta"
        type="number"
        value={values.quarantineDelta}
        onChange={(value) => {
          form.change('quarantineDelta', value);
        }}
        error={errors.quarantineDelta}
      />
      <SelectField
        label="Reason"
        name="reason"
        value={values.reason}
        onChange={(value) => {
          form.change('reason', value);
        }}
        options={ADJUSTMENT_REASONS}
        placeholder="Choose a reason…"
        error={errors.reason}
      />
      <TextAreaField
        label="Note"
        name="note"
        value={values.note}
        onChange={(value) => {
          form.change('note', value);
        }}
        error={errors.note}
        optional={values.reason !== 'OTHER'}
        hint="What happened, for whoever reads the ledger later."
      />
    </FormDialog>
  );
}
