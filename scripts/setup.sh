#!/usr/bin/env bash
# Installs what building and testing Khung needs, skipping whatever is already there at the right
# version, so a second run costs seconds. Needs only the Rust toolchain and the package
# registries (crates.io, npm, Debian). Nothing downloads a prebuilt binary from elsewhere.
#
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and chromedriver)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$root/.tools/node_modules/.bin:$PATH"

# 1. The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. Trunk, the bundler (0.21.14 is the newest that builds with rustc 1.95).
TRUNK_VERSION=0.21.14
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the version Cargo.lock pins (without --locked: a locked
#    dependency of 0.2.x is not served by the registry).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
if [ -z "$WB_VERSION" ]; then
  log "Cargo.lock names no wasm-bindgen version"; exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# 4. wasm-opt from npm's binaryen (Debian's is too old), and the end-to-end test's npm packages.
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  log "installing binaryen 132 (wasm-opt) from npm"
  mkdir -p .tools
  [ -f .tools/package.json ] || echo '{"private":true}' > .tools/package.json
  npm install --prefix .tools --no-audit --no-fund binaryen@132 >&2
fi
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  log "installing the end-to-end test's npm packages"
  npm ci --prefix tests/e2e --no-audit --no-fund >&2
fi

# 5. Debian's Chromium and chromedriver for the browser tests; Graphviz for the layout benchmark;
#    xmllint to validate ArchiMate exports against the exchange-format schema; LibreOffice
#    (headless Writer) and poppler to open the Word report and read the PDF it makes.
if [ "$want_browser" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v dot >/dev/null || missing+=(graphviz)
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  office=()
  command -v soffice >/dev/null || office+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null || office+=(poppler-utils)
  if [ $((${#missing[@]} + ${#office[@]})) -gt 0 ]; then
    log "installing ${missing[*]} ${office[*]} from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq >&2
    if [ ${#missing[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >&2
    fi
    if [ ${#office[@]} -gt 0 ]; then
      # Without recommends: Writer alone (about 25 s), not the whole office suite.
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${office[@]}" >&2
    fi
  fi
fi
log "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
