#!/usr/bin/env bash
# Private Docker Engine for Gantry's integration and e2e tests.
#
#   engine.sh start   DIR NETNS   start dockerd with all its state under DIR, inside netns NETNS
#   engine.sh stop    DIR         kill its containers, stop dockerd, unmount what it left (keeps DIR)
#   engine.sh kill    DIR         SIGKILL dockerd as it is (a crash, not a shutdown), then clean up as stop
#   engine.sh destroy DIR NETNS   stop, then remove DIR and the netns NETNS
#
# The tests never talk to the user's daemon: this one listens on unix://DIR/sock only, keeps its
# images under DIR/data, and its containers' networks live in their own network namespace, so
# published ports (-p 8080:80) cannot clash with anything on the host. Integration tests call
# stop/start on a second engine of their own to test "engine down" and recovery.
#
# Keep DIR short (e.g. mktemp -d /tmp/gt.XXXX): a unix socket path must fit in 108 bytes and
# containerd puts its own sockets a few levels below DIR.
set -euo pipefail

die() { echo "engine.sh: $*" >&2; exit 1; }
usage() { die "usage: engine.sh start DIR NETNS | stop DIR | kill DIR | destroy DIR NETNS"; }

# The docker.io CLI (/usr/bin/docker) matches the 20.10 daemon; some machines also carry a newer
# CLI earlier in PATH. Either works for what we do here, prefer the matching one.
DOCKER_BIN=/usr/bin/docker
[ -x "$DOCKER_BIN" ] || DOCKER_BIN=$(command -v docker || true)

# dockerd, ip and iptables live in sbin, which some PATHs (sudo, test runners) leave out.
export PATH="$PATH:/usr/sbin:/sbin"

# Never let the caller's environment point our CLI calls at another daemon.
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

preflight() {
  [ "$(id -u)" -eq 0 ] || die "a private Docker Engine needs root (network namespaces and dockerd); run the tests as root."
  command -v dockerd >/dev/null || die "dockerd is not installed (Debian package docker.io)."
  [ -n "$DOCKER_BIN" ] || die "the docker CLI is not installed (Debian package docker.io)."
  command -v ip >/dev/null || die "the ip command is not installed (Debian package iproute2)."
  command -v nsenter >/dev/null || die "nsenter is not installed (Debian package util-linux)."
}

