import { IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { NoteVisibility } from './note.entity';
import { NoteVisibilityEnum } from './note-visibility.enum';

@InputType({ description: 'A note to add to a return.' })
export class AddNoteInput {
  @Field(() => ID, { description: 'The return the note is about.' })
  @IsUUID('all', { message: 'must be an ID' })
  returnId: string;

  @Field(() => NoteVisibilityEnum, {
    description: 'INTERNAL (team only) or CUSTOMER (a message to the customer).',
  })
  visibility: NoteVisibility;

  @Field({ description: 'The text, up to 10000 characters; not blank.' })
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(10_000)
  body: string;
}
