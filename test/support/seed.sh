#!/usr/bin/env bash
# Seed a (fresh, private) test engine with the images and containers the tests expect.
#
#   seed.sh SOCK        e.g. seed.sh /tmp/gt.ab12/sock
#
# Everything is made locally: no registry is reachable. The names and states are mirrored in
# test/support/fixtures.ts (SEED) — change both together.
#
# Runs on every test run, so it is built for speed: one import, builds that only COPY files (no
# RUN steps), and independent steps run concurrently.
set -euo pipefail

SOCK=${1:?usage: seed.sh SOCK}
case "$SOCK" in unix://*) SOCK=${SOCK#unix://} ;; esac
[ -S "$SOCK" ] || { echo "seed.sh: no engine socket at $SOCK" >&2; exit 1; }

# Prefer the docker.io CLI (matches the 20.10 daemon, and its legacy builder prints no
# deprecation banner); fall back to whatever docker is in PATH.
DOCKER_BIN=/usr/bin/docker
[ -x "$DOCKER_BIN" ] || DOCKER_BIN=$(command -v docker)
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH
dk() { "$DOCKER_BIN" -H "unix://$SOCK" "$@"; }

# Legacy builder: buildx is not installed. Newer CLIs print a deprecation banner for it on
# stderr; -q keeps stdout to the image id and we drop that banner only (real errors still show).
export DOCKER_BUILDKIT=0
build() { # build TAG CONTEXT_DIR
  dk build -q -t "$1" "$2" >/dev/null 2> >(grep -v -E -e '^DEPRECATED: The legacy builder' \
    -e '^ +(BuildKit is currently disabled|environment-variable\.|Install the buildx)' -e '^$' >&2)
}

# Busybox static sits in /bin on Debian (busybox-static), /usr/bin on merged-/usr systems.
BUSYBOX=/bin/busybox
[ -x "$BUSYBOX" ] || BUSYBOX=$(command -v busybox)
# It becomes the whole rootfs, so it must not need a libc: ldd fails on a static binary.
if ldd "$BUSYBOX" >/dev/null 2>&1; then
  echo "seed.sh: $BUSYBOX is dynamically linked; install the Debian package busybox-static." >&2
  exit 1
fi

# Re-seeding a used engine (handy by hand): drop the seed containers first; images are re-tagged.
SEED_CONTAINERS="gt-web-1 gt-worker-1 gt-stopped-1 gt-failed-1 gt-created-1 gt-paused-1 gt-e2e-toggle gt-e2e-outside"
# shellcheck disable=SC2086,SC2046  # word splitting wanted: one --filter per name (OR-ed)
existing=$(dk ps -aq $(printf -- '--filter name=^%s$ ' $SEED_CONTAINERS))
# shellcheck disable=SC2086
[ -z "$existing" ] || { dk unpause $existing >/dev/null 2>&1 || true; dk rm -f $existing >/dev/null; }

WORK=$(mktemp -d /tmp/gt-seed.XXXX)
trap 'rm -rf "$WORK"' EXIT

# A long-running command as PID 1 that stops at once on SIGTERM: busybox applets as PID 1 ignore
# SIGTERM (no default handler for PID 1), so the shell traps it and exits; the kernel then ends
# the rest of the container. Without this every stop waits the 10 s grace period.
trapped() { printf "trap 'exit 0' TERM; %s & wait" "$1"; }

# --- images ----------------------------------------------------------------------------------

# gantry-test/busybox:latest — a rootfs with the static busybox and one link per applet.
mkdir -p "$WORK/rootfs/bin"
cp "$BUSYBOX" "$WORK/rootfs/bin/busybox"
# One perl process (perl-base is Essential on Debian) instead of ~270 `ln` forks: saves ~0.4 s.
# shellcheck disable=SC2046
perl -e '$d = shift; for (@ARGV) { $_ eq "busybox" or symlink("busybox", "$d/$_") or die "$d/$_: $!\n" }' \
  "$WORK/rootfs/bin" $("$BUSYBOX" --list)
