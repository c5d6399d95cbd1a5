#!/usr/bin/env bash
# Container test: builds docker/Dockerfile with podman, starts docker/docker-compose.yml (Mosquitto + the
# gateway) through podman's Docker-API socket against the project's simulator running on this machine
# (the battery bus over TCP, the inverter bus through a pty bind-mounted as the container's /dev/ttyUSB0),
# and checks: the image's metadata (HEALTHCHECK, non-root user in dialout, /data volume), /health 200 and
# the image's own HEALTHCHECK healthy, inverter and pack states on MQTT (mosquitto_sub), and after
# `docker-compose down` the energy counters in the /data volume.
#
# Needs root, podman (runc, containers.conf with lowered ulimits: see .ci/run), docker-compose, socat,
# mosquitto_sub, curl, python3 (+yaml, a docker-compose dependency), the base images
# (docker/test/base-images.sh, cached) and gateway/target/solar-gateway.jar (for the simulator).
# The image is built offline against the host's Maven repository (~/.m2/repository, or SOLARGW_M2_REPO)
# when it has one; SOLARGW_BUILD_ONLINE=1 builds with network instead. Prints timings; exit 0 = all checks passed.
# Usage (from anywhere): docker/test/container-test.sh     Gateway IT: DockerImageIT.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$ROOT/gateway/target/solar-gateway.jar
IMAGE=solar-gateway:local
PROJECT=solargwtest$$
W=$(mktemp -d /tmp/solargw-container-test.XXXXXX)
T0=$SECONDS
step() { echo "[container-test +$((SECONDS - T0))s] $*"; }
fail() { echo "[container-test] FAIL: $*" >&2; exit 1; }
pids=()

