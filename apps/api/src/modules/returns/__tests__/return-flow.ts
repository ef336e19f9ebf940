import type { TestDatabase } from '../../../testing/test-database';
import type { TestClient } from '../../../testing/test-server';
import {
  AUTHORIZE_RETURN,
  COMPLETE_INSPECTION,
  INSPECT_RETURN_LINE,
  RECEIVE_RETURN,
  REQUEST_RETURN,
  type ReturnView,
} from './return-documents';
import { issueLabel, type ReturnsWorld } from './return-fixtures';

export interface Team {
  support: TestClient;
  supportId: string;
  warehouse: TestClient;
  finance: TestClient;
  admin: TestClient;
}

/** The lifecycle steps as the support desk and the warehouse call them over HTTP. */
export function returnFlow(database: TestDatabase, world: ReturnsWorld, team: Team) {
  const request = async (input: Record<string, unknown>): Promise<ReturnView> =>
    (await team.support.data<{ requestReturn: ReturnView }>(REQUEST_RETURN, { input }))
      .requestReturn;
  const authorize = async (id: string): Promise<ReturnView> =>
    (await team.support.data<{ authorizeReturn: ReturnView }>(AUTHORIZE_RETURN, { input: { id } }))
      .authorizeReturn;
  const receive = async (id: string): Promise<ReturnView> =>
    (await team.warehouse.data<{ receiveReturn: ReturnView }>(RECEIVE_RETURN, { input: { id } }))
      .receiveReturn;
  const inspect = async (
    returnLineId: string,
    grade: string,
    extra: Record<string, unknown> = {},
  ): Promise<ReturnView> =>
    (
      await team.warehouse.data<{ inspectReturnLine: ReturnView }>(INSPECT_RETURN_LINE, {
        input: { returnLineId, grade, ...extra },
      })
    ).inspectReturnLine;
  const complete = async (id: string): Promise<ReturnView> =>
    (
      await team.warehouse.data<{ completeInspection: ReturnView }>(COMPLETE_INSPECTION, {
        input: { id },
      })
    ).completeInspection;
  /** Request → authorize → label → receive. */
  const toReceived = async (input: Record<string, unknown>): Promise<ReturnView> => {
    const requested = await request(input);
    await authorize(requested.id);
    await issueLabel(database, team.support, team.supportId, requested.id, world.centre);
    return receive(requested.id);
  };
  return { request, authorize, receive, inspect, complete, toReceived };
}

/** A request for `quantity` units of one order line. */
export const oneLine = (
  orderId: string,
  orderLineId: string,
  reasonCode: string,
  quantity = 1,
): Record<string, unknown> => ({
  orderId,
  lines: [{ orderLineId, quantity, reasonCode }],
});

/** Where the parcel was received: the label's ship-to location. */
export async function receivingLocation(database: TestDatabase, returnId: string): Promise<string> {
  const [label] = await database.dataSource.query<{ id: string }[]>(
    'SELECT ship_to_location_id AS id FROM return_labels WHERE return_id = $1',
    [returnId],
  );
  if (label === undefined) throw new Error(`return ${returnId} has no label`);
  return label.id;
}

/** The stock movements a return's lines booked. */
export async function movementsOf(database: TestDatabase, returnId: string) {
  return database.dataSource.query<
    {
      kind: string;
      units: number;
      sellableDelta: number;
      quarantineDelta: number;
      supplierId: string | null;
      locationId: string;
      returnLineId: string;
    }[]
  >(
    `SELECT m.kind, m.units, m.sellable_delta AS "sellableDelta", m.quarantine_delta AS "quarantineDelta",
            m.supplier_id AS "supplierId", m.location_id AS "locationId", m.return_line_id AS "returnLineId"
       FROM stock_movements m JOIN return_lines rl ON rl.id = m.return_line_id
      WHERE rl.return_id = $1`,
    [returnId],
  );
}