mkdir -p "$WORK/rootfs/tmp" "$WORK/rootfs/etc"
echo 'root:x:0:0:root:/root:/bin/sh' >"$WORK/rootfs/etc/passwd"
# Kept if already there (re-seeding), so the builds below hit the cache and leave no extra
# dangling images.
if ! dk image inspect gantry-test/busybox:latest >/dev/null 2>&1; then
  tar -C "$WORK/rootfs" -c . | dk import -c 'ENV PATH=/bin' - gantry-test/busybox:latest >/dev/null
fi

# gantry-test/web:1.0 (= :latest) — busybox httpd serving one page on port 80.
mkdir -p "$WORK/web/www"
echo '<h1>gantry-test web</h1>' >"$WORK/web/www/index.html"
cat >"$WORK/web/Dockerfile" <<EOF
FROM gantry-test/busybox:latest
COPY www /www
LABEL org.opencontainers.image.title="gantry-test web" gantry.test="web"
EXPOSE 80
CMD ["sh", "-c", "$(trapped 'httpd -f -p 80 -h /www')"]
EOF

# gantry-test/worker:2.3 — a sleep loop.
mkdir -p "$WORK/worker"
echo 'worker 2.3' >"$WORK/worker/VERSION"
cat >"$WORK/worker/Dockerfile" <<EOF
FROM gantry-test/busybox:latest
COPY VERSION /VERSION
LABEL gantry.test="worker"
CMD ["sh", "-c", "$(trapped 'while :; do sleep 1; done')"]
EOF

# gantry-test/scratchpad:tmp, built twice with different content: the first build loses its tag
# and becomes the dangling <none>:<none> image that prune tests remove.
mkdir -p "$WORK/scratch"
printf 'FROM gantry-test/busybox:latest\nCOPY note /note\n' >"$WORK/scratch/Dockerfile"

build_scratchpad() {
  echo first >"$WORK/scratch/note"
  build gantry-test/scratchpad:tmp "$WORK/scratch"
  echo second >"$WORK/scratch/note"
  build gantry-test/scratchpad:tmp "$WORK/scratch"
}

# --- containers ------------------------------------------------------------------------------

BB=gantry-test/busybox:latest
LOOP=$(trapped 'while :; do sleep 1; done')

# Everything below only needs the busybox base, so it all runs concurrently (about halves the
# seeding time on 2 cores); each image's own container starts right after its build.
pids=()
{
  build gantry-test/web:1.0 "$WORK/web"
  dk tag gantry-test/web:1.0 gantry-test/web:latest
  dk run -d --name gt-web-1 -p 8080:80 gantry-test/web:1.0 >/dev/null
} & pids+=($!)
{
  build gantry-test/worker:2.3 "$WORK/worker"
  dk run -d --name gt-worker-1 gantry-test/worker:2.3 >/dev/null
} & pids+=($!)
build_scratchpad & pids+=($!)
# Long-running containers, all stopping instantly on SIGTERM.
dk run -d --name gt-paused-1 "$BB" sh -c "$LOOP" >/dev/null & pids+=($!)
dk run -d --name gt-e2e-toggle "$BB" sh -c "$LOOP" >/dev/null & pids+=($!)
dk run -d --name gt-e2e-outside "$BB" sh -c "$LOOP" >/dev/null & pids+=($!)
# Exited ones run to completion; `docker wait` below returns once the exit code is recorded.
dk run -d --name gt-stopped-1 "$BB" sh -c 'echo done; exit 0' >/dev/null & pids+=($!)
dk run -d --name gt-failed-1 "$BB" sh -c 'echo "something went wrong" >&2; exit 3' >/dev/null & pids+=($!)
# Created, never started.
dk create --name gt-created-1 "$BB" sh -c "$LOOP" >/dev/null & pids+=($!)

# `wait PID` returns that job's status, so set -e stops us on the first failed step.
for p in "${pids[@]}"; do wait "$p"; done

dk wait gt-stopped-1 gt-failed-1 >/dev/null
dk pause gt-paused-1 >/dev/null