# Absolute, normalised DIR so that /proc/mounts and /proc/*/cmdline matching is exact.
absdir() {
  [ -n "${1:-}" ] || usage
  case "$1" in /*) ;; *) die "DIR must be an absolute path, got '$1'." ;; esac
  # Refuse paths that would make the prefix matches below dangerous.
  if [ "$1" = / ] || [ "${#1}" -le 4 ]; then die "refusing suspicious DIR '$1'."; fi
  printf '%s' "${1%/}"
}

dk() { "$DOCKER_BIN" -H "unix://$DIR/sock" "$@"; }

# PIDs of processes started for this engine: dockerd itself (--exec-root DIR/exec), its managed
# containerd and the containerd shims (their config/socket paths are under DIR/exec/). Matching
# on DIR/exec, not just DIR, keeps us off `docker -H unix://DIR/sock` clients and this script.
engine_pids() {
  local p arg
  for p in /proc/[0-9]*; do
    [ -r "$p/cmdline" ] || continue
    while IFS= read -r -d '' arg; do
      if [ "$arg" = "$DIR/exec" ] || [[ "$arg" == "$DIR/exec/"* ]] || [[ "$arg" == "--exec-root=$DIR/exec"* ]]; then
        echo "${p#/proc/}"
        break
      fi
    done 2>/dev/null <"$p/cmdline" || true
  done
}

# PID of a dockerd already running inside network namespace NAME, if any.
netns_dockerd() {
  local ns p comm
  ns=$(stat -L -c %i "/run/netns/$1" 2>/dev/null) || return 0
  for p in /proc/[0-9]*; do
    # `read` is a builtin: no fork per process (there can be hundreds).
    comm=
    read -r comm 2>/dev/null <"$p/comm" || true
    [ "$comm" = dockerd ] || continue
    if [ "$(stat -L -c %i "$p/ns/net" 2>/dev/null)" = "$ns" ]; then echo "${p#/proc/}"; return 0; fi
  done
}

daemon_pid() {
  local pid
  pid=$(cat "$DIR/pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

cmd_start() {
  preflight
  local netns=${1:-}
  [ -n "$netns" ] || usage
  # Longest socket dockerd makes is DIR/exec/containerd/containerd-debug.sock (+38 chars).
  [ "${#DIR}" -le 60 ] || die "DIR '$DIR' is too long for unix socket paths; use something like /tmp/gt.XXXX."
  if [ -n "$(daemon_pid)" ]; then die "a dockerd is already running for $DIR (pid $(daemon_pid))."; fi
  mkdir -p "$DIR"

  # A netns of our own: containers' published ports and the docker0 bridge stay in there.
  if [ ! -e "/run/netns/$netns" ]; then
    ip netns add "$netns" 2>/dev/null || die "cannot create network namespace '$netns' (ip netns add failed; is this a container without CAP_SYS_ADMIN?)."
  fi
  ip netns exec "$netns" ip link set lo up || die "cannot bring up loopback in network namespace '$netns'."
  # Two daemons in one netns share docker0 and its iptables chains: their container IPs collide
  # and one daemon's start/stop rewrites the other's port rules. Give each engine its own netns.
  local other
  other=$(netns_dockerd "$netns")
  if [ -n "$other" ]; then
    echo "engine.sh: warning: network namespace '$netns' already runs dockerd (pid $other); use a netns per engine, e.g. '$netns-2'." >&2
  fi

  # nsenter, not `ip netns exec`: the latter remounts /sys and hides the cgroup mounts dockerd
  # needs. The containerd namespace flags keep our containers apart from any other dockerd that
  # shares a system containerd. setsid + closed stdio: the daemon must not hold the caller's pipes
  # open (a test runner would wait forever) nor receive the terminal's Ctrl-C before we kill its
  # containers (a graceful shutdown waits 10 s per container).
  rm -f "$DIR/sock" "$DIR/pid"
  setsid nsenter --net="/run/netns/$netns" dockerd \
    --data-root "$DIR/data" --exec-root "$DIR/exec" --pidfile "$DIR/pid" \
    -H "unix://$DIR/sock" \
    --containerd-namespace "$netns" --containerd-plugins-namespace "$netns-plugins" \
    </dev/null >"$DIR/dockerd.log" 2>&1 &
  local launcher=$!

  # Ready when the API answers, not merely when the socket exists.
  local deadline=$((SECONDS + 30))
  until dk version >/dev/null 2>&1; do
    if ! kill -0 "$launcher" 2>/dev/null; then
      echo "engine.sh: dockerd exited during start-up; last lines of $DIR/dockerd.log:" >&2
      tail -n 20 "$DIR/dockerd.log" >&2 || true
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "engine.sh: dockerd did not answer on unix://$DIR/sock within 30 s; last lines of $DIR/dockerd.log:" >&2
      tail -n 20 "$DIR/dockerd.log" >&2 || true
      cmd_stop >/dev/null 2>&1 || true
      exit 1
    fi
    sleep 0.1
  done
}

cmd_stop() {
  local pid
  # Kill containers first: a graceful dockerd shutdown stops each one with a 10 s grace period.
  if [ -S "$DIR/sock" ] && [ -n "$(daemon_pid)" ]; then
    local ids
    ids=$(dk ps -q 2>/dev/null || true)
    # Paused containers must be unpaused to receive the kill signal.
    local paused
    paused=$(dk ps -q --filter status=paused 2>/dev/null || true)
    # shellcheck disable=SC2086
    [ -z "$paused" ] || dk unpause $paused >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    [ -z "$ids" ] || dk kill $ids >/dev/null 2>&1 || true
  fi

  pid=$(daemon_pid)
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 15))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "engine.sh: dockerd $pid did not stop within 15 s, killing it." >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi

  # A managed containerd or shims can outlive a killed dockerd; end them by pid.
  local leftovers
  leftovers=$(engine_pids)
  if [ -n "$leftovers" ]; then
    # shellcheck disable=SC2086
    kill -TERM $leftovers 2>/dev/null || true
    sleep 0.5
    leftovers=$(engine_pids)
    # shellcheck disable=SC2086
    [ -z "$leftovers" ] || kill -KILL $leftovers 2>/dev/null || true
  fi
  # dockerd may be gone before its pid is reaped; wait for the process to really disappear.
  local deadline=$((SECONDS + 5))
  while [ -n "$(engine_pids)" ] && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done

  # Overlay, shm and netns mounts left under DIR (deepest first) would make rm -rf fail.
  local m
  awk -v d="$DIR" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r |
    while IFS= read -r m; do umount -l "$m" 2>/dev/null || true; done
  rm -f "$DIR/sock" "$DIR/pid"
}

# The Engine dying mid-operation: no container is stopped first and no connection is closed
# politely; clients see their sockets reset. Then what stop does for leftovers and mounts.
cmd_kill() {
  local pid
  pid=$(daemon_pid)
  if [ -n "$pid" ]; then
    kill -KILL "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 5))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.1; done
  fi
  cmd_stop
}

cmd_destroy() {
  local netns=${1:-}
  [ -n "$netns" ] || usage
  cmd_stop
  rm -rf "$DIR"
  if [ -e "/run/netns/$netns" ]; then
    ip netns delete "$netns" 2>/dev/null || echo "engine.sh: could not delete network namespace '$netns'." >&2
  fi
}

case "${1:-}" in
  start) DIR=$(absdir "${2:-}"); cmd_start "${3:-}" ;;
  stop) DIR=$(absdir "${2:-}"); cmd_stop ;;
  kill) DIR=$(absdir "${2:-}"); cmd_kill ;;
  destroy) DIR=$(absdir "${2:-}"); cmd_destroy "${3:-}" ;;
  *) usage ;;
esac
