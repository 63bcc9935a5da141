#!/usr/bin/env bash
# Builds whisper.cpp's own command-line program twice, for
# `ustad bench asr --whisper-cli PATH...`, and prints the two paths:
#  1. whisper.cpp 1.9.1, the tree inside the npm package nodejs-whisper 0.3.1;
#  2. whisper.cpp 1.8.3, the tree whisper-rs-sys 0.15.0 vendors (the one Ustad links; the newest
#     whisper-rs-sys on crates.io), with the command-line program's sources taken from (1)
#     because the crate ships only the library (two quantisation types that 1.8.3's ggml lacks
#     are dropped from the copy).
# Both are configured as Ustad builds whisper.cpp: GGML_NATIVE=OFF (ggml's portable defaults:
# AVX, AVX2, F16C, FMA), OpenMP, Release. Nothing of it is committed; it lives in the cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_system_packages
NPM_VERSION=0.3.1
CACHE="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/whisper-cli"
NEW="$CACHE/nodejs-whisper-$NPM_VERSION/package/cpp/whisper.cpp"
OLD="$CACHE/whisper-rs-sys-0.15.0"
configure_and_build() { # source folder, build folder
    cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=OFF -DGGML_OPENMP=ON -DBUILD_SHARED_LIBS=OFF \
        -DWHISPER_BUILD_EXAMPLES=ON -DWHISPER_BUILD_TESTS=OFF -DWHISPER_BUILD_SERVER=OFF -DWHISPER_SDL2=OFF \
        -DWHISPER_CURL=OFF >/dev/null
    cmake --build "$2" --target whisper-cli -j "$(nproc)" >/dev/null
}
if [ ! -d "$NEW" ]; then
    mkdir -p "$CACHE/nodejs-whisper-$NPM_VERSION"
    (cd "$CACHE" && npm pack --silent "nodejs-whisper@$NPM_VERSION" >/dev/null)
    tar -xzf "$CACHE/nodejs-whisper-$NPM_VERSION.tgz" -C "$CACHE/nodejs-whisper-$NPM_VERSION"
fi
[ -x "$CACHE/build-1.9.1/bin/whisper-cli" ] || configure_and_build "$NEW" "$CACHE/build-1.9.1"
if [ ! -x "$CACHE/build-1.8.3/bin/whisper-cli" ]; then
    # whisper-rs-sys's source, as cargo unpacked it.
    vendored="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/whisper-rs-sys-0.15.0/whisper.cpp | head -1)"
    rm -rf "$OLD" && cp -r "$vendored" "$OLD" && cp -r "$NEW/examples" "$OLD/"
    sed -i '/NVFP4\|Q1_0/d' "$OLD/examples/common-ggml.cpp"
    configure_and_build "$OLD" "$CACHE/build-1.8.3"
fi
echo "$CACHE/build-1.9.1/bin/whisper-cli"
echo "$CACHE/build-1.8.3/bin/whisper-cli"
