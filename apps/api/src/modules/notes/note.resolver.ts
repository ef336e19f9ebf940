import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AllowSignedIn } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { RmaType } from '../returns/return.type';
import { addNote } from './add-note.service';
import { AddNoteInput } from './note.types';

@Resolver()
export class NoteResolver {
  @AllowSignedIn()
  @Mutation(() => RmaType, {
    description:
      'Adds an internal note or a message to the customer to a return, and a `note` entry to its timeline; returns the return. Any signed-in user.',
  })
  addNote(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return and the note to add to it.' }) input: AddNoteInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'addNote', targetType: 'Return', targetId: input.returnId },
      (tx) => addNote(tx, input),
    );
  }
}
