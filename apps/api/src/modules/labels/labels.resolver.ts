import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, AllowSignedIn } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { CarrierScanType } from './carrier-scan.type';
import { issueReturnLabel } from './issue-return-label.service';
import { IssueReturnLabelInput, IssueReturnLabelPayload } from './issue-return-label.types';
import { listCarrierScans, listReturnLabels } from './label-queries.service';
import { recordCarrierScan } from './record-carrier-scan.service';
import { RecordCarrierScanInput, RecordCarrierScanPayload } from './record-carrier-scan.types';
import { ReturnLabelType } from './return-label.type';

@Resolver()
export class LabelsResolver {
  @Allow('SUPPORT', 'ADMIN')
  @Mutation(() => IssueReturnLabelPayload, {
    description:
      "Issues the prepaid return label of an AUTHORIZED return (→ LABEL_ISSUED): ships to the supplier's warehouse when every line is that one supplier's fault, else to the returns centre; the customer pays when every line is their fault. Wrong status → INVALID_TRANSITION. SUPPORT and ADMIN.",
  })
  issueReturnLabel(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The return to issue a prepaid label for.' })
    input: IssueReturnLabelInput,
  ): Promise<IssueReturnLabelPayload> {
    return runMutation(
      ctx,
      { action: 'issueReturnLabel', targetType: 'Return', targetId: input.id },
      (tx) => issueReturnLabel(tx, input),
    );
  }

  @Allow('WAREHOUSE', 'ADMIN')
  @Mutation(() => RecordCarrierScanPayload, {
    description:
      'Records a carrier tracking event by tracking number; the first scan of a LABEL_ISSUED return moves it to IN_TRANSIT, a repeated identical scan changes nothing. Unknown tracking number → NOT_FOUND. WAREHOUSE and ADMIN (tracking integrations use such a user’s API token).',
  })
  recordCarrierScan(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The carrier scan to record.' }) input: RecordCarrierScanInput,
  ): Promise<RecordCarrierScanPayload> {
    return runMutation(
      ctx,
      { action: 'recordCarrierScan', targetType: 'Return', targetId: null },
      (tx) => recordCarrierScan(tx, input),
    );
  }

  @AllowSignedIn()
  @Query(() => [ReturnLabelType], {
    description:
      'The return labels issued for a return, newest first. Unknown return → NOT_FOUND. Any signed-in user.',
  })
  returnLabels(
    @Ctx() ctx: RequestContext,
    @Arg('returnId', () => ID, { description: 'The return (RMA) whose labels to list.' })
    returnId: string,
  ): Promise<ReturnLabelType[]> {
    return listReturnLabels(ctx, returnId);
  }

  @AllowSignedIn()
  @Query(() => [CarrierScanType], {
    description:
      "The carrier's tracking events for a return's labels, newest first. Unknown return → NOT_FOUND. Any signed-in user.",
  })
  carrierScans(
    @Ctx() ctx: RequestContext,
    @Arg('returnId', () => ID, { description: 'The return (RMA) whose tracking history to list.' })
    returnId: string,
  ): Promise<CarrierScanType[]> {
    return listCarrierScans(ctx, returnId);
  }
}
