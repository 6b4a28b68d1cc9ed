#!/usr/bin/env bash
# A container engine for the Dockerfile and docker-compose.yml on a machine without a Docker daemon or an image
# registry: podman from Debian, its Docker-compatible API socket for docker-compose 1.29, a Debian base image
# built locally with mmdebstrap, and a stand-in for the Node base image the Dockerfile names.
#
#   scripts/containers/engine.sh setup        packages, containers.conf drop-in, base images; idempotent, needs root
#   scripts/containers/engine.sh start [SOCK] podman's API socket and a healthcheck loop; prints DOCKER_HOST=...
#   scripts/containers/engine.sh stop [SOCK]  stops what `start` started with the same SOCK (by pid)
#
#   scripts/containers/engine.sh setup && eval "$(scripts/containers/engine.sh start)"
#   for app in director worker client; do podman build --build-arg APP=$app -t switchyard/$app:dev .; done
#   docker-compose -p switchyard up -d --no-build
#   podman logs -f switchyard_client_1                            # the client's log, to its summary (about 2 min)
#   docker-compose -p switchyard run --rm -T client               # another client, once that one has ended
#   docker-compose -p switchyard down -v && scripts/containers/engine.sh stop
#
# Disk: about 1 GB under /var/lib/containers/storage per round of changed sources (the previous images and build
# layers stay, untagged, as a cache); `podman image prune -f` reclaims it (the next build installs again).
#
# `npm run test:containers` (scripts/containers/test.mjs) runs `setup`, then starts and stops its own socket and
# healthcheck loop. A machine with a real Docker engine needs none of this.
#
# Environment: NODE_IMAGE (the Dockerfile's default base), DEBIAN_SUITE (bookworm), STATE (work files).
set -euo pipefail

NODE_IMAGE=${NODE_IMAGE:-docker.io/library/node:20.20.2-bookworm-slim}
NODE_VERSION=$(sed -E 's/.*:([0-9]+\.[0-9]+\.[0-9]+).*/\1/' <<<"$NODE_IMAGE")
NPM_VERSION=${NPM_VERSION:-10.8.2} # the npm that Node 20.20.x bundles
DEBIAN_SUITE=${DEBIAN_SUITE:-bookworm}
DEBIAN_IMAGE=localhost/debian:$DEBIAN_SUITE
STATE=${STATE:-/var/tmp/switchyard-containers}
CONF=/etc/containers/containers.conf.d/50-switchyard.conf
PACKAGES=(podman docker-compose mmdebstrap runc conmon netavark aardvark-dns slirp4netns fuse-overlayfs uidmap
  iptables catatonit curl ca-certificates)

log() { echo "[engine] $*" >&2; }

setup_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "packages: present"
    return
  fi
  log "packages: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# These machines lack CAP_SYS_RESOURCE (hard nofile 20000, pid_max 32768): podman's default rlimits make the OCI
# runtime fail with "setrlimit ... Operation not permitted". crun refuses the hybrid cgroup layout ("cgroups in
# hybrid mode not supported"); runc accepts it. No systemd: cgroupfs, and events to a file, not the journal.
# netavark with aardvark-dns: containers resolve each other by compose service name.
setup_config() {
  local want
  want=$(
    cat <<'CONF'
# Written by switchyard scripts/containers/engine.sh.
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"

[network]
network_backend = "netavark"
CONF
  )
  if [ -f "$CONF" ] && [ "$(cat "$CONF")" = "$want" ]; then
    log "engine config: $CONF present"
  else
    mkdir -p "$(dirname "$CONF")"
    printf '%s\n' "$want" >"$CONF"
    log "engine config: wrote $CONF"
  fi
  local runtime
  runtime=$(podman info --format '{{.Host.OCIRuntime.Name}}')
  [ "$runtime" = runc ] || {
    log "podman still uses '$runtime', not runc: is $CONF read? (podman $(podman --version))"
    exit 1
  }
}

