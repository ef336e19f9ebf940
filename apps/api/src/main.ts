import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { DEMO_PASSWORD } from './seed/demo-data';
import { createLogger } from './server/logger';
import { startRebound } from './server/start';
import { StartupError } from './server/startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const where =
    config.database.kind === 'embedded'
      ? `embedded database in ${config.database.dataDir}`
      : `PostgreSQL at ${config.database.displayName}`;
  logger.info(`starting on the ${where}`);
  const rebound = await startRebound(config, logger);

  logger.info(`GraphQL API ready at ${rebound.url}/graphql (health: ${rebound.url}/health)`);
  if (rebound.seed !== null) {
    logger.info(
      rebound.seed.created ? 'demo data loaded' : 'demo data already present, left as it is',
    );
    logger.info(`demo logins (password "${DEMO_PASSWORD}" for all):`);
    for (const user of rebound.seed.logins)
      logger.info(`  ${user.roles.join('+').padEnd(16)} ${user.email}`);
  }

  const shutdown = (signal: string): void => {
    logger.info(`${signal} received, shutting down`);
    rebound.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(`rebound: ${error.message}`);
  } else {
    console.error('rebound: unexpected failure during start', error);
  }
  process.exit(1);
});
