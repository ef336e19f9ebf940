import type { ReturnStatus } from '@rebound/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { NoteType } from '../notes/note.type';
import { ReturnStatusEnum } from './return-status.enum';

@ObjectType('TimelineEntry', {
  description:
    "One entry of a return's timeline, oldest first: a status change, a step that does not change the status, or a note.",
})
export class TimelineEntryType {
  @Field(() => ID, { description: 'Stable identifier of the entry.' })
  id: string;

  @Field({
    description:
      'What happened. Status changes use the event name (request, authorize, reject, cancel, issueLabel, scan, receive, inspect, resolve, resolveReturnless, expire); other steps: inspectLine, setDisposition, note.',
  })
  kind: string;

  @Field(() => ReturnStatusEnum, {
    nullable: true,
    description: 'The status before; null for steps that keep the status.',
  })
  fromStatus: ReturnStatus | null;

  @Field(() => ReturnStatusEnum, {
    nullable: true,
    description: 'The status after; null for steps that keep the status.',
  })
  toStatus: ReturnStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who did it; null when Rebound itself did (SYSTEM).',
  })
  actorId: string | null;

  @Field({ description: 'Who did it, for display ("Rebound" for automatic steps).' })
  actorName: string;

  @Field({
    description:
      'Facts about the step as a JSON object text, e.g. {"declineReason":"OTHER","note":"…"} or {"returnLineId":"…","grade":"NEW"}.',
  })
  details: string;

  @Field(() => NoteType, {
    nullable: true,
    description: 'The note, for entries of kind `note`; null otherwise.',
  })
  note: NoteType | null;

  @Field({ description: 'When it happened.' })
  occurredAt: Date;
}
