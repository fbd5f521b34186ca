#!/usr/bin/env bash
# Runs every test. Installs PostgreSQL, Chromium and chromedriver from Debian's packages when they are missing; the tests then start a throwaway
# cluster of their own on a free loopback port and stop it when they end. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

have_postgres() {
  command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ] && return 0
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

if [ -z "${COORDINATION_TEST_POSTGRES:-}" ] && ! have_postgres; then
  echo "Installing PostgreSQL from Debian's packages..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

have_chromium() {
  command -v chromedriver >/dev/null 2>&1 && { command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; }
}

# The browser tests drive Debian's Chromium through its chromedriver.
if ! have_chromium; then
  echo "Installing Chromium and chromedriver from Debian's packages..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi

dotnet tool restore >/dev/null
dotnet test Coordination.sln --configuration Release "$@"
