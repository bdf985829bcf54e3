#!/usr/bin/env bash
# `npm test`: every check, in order of cost. Type check, unit tests (loader, codes, sanitizing,
# search), the validator over lists/, a production build, then the browser tests against out/.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-tools.sh
echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests"
npx vitest run
echo "== validate lists/"
npx tsx scripts/validate.ts
echo "== production build"
npm run build --silent
echo "== browser tests"
npx vitest run --config vitest.browser.config.ts
