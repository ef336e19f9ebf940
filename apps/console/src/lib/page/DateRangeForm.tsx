import { useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import {
  dateRangeProblem,
  describeDateRangeProblem,
  type DateRange,
  type DateRangeProblem,
} from '../date-range';
import { buttonClassName } from '../ui/Button';
import { TextField } from '../ui/Field';
import './page.css';

interface DateRangeFormProps {
  readonly range: DateRange;
  /** Called with a checked range; the URL is the caller's to update. */
  readonly onApply: (range: DateRange) => void;
  /** Shortcuts such as "Last 30 days", as links. */
  readonly presets?: ReactNode;
  /** Further fields applied on their own (period, time zone). */
  readonly children?: ReactNode;
  readonly label: string;
}

/** From and to dates checked before anything is sent; a refused range stays as typed. */
export function DateRangeForm({ range, onApply, presets, children, label }: DateRangeFormProps) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [problem, setProblem] = useState<DateRangeProblem | null>(null);
  const [shownKey, setShownKey] = useState(`${range.from}/${range.to}`);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);
  // The URL changed under the form (a preset, the back button): show the range now in force.
  if (shownKey !== `${range.from}/${range.to}`) {
    setShownKey(`${range.from}/${range.to}`);
    setFrom(range.from);
    setTo(range.to);
    setProblem(null);
  }

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = { from: from.trim(), to: to.trim() };
    const found = dateRangeProblem(next);
    setProblem(found);
    if (found === null) onApply(next);
    else (found === 'from' ? fromRef : toRef).current?.focus();
  };

  const message = problem === null ? undefined : describeDateRangeProblem(problem);
  return (
    <form className="filter-bar" aria-label={label} noValidate onSubmit={submit}>
      <TextField
        label="From"
        name="from"
        type="date"
        value={from}
        onChange={setFrom}
        error={problem === 'from' ? message : undefined}
        inputRef={fromRef}
      />
      <TextField
        label="To"
        name="to"
        type="date"
        value={to}
        onChange={setTo}
        error={problem === 'to' || problem === 'order' ? message : undefined}
        inputRef={toRef}
      />
      {children}
      <div className="filter-bar__actions">
        <button type="submit" className={buttonClassName()}>
          Apply
        </button>
        {presets}
      </div>
    </form>
  );
}
