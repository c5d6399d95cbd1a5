#!/usr/bin/env bash
# Builds the base images the Dockerfile and the compose file name (eclipse-temurin:17-jre,
# maven:3.9-eclipse-temurin-17, eclipse-mosquitto:2) from Debian packages with mmdebstrap, for machines
# that reach no container registry (CI). Stand-ins, not copies: same names, same entry points and paths
# the project uses, and no curl in the JRE image (newer upstream JRE images have none either). Each image
# is built only when it does not exist yet (`podman image exists`), so a second run takes a second;
# `--rebuild` forces it. Needs root, podman and mmdebstrap. Cold: about 3 minutes on 2 cores.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
REBUILD=0; [ "${1:-}" = --rebuild ] && REBUILD=1
SOURCES=/etc/apt/sources.list.d/debian.sources
[ -f "$SOURCES" ] || SOURCES=/etc/apt/sources.list
SUITE=${BASE_SUITE:-bookworm}
TMP=$(mktemp -d /var/tmp/solargw-base.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# $1 tar, $2 packages, $3.. extra mmdebstrap options
rootfs() {
  local tar=$1 pkgs=$2; shift 2
  mmdebstrap --quiet --variant=apt --include="$pkgs" \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
    --customize-hook='cp /usr/local/share/ca-certificates/*.crt "$1/usr/local/share/ca-certificates/" 2>/dev/null || true' \
    --customize-hook='chroot "$1" update-ca-certificates >/dev/null 2>&1' \
    --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin' \
    "$@" "$SUITE" "$tar" "$SOURCES"
}

# $1 upstream name, $2 packages, $3 import --change options (one per line), $4.. extra mmdebstrap options
image() {
  local name=$1 pkgs=$2 changes=$3; shift 3
  if [ $REBUILD = 0 ] && podman image exists "$name"; then echo "base image $name: cached"; return; fi
  local start=$SECONDS tar="$TMP/rootfs.tar" args=()
  rootfs "$tar" "$pkgs" "$@"
  while IFS= read -r c; do [ -n "$c" ] && args+=(--change "$c"); done <<<"$changes"
  podman import -q "${args[@]}" "$tar" "$name" >/dev/null
  rm -f "$tar"
  echo "base image $name: built in $((SECONDS - start)) s"
}

image docker.io/library/eclipse-temurin:17-jre openjdk-17-jre-headless,ca-certificates \
  $'ENV LANG=C.UTF-8\nCMD ["jshell"]'
image docker.io/library/maven:3.9-eclipse-temurin-17 openjdk-17-jdk-headless,maven,ca-certificates \
  $'ENV LANG=C.UTF-8\nENV MAVEN_HOME=/usr/share/maven\nCMD ["mvn"]'
# eclipse-mosquitto:2 keeps its files under /mosquitto/{config,data,log} and starts
# `mosquitto -c /mosquitto/config/mosquitto.conf` as root, which then drops to the user mosquitto.
image docker.io/library/eclipse-mosquitto:2 mosquitto,mosquitto-clients,ca-certificates \
  $'ENV LANG=C.UTF-8\nEXPOSE 1883\nCMD ["/usr/sbin/mosquitto","-c","/mosquitto/config/mosquitto.conf"]' \
  --customize-hook='mkdir -p "$1"/mosquitto/config "$1"/mosquitto/data "$1"/mosquitto/log' \
  --customize-hook='chroot "$1" chown -R mosquitto: /mosquitto/data /mosquitto/log'
