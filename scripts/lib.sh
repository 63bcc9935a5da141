# Shared by scripts/run.sh and scripts/test.sh: install what is missing on Debian 12 / Ubuntu.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ustad/target}"
export PATH="$HOME/.cargo/bin:$PATH"

# Debian packages the build and the tests need: a C/C++ toolchain, cmake and libclang for
# llama.cpp, whisper.cpp and libopus, ALSA's headers for the microphone, WebKitGTK for the
# app's window (Tauri), pip, which fetches the default models, espeak-ng, sox, opusenc and
# lame, which make the speech tests' audio, Xvfb with WebKitGTK's WebDriver for the
# end-to-end tests in a real window, DejaVu Sans for Latin text in printed reports, and
# poppler's pdftoppm, which renders them in the tests.
SYSTEM_PACKAGES=(build-essential pkg-config ca-certificates curl git python3 python3-pip cmake clang libclang-dev
    libasound2-dev libwebkit2gtk-4.1-dev espeak-ng sox opus-tools lame xvfb webkit2gtk-driver fonts-dejavu-core
    poppler-utils)
TOOLS="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/tools"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_system_packages() {
    local missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing system packages: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        echo "Installing the Rust toolchain (rustup)"
        curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    fi
}

# Node.js and npm for the UI (Debian's are recent enough); a newer one already here is kept.
ensure_node() {
    if ! command -v npm >/dev/null 2>&1; then
        echo "Installing Node.js and npm"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
    fi
}

# The UI's packages (ui/package-lock.json) and its build (ui/dist), which the app embeds.
# `npm install` rather than `npm ci`: npm 10-11 leave other platforms' optional packages (rollup's
# native builds) out of the lock file and `npm ci` then refuses it; install follows the lock.
build_ui() {
    ensure_node
    (cd "$ROOT/ui" && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm install --no-audit --no-fund; } && npm run build --silent)
}

# tauri-driver, the WebDriver server for Tauri apps, built once into the cache.
ensure_tauri_driver() {
    if [ ! -x "$TOOLS/bin/tauri-driver" ]; then
        echo "Building tauri-driver into $TOOLS"
        cargo install --quiet --locked --root "$TOOLS" tauri-driver --version "^2"
    fi
    export TAURI_DRIVER="$TOOLS/bin/tauri-driver"
}