cleanup() {
  local rc=$?
  if [ $rc != 0 ] && [ -f "$W/compose.yml" ]; then
    echo "---- container logs ----"
    docker-compose -f "$W/compose.yml" -p $PROJECT logs --no-color --tail 60 2>&1 || true
    echo "---- simulator ----"; tail -20 "$W/sim.log" 2>/dev/null || true
  fi
  [ -f "$W/compose.yml" ] && docker-compose -f "$W/compose.yml" -p $PROJECT down -v -t 5 >/dev/null 2>&1 || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # images of earlier builds of this Dockerfile, superseded by this one (never other images)
  podman image prune -f --filter label=io.solargw.image >/dev/null 2>&1 || true
  rm -rf "$W"
  exit $rc
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || fail "needs root (rootful podman)"
for t in podman docker-compose socat mosquitto_sub curl python3 java; do
  command -v $t >/dev/null || fail "$t is not installed (.ci/run installs it)"
done
[ -f "$JAR" ] || fail "$JAR missing: mvn -B -DskipTests package first"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

step "base images"
"$ROOT/docker/test/base-images.sh"

step "podman build"
build_args=()
M2_REPO=${SOLARGW_M2_REPO:-$HOME/.m2/repository}
if [ "${SOLARGW_BUILD_ONLINE:-0}" != 1 ] && [ -d "$M2_REPO" ]; then
  build_args=(-v "$M2_REPO:/m2/repository" --build-arg "MAVEN_FLAGS=-o -Dmaven.repo.local=/m2/repository")
fi
b0=$SECONDS
# --format docker: the OCI format has no HEALTHCHECK. --pull=never: no registry is reachable.
podman build --pull=never --format docker "${build_args[@]}" -t $IMAGE -f "$ROOT/docker/Dockerfile" "$ROOT" \
  >"$W/build.log" 2>&1 || { tail -40 "$W/build.log"; fail "podman build failed (output above)"; }
step "image built in $((SECONDS - b0)) s"

step "image metadata"
[ "$(podman inspect -f '{{.Config.User}}' $IMAGE)" = solargw ] || fail "image does not run as the user solargw"
podman image inspect $IMAGE | python3 -c 'import json, sys; assert "/usr/local/bin/healthcheck" in json.load(sys.stdin)[0]["Healthcheck"]["Test"]' \
  || fail "no HEALTHCHECK in the image (built without --format docker?)"
podman inspect -f '{{json .Config.Volumes}}' $IMAGE | grep -q '"/data"' || fail "/data is not a volume"
ids=$(podman run --rm --no-healthcheck --network none --entrypoint id $IMAGE)
echo "  $ids"
[[ $ids == uid=10001\(solargw\)* && $ids == *"20(dialout)"* ]] || fail "container user is not solargw in dialout: $ids"
podman run --rm --no-healthcheck --network none $IMAGE --version >/dev/null || fail "solar-gateway --version fails in the image"

step "simulator (1 inverter, 2 packs) on this machine"
java -jar "$JAR" simulate --inverters 1 --packs 2 --tcp 0.0.0.0:0,0.0.0.0:0 --baud 0 --speed 600 \
  --start 2026-06-21T11:00 >"$W/sim.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q 'bus battery listening' "$W/sim.log" && break; sleep 0.2; done
inv_port=$(sed -n 's/.*bus inverters listening on .*:\([0-9]*\)$/\1/p' "$W/sim.log")
bms_port=$(sed -n 's/.*bus battery listening on .*:\([0-9]*\)$/\1/p' "$W/sim.log")
[ -n "$inv_port" ] && [ -n "$bms_port" ] || fail "simulator did not start: $(cat "$W/sim.log")"
# The inverter bus as a serial device: a pty owned by the group dialout (20) and not readable by
# others, so the container user reaches it through its dialout membership only.
socat pty,raw,echo=0,link="$W/ttyINV" tcp:127.0.0.1:$inv_port >"$W/socat.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -e "$W/ttyINV" ] && break; sleep 0.1; done
pty=$(readlink -f "$W/ttyINV")
chgrp 20 "$pty"; chmod 0660 "$pty"
echo "  inverter bus: tcp $inv_port via $pty -> /dev/ttyUSB0; battery bus: tcp $bms_port"

step "compose file"
mqtt_port=$(free_port); http_port=$(free_port)
export MQTT_PORT=127.0.0.1:$mqtt_port HTTP_PORT=127.0.0.1:$http_port
cd "$ROOT/docker"
docker-compose -f docker-compose.yml config -q || fail "docker-compose.yml is not valid"
# The test's variant of the user's compose file, changed only where this machine needs it:
# --device on a pty gives EIO, so the pty is bind-mounted as /dev/ttyUSB0 instead of `devices:`;
# the battery bus (not in the example config) is added by environment, on the simulator's TCP port.
# The published energy totals are the ones last saved (so a crash never makes them go back); the test
# saves every 2 s instead of every 60 s, keeping the image's own JVM flags.
image_opts=$(podman image inspect -f '{{range .Config.Env}}{{println .}}{{end}}' $IMAGE | sed -n 's/^JAVA_OPTS=//p')
[ -n "$image_opts" ] || fail "the image sets no JAVA_OPTS"
docker-compose -f docker-compose.yml config | python3 -c '
import sys, yaml
c = yaml.safe_load(sys.stdin)
g = c["services"]["gateway"]
g.pop("devices")
g["volumes"].append(sys.argv[1] + ":/dev/ttyUSB0")
g["environment"].update({
    "SOLAR_GATEWAY_BUSES_1_NAME": "battery",
    "SOLAR_GATEWAY_BUSES_1_PORT": "host.containers.internal:" + sys.argv[2],
    "SOLAR_GATEWAY_BUSES_1_BATTERY_PACKS": "2",
    "SOLAR_GATEWAY_POLL_FAST_S": "1",
    "SOLAR_GATEWAY_POLL_SLOW_S": "2",  # the lifetime energy registers are slow reads
    "JAVA_OPTS": g["environment"].get("JAVA_OPTS", sys.argv[4]) + " -Dsolargw.energy.save.seconds=2",
})
for v in c["volumes"].values():  # never touch the volumes of a gateway really running here
    v["name"] = sys.argv[3] + "_" + v["name"]
yaml.safe_dump(c, sys.stdout)' "$pty" "$bms_port" $PROJECT "$image_opts" >"$W/compose.yml"

step "compose up through the podman socket"
podman system service --time=0 "unix://$W/podman.sock" >"$W/podman-service.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -S "$W/podman.sock" ] && break; sleep 0.1; done
export DOCKER_HOST=unix://$W/podman.sock
docker-compose -f "$W/compose.yml" -p $PROJECT up -d --no-build 2>&1 | sed 's/^/  /'
gw=$(docker-compose -f "$W/compose.yml" -p $PROJECT ps -q gateway)
[ -n "$gw" ] || fail "gateway container not created"

step "waiting for /health 200"
code=000
for _ in $(seq 150); do
  code=$(curl -s -o "$W/health.json" -w '%{http_code}' "http://127.0.0.1:$http_port/health" || true)
  [ "$code" = 200 ] && break; sleep 0.2
done
[ "$code" = 200 ] || fail "/health answered $code"
step "/health 200: $(tr -d '\n ' <"$W/health.json" | cut -c1-160)..."

step "waiting for inverter and pack states on MQTT"
# Retained states: a new subscriber gets the latest at once; wait until both devices read as online.
mosquitto_sub -h 127.0.0.1 -p "$mqtt_port" -v -t solar/home/inverter-1/state -t solar/home/pack-2/state \
  >"$W/states.txt" 2>&1 &
pids+=($!)
online() { grep -q "^solar/home/$1/state .*\"availability\":\"online\"" "$W/states.txt"; }
for _ in $(seq 300); do online inverter-1 && online pack-2 && break; sleep 0.2; done
online inverter-1 || fail "no online inverter-1 state (inverter bus on the pty /dev/ttyUSB0)"
online pack-2 || fail "no online pack-2 state (battery bus over TCP)"
step "inverter-1 (pty) and pack-2 (tcp) online on MQTT"
curl -s "http://127.0.0.1:$http_port/health" >"$W/health.json" || true
python3 -c 'import json, sys; h = json.load(open(sys.argv[1])); sys.exit(not (h["status"] == "ok" and
    all(b["status"] == "ok" and b["link_up"] for b in h["buses"])))' "$W/health.json" \
  || fail "/health does not report both buses ok: $(cat "$W/health.json")"

