import type { EntityManager } from 'typeorm';

/** The customer an order belongs to, after the upsert. */
export interface CustomerRef {
  id: string;
  email: string;
  name: string;
}

/**
 * Finds the customer by (lower-case) email, creating it or updating its name as needed; a repeat
 * with the same name writes nothing. ON CONFLICT makes two imports of a new customer meet safely.
 */
export async function upsertCustomer(
  manager: EntityManager,
  customer: { email: string; name: string },
): Promise<CustomerRef> {
  await manager.query(
    'INSERT INTO customers (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING',
    [customer.email, customer.name],
  );
  const rows: CustomerRef[] = await manager.query(
    'SELECT id, email, name FROM customers WHERE email = $1 FOR UPDATE',
    [customer.email],
  );
  const found = rows[0];
  if (found === undefined) throw new Error(`customer ${customer.email} vanished during the upsert`);
  if (found.name === customer.name) return found;
  await manager.query('UPDATE customers SET name = $2 WHERE id = $1', [found.id, customer.name]);
  return { ...found, name: customer.name };
}
