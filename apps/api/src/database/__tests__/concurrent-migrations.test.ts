import type { Config } from '../../config/config';
import { createLogger } from '../../server/logger';
import { openDatabase } from '../../server/start';
import { createEmptyDatabase, describeWithServer } from '../../testing/test-database';

describeWithServer('replicas starting together on one PostgreSQL', () => {
  test('migrate one after the other: every migration is applied exactly once', async () => {
    const { config: database, remove } = await createEmptyDatabase();
    const config: Config = {
      environment: 'test',
      host: '127.0.0.1',
      port: 0,
      database,
      seedDemo: false,
      logLevel: 'error',
    };
    try {
      const replicas = await Promise.all(
        [1, 2, 3].map(() => openDatabase(config, createLogger('error'))),
      );
      const first = replicas[0];
      if (first === undefined) throw new Error('no replica started');
      const rows: { name: string; count: number }[] = await first.query(
        'SELECT name, count(*)::int AS count FROM migrations GROUP BY name',
      );
      expect(rows.length).toBe(first.migrations.length);
      expect(rows.every((row) => row.count === 1)).toBe(true);
      await Promise.all(replicas.map((replica) => replica.destroy()));
    } finally {
      await remove();
    }
  });
});
