#!/usr/bin/env bash
# Lints docker/: the Dockerfiles, the compose file and the nginx config. Needs no Docker engine.
# Run from anywhere (normally the repository root): bash docker/lint.sh
# Exits non-zero when any check finds a problem. Linters come from npm via npx, pinned:
#   dockerfile-utils  the Dockerfile validator behind VS Code's Docker support (syntax, flags,
#                     instruction arguments; knows BuildKit's RUN --mount)
#   dclint            compose file: JSON-schema validation against the Compose Specification,
#                     plus best-practice rules
#   nginx-linter      nginx config style
# and, when installed, `nginx -t` (real syntax check), `docker compose config` and shellcheck.
# (hadolint is not packaged by Debian or npm; dockerfilelint is unmaintained and misreads
# multi-stage builds and HEALTHCHECK flags.)
set -uo pipefail

DOCKERFILE_UTILS="dockerfile-utils@0.16.3"
DCLINT="dclint@3.1.0"
NGINX_LINTER="nginx-linter@0.7.0"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/.." || exit 2
export npm_config_loglevel=error npm_config_update_notifier=false

failed=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

step() { printf '\n== %s\n' "$*"; }
pass() { printf 'ok\n'; }
fail() { printf 'FAILED: %s\n' "$*"; failed=1; }
skip() { printf 'skipped: %s\n' "$*"; }

# --- Dockerfiles ---------------------------------------------------------------------------
# dockerfile-utils exits 0 on warnings, so any output at all counts as a problem.
for dockerfile in docker/api.Dockerfile docker/console.Dockerfile; do
  step "dockerfile-utils lint $dockerfile"
  if out="$(npx -y "$DOCKERFILE_UTILS" lint "$dockerfile" 2>&1)" && [ -z "$out" ]; then
    pass
  else
    printf '%s\n' "$out"
    fail "$dockerfile"
  fi
  ignore="$dockerfile.dockerignore"
  step "$ignore exists"
  if [ -s "$ignore" ]; then pass; else fail "$ignore is missing (BuildKit reads it beside the Dockerfile)"; fi
done

# Every path the Dockerfiles COPY from the build context (the repository root) must exist.
step "COPY sources exist in the build context"
missing=0
while read -r source; do
  [ -e "$source" ] || { printf 'missing: %s\n' "$source"; missing=1; }
done < <(grep -hE '^COPY ' docker/api.Dockerfile docker/console.Dockerfile | grep -v -- '--from=' |
  awk '{ for (i = 2; i < NF; i++) if ($i !~ /^--/) print $i }' | sort -u)
if [ "$missing" -eq 0 ]; then pass; else fail "COPY sources"; fi

# --- compose -------------------------------------------------------------------------------
# services-alphabetical-order is off: the services are listed in start order on purpose.
step "dclint docker/compose.yaml"
if npx -y "$DCLINT" docker/compose.yaml --max-warnings 0 --color false \
  --disable-rule services-alphabetical-order; then
  pass
else
  fail "docker/compose.yaml"
fi

step "docker compose config -q"
if docker compose version >/dev/null 2>&1; then
  if docker compose -f docker/compose.yaml config -q; then pass; else fail "docker compose config"; fi
else
  skip "no docker compose plugin here (the schema check above still ran)"
fi

# --- nginx ---------------------------------------------------------------------------------
step "nginx-linter docker/nginx/console.conf"
if npx -y "$NGINX_LINTER" --no-follow-includes --include docker/nginx/console.conf; then
  pass
else
  fail "docker/nginx/console.conf (style)"
fi

# nginx -t on the config as the nginx image includes it (inside http {}). Outside Docker the
# `api` name does not resolve, and nginx before 1.27.3 lacks `server ... resolve`, so on such
# an nginx the upstream line is swapped for a loopback address; everything else is checked as is.
step "nginx -t docker/nginx/console.conf"
if command -v nginx >/dev/null 2>&1; then
  version="$(nginx -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')"
  mkdir -p "$tmp/nginx/conf.d"
  if [ "$(printf '%s\n' 1.27.3 "$version" | sort -V | head -n 1)" = 1.27.3 ]; then
    cp docker/nginx/console.conf "$tmp/nginx/conf.d/default.conf"
  else
    sed 's|server api:4000 resolve|server 127.0.0.1:4000|' docker/nginx/console.conf \
      >"$tmp/nginx/conf.d/default.conf"
  fi
  mime=""
  [ -f /etc/nginx/mime.types ] && mime="include /etc/nginx/mime.types;"
  cat >"$tmp/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 64; }
http {
    $mime
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    include $tmp/nginx/conf.d/*.conf;
}
EOF
  if nginx -t -q -e "$tmp/nginx/error.log" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf"; then
    printf 'ok (nginx %s)\n' "$version"
  else
    fail "nginx -t"
  fi
else
  skip "nginx is not installed (apt-get install nginx-light adds this check)"
fi

# --- this script ---------------------------------------------------------------------------
step "shellcheck docker/lint.sh"
if command -v shellcheck >/dev/null 2>&1; then
  if shellcheck docker/lint.sh; then pass; else fail "docker/lint.sh"; fi
else
  skip "shellcheck is not installed"
fi

if [ "$failed" -ne 0 ]; then
  printf '\ndocker lint: problems found\n'
  exit 1
fi
printf '\ndocker lint: clean\n'
