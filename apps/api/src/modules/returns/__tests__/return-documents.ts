/** The fields of a `Return` the tests read. */
export const RETURN_FIELDS = `
  id rmaNumber status version requestedAt orderId externalOrderId channel currency
  firstResponseDueAt firstResponseAt firstResponseOverdue refundDueAt refundOverdue overdue
  authorizedAt receivedAt completedAt declineReason declineNote resolution replacementOrderId returnless
  customerShippingPaid { amount currency }
  policyVerdict { checkedAt withinWindow acceptedByOverride overrideReason
    lines { orderLineId quantity returnableQuantity withinWindow windowDays lastDay holidayExtended } }
  lines { id orderLineId quantity reasonCode reasonText reasonFault customerComment disposition dispositionOverridden
    inspection { grade fault faultOverridden notes photoUrls inspectedAt inspectedById inspectedByName } }
  returnlessEligibility { eligible threshold { amount currency } lines { returnLineId itemValue { amount currency } fault refusals } }
  timeline { id kind fromStatus toStatus actorId actorName details occurredAt note { id body visibility } }
  notes { id visibility body authorId authorName createdAt }
`;

export interface ReturnView {
  id: string;
  rmaNumber: string;
  status: string;
  version: number;
  requestedAt: string;
  orderId: string;
  externalOrderId: string;
  channel: string;
  currency: string;
  firstResponseDueAt: string;
  firstResponseAt: string | null;
  firstResponseOverdue: boolean;
  refundDueAt: string | null;
  refundOverdue: boolean;
  overdue: boolean;
  authorizedAt: string | null;
  receivedAt: string | null;
  completedAt: string | null;
  declineReason: string | null;
  declineNote: string | null;
  resolution: string | null;
  replacementOrderId: string | null;
  returnless: boolean;
  customerShippingPaid: { amount: number; currency: string } | null;
  policyVerdict: {
    checkedAt: string;
    withinWindow: boolean;
    acceptedByOverride: boolean;
    overrideReason: string | null;
    lines: {
      orderLineId: string;
      quantity: number;
      returnableQuantity: number;
      withinWindow: boolean;
      windowDays: number;
      lastDay: string;
      holidayExtended: boolean;
    }[];
  };
  lines: {
    id: string;
    orderLineId: string;
    quantity: number;
    reasonCode: string;
    reasonText: string;
    reasonFault: string;
    customerComment: string | null;
    disposition: string | null;
    dispositionOverridden: boolean;
    inspection: {
      grade: string;
      fault: string;
      faultOverridden: boolean;
      notes: string | null;
      photoUrls: string[];
      inspectedAt: string;
      inspectedById: string;
      inspectedByName: string;
    } | null;
  }[];
  returnlessEligibility: {
    eligible: boolean;
    threshold: { amount: number; currency: string };
    lines: {
      returnLineId: string;
      itemValue: { amount: number; currency: string };
      fault: string;
      refusals: string[];
    }[];
  } | null;
  timeline: {
    id: string;
    kind: string;
    fromStatus: string | null;
    toStatus: string | null;
    actorId: string | null;
    actorName: string;
    details: string;
    occurredAt: string;
    note: { id: string; body: string; visibility: string } | null;
  }[];
  notes: {
    id: string;
    visibility: string;
    body: string;
    authorId: string;
    authorName: string;
    createdAt: string;
  }[];
}

export const REQUEST_RETURN = `mutation($input: RequestReturnInput!) { requestReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const AUTHORIZE_RETURN = `mutation($input: AuthorizeReturnInput!) { authorizeReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const REJECT_RETURN = `mutation($input: RejectReturnInput!) { rejectReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const CANCEL_RETURN = `mutation($input: CancelReturnInput!) { cancelReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const RECEIVE_RETURN = `mutation($input: ReceiveReturnInput!) { receiveReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const INSPECT_RETURN_LINE = `mutation($input: InspectReturnLineInput!) { inspectReturnLine(input: $input) { ${RETURN_FIELDS} } }`;
export const SET_DISPOSITION = `mutation($input: SetDispositionInput!) { setDisposition(input: $input) { ${RETURN_FIELDS} } }`;
export const COMPLETE_INSPECTION = `mutation($input: CompleteInspectionInput!) { completeInspection(input: $input) { ${RETURN_FIELDS} } }`;
export const RESOLVE_RETURN = `mutation($input: ResolveReturnInput!) { resolveReturn(input: $input) { ${RETURN_FIELDS} } }`;
export const RESOLVE_RETURNLESS = `mutation($input: ResolveReturnlessInput!) { resolveReturnless(input: $input) { ${RETURN_FIELDS} } }`;
export const ADD_NOTE = `mutation($input: AddNoteInput!) { addNote(input: $input) { ${RETURN_FIELDS} } }`;
export const RETURN_BY_ID = `query($id: ID!) { return(id: $id) { ${RETURN_FIELDS} } }`;
export const RETURN_BY_RMA = `query($rma: String!) { returnByRma(rmaNumber: $rma) { ${RETURN_FIELDS} } }`;
