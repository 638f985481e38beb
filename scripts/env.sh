# Sourced by the other scripts: tool paths and versions in one place.
# wasm-opt comes from npm's binaryen 132 (Debian's binaryen 108 builds a broken wasm).
BAKTI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$BAKTI_ROOT/node_modules/binaryen/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the wasm-bindgen of Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$BAKTI_ROOT/Cargo.lock")"
