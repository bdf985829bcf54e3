#!/usr/bin/env bash
# Unpacks promtool from Debian's prometheus package into .cache/prometheus (no services, no web UI
# dependencies). Prints the path of promtool.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/prometheus
if [ ! -x "$dest/usr/bin/promtool" ]; then
  mkdir -p "$dest/deb"
  (cd "$dest/deb" && rm -f prometheus_*.deb && apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus >/dev/null; })
  dpkg-deb -x "$dest"/deb/prometheus_*.deb "$dest"
fi
echo "$PWD/$dest/usr/bin/promtool"
