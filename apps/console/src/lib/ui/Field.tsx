import { useId, type ReactNode, type Ref } from 'react';
import './ui.css';

interface FieldShellProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The inline validation message; the control is marked aria-invalid while it is set. */
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly children: (control: {
    readonly id: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** Label, control, hint and error, wired for screen readers; the other fields build on it. */
export function FieldShell({ label, hint, error, optional = false, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? '' : hintId, error === undefined ? '' : errorId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
        {optional && <span className="field__optional"> (optional)</span>}
      </label>
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint !== undefined && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CommonFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly disabled?: boolean;
}

interface TextFieldProps extends CommonFieldProps {
  readonly type?: 'text' | 'email' | 'search' | 'date' | 'number' | 'password';
  readonly placeholder?: string;
  readonly autoComplete?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  optional,
  disabled,
  type = 'text',
  placeholder,
  autoComplete = 'off',
  inputRef,
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          name={name}
          type={type}
          className="field__input"
          value={value}
          placeholder={placeholder}
          autoComplete={autoComplete}
          disabled={disabled}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </FieldShell>
  );
}

interface TextAreaFieldProps extends CommonFieldProps {
  readonly rows?: number;
  readonly placeholder?: string;
  readonly textAreaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  optional,
  disabled,
  rows = 3,
  placeholder,
  textAreaRef,
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <textarea
          {...control}
          ref={textAreaRef}
          name={name}
          rows={rows}
          className="field__input field__input--textarea"
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </FieldShell>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps extends CommonFieldProps {
  readonly options: readonly SelectOption[];
  /** Shown first with the empty value ("Any status", "Choose a reason…"); omit to force a choice. */
  readonly placeholder?: string;
  readonly selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  optional,
  disabled,
  options,
  placeholder,
  selectRef,
}: SelectFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <select
          {...control}
          ref={selectRef}
          name={name}
          className="field__input field__input--select"
          value={value}
          disabled={disabled}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  readonly label: string;
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean;
}

export function CheckboxField({ label, name, checked, onChange, disabled }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id} className="field__label">
        {label}
      </label>
    </div>
  );
}
