import type { Queryable } from '../catalog/siblings';
import type { LocationType } from './location.type';

/** The columns of `locations l` under their GraphQL names. */
export const LOCATION_COLUMNS = `
  l.id, l.code, l.name, l.kind, l.supplier_id AS "supplierId", l.address_line1 AS "addressLine1",
  l.address_line2 AS "addressLine2", l.city, l.region, l.postal_code AS "postalCode",
  l.country_code AS "countryCode"`;

/** The same columns as one JSON object, to embed a location in another row. */
export const LOCATION_JSON = `json_build_object(
  'id', l.id, 'code', l.code, 'name', l.name, 'kind', l.kind, 'supplierId', l.supplier_id,
  'addressLine1', l.address_line1, 'addressLine2', l.address_line2, 'city', l.city,
  'region', l.region, 'postalCode', l.postal_code, 'countryCode', l.country_code)`;

/** Every location: the returns centre first, then supplier warehouses by code. */
export function listLocations(db: Queryable): Promise<LocationType[]> {
  return db.query(
    `SELECT ${LOCATION_COLUMNS} FROM locations l ORDER BY l.kind = 'RETURNS_CENTRE' DESC, l.code`,
  );
}

/** Locations by id, in one query. */
export async function locationsById(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, LocationType>> {
  const rows: LocationType[] = await db.query(
    `SELECT ${LOCATION_COLUMNS} FROM locations l WHERE l.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Each supplier's return address: its warehouse (the first by code if it has several). */
export async function returnAddressesBySupplier(
  db: Queryable,
  supplierIds: readonly string[],
): Promise<Map<string, LocationType>> {
  const rows: LocationType[] = await db.query(
    `SELECT DISTINCT ON (l.supplier_id) ${LOCATION_COLUMNS} FROM locations l
     WHERE l.kind = 'SUPPLIER_WAREHOUSE' AND l.supplier_id = ANY($1::uuid[])
     ORDER BY l.supplier_id, l.code`,
    [[...new Set(supplierIds)]],
  );
  return new Map(rows.flatMap((row) => (row.supplierId === null ? [] : [[row.supplierId, row]])));
}
