import type { DataSource } from 'typeorm';

/** What every resolver and service receives first: who asks, and through which database. */
export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
}