step "the image's HEALTHCHECK"
podman healthcheck run "$gw" >/dev/null || fail "podman healthcheck run: unhealthy"
status=$(podman inspect -f '{{.State.Health.Status}}' "$gw")
[ "$status" = healthy ] || fail "health status $status"

# The gateway's energy totals as last published, then the same totals in the volume after the stop:
# present, not zero, and not behind what Home Assistant already saw.
pv_published() {
  timeout 10 mosquitto_sub -h 127.0.0.1 -p "$mqtt_port" -C 1 -t solar/home/gateway/state >"$W/gateway-state.json"
  python3 -c 'import json, sys; sys.exit(json.load(open(sys.argv[1]))["pv_energy_total_kWh"] <= 0)' \
    "$W/gateway-state.json"
}
for _ in $(seq 60); do pv_published && break; sleep 0.5; done
pv_published || fail "the gateway never published a PV energy total above 0"
step "stopping"
docker-compose -f "$W/compose.yml" -p $PROJECT stop -t 10 2>&1 | sed 's/^/  /'
podman logs "$gw" 2>&1 | grep -q 'stopping' || fail "the gateway did not log a clean stop"

step "energy counters in the /data volume"
vol=$(podman volume inspect -f '{{.Mountpoint}}' ${PROJECT}_solar-gateway-data)
[ -f "$vol/energy.json" ] || fail "no energy.json in the /data volume: $(ls -la "$vol")"
[ "$(stat -c %u "$vol/energy.json")" = 10001 ] || fail "energy.json not written by the container user"
python3 - "$vol/energy.json" "$W/gateway-state.json" <<'PY' || fail "energy.json does not hold the counters"
import json, sys
counters = json.load(open(sys.argv[1]))["counters"]
published = json.load(open(sys.argv[2]))
for q in ("pv", "load", "grid_import", "battery_charge", "battery_discharge"):
    kept = sum(c["lifetime_kWh"] for k, c in counters.items() if k.endswith("/" + q))
    seen = published[q + "_energy_total_kWh"]
    print(f"  {q}: {kept:.4f} kWh kept, {seen} kWh published")
    assert kept >= seen - 0.011, f"{q} counter behind what was published"
assert sum(c["lifetime_kWh"] for c in counters.values()) > 0, "every counter is zero"
PY
step "PASS"