setup_debian_image() {
  if podman image exists "$DEBIAN_IMAGE"; then
    log "base image: $DEBIAN_IMAGE present"
    return
  fi
  log "base image: building $DEBIAN_IMAGE with mmdebstrap (host apt sources)"
  mkdir -p "$STATE"
  local tar="$STATE/rootfs-$$.tar" sources=()
  [ -f /etc/apt/sources.list.d/debian.sources ] && sources=(/etc/apt/sources.list.d/debian.sources)
  mmdebstrap --quiet --variant=minbase --include=ca-certificates "$DEBIAN_SUITE" "$tar" "${sources[@]}"
  podman import --quiet --change 'CMD ["/bin/bash"]' "$tar" "$DEBIAN_IMAGE" >/dev/null
  rm -f "$tar"
}

# Stand-in for the official Node image: the host's node binary (it must be the version the tag names), the npm it
# bundles, a `node` user (uid 1000) as in the official image, and the host's CA bundle with an npmrc `cafile`: the
# package registry is reached through this machine's TLS setup, so `npm ci` inside a build needs it.
setup_node_image() {
  if podman image exists "$NODE_IMAGE"; then
    log "base image: $NODE_IMAGE present"
    return
  fi
  local have
  have=$(node --version)
  [ "$have" = "v$NODE_VERSION" ] || {
    log "the host's node is $have, $NODE_IMAGE needs v$NODE_VERSION"
    exit 1
  }
  log "base image: building a stand-in for $NODE_IMAGE from the host's node $have and npm $NPM_VERSION"
  local b="$STATE/nodebase-$$"
  rm -rf "$b"
  mkdir -p "$b/npm"
  cp "$(readlink -f "$(command -v node)")" "$b/node"
  (cd "$b" && npm pack --silent "npm@$NPM_VERSION" >/dev/null && tar -xzf "npm-$NPM_VERSION.tgz" -C npm --strip-components=1 &&
    rm "npm-$NPM_VERSION.tgz")
  cp /etc/ssl/certs/ca-certificates.crt "$b/host-ca-certificates.crt"
  cat >"$b/Containerfile" <<CF
FROM $DEBIAN_IMAGE
COPY node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY host-ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && mkdir -p /usr/local/etc && printf 'cafile=/etc/ssl/certs/ca-certificates.crt\nupdate-notifier=false\n' > /usr/local/etc/npmrc \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION=$NODE_VERSION
CMD ["node"]
CF
  podman build --quiet -t "$NODE_IMAGE" "$b" >/dev/null
  rm -rf "$b"
}

setup() {
  [ "$(id -u)" = 0 ] || {
    log "setup needs root (apt-get, /etc/containers, rootful podman)"
    exit 1
  }
  setup_packages
  setup_config
  setup_debian_image
  setup_node_image
}

sock_path() { echo "${1:-/run/switchyard-containers/podman.sock}"; }

start() {
  local sock pids
  sock=$(sock_path "${1:-}")
  pids="$sock.pids"
  mkdir -p "$(dirname "$sock")"
  if [ -f "$pids" ]; then
    log "already started for $sock (stop it first)"
    exit 1
  fi
  setsid podman system service --time=0 "unix://$sock" >"$sock.log" 2>&1 &
  echo $! >"$pids"
  # podman runs healthchecks from systemd timers; without systemd their status stays `starting`: run them here.
  setsid sh -c 'while :; do for c in $(podman ps -q --filter health=starting --filter health=healthy --filter health=unhealthy); do
      podman healthcheck run "$c" >/dev/null 2>&1; done; sleep 5; done' >/dev/null 2>&1 &
  echo $! >>"$pids"
  for _ in $(seq 100); do
    curl -sf --unix-socket "$sock" http://d/_ping >/dev/null 2>&1 && {
      echo "export DOCKER_HOST=unix://$sock"
      return
    }
    sleep 0.1
  done
  log "the podman API did not answer on $sock within 10 s; see $sock.log"
  stop "$sock"
  exit 1
}

stop() {
  local sock pids p
  sock=$(sock_path "${1:-}")
  pids="$sock.pids"
  [ -f "$pids" ] || return 0
  while read -r p; do
    # Each was started with setsid, so it leads its own process group: end the group (a loop's `sleep` too).
    kill -TERM -- "-$p" 2>/dev/null || kill -TERM "$p" 2>/dev/null || true
  done <"$pids"
  rm -f "$pids" "$sock" "$sock.log"
}

case "${1:-}" in
  setup) setup ;;
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 setup | start [socket] | stop [socket]" >&2
    exit 2
    ;;
esac
