#!/usr/bin/env bash
# `npm test`: everything that must pass before a change lands, on a dev machine or on a fresh
# Debian 12 machine as root (CI), where it first installs what it needs.
#
#   npm test                          all stages
#   npm test -- unit                  only the named stages, in the usual order
#   npm test -- e2e integration
#   npm run bench                     = run-all.sh build bench (the full benchmark, see test/bench/)
#
# Stages: typecheck lint security build unit integration e2e bench-smoke (and bench, only when named).
# bench-smoke runs the benchmark at a small size so its harness keeps working; it asserts only
# that every figure was produced. Integration and e2e get a private Docker
# Engine (test/support/engine.sh, its own temp dir and network namespace), seeded by
# test/support/seed.sh, torn down on exit whatever happened. The user's own daemon is never used.
# The first failing stage stops the run; its exit code is the run's exit code.
# shellcheck disable=SC2317  # teardown and start_engine are called indirectly (trap, run_stage)
set -uo pipefail # no -e: stage failures are handled explicitly so teardown and the summary run

# Job control gives every stage its own process group, so teardown can end a stage's whole
# process tree (npm → vitest/playwright → workers → chromium) by its id on Ctrl-C or SIGTERM.
set -m

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO" || exit 1
SUPPORT="$REPO/test/support"
ENGINE_SH="$SUPPORT/engine.sh"

ALL_STAGES=(typecheck lint security build unit integration e2e bench-smoke)
KNOWN_STAGES=("${ALL_STAGES[@]}" bench)
# Hang guards per stage, in seconds (each stage normally takes far less; the whole run must
# stay well under CI's limit).
declare -A STAGE_TIMEOUT=([typecheck]=600 [lint]=600 [security]=300 [build]=600 [unit]=600 [integration]=900 [e2e]=900 [bench-smoke]=600 [bench]=1500)

# --- arguments ---------------------------------------------------------------------------------
declare -A WANT=()
for arg in "$@"; do
  case " ${KNOWN_STAGES[*]} " in
    *" $arg "*) WANT[$arg]=1 ;;
    *) echo "run-all.sh: unknown stage '$arg' (stages: ${KNOWN_STAGES[*]})" >&2; exit 2 ;;
  esac
