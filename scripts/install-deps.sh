#!/usr/bin/env bash
# Installs the Debian 12 packages and npm tools the build and tests need.
# Only what is missing is installed, so a second run costs a few dpkg queries.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libgrpc++-dev libgrpc-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libabsl-dev libicu-dev libstemmer-dev libssl-dev prometheus-cpp-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  festlex-cmu
  python3 python3-grpcio python3-protobuf
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# A machine may carry its own Node.js (with npm inside); only install Debian's when none is there.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# buf (the proto linter) is pinned in package.json and comes from the npm registry.
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -x "$here/node_modules/.bin/buf" ]; then
  echo "install-deps: installing npm dev tools (buf)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
