#!/usr/bin/env bash
# Starts (or stops) the services the integration tests need, on loopback only:
#   - dockerd on unix:///var/run/docker.sock (left alone when one already answers)
#   - a registry on 127.0.0.1:5000 without auth
#   - a registry on 127.0.0.1:5001 with htpasswd (bcrypt) basic auth
# Both registries are Debian's docker-registry. dockerd treats 127.0.0.0/8 as
# an insecure registry range by default, so plain HTTP on loopback works.
#
# `start` is idempotent and writes the addresses and the test credentials to
# $ML_ACTIONS_SERVICES_ENV (default /tmp/ml-actions-services.env), which tests
# read. `stop` stops only what `start` started (pids recorded in $STATE_DIR).
set -euo pipefail

STATE_DIR="${ML_ACTIONS_SERVICES_DIR:-/tmp/ml-actions-services}"
ENV_FILE="${ML_ACTIONS_SERVICES_ENV:-/tmp/ml-actions-services.env}"
SOCKET=/var/run/docker.sock
PLAIN_ADDR=127.0.0.1:5000
AUTH_ADDR=127.0.0.1:5001
REGISTRY_USER=mlactions

log() { printf 'services: %s\n' "$*" >&2; }

need_packages() {
  local missing=()
  command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
  command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
  command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ "${#missing[@]}" -eq 0 ]; then return; fi
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when apt cannot find a candidate.
  if ! apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

engine_up() { curl -fsS --max-time 2 --unix-socket "$SOCKET" http://localhost/_ping >/dev/null 2>&1; }

registry_up() { # 200 (open) or 401 (auth) both mean it answers
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://$1/v2/" || true)
  [ "$code" = 200 ] || [ "$code" = 401 ]
}

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 10))); do
    if "$@"; then return 0; fi
    sleep 0.1
  done
  log "$what did not come up in ${seconds}s"
  return 1
}

start_dockerd() {
  if engine_up; then
    log "dockerd already answers on $SOCKET (not started by this script)"
    return
  fi
  log "starting dockerd"
  nohup dockerd --host "unix://$SOCKET" >"$STATE_DIR/dockerd.log" 2>&1 &
  echo $! >"$STATE_DIR/dockerd.pid"
  wait_for dockerd 60 engine_up || { tail -20 "$STATE_DIR/dockerd.log" >&2; exit 1; }
}

start_registry() { # name, address, with-auth
  local name=$1 addr=$2 auth=$3 dir="$STATE_DIR/$1"
  if alive "$STATE_DIR/$name.pid" && registry_up "$addr"; then
    log "registry $name already running on $addr"
    return
  fi
  if registry_up "$addr"; then
    log "something else already serves $addr; refusing to start registry $name"
    exit 1
  fi
  mkdir -p "$dir/data"
  {
    echo "version: 0.1"
    echo "log: { level: warn }"
    echo "storage:"
    echo "  filesystem: { rootdirectory: $dir/data }"
    echo "  delete: { enabled: true }"
    echo "http:"
    echo "  addr: $addr"
    echo "  secret: $(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    if [ "$auth" = yes ]; then
      echo "auth:"
      echo "  htpasswd: { realm: ml-actions-test, path: $STATE_DIR/htpasswd }"
    fi
  } >"$dir/config.yml"
  log "starting registry $name on $addr"
  nohup docker-registry serve "$dir/config.yml" >"$STATE_DIR/$name.log" 2>&1 &
  echo $! >"$STATE_DIR/$name.pid"
  wait_for "registry $name" 30 registry_up "$addr" || { tail -20 "$STATE_DIR/$name.log" >&2; exit 1; }
}

start() {
  mkdir -p "$STATE_DIR"
  need_packages
  start_dockerd
  if [ ! -s "$STATE_DIR/password" ]; then
    head -c 18 /dev/urandom | base64 | tr -d '/+=\n' >"$STATE_DIR/password"
    chmod 600 "$STATE_DIR/password"
  fi
  local password
  password=$(cat "$STATE_DIR/password")
  htpasswd -Bbc "$STATE_DIR/htpasswd" "$REGISTRY_USER" "$password" 2>/dev/null
  start_registry registry-plain "$PLAIN_ADDR" no
  start_registry registry-auth "$AUTH_ADDR" yes
  umask 077
  cat >"$ENV_FILE" <<ENV
DOCKER_HOST=unix://$SOCKET
ML_ACTIONS_REGISTRY=$PLAIN_ADDR
ML_ACTIONS_AUTH_REGISTRY=$AUTH_ADDR
ML_ACTIONS_REGISTRY_USER=$REGISTRY_USER
ML_ACTIONS_REGISTRY_PASSWORD=$password
ENV
  log "ready: engine unix://$SOCKET, registries $PLAIN_ADDR (open) and $AUTH_ADDR (user $REGISTRY_USER); env in $ENV_FILE"
}

stop_one() {
  local pidfile="$STATE_DIR/$1.pid"
  if alive "$pidfile"; then
    log "stopping $1"
    kill "$(cat "$pidfile")"
    for _ in $(seq 1 100); do alive "$pidfile" || break; sleep 0.1; done
  fi
  rm -f "$pidfile"
}

stop() {
  [ -d "$STATE_DIR" ] || return 0
  stop_one registry-auth
  stop_one registry-plain
  stop_one dockerd
  rm -f "$ENV_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
