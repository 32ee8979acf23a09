#!/usr/bin/env bash
# Builds Khung's release bundle (the app and the embed) and serves it on http://127.0.0.1:8080,
# sending the precompressed brotli or gzip copy of each file when the browser accepts it
# (installs what is missing). For live rebuilds while developing, `trunk serve` still works.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
trunk build --release --offline
exec node scripts/serve.mjs dist 8080
