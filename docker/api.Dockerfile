# syntax=docker/dockerfile:1
#
# Rebound API (@rebound/api) image. The build context is the repository root:
#   docker build -f docker/api.Dockerfile -t rebound-api .
# docker/compose.yaml builds it with `context: ..`. Ignore rules: api.Dockerfile.dockerignore.
#
# Stages: base (Node + pinned pnpm) -> deps (pnpm fetch into a cache mount)
#         -> build (offline install, turbo build, pnpm deploy) -> runtime (prod deps only).

# Debian (glibc), not alpine: argon2 ships prebuilt glibc binaries in its npm package.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# pnpm from the npm registry, pinned to the root package.json's "packageManager" (pnpm then
# has no reason to switch versions). Not corepack: its signature checks fail on some registries.
RUN npm install --global --no-audit --no-fund --no-update-notifier pnpm@10.34.9
# CI=true: non-interactive pnpm (no prompts, frozen lockfile). The pnpm store lives in a
# BuildKit cache mount at /pnpm/store; every pnpm command below names it explicitly.
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
FROM base AS deps
# Only the lockfile and workspace settings: this layer (the downloads) stays cached until the
# lockfile changes, whatever happens to the sources.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=rebound-pnpm-store,target=/pnpm/store \
    pnpm fetch --store-dir=/pnpm/store

# ---------------------------------------------------------------------------------------------
FROM deps AS build
COPY . .
# --prefer-offline (not --offline): the packages normally come from the cache mount filled by
# `pnpm fetch`, but if that cache was pruned while the fetch layer stayed cached, pnpm downloads
# what is missing instead of failing.
RUN --mount=type=cache,id=rebound-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prefer-offline --store-dir=/pnpm/store
# The API and what it depends on (turbo's ^build: @rebound/domain first).
RUN --mount=type=cache,id=rebound-turbo-api,target=/repo/.turbo/cache \
    pnpm exec turbo run build --filter=@rebound/api
# A self-contained copy of the API with production dependencies only, in /out.
# pnpm 10's default deploy requires inject-workspace-packages=true. This repository does not
# set it, and the lockfile records that setting: turning it on only here fails the frozen
# install (ERR_PNPM_LOCKFILE_CONFIG_MISMATCH). So we use the legacy deploy, which pnpm's docs
# name for exactly this case (`--legacy`, or force-legacy-deploy=true): it copies apps/api's files
# (including the dist/ built above), installs its production dependencies from the store, and
# copies workspace dependencies (@rebound/domain, with its built dist/; @rebound/schema, whose
# trusted-documents.json is the production allow-list of operations) into node_modules.
# The legacy deploy skips files matched by an apps/api/.gitignore (or outside a "files" list),
# so check that the build output made it; then drop what only development needs.
RUN --mount=type=cache,id=rebound-pnpm-store,target=/pnpm/store \
    pnpm --filter=@rebound/api deploy --prod --legacy --prefer-offline --store-dir=/pnpm/store /out \
 && test -f /out/dist/main.js && test -f /out/node_modules/@rebound/domain/dist/index.js \
 && test -f /out/node_modules/@rebound/schema/trusted-documents.json \
 && rm -rf /out/src /out/.turbo /out/tsconfig.json /out/tsconfig.build.json \
           /out/jest.config.js /out/eslint.config.js

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data/pglite
WORKDIR /app
# Owned by root and read-only to the `node` user that runs the API.
COPY --from=build /out ./
# The embedded database (used only when DATABASE_URL is unset) lives in the /data volume.
# Created and handed to `node` before VOLUME, which would discard later changes.
RUN mkdir -p /data/pglite && chown -R node:node /data
VOLUME ["/data"]
USER node
EXPOSE 4000
# No curl in slim images: Node's own fetch. 200 from /health means the database answers.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start. main.js handles SIGTERM/SIGINT itself (graceful shutdown).
CMD ["node", "--enable-source-maps", "dist/main.js"]
