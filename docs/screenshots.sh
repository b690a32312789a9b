#!/usr/bin/env bash
# Makes docs/report.zh.png and docs/report.en.png: runs the README's main example (the Yuzhou
# report) and renders its HTML in Debian's headless Chromium at 1280 px. Needs the packages
# chromium and fonts-noto-cjk (apt-get install chromium fonts-noto-cjk); downloads nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl examples -am compile exec:java
for lang in zh en; do
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" --window-size=1280,3000 \
    --screenshot="$PWD/docs/report.$lang.png" "file://$PWD/target/civic-report/yuzhou-2024.$lang.html" 2>/dev/null
  echo "docs/report.$lang.png"
done
