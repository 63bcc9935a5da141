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
# The tests also run the workers on emulated older CPUs (qemu-x86_64 -cpu Nehalem, no AVX) and
# look for AVX-512 instructions in the binaries (objdump, in binutils).
TEST_PACKAGES=(qemu-user binutils)
TOOLS="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/tools"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_system_packages() {
    local missing=()
    for package in "${SYSTEM_PACKAGES[@]}" "$@"; do
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
    remove_dangling_library_links
}

# llama-cpp-sys-2's build script hard-links its libllama.so etc. (symbolic links to
# libllama.so.0) into the target folders and panics ("File exists") when it runs again for
# another feature set and finds one of them dangling. crates/llm-engine/build.rs removes them
# after each build of llama.cpp; this clears what an interrupted build left behind.
remove_dangling_library_links() {
    local profile dir
    for profile in debug release; do
        for dir in "$CARGO_TARGET_DIR/$profile" "$CARGO_TARGET_DIR/$profile/deps" "$CARGO_TARGET_DIR/$profile/examples"; do
            [ -d "$dir" ] && find "$dir" -maxdepth 1 -name 'lib*.so' -xtype l -delete
        done
    done
    return 0
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

# The speech worker for CPUs without AVX2 (the compatible tier): whisper-rs-sys builds
# whisper.cpp's ggml for one instruction set, so this is a second build of the worker alone,
# with SSE4.2 and without AVX, AVX2, FMA, F16C and BMI2, in a target folder of its own. It is
# copied beside the other programs as ustad-asr-worker-compat; the supervisor starts it on a CPU
# without AVX2, or after the AVX2 build died of SIGILL. $1: debug or release.
build_compat_asr_worker() {
    local profile="$1" flag=()
    [ "$profile" = release ] && flag=(--release)
    USTAD_BUILD_TIER=compat GGML_NATIVE=OFF GGML_SSE42=ON GGML_AVX=OFF GGML_AVX2=OFF GGML_FMA=OFF GGML_F16C=OFF \
        GGML_BMI2=OFF GGML_AVX_VNNI=OFF GGML_AVX512=OFF \
        cargo build --locked "${flag[@]}" -p asr-worker --target-dir "$CARGO_TARGET_DIR/compat"
    mkdir -p "$CARGO_TARGET_DIR/$profile"
    cp "$CARGO_TARGET_DIR/compat/$profile/ustad-asr-worker" "$CARGO_TARGET_DIR/$profile/ustad-asr-worker-compat.partial"
    mv "$CARGO_TARGET_DIR/$profile/ustad-asr-worker-compat.partial" "$CARGO_TARGET_DIR/$profile/ustad-asr-worker-compat"
}

# The Debian package in CI: built from the test build's programs (scripts/build-deb.sh debug),
# installed with apt (its dependencies from Debian), checked by the installed-package test (the
# installed `ustad doctor`, and the installed app's window under Xvfb), then removed.
test_deb() {
    bash "$ROOT/scripts/build-deb.sh" debug
    local deb status=0
    deb="$(ls -t "$CARGO_TARGET_DIR"/debug/bundle/deb/*.deb | head -n 1)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
    # The test binary `cargo test --workspace` built, run by itself: asking Cargo for one test
    # target resolves features differently and would build Tauri's crates again.
    local test
    test="$(cargo test --workspace --locked --no-run --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    message = json.loads(line)
    if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "installed" and message.get("executable"):
        print(message["executable"])')"
    (cd "$ROOT/src-tauri" && CARGO_MANIFEST_DIR="$ROOT/src-tauri" "$test" --ignored) || status=$?
    as_root dpkg -r ustad
    return "$status"
}
