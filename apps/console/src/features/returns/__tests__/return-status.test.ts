import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import {
  byReturnLifecycle,
  isClosedReturnStatus,
  RETURN_STATUS_LIFECYCLE,
  ReturnStatus,
  returnStatusDescription,
  returnStatusLabel,
} from '../return-status';

const generatedStatuses = Object.values(ReturnStatus);

describe('return status labels', () => {
  it.each(generatedStatuses)('gives %s a human label and description', (status) => {
    expect(returnStatusLabel(status)).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    expect(returnStatusDescription(status)).not.toBe('');
  });

  it('labels the multi-word statuses in sentence case', () => {
    expect(returnStatusLabel('LABEL_ISSUED')).toBe('Label issued');
    expect(returnStatusLabel('IN_TRANSIT')).toBe('In transit');
  });

  it('covers every status of the committed schema, so a new status fails here until labelled', () => {
    const sdl = readFileSync(require.resolve('@rebound/schema/schema.graphql'), 'utf8');
    const type = buildSchema(sdl).getType('ReturnStatus');
    if (!(type instanceof GraphQLEnumType))
      throw new Error('ReturnStatus is not an enum in the schema');
    const schemaStatuses = type.getValues().map((value) => value.value as string);
    expect([...generatedStatuses].sort()).toEqual([...schemaStatuses].sort());
  });
});

describe('return lifecycle order', () => {
  it('lists every status exactly once', () => {
    expect(new Set(RETURN_STATUS_LIFECYCLE).size).toBe(RETURN_STATUS_LIFECYCLE.length);
    expect([...RETURN_STATUS_LIFECYCLE].sort()).toEqual([...generatedStatuses].sort());
  });

  it('follows a return from request to completion, then the dead ends', () => {
    expect(RETURN_STATUS_LIFECYCLE).toEqual([
      'REQUESTED',
      'AUTHORIZED',
      'LABEL_ISSUED',
      'IN_TRANSIT',
      'RECEIVED',
      'INSPECTED',
      'COMPLETED',
      'REJECTED',
      'CANCELLED',
    ]);
  });

  it('sorts items by lifecycle without mutating the input', () => {
    const items = [
      { status: 'CANCELLED' },
      { status: 'IN_TRANSIT' },
      { status: 'REQUESTED' },
    ] as const;
    const sorted = byReturnLifecycle(items);
    expect(sorted.map((item) => item.status)).toEqual(['REQUESTED', 'IN_TRANSIT', 'CANCELLED']);
    expect(items[0].status).toBe('CANCELLED');
  });

  it('treats only completed, rejected and cancelled returns as closed', () => {
    const closed = generatedStatuses.filter(isClosedReturnStatus).sort();
    expect(closed).toEqual(['CANCELLED', 'COMPLETED', 'REJECTED']);
  });
});
