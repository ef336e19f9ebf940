import {
  chooseDisposition,
  defaultDisposition,
  inspectedFault,
  type DomainError,
} from '@rebound/domain';
import { AppError, fromDomainError, notFound } from '../../common/errors/app-error';
import type { JsonObject } from '../../common/json';
import type { MutationOutcome } from '../../common/run-mutation';
import type { TransactionContext } from '../../context';
import { InspectionEntity } from './inspection.entity';
import { reloadReturnView } from './load-return-view';
import { ReturnLineEntity } from './return-line.entity';
import { requireStatusFor } from './return-step-guard';
import { loadReturnForUpdate, recordReturnStep } from './return-transition';
import type { ReturnEntity } from './return.entity';
import type { RmaType } from './return.type';
import type { InspectReturnLineInput, SetDispositionInput } from './warehouse.types';

/** A line of a RECEIVED return, its return locked so that completing the inspection waits for this step. */
async function lineOfReceivedReturn(
  tx: TransactionContext,
  returnLineId: string,
  step: string,
): Promise<{ line: ReturnLineEntity; rma: ReturnEntity }> {
  const found = await tx.manager.findOneBy(ReturnLineEntity, { id: returnLineId });
  if (found === null) throw notFound('Return line', returnLineId);
  const rma = await loadReturnForUpdate(tx, found.returnId);
  requireStatusFor(rma, step, ['RECEIVED']);
  // Read again under the lock: another inspector may have changed it meanwhile.
  const line = await tx.manager.findOneByOrFail(ReturnLineEntity, { id: returnLineId });
  return { line, rma };
}

function refusedDisposition(error: DomainError): AppError {
  return fromDomainError({ ...error, details: { ...error.details, path: 'input.disposition' } });
}

async function stepOutcome(
  tx: TransactionContext,
  line: ReturnLineEntity,
  before: JsonObject,
  after: JsonObject,
): Promise<MutationOutcome<RmaType>> {
  return { result: await reloadReturnView(tx, line.returnId), targetId: line.id, before, after };
}

/**
 * Grades one line of a received return: the domain derives the fault (unless the inspector sets
 * it) and the disposition (unless overridden, within its limits). Inspecting a line again
 * before inspection completes replaces its inspection. The status does not change.
 */
export async function inspectReturnLine(
  tx: TransactionContext,
  input: InspectReturnLineInput,
): Promise<MutationOutcome<RmaType>> {
  const { line, rma } = await lineOfReceivedReturn(tx, input.returnLineId, 'inspectLine');
  const derivedFault = inspectedFault({
    reasonCode: line.reasonCode,
    grade: input.grade,
    faultOverride: null,
  });
  const fault = input.fault ?? derivedFault;
  const chosen = chooseDisposition({
    grade: input.grade,
    fault,
    override: input.disposition ?? null,
  });
  if (!chosen.ok) throw refusedDisposition(chosen.error);
  const previous = await tx.manager.findOneBy(InspectionEntity, { returnLineId: line.id });
  const inspection = {
    returnLineId: line.id,
    grade: input.grade,
    fault,
    faultOverridden: fault !== derivedFault,
    notes: input.notes?.trim() || null,
    photoUrls: input.photoUrls ?? [],
    inspectedById: tx.user.id,
    inspectedAt: new Date(),
  };
  await tx.manager.upsert(InspectionEntity, inspection, { conflictPaths: ['returnLineId'] });
  const disposition = chosen.value;
  const dispositionOverridden = disposition !== defaultDisposition(input.grade, fault);
  await tx.manager.update(
    ReturnLineEntity,
    { id: line.id },
    { disposition, dispositionOverridden },
  );
  const facts = { grade: input.grade, fault, disposition, dispositionOverridden };
  await recordReturnStep(tx, rma, 'inspectLine', {
    returnLineId: line.id,
    ...facts,
    reinspected: previous !== null,
  });
  return stepOutcome(
    tx,
    line,
    {
      grade: previous?.grade ?? null,
      fault: previous?.fault ?? null,
      disposition: line.disposition,
    },
    facts,
  );
}

/** Overrides an inspected line's disposition before inspection completes, with a reason. */
export async function setDisposition(
  tx: TransactionContext,
  input: SetDispositionInput,
): Promise<MutationOutcome<RmaType>> {
  const { line, rma } = await lineOfReceivedReturn(tx, input.returnLineId, 'setDisposition');
  const inspection = await tx.manager.findOneBy(InspectionEntity, { returnLineId: line.id });
  if (inspection === null) {
    throw new AppError(
      'INSPECTION_INCOMPLETE',
      `Line ${line.id} has no grade yet: inspect it before choosing its disposition`,
      {
        returnLineId: line.id,
        path: 'input.returnLineId',
      },
    );
  }
  const chosen = chooseDisposition({
    grade: inspection.grade,
    fault: inspection.fault,
    override: input.disposition,
  });
  if (!chosen.ok) throw refusedDisposition(chosen.error);
  const disposition = chosen.value;
  const dispositionOverridden =
    disposition !== defaultDisposition(inspection.grade, inspection.fault);
  await tx.manager.update(
    ReturnLineEntity,
    { id: line.id },
    { disposition, dispositionOverridden },
  );
  const reason = input.reason.trim();
  await recordReturnStep(tx, rma, 'setDisposition', {
    returnLineId: line.id,
    from: line.disposition,
    to: disposition,
    reason,
  });
  return stepOutcome(
    tx,
    line,
    { disposition: line.disposition },
    { disposition, dispositionOverridden, reason },
  );
}
