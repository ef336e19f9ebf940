# syntax=docker/dockerfile:1
#
# Rebound console (@rebound/console) image: the Vite build served by nginx, which also proxies
# the API paths (/graphql, /health, /labels/, /exports/, /auth/) to the `api` service.
# The build context is the repository root:
#   docker build -f docker/console.Dockerfile -t rebound-console .
# docker/compose.yaml builds it with `context: ..`. Ignore rules: console.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:20-bookworm-slim
# nginx >= 1.27.3: console.conf uses `resolve` in its upstream (re-resolves the API replicas).
ARG NGINX_IMAGE=nginx:1.27-alpine

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# pnpm from the npm registry, pinned to the root package.json's "packageManager".
# Not corepack: its signature checks fail on some registries.
RUN npm install --global --no-audit --no-fund --no-update-notifier pnpm@10.34.9
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1
WORKDIR /repo

# ---------------------------------------------------------------------------------------------
FROM base AS deps
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=rebound-pnpm-store,target=/pnpm/store \
    pnpm fetch --store-dir=/pnpm/store

# ---------------------------------------------------------------------------------------------
FROM deps AS build
COPY . .
# --prefer-offline: see api.Dockerfile (survives a pruned cache mount).
RUN --mount=type=cache,id=rebound-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prefer-offline --store-dir=/pnpm/store
# graphql-codegen (from packages/schema/schema.graphql), tsc --noEmit, vite build -> dist/.
RUN --mount=type=cache,id=rebound-turbo-console,target=/repo/.turbo/cache \
    pnpm exec turbo run build --filter=@rebound/console

# ---------------------------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime
# Replaces the image's default server; included inside nginx.conf's http {} block.
COPY docker/nginx/console.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/apps/console/dist /usr/share/nginx/html
EXPOSE 80
# busybox wget ships with alpine; the SPA shell answers without the API.
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/"]
