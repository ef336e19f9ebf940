import { getMetadataStorage } from 'type-graphql';
import { accessRuleOf } from '../../../common/auth/allow';
import { buildReboundSchema } from '../../../schema/build-schema';
import { resolvers } from '../../../schema/resolvers';

test('every query and mutation declares who may call it', async () => {
  await buildReboundSchema();
  const storage = getMetadataStorage();
  const registered = new Set<unknown>(resolvers);
  const operations = [...storage.queries, ...storage.mutations].filter((operation) =>
    registered.has(operation.target),
  );
  expect(operations.length).toBeGreaterThan(0);
  const undeclared = operations
    .filter((operation) => accessRuleOf(operation.target, operation.methodName) === undefined)
    .map((operation) => `${operation.target.name}.${operation.methodName}`);
  expect(undeclared).toEqual([]);
});
