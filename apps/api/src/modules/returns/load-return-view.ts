import { DEFAULT_RETURN_POLICY } from '@rebound/domain';
import { In, type EntityManager } from 'typeorm';
import { NoteEntity } from '../notes/note.entity';
import { UserEntity } from '../users/user.entity';
import { InspectionEntity } from './inspection.entity';
import { ReturnEventEntity } from './return-event.entity';
import { ReturnLineEntity } from './return-line.entity';
import { ReturnEntity } from './return.entity';
import type { TransactionContext } from '../../context';
import type { RmaType } from './return.type';
import { toRmaType } from './return-view';

/** Which return to show: by id or by RMA number. */
export type ReturnKey = { id: string } | { rmaNumber: string };

/**
 * Loads one return with its order, lines, inspections, timeline and notes in a fixed number of
 * queries (never one per line), or null when it does not exist. Pass the transaction's manager
 * inside a mutation so the answer shows the change.
 */
export async function loadReturnView(
  manager: EntityManager,
  key: ReturnKey,
): Promise<RmaType | null> {
  const rma = await manager.findOne(ReturnEntity, { where: key, relations: { order: true } });
  if (rma === null || rma.order === undefined) return null;
  // One query at a time: inside a transaction they share one connection.
  const lines = await manager.find(ReturnLineEntity, {
    where: { returnId: rma.id },
    relations: { orderLine: true },
  });
  const events = await manager.find(ReturnEventEntity, {
    where: { returnId: rma.id },
    order: { occurredAt: 'ASC' },
  });
  const notes = await manager.find(NoteEntity, {
    where: { returnId: rma.id },
    order: { createdAt: 'ASC' },
  });
  const inspections =
    lines.length === 0
      ? []
      : await manager.find(InspectionEntity, {
          where: { returnLineId: In(lines.map((line) => line.id)) },
        });
  const userIds = new Set<string>([
    ...events.flatMap((event) => (event.actorId === null ? [] : [event.actorId])),
    ...notes.map((note) => note.authorId),
    ...inspections.map((inspection) => inspection.inspectedById),
  ]);
  const users =
    userIds.size === 0
      ? []
      : await manager.find(UserEntity, {
          select: { id: true, displayName: true },
          where: { id: In([...userIds]) },
        });
  return toRmaType(
    {
      rma,
      order: rma.order,
      lines,
      inspections,
      events,
      notes,
      users,
      policy: DEFAULT_RETURN_POLICY,
    },
    new Date(),
  );
}

/** The return as a mutation leaves it, read inside the mutation's transaction. */
export async function reloadReturnView(tx: TransactionContext, id: string): Promise<RmaType> {
  const view = await loadReturnView(tx.manager, { id });
  if (view === null) throw new Error(`return ${id} vanished inside its own transaction`);
  return view;
}
