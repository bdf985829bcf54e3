#!/usr/bin/env bash
# Makes sure the system tools the tests drive are present: Debian's Chromium (browser tests), nginx
# (the production-server test) and promtool (rule checks). Installs them from Debian's packages when
# missing; never starts services (policy-rc.d refuses them during the install).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
  fi
  echo "== installing Debian's ${missing[*]} for the tests"
  $SUDO apt-get update -qq
  for pkg in "${missing[@]}"; do
    # Chromium with its recommended fonts, as the browser tests and Lighthouse were tuned with.
    if [ "$pkg" = chromium ]; then flags=(); else flags=(--no-install-recommends); fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${flags[@]}" "$pkg" >/dev/null
  done
fi
bash scripts/install-promtool.sh >/dev/null
