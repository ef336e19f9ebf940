import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config';
import type { RequestContext } from '../context';
import type { Logger } from './logger';
import { armorRules } from './armor';
import { formatError } from './format-error';
import { healthHandler } from './health';
import {
  trustedDocumentsFor,
  trustedDocumentsMiddleware,
  type TrustedDocuments,
} from './trusted-documents';
import { authenticate } from '../modules/auth/authenticate';
import {
  amazonExportHandler,
  amazonImportHandler,
} from '../modules/amazon-reports/amazon-reports.routes';
import { labelDownloadHandler } from '../modules/labels/label-download.route';
import { refundExportHandler } from '../modules/reports/refund-export.route';

export interface AppDependencies {
  config: Config;
  dataSource: DataSource;
  schema: GraphQLSchema;
  logger: Logger;
  /** The console's trusted documents; by default TRUSTED_DOCUMENTS_FILE or @rebound/schema's. */
  trustedDocuments?: TrustedDocuments | null;
}

export interface ReboundApp {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

const JSON_BODY_LIMIT = '100kb';

/** Wires Express 5 and Apollo Server 5: /health and /graphql. Call `apollo.stop()` on shutdown. */
export async function createApp({
  config,
  dataSource,
  schema,
  logger,
  trustedDocuments = trustedDocumentsFor(config.environment),
}: AppDependencies): Promise<ReboundApp> {
  const production = config.environment === 'production';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armorRules(),
    formatError: formatError((error) => {
      logger.error('unexpected error in a GraphQL operation', error);
    }),
    plugins: [
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind the console's proxy: trust its X-Forwarded-Proto so Secure cookies work over HTTPS.
  app.set('trust proxy', 1);
  app.get('/health', healthHandler(dataSource, config.database.kind));
  app.get('/labels/:file', labelDownloadHandler(dataSource));
  app.get('/exports/refunds.csv', refundExportHandler(dataSource));
  app.post('/imports/amazon-returns', amazonImportHandler(dataSource));
  app.get('/exports/amazon-returns.tsv', amazonExportHandler(dataSource));
  app.use(
    '/graphql',
    express.json({ limit: JSON_BODY_LIMIT }),
    trustedDocumentsMiddleware({
      documents: trustedDocuments,
      enforce: production,
      dataSource,
      logger,
    }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => ({
        requestId: req.get('x-request-id') ?? randomUUID(),
        dataSource,
        ...(await authenticate(dataSource, req)),
        http: { request: req, response: res },
      }),
    }),
  );
  return { app, apollo };
}
