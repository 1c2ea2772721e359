#!/usr/bin/env bash
# Lighthouse scores (mobile and desktop) of a page of the built site, served from out/ on a local port.
# Needs network access to fetch lighthouse with npx the first time; it is not a project dependency.
# Usage: scripts/lighthouse.sh [path]   (default: /learn/why-images-get-big/)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGE="${1:-/learn/why-images-get-big/}"
PORT="${LIGHTHOUSE_PORT:-3200}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export NO_UPDATE_CHECK=1
[ -f out/index.html ] || { echo "out/ is missing: run npm run build first" >&2; exit 1; }

node_modules/.bin/serve out -l "$PORT" --no-port-switching -L >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://localhost:$PORT/" >/dev/null && break; sleep 0.2; done

REPORTS="$(mktemp -d)"
for FORM in mobile desktop; do
  EXTRA=()
  [ "$FORM" = desktop ] && EXTRA=(--preset=desktop)
  npx -y lighthouse@12 "http://localhost:$PORT$PAGE" "${EXTRA[@]}" --quiet --output=json \
    --output-path="$REPORTS/$FORM.json" --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map((c) => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    const a = r.audits;
    console.log(`${process.argv[2].padEnd(7)} ${s} | FCP ${a["first-contentful-paint"].displayValue}, LCP ${a["largest-contentful-paint"].displayValue}, TBT ${a["total-blocking-time"].displayValue}, CLS ${a["cumulative-layout-shift"].displayValue}`);
  ' "$REPORTS/$FORM.json" "$FORM"
done
rm -rf "$REPORTS"
