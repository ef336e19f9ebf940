// The breaking-change gate: packages/schema/schema.graphql against main's (see README).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBreakingChanges } from '../src/contract/breaking';
import { findBaseSchema, gitIn } from '../src/contract/base-schema';
import { schemaPath } from '../src/sdl';

const base = findBaseSchema(gitIn(path.resolve(__dirname, '..')));
if (base.kind === 'skip') {
  console.log(`check:breaking skipped: ${base.reason}`);
  process.exit(0);
}

// `--schema <file>` checks another SDL (a candidate) instead of the committed one.
const flag = process.argv.indexOf('--schema');
const candidate = flag >= 0 ? path.resolve(process.argv[flag + 1] ?? '') : schemaPath;
const report = checkBreakingChanges(base.sdl, readFileSync(candidate, 'utf8'));
for (const change of report.changes.filter((change) => change.allowed)) {
  console.log(
    `allowed (deprecated on ${base.ref}: "${change.deprecationReason ?? ''}"): ${change.description}`,
  );
}
if (report.refused.length > 0) {
  console.error(`check:breaking: ${report.refused.length} breaking change(s) against ${base.ref}:`);
  for (const change of report.refused) {
    const hint =
      change.deprecationReason === null
        ? 'deprecate it on main first with @deprecated(reason: "Use `…` instead.")'
        : `its deprecation reason "${change.deprecationReason}" names no replacement`;
    console.error(`  ✗ ${change.description} (${change.type}; ${hint})`);
  }
  console.error(
    'Clients built against main would break. Keep the old field, deprecate it naming its replacement, ship that, then remove it.',
  );
  process.exit(1);
}
console.log(
  `check:breaking: no unannounced breaking change against ${base.ref} (${report.changes.length} announced).`,
);
