import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { reloadReturnView } from '../returns/load-return-view';
import type { RmaType } from '../returns/return.type';
import { loadReturn, recordReturnStep } from '../returns/return-transition';
import { NoteEntity } from './note.entity';
import type { AddNoteInput } from './note.types';

/** Adds a note to a return, with a `note` step on its timeline; the status does not change. */
export async function addNote(
  tx: TransactionContext,
  input: AddNoteInput,
): Promise<MutationOutcome<RmaType>> {
  const rma = await loadReturn(tx, input.returnId);
  const note = await tx.manager.save(
    tx.manager.create(NoteEntity, {
      returnId: rma.id,
      authorId: tx.user.id,
      visibility: input.visibility,
      body: input.body.trim(),
    }),
  );
  await recordReturnStep(tx, rma, 'note', { noteId: note.id, visibility: note.visibility });
  return {
    result: await reloadReturnView(tx, rma.id),
    targetId: rma.id,
    before: null,
    after: { noteId: note.id, visibility: note.visibility },
  };
}
