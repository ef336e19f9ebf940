import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { completeInspection } from './complete-inspection.service';
import { inspectReturnLine, setDisposition } from './inspect-return-line.service';
import { receiveReturn } from './receive-return.service';
import { machineRoles, WAREHOUSE_FLOOR } from './return-roles';
import { RmaType } from './return.type';
import {
  CompleteInspectionInput,
  InspectReturnLineInput,
  ReceiveReturnInput,
  SetDispositionInput,
} from './warehouse.types';

/** The warehouse floor's side of the return lifecycle; roles as the return machine allows them. */
@Resolver()
export class WarehouseResolver {
  @Allow(...machineRoles('receive'))
  @Mutation(() => RmaType, {
    description:
      'Records that the parcel arrived (LABEL_ISSUED or IN_TRANSIT → RECEIVED) and starts the refund clock. WAREHOUSE or ADMIN.',
  })
  receiveReturn(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return that arrived and when.' }) input: ReceiveReturnInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'receiveReturn', targetType: 'Return', targetId: input.id },
      (tx) => receiveReturn(tx, input),
    );
  }

  @Allow(...WAREHOUSE_FLOOR)
  @Mutation(() => RmaType, {
    description:
      'Grades one line of a RECEIVED return and sets its disposition (default for the grade and fault, or the override); inspecting again replaces the inspection. The status does not change. WAREHOUSE or ADMIN.',
  })
  inspectReturnLine(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The line inspected and what the inspector found.' })
    input: InspectReturnLineInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'inspectReturnLine', targetType: 'ReturnLine', targetId: input.returnLineId },
      (tx) => inspectReturnLine(tx, input),
    );
  }

  @Allow(...WAREHOUSE_FLOOR)
  @Mutation(() => RmaType, {
    description:
      "Overrides an inspected line's disposition while its return is RECEIVED, with a reason (DISPOSITION_OVERRIDE_NOT_ALLOWED for HOLD on a present item, or anything but HOLD for a wrong or missing one). WAREHOUSE or ADMIN.",
  })
  setDisposition(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The line and where its units go.' }) input: SetDispositionInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'setDisposition', targetType: 'ReturnLine', targetId: input.returnLineId },
      (tx) => setDisposition(tx, input),
    );
  }

  @Allow(...machineRoles('inspect'))
  @Mutation(() => RmaType, {
    description:
      "Ends inspection (RECEIVED → INSPECTED; INSPECTION_INCOMPLETE while a line is ungraded) and books every line's disposition in the stock ledger: RESTOCK → sellable, REFURBISH → quarantine, RETURN_TO_SUPPLIER and DISPOSE recorded, HOLD nothing. WAREHOUSE or ADMIN.",
  })
  completeInspection(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return whose inspection is complete.' })
    input: CompleteInspectionInput,
  ): Promise<RmaType> {
    return runMutation(
      ctx,
      { action: 'completeInspection', targetType: 'Return', targetId: input.id },
      (tx) => completeInspection(tx, input),
    );
  }
}
