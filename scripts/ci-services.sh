#!/usr/bin/env bash
# The services the end-to-end tests need, installed from Debian and started in the background:
#   - a Docker engine (`docker.io`): vfs storage, no bridge and no iptables, so it runs inside a CI
#     VM or container without kernel extras; builds and runs use `--network host`;
#   - an image registry (`docker-registry`) on 127.0.0.1:5000, with this repo's config and its
#     storage in a fresh temporary folder;
#   - `debootstrap` (the tests build their own base image: no Docker Hub here) and `htpasswd`
#     (the login test's registry).
#
#   scripts/ci-services.sh [start]   install what is missing, start what is not answering
#   scripts/ci-services.sh stop      stop exactly the processes an earlier start recorded
#   scripts/ci-services.sh status    what answers, and the recorded process ids
#
# Idempotent: a second start finds everything installed and answering and returns at once. Process
# ids go to $FPD_SERVICES_DIR/pids (default .cache/ci-services/ in the repo), one "name pid" a line;
# an engine or registry that was already answering is used as it is and not recorded, so stop never
# touches what this script did not start.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
state="${FPD_SERVICES_DIR:-$repo/.cache/ci-services}"
pids="$state/pids"
registry_addr="127.0.0.1:5000"
packages=(docker.io docker-registry debootstrap apache2-utils curl ca-certificates jq)

log() { printf '== ci-services: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  log "installing ${missing[*]}"
  as_root apt-get update -q
  # Package scripts try to start the services through init; there is no init to start them here,
  # and this script starts them itself with its own flags.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

engine_answers() { docker info >/dev/null 2>&1; }
registry_answers() { curl -fsS -o /dev/null --max-time 2 "http://$registry_addr/v2/" 2>/dev/null; }

record() { printf '%s %s\n' "$1" "$2" >>"$pids"; }

# Waits for a check to pass, or fails naming the log to read.
wait_for() {
  local what="$1" check="$2" pid="$3" logfile="$4" deadline=$((SECONDS + 90))
  until "$check"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "$what exited while starting; last lines of $logfile:"
      tail -n 30 "$logfile" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "$what did not answer within 90 s; last lines of $logfile:"
      tail -n 30 "$logfile" >&2
      exit 1
    fi
    sleep 0.5
  done
}

start_engine() {
  if engine_answers; then
    log "docker engine already answering"
    return
  fi
  local logfile="$state/dockerd.log"
  log "starting dockerd (log: $logfile)"
  # setsid: the engine outlives this script and the CI step's process group until `stop`.
  setsid dockerd --storage-driver vfs --iptables=false --bridge=none >>"$logfile" 2>&1 </dev/null &
  local pid=$!
  record dockerd "$pid"
  wait_for dockerd engine_answers "$pid" "$logfile"
  log "dockerd answering (pid $pid)"
}

start_registry() {
  if registry_answers; then
    log "registry already answering on $registry_addr"
    return
  fi
  local logfile="$state/registry.log" storage
  storage="$(mktemp -d "${TMPDIR:-/tmp}/fpd-registry.XXXXXX")"
  log "starting docker-registry on $registry_addr (storage: $storage, log: $logfile)"
  REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY="$storage" REGISTRY_HTTP_ADDR="$registry_addr" \
    setsid docker-registry serve "$repo/scripts/registry-config.yml" >>"$logfile" 2>&1 </dev/null &
  local pid=$!
  record docker-registry "$pid"
  printf '%s\n' "$storage" >"$state/registry-storage"
  wait_for docker-registry registry_answers "$pid" "$logfile"
  log "registry answering (pid $pid)"
}

# Stops one recorded process, after checking the id still names the program it recorded: an id
# reused by the system for something else is left alone.
stop_one() {
  local name="$1" pid="$2"
  local comm
  comm="$(cat "/proc/$pid/comm" 2>/dev/null || true)"
  if [ -z "$comm" ]; then
    log "$name (pid $pid) already gone"
    return
  fi
  if [ "$comm" != "${name:0:15}" ]; then
    log "pid $pid is now '$comm', not $name: left alone"
    return
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  log "$name (pid $pid) ignored TERM for 20 s: killing"
  kill -KILL "$pid" 2>/dev/null || true
}

stop_all() {
  if [ ! -f "$pids" ]; then
    log "nothing recorded in $pids"
    return
  fi
  # Newest first: the registry before the engine.
  tac "$pids" | while read -r name pid; do stop_one "$name" "$pid"; done
  if [ -f "$state/registry-storage" ]; then
    rm -rf -- "$(cat "$state/registry-storage")"
    rm -f "$state/registry-storage"
  fi
  rm -f "$pids"
}

status() {
  engine_answers && log "docker engine: answering" || log "docker engine: not answering"
  registry_answers && log "registry $registry_addr: answering" || log "registry $registry_addr: not answering"
  [ -f "$pids" ] && cat "$pids" || true
}

mkdir -p "$state"
case "${1:-start}" in
  start)
    install_missing
    start_engine
    start_registry
    ;;
  stop) stop_all ;;
  status) status ;;
  *)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