done
if [ $# -eq 0 ]; then for s in "${ALL_STAGES[@]}"; do WANT[$s]=1; done; fi
wants() { [ -n "${WANT[$1]:-}" ]; }
NEED_ENGINE=; { wants integration || wants e2e || wants bench-smoke || wants bench; } && NEED_ENGINE=1
NEED_BROWSER=; { wants e2e || wants bench-smoke || wants bench; } && NEED_BROWSER=1

# --- environment -------------------------------------------------------------------------------
# Nothing can be downloaded here besides registry packages: Electron's and Playwright's
# postinstall downloads must not run (Playwright uses Debian's /usr/bin/chromium).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Never the user's daemon: tests only get GANTRY_TEST_DOCKER_HOST, set below.
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

# --- output helpers ----------------------------------------------------------------------------
now() { echo "${EPOCHREALTIME/,/.}"; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1fs", b - a }'; }
RUN_START=$(now)
BOLD='' PLAIN=''
if [ -t 1 ]; then BOLD=$'\033[1m' PLAIN=$'\033[0m'; fi
banner() { printf '\n%s══ %s %s%s\n' "$BOLD" "$1" "$(printf '═%.0s' $(seq 1 $((60 - ${#1}))))" "$PLAIN"; }
SUMMARY=()

# --- teardown ----------------------------------------------------------------------------------
STAGE_PID=
CURRENT_STAGE=
ENGINE_DIR=
NETNS=
GANTRY_TMP=
teardown() {
  local rc=$?
  # Finish teardown even if a second Ctrl-C or SIGTERM arrives: it is bounded (~20 s at worst),
  # and an interrupted teardown leaves daemons, netns and mounts behind.
  trap '' INT TERM
  trap - EXIT
  # A stage still running (we were interrupted): end its whole process group.
  if [ -n "$STAGE_PID" ] && kill -0 "$STAGE_PID" 2>/dev/null; then
    echo "── $CURRENT_STAGE interrupted, ending it"
    SUMMARY+=("$(printf '%-12s INTERRUPTED' "$CURRENT_STAGE")")
    kill -TERM -- "-$STAGE_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$STAGE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$STAGE_PID" 2>/dev/null
  fi
  if [ -n "$ENGINE_DIR$GANTRY_TMP" ]; then
    local t0 d ns
    t0=$(now)
    banner teardown
    # Extra engines tests started under GANTRY_TEST_TMP (one dir each), then their netns
    # (named "$NETNS-…" by convention, see test/support/README.md), then the main engine.
    # Engines stop concurrently: dockerd takes ~2 s to shut down even when idle.
    if [ -n "$GANTRY_TMP" ] && [ -d "$GANTRY_TMP" ]; then
      for d in "$GANTRY_TMP"/*/; do
        d=${d%/}
        if [ -e "$d/pid" ] || [ -d "$d/exec" ]; then "$ENGINE_SH" stop "$d" & fi
      done
    fi
    [ -z "$ENGINE_DIR" ] || "$ENGINE_SH" destroy "$ENGINE_DIR" "$NETNS" &
    wait
    if [ -n "$NETNS" ]; then
      for ns in $(ip netns list 2>/dev/null | awk '{ print $1 }'); do
        case "$ns" in "$NETNS"-*) ip netns delete "$ns" 2>/dev/null ;; esac
      done
    fi
    if [ -n "$GANTRY_TMP" ] && [ -d "$GANTRY_TMP" ]; then
      # Anything a test left mounted in there would make rm fail or, worse, delete through it.
      awk -v d="$GANTRY_TMP" 'index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r |
        while IFS= read -r m; do umount -l "$m" 2>/dev/null; done
      rm -rf "$GANTRY_TMP"
    fi
    echo "teardown done in $(elapsed "$t0")"
  fi
  if [ ${#SUMMARY[@]} -gt 0 ]; then
    banner summary
    printf '  %s\n' "${SUMMARY[@]}"
    local run_name="npm test"
    if wants bench; then run_name="npm run bench"; fi
    if [ "$rc" -eq 0 ]; then echo "$run_name: all stages passed in $(elapsed "$RUN_START")"
    else echo "$run_name: FAILED (exit $rc) after $(elapsed "$RUN_START")"; fi
    if wants unit || wants integration || wants e2e; then test_totals; fi
  fi
  rm -rf "$STAGE_LOGS"
  exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

STAGE_LOGS=$(mktemp -d /tmp/gantry-stage-logs.XXXX)

# Sums the test runners' own counts (Vitest's "Tests  9 passed | 1 failed", Playwright's
# "  20 passed (26.8s)" / "  1 failed") into one closing line CI can read.
test_totals() {
  cat "$STAGE_LOGS"/*.log 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | awk '
    /^ *Tests +[0-9]/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } next }
    /^ +[0-9]+ passed \(/ { p += $1 } /^ +[0-9]+ failed$/ { f += $1 } /^ +[0-9]+ flaky$/ { f += $1 }
    END { printf "tests: %d passed, %d failed\n", p, f }'
}

# run_stage NAME CMD...: banner, run with a hang guard in its own process group, record result.
FAILED=
run_stage() {
  local name=$1 t0 rc
  shift
  if [ -n "$FAILED" ]; then SUMMARY+=("$(printf '%-12s skipped' "$name")"); return 0; fi
  banner "$name"
  CURRENT_STAGE=$name
  t0=$(now)
  if declare -F "$1" >/dev/null; then
    # A shell function (engine start + seed): timeout cannot exec it; it has its own timeouts.
    "$@" &
  else
    # Output also goes to a log, from which the closing test count is read.
    timeout --kill-after=15 "${STAGE_TIMEOUT[$name]:-900}" "$@" > >(tee "$STAGE_LOGS/$name.log") 2>&1 &
  fi
  STAGE_PID=$!
  wait "$STAGE_PID"
  rc=$?
  STAGE_PID=
  if [ "$rc" -eq 0 ]; then
    echo "── $name passed in $(elapsed "$t0")"
    SUMMARY+=("$(printf '%-12s passed  %s' "$name" "$(elapsed "$t0")")")
  else
    [ "$rc" -ne 124 ] || echo "── $name timed out after ${STAGE_TIMEOUT[$name]:-900}s"
    echo "── $name FAILED (exit $rc) after $(elapsed "$t0")"
    SUMMARY+=("$(printf '%-12s FAILED  %s (exit %s)' "$name" "$(elapsed "$t0")" "$rc")")
    FAILED=$rc
  fi
}

# --- a. provision system packages ------------------------------------------------------------
# Only what the chosen stages need: unit tests run on any machine with Node.
# dockerd, iptables and ip live in sbin, which some PATHs (sudo, CI runners) leave out.
export PATH="$PATH:/usr/sbin:/sbin"
missing=()
if [ -n "$NEED_ENGINE" ]; then
  # docker.io brings dockerd, the CLI, containerd, runc and tini; iptables is a hard dependency
  # too but is listed so a machine that removed it gets it back (dockerd needs it for -p).
  for c in dockerd docker containerd runc iptables ip nsenter; do
    command -v "$c" >/dev/null || missing+=("$c")
  done
  # The test image's rootfs is this binary, so it must be the static build (busybox-static),
  # not Debian's dynamically linked `busybox` package.
  if [ ! -x /bin/busybox ] || ldd /bin/busybox >/dev/null 2>&1; then missing+=("static /bin/busybox"); fi
fi
if [ -n "$NEED_BROWSER" ] && [ ! -x /usr/bin/chromium ]; then missing+=(/usr/bin/chromium); fi

APT_PACKAGES=(docker.io busybox-static chromium iproute2 iptables)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "run-all.sh: missing ${missing[*]}; install them with:" >&2
    echo "  sudo apt-get install --no-install-recommends ${APT_PACKAGES[*]}" >&2
    exit 1
  fi
  banner "provision (missing: ${missing[*]})"
  t0=$(now)
  export DEBIAN_FRONTEND=noninteractive
  apt-get -q update || { echo "run-all.sh: apt-get update failed" >&2; exit 1; }
  apt-get -q install -y --no-install-recommends -o Dpkg::Use-Pty=0 "${APT_PACKAGES[@]}" ||
    { echo "run-all.sh: apt-get install failed" >&2; exit 1; }
  echo "── provision done in $(elapsed "$t0")"
fi
if [ -n "$NEED_ENGINE" ] && [ "$(id -u)" -ne 0 ]; then
  echo "run-all.sh: integration and e2e tests need root (they start a private dockerd in a network namespace); run them as root, or pick other stages: npm test -- typecheck lint build unit" >&2
  exit 1
fi

# --- b. node dependencies --------------------------------------------------------------------
if [ ! -d node_modules ] || [ ! -e node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  STAGE_TIMEOUT[deps]=900
  run_stage deps npm ci --no-audit --no-fund
  [ -z "$FAILED" ] || exit "$FAILED"
fi

# --- c. stages -------------------------------------------------------------------------------
for s in typecheck lint security build; do
  if wants "$s"; then run_stage "$s" npm run "$s"; fi
done
if wants unit; then run_stage unit npm run test:unit; fi

start_engine() {
  local t0
  t0=$(now)
  "$ENGINE_SH" start "$ENGINE_DIR" "$NETNS" || return
  echo "engine up in $(elapsed "$t0"): unix://$ENGINE_DIR/sock (netns $NETNS); seeding…"
  t0=$(now)
  "$SUPPORT/seed.sh" "$ENGINE_DIR/sock" || return
  echo "seeded in $(elapsed "$t0")"
}

if [ -n "$NEED_ENGINE" ] && [ -z "$FAILED" ]; then
  ENGINE_DIR=$(mktemp -d /tmp/gt.XXXX)
  GANTRY_TMP=$(mktemp -d /tmp/gtt.XXXX)
  NETNS="gtest-$$"
  run_stage engine start_engine
  export GANTRY_TEST_DOCKER_HOST="unix://$ENGINE_DIR/sock"
  export GANTRY_TEST_NETNS="$NETNS"
  export GANTRY_TEST_ENGINE_SH="$ENGINE_SH"
  export GANTRY_TEST_TMP="$GANTRY_TMP"
  # `serve` keeps its data (the layer index cache) in $XDG_DATA_HOME/gantry: a test run's goes in
  # its temp dir, never into the user's ~/.local/share, and every run starts with an empty cache.
  export XDG_DATA_HOME="$GANTRY_TMP/xdg-data"
fi

# GANTRY_TEST_FILTER="containers files" narrows integration and e2e to test files matching those words.
# shellcheck disable=SC2086  # word splitting wanted: each word is one filter argument
if wants integration; then run_stage integration npm run test:integration -- ${GANTRY_TEST_FILTER:-}; fi
# shellcheck disable=SC2086
if wants e2e; then run_stage e2e npm run test:e2e -- ${GANTRY_TEST_FILTER:-}; fi
if wants bench-smoke; then run_stage bench-smoke npx tsx test/bench/run.ts --smoke; fi
if wants bench; then run_stage bench npx tsx test/bench/run.ts; fi

exit "${FAILED:-0}"
