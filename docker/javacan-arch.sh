#!/bin/sh
# Prints the JavaCAN native classifier (the gateway pom's javacan.arch) for the CPU the image is built
# for: TARGETARCH when the builder sets it (amd64, arm64, arm), else the build machine's `uname -m`.
case "${TARGETARCH:-$(uname -m)}" in
  amd64 | x86_64) echo x86_64 ;;
  arm64 | aarch64) echo aarch64 ;;
  arm | armv7l | armv7 | armhf) echo armv7 ;;
  *) echo "javacan-arch: no JavaCAN native for '${TARGETARCH:-$(uname -m)}'; using x86_64 (CAN via SocketCAN will not work)" >&2
     echo x86_64 ;;
esac
