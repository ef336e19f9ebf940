import { describeAccessTable } from '../../../testing/access-table';

const ID = '00000000-0000-4000-8000-000000000000';
const SUPPORT_DESK = ['SUPPORT', 'ADMIN'] as const;
const WAREHOUSE_FLOOR = ['WAREHOUSE', 'ADMIN'] as const;

describeAccessTable('returns lifecycle: support desk, warehouse floor and notes', [
  { operation: 'return', document: `{ return(id: "${ID}") { id } }`, allowed: 'signed-in' },
  {
    operation: 'returnByRma',
    document: '{ returnByRma(rmaNumber: "RMA-000000") { id } }',
    allowed: 'signed-in',
  },
  { operation: 'returnPolicy', document: '{ returnPolicy { windowDays } }', allowed: 'signed-in' },
  {
    operation: 'requestReturn',
    document: `mutation { requestReturn(input: { orderId: "${ID}", lines: [{ orderLineId: "${ID}", quantity: 1, reasonCode: DEFECTIVE }] }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'authorizeReturn',
    document: `mutation { authorizeReturn(input: { id: "${ID}" }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'rejectReturn',
    document: `mutation { rejectReturn(input: { id: "${ID}", declineReason: DUPLICATE_REQUEST }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'cancelReturn',
    document: `mutation { cancelReturn(input: { id: "${ID}", reason: "probe" }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'resolveReturn',
    document: `mutation { resolveReturn(input: { id: "${ID}", resolution: REPLACEMENT, replacementOrderId: "R-1" }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'resolveReturnless',
    document: `mutation { resolveReturnless(input: { id: "${ID}" }) { id } }`,
    allowed: SUPPORT_DESK,
  },
  {
    operation: 'receiveReturn',
    document: `mutation { receiveReturn(input: { id: "${ID}" }) { id } }`,
    allowed: WAREHOUSE_FLOOR,
  },
  {
    operation: 'inspectReturnLine',
    document: `mutation { inspectReturnLine(input: { returnLineId: "${ID}", grade: NEW }) { id } }`,
    allowed: WAREHOUSE_FLOOR,
  },
  {
    operation: 'setDisposition',
    document: `mutation { setDisposition(input: { returnLineId: "${ID}", disposition: DISPOSE, reason: "probe" }) { id } }`,
    allowed: WAREHOUSE_FLOOR,
  },
  {
    operation: 'completeInspection',
    document: `mutation { completeInspection(input: { id: "${ID}" }) { id } }`,
    allowed: WAREHOUSE_FLOOR,
  },
  {
    operation: 'addNote',
    document: `mutation { addNote(input: { returnId: "${ID}", visibility: INTERNAL, body: "probe" }) { id } }`,
    allowed: 'signed-in',
  },
]);
