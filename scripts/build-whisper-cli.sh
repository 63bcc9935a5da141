#!/usr/bin/env bash
# Builds whisper.cpp's own command-line program, for `ustad bench asr --whisper-cli PATH`, from the
# whisper.cpp tree inside the npm package nodejs-whisper 0.3.1 (whisper.cpp 1.9.1, the version
# Ustad links through third_party/whisper-rs-sys), and prints its path. It is configured as Ustad
# builds whisper.cpp: GGML_NATIVE=OFF (ggml's portable defaults: AVX, AVX2, F16C, FMA), OpenMP,
# Release. Nothing of it is committed; it lives in the cache.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_system_packages
NPM_VERSION=0.3.1
CACHE="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/whisper-cli"
TREE="$CACHE/nodejs-whisper-$NPM_VERSION/package/cpp/whisper.cpp"
BUILD="$CACHE/build-$(sed -n 's/^project("whisper.cpp" VERSION \(.*\))/\1/p' "$ROOT/third_party/whisper-rs-sys/whisper.cpp/CMakeLists.txt")"
if [ ! -d "$TREE" ]; then
    mkdir -p "$CACHE/nodejs-whisper-$NPM_VERSION"
    (cd "$CACHE" && npm pack --silent "nodejs-whisper@$NPM_VERSION" >/dev/null)
    tar -xzf "$CACHE/nodejs-whisper-$NPM_VERSION.tgz" -C "$CACHE/nodejs-whisper-$NPM_VERSION"
fi
if [ ! -x "$BUILD/bin/whisper-cli" ]; then
    cmake -S "$TREE" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=OFF -DGGML_OPENMP=ON -DBUILD_SHARED_LIBS=OFF \
        -DWHISPER_BUILD_EXAMPLES=ON -DWHISPER_BUILD_TESTS=OFF -DWHISPER_BUILD_SERVER=OFF -DWHISPER_SDL2=OFF \
        -DWHISPER_CURL=OFF >/dev/null
    cmake --build "$BUILD" --target whisper-cli -j "$(nproc)" >/dev/null
fi
echo "$BUILD/bin/whisper-cli"
