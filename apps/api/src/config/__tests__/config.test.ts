import { ConfigError, loadConfig } from '../config';

const cwd = '/srv/rebound';

describe('loadConfig', () => {
  test('without DATABASE_URL the API uses the embedded database in .data/pglite on port 4000', () => {
    const config = loadConfig({}, cwd);
    expect(config).toEqual({
      environment: 'development',
      host: '0.0.0.0',
      port: 4000,
      database: { kind: 'embedded', dataDir: '/srv/rebound/.data/pglite' },
      seedDemo: false,
      logLevel: 'info',
    });
  });

  test('DATA_DIR moves the embedded database', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/rebound' }, cwd).database).toEqual({
      kind: 'embedded',
      dataDir: '/var/lib/rebound',
    });
  });

  test('DATA_DIR=memory:// keeps the embedded database in memory', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }, cwd).database).toEqual({
      kind: 'embedded',
      dataDir: 'memory://',
    });
  });

  test('DATABASE_URL selects PostgreSQL and its display name hides the password', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgres://app:s3cret@db.internal:6543/rebound' },
      cwd,
    );
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://app:s3cret@db.internal:6543/rebound',
      displayName: 'db.internal:6543/rebound',
    });
  });

  test.each([
    ['not a URL', 'localhost:5432/rebound', /DATABASE_URL is not a valid URL/],
    ['another scheme', 'mysql://root@localhost/rebound', /must start with postgres:\/\//],
    ['no database name', 'postgres://localhost:5432/', /must name a host and a database/],
  ])('a malformed DATABASE_URL (%s) is refused with what to fix', (_case, url, message) => {
    expect(() => loadConfig({ DATABASE_URL: url }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: url }, cwd)).toThrow(message);
  });

  test.each(['abc', '0', '65536', '80.5', '-1'])('PORT=%s is refused', (port) => {
    expect(() => loadConfig({ PORT: port }, cwd)).toThrow(
      `PORT must be a whole number from 1 to 65535 (got "${port}").`,
    );
  });

  test('NODE_ENV, LOG_LEVEL and SEED_DEMO accept only known values', () => {
    expect(() => loadConfig({ NODE_ENV: 'prod' }, cwd)).toThrow(/NODE_ENV must be one of/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' }, cwd)).toThrow(/LOG_LEVEL must be one of/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' }, cwd)).toThrow(
      /SEED_DEMO must be true or false/,
    );
    expect(
      loadConfig({ SEED_DEMO: 'true', NODE_ENV: 'production', PORT: '8080' }, cwd),
    ).toMatchObject({
      seedDemo: true,
      environment: 'production',
      port: 8080,
    });
  });

  test('every refusal is a single line', () => {
    try {
      loadConfig({ DATABASE_URL: '::::' }, cwd);
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
