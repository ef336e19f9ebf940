import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Fault, ReasonCode, type ReturnStatus } from '../../../lib/graphql/generated/graphql';
import { Button } from '../../../lib/ui/Button';
import { SelectField, TextField } from '../../../lib/ui/Field';
import { faultLabel, reasonLabel } from '../return-labels';
import { validateDateRange } from '../return-forms';
import { RETURN_STATUS_LIFECYCLE, returnStatusLabel } from '../return-status';
import {
  EMPTY_RETURNS_LIST,
  isFiltered,
  returnsListUrl,
  withListChange,
  type ReturnsListParams,
  type SlaFilter,
} from '../urls';

interface ReturnsFiltersProps {
  readonly params: ReturnsListParams;
}

const STATUS_OPTIONS = RETURN_STATUS_LIFECYCLE.map((status) => ({
  value: status,
  label: returnStatusLabel(status),
}));
const REASON_OPTIONS = Object.values(ReasonCode)
  .map((reason) => ({ value: reason, label: reasonLabel(reason) }))
  .sort((a, b) => a.label.localeCompare(b.label));
const FAULT_OPTIONS = Object.values(Fault).map((fault) => ({
  value: fault,
  label: faultLabel(fault),
}));
const SLA_OPTIONS: { value: SlaFilter; label: string }[] = [
  { value: 'overdue', label: 'Overdue now' },
  { value: 'on-time', label: 'On time' },
];

/** One value of a list filter as a select shows it ("" when none or several are set). */
const single = (values: readonly string[]): string =>
  values.length === 1 ? (values[0] ?? '') : '';

/**
 * The queue's filters. Selects apply at once (each is a new URL); the search box and the dates
 * apply on "Search", after the range is checked.
 */
export function ReturnsFilters({ params }: ReturnsFiltersProps) {
  const navigate = useNavigate();
  const [q, setQ] = useState(params.q ?? '');
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  const [rangeError, setRangeError] = useState<string | undefined>(undefined);

  const go = (change: Partial<ReturnsListParams>) => {
    void navigate(returnsListUrl(withListChange(params, change)));
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validateDateRange({ from, to });
    setRangeError(errors.to);
    if (errors.to !== undefined) return;
    const search = q.trim();
    go({
      q: search === '' ? null : search,
      from: from === '' ? null : from,
      to: to === '' ? null : to,
    });
  };

  return (
    <form
      className="returns-filters"
      role="search"
      aria-label="Filter returns"
      noValidate
      onSubmit={submit}
    >
      <div className="returns-filters__search">
        <TextField
          label="Search"
          name="q"
          type="search"
          value={q}
          onChange={setQ}
          placeholder="RMA-1001, order id or customer email"
        />
        <Button type="submit">Search</Button>
      </div>
      <div className="returns-filters__row">
        <SelectField
          label="Status"
          name="status"
          value={single(params.status)}
          placeholder={params.status.length > 1 ? `${params.status.length} statuses` : 'Any status'}
          options={STATUS_OPTIONS}
          onChange={(value) => {
            go({ status: value === '' ? [] : [value as ReturnStatus] });
          }}
        />
        <SelectField
          label="Reason"
          name="reason"
          value={single(params.reason)}
          placeholder="Any reason"
          options={REASON_OPTIONS}
          onChange={(value) => {
            go({ reason: value === '' ? [] : [value as ReasonCode] });
          }}
        />
        <SelectField
          label="Fault (by reason)"
          name="fault"
          value={single(params.fault)}
          placeholder="Any fault"
          options={FAULT_OPTIONS}
          onChange={(value) => {
            go({ fault: value === '' ? [] : [value as Fault] });
          }}
        />
        <SelectField
          label="SLA"
          name="sla"
          value={params.sla ?? ''}
          placeholder="Any"
          options={SLA_OPTIONS}
          onChange={(value) => {
            go({ sla: value === 'overdue' || value === 'on-time' ? value : null });
          }}
        />
        <TextField label="Requested from" name="from" type="date" value={from} onChange={setFrom} />
        <TextField
          label="Requested to"
          name="to"
          type="date"
          value={to}
          onChange={(value) => {
            setTo(value);
            if (rangeError !== undefined) setRangeError(validateDateRange({ from, to: value }).to);
          }}
          error={rangeError}
        />
      </div>
      {isFiltered(params) && (
        <div className="returns-filters__footer">
          {params.sku.length > 0 && (
            <Button
              variant="link"
              size="small"
              aria-label="Remove the SKU filter"
              onClick={() => {
                go({ sku: [] });
              }}
            >
              {params.sku.length === 1
                ? 'Filtered to one SKU'
                : `Filtered to ${params.sku.length} SKUs`}{' '}
              ×
            </Button>
          )}
          <Button
            variant="link"
            size="small"
            onClick={() => {
              setQ('');
              setFrom('');
              setTo('');
              setRangeError(undefined);
              void navigate(returnsListUrl({ ...EMPTY_RETURNS_LIST, sort: params.sort }));
            }}
          >
            Clear all filters
          </Button>
        </div>
      )}
    </form>
  );
}
