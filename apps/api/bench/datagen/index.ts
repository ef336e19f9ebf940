/**
 * The benchmark dataset generator, for every benchmark: generate (seeded, deterministic, time
 * ordered), load with COPY (PostgreSQL) or multi-row INSERT (PGlite, tests). The generator
 * itself lives in src/modules/analytics/datagen so that the API's tests can use it too.
 */
export {
  DEFAULT_OPTIONS,
  L_SIZES,
  generateDataset,
  type DatasetOptions,
  type TableRows,
} from '../../src/modules/analytics/datagen/generate';
export { insertDataset } from '../../src/modules/analytics/datagen/insert-dataset';
export { copyDataset } from './load';
export { parseScale } from './scale';
export { loadBenchDatabase } from './cli';
