import { useTypedMutation } from '../../../lib/graphql/use-typed-mutation';
import { ApiErrorNotice } from '../../../lib/ui/ApiErrorNotice';
import { Badge } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { SelectField, TextAreaField } from '../../../lib/ui/Field';
import { formatDateTime } from '../../../lib/ui/format';
import { Panel } from '../../../lib/ui/Layout';
import { useFormState } from '../../../lib/ui/use-form-state';
import { addNoteMutation } from '../operations';
import { toNoteInput, validateNote, type NoteFields } from '../return-forms';
import type { ReturnDetail } from '../return-detail';
import { timelineLabel } from '../return-labels';
import { returnStatusLabel } from '../return-status';
import { timelineFacts } from '../timeline-details';

const NOTE_ORDER = ['body', 'visibility'] as const;
const EMPTY_NOTE: NoteFields = { body: '', visibility: 'INTERNAL' };
const VISIBILITY_OPTIONS = [
  { value: 'INTERNAL', label: 'Internal (team only)' },
  { value: 'CUSTOMER', label: 'Message to the customer' },
];

function AddNoteForm({
  returnId,
  onAdded,
}: {
  readonly returnId: string;
  readonly onAdded: () => void;
}) {
  const { run, sending } = useTypedMutation(addNoteMutation);
  const form = useFormState(EMPTY_NOTE, validateNote, NOTE_ORDER);
  return (
    <form
      className="note-form"
      noValidate
      aria-label="Add a note"
      onSubmit={(event) => {
        event.preventDefault();
        if (sending) return;
        const invalid = form.check();
        if (invalid !== null) {
          const element = event.currentTarget.elements.namedItem(invalid);
          if (element instanceof HTMLElement) element.focus();
          return;
        }
        void run({ input: toNoteInput(returnId, form.values) }).then((outcome) => {
          if (!outcome.ok) {
            form.fail(outcome.error);
            return;
          }
          form.reset();
          onAdded();
        });
      }}
    >
      {form.submitError !== null && (
        <ApiErrorNotice variant="inline" title="Couldn't add the note" error={form.submitError} />
      )}
      <TextAreaField
        label="Add a note"
        name="body"
        value={form.values.body}
        onChange={(value) => {
          form.change('body', value);
        }}
        error={form.errors.body}
        placeholder="What happened, what was agreed, what to watch for…"
      />
      <div className="note-form__row">
        <SelectField
          label="Visible to"
          name="visibility"
          value={form.values.visibility}
          options={VISIBILITY_OPTIONS}
          onChange={(value) => {
            form.change('visibility', value);
          }}
          error={form.errors.visibility}
        />
        <Button type="submit" busy={sending} busyLabel="Adding…">
          Add note
        </Button>
      </div>
    </form>
  );
}

interface ReturnTimelineProps {
  readonly rma: ReturnDetail;
  /** The item a return line is, for entries about one line. */
  readonly lineName: (returnLineId: string) => string | undefined;
  readonly onNoteAdded: () => void;
}

/** What happened to the return, newest first, with the notes in line and a way to add one. */
export function ReturnTimeline({ rma, lineName, onNoteAdded }: ReturnTimelineProps) {
  const entries = [...rma.timeline].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <Panel
      title="Timeline and notes"
      meta={`${entries.length} ${entries.length === 1 ? 'event' : 'events'}`}
    >
      <ol className="timeline" aria-label="Timeline">
        {entries.map((entry) => {
          const facts = entry.kind === 'note' ? [] : timelineFacts(entry.details, lineName);
          return (
            <li
              key={entry.id}
              className={`timeline__item${entry.kind === 'note' ? ' timeline__item--note' : ''}`}
            >
              <div className="timeline__head">
                <span className="timeline__what">{timelineLabel(entry.kind)}</span>
                {entry.toStatus &&
                  entry.fromStatus !== entry.toStatus &&
                  !timelineLabel(entry.kind)
                    .toLowerCase()
                    .includes(returnStatusLabel(entry.toStatus).toLowerCase()) && (
                    <span className="timeline__meta">→ {returnStatusLabel(entry.toStatus)}</span>
                  )}
                {entry.note?.visibility === 'CUSTOMER' && <Badge tone="info">To customer</Badge>}
                <span className="timeline__meta">
                  {entry.actorName} ·{' '}
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                </span>
              </div>
              {entry.note && <p className="timeline__note">{entry.note.body}</p>}
              {facts.length > 0 && (
                <p className="timeline__details">
                  {facts.map((fact) => `${fact.label}: ${fact.value}`).join(' · ')}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <AddNoteForm returnId={rma.id} onAdded={onNoteAdded} />
    </Panel>
  );
}
