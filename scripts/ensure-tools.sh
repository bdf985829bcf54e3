#!/usr/bin/env bash
# Makes sure the system tools the tests drive are present: Debian's Chromium (browser tests) and
# promtool (rule checks). Installs them from Debian's packages when missing; never starts services.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
  fi
  echo "== installing Debian's chromium for the browser tests"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
bash scripts/install-promtool.sh >/dev/null
