#!/usr/bin/env bash
# Builds Khung's release bundle and serves it on http://127.0.0.1:8080 (installs what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/.tools/node_modules/.bin:$PATH"
# No autoreload or error-overlay scripts: the page keeps its CSP without inline scripts.
exec trunk serve --release --offline --no-autoreload --no-error-reporting
