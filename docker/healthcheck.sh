#!/bin/bash
# Docker HEALTHCHECK: GET /health on the gateway's own HTTP server, healthy on 200.
# Plain bash (/dev/tcp), because newer JRE base images ship neither curl nor wget.
port=${SOLAR_GATEWAY_HTTP_PORT:-8080}
exec 3<>"/dev/tcp/127.0.0.1/$port" || { echo "no HTTP server on port $port"; exit 1; }
printf 'GET /health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3 || { echo "no answer from /health"; exit 1; }
case $status in
  "HTTP/1."?" 200"*) exit 0 ;;
  *) echo "${status%$'\r'}"; timeout 1 cat <&3 | tail -c 2000; exit 1 ;;
esac
