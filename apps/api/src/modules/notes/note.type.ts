import { Field, ID, ObjectType } from 'type-graphql';
import type { NoteVisibility } from './note.entity';
import { NoteVisibilityEnum } from './note-visibility.enum';

@ObjectType('Note', {
  description: 'A note on a return: internal to the team, or a message to the customer.',
})
export class NoteType {
  @Field(() => ID, { description: 'Stable identifier of the note.' })
  id: string;

  @Field(() => ID, { description: 'The return the note belongs to.' })
  returnId: string;

  @Field(() => NoteVisibilityEnum, {
    description: 'INTERNAL (team only) or CUSTOMER (sent to the customer).',
  })
  visibility: NoteVisibility;

  @Field({ description: 'The text of the note, as written.' })
  body: string;

  @Field(() => ID, { description: 'The user who wrote it.' })
  authorId: string;

  @Field({ description: "The author's display name, for timelines." })
  authorName: string;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}
