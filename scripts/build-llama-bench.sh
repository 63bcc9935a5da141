#!/usr/bin/env bash
# Builds llama.cpp's own llama-bench, for `ustad bench llm --llama-bench PATH`. The source is the
# llama.cpp tree inside the llama-cpp-python source distribution from PyPI, at the version nearest
# to the llama.cpp that llama-cpp-sys-2 vendors (ggml 0.26.0 in llama-cpp-sys-2 0.1.161; the
# newest sdist, llama-cpp-python 0.3.36, carries ggml 0.25.3). It is configured like
# llama-cpp-sys-2 builds ggml: GGML_NATIVE=OFF (ggml's defaults: AVX, AVX2, F16C, FMA), OpenMP,
# Release. With --native it is built for this machine's CPU (-march=native, GGML_NATIVE=ON): the
# reference for the worker's run-time choice of ggml's CPU variant, which should come within 5 %
# of it. Nothing of it is committed; it lives in the cache folder. Prints the program's path.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_system_packages
VERSION=0.3.36
NATIVE=OFF SUFFIX=""
if [ "${1:-}" = --native ]; then NATIVE=ON SUFFIX="-native"; fi
CACHE="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/llama-bench"
SRC="$CACHE/llama_cpp_python-$VERSION/vendor/llama.cpp"
BUILD="$CACHE/build-$VERSION$SUFFIX"
BIN="$BUILD/bin/llama-bench"
if [ ! -x "$BIN" ]; then
    mkdir -p "$CACHE"
    if [ ! -d "$SRC" ]; then
        python3 -m pip download --no-deps --no-binary :all: --disable-pip-version-check -q -d "$CACHE" "llama-cpp-python==$VERSION"
        tar -xzf "$CACHE/llama_cpp_python-$VERSION.tar.gz" -C "$CACHE"
    fi
    cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=$NATIVE -DGGML_OPENMP=ON \
        -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF >/dev/null
    cmake --build "$BUILD" --target llama-bench -j "$(nproc)" >/dev/null
fi
echo "$BIN"
