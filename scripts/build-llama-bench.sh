#!/usr/bin/env bash
# Builds llama.cpp's own llama-bench, for `ustad bench llm --llama-bench PATH`, from the very
# llama.cpp the worker is built from: the tree llama-cpp-sys-2 vendors (ggml 0.26.0 in 0.1.161),
# found through `cargo metadata`. That crate leaves llama-bench's source out, so its two files
# come from the llama.cpp tree inside the llama-cpp-python source distribution on PyPI (0.3.36,
# the newest, carries ggml 0.25.3; llama-bench.cpp builds unchanged against 0.26.0); only
# llama-bench is configured among the tools. It is configured like llama-cpp-sys-2 builds ggml:
# GGML_NATIVE=OFF (ggml's defaults: AVX, AVX2, F16C, FMA), OpenMP, Release. With --native it is
# built for this machine's CPU (-march=native, GGML_NATIVE=ON): the reference for the worker's
# run-time choice of ggml's CPU variant, which should come within 5 % of it. Nothing of it is
# committed; it lives in the cache folder. Prints the program's path.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_system_packages
ensure_rust
VERSION=0.3.36
NATIVE=OFF SUFFIX=""
if [ "${1:-}" = --native ]; then NATIVE=ON SUFFIX="-native"; fi
CACHE="${USTAD_CACHE_DIR:-$HOME/.cache/ustad}/llama-bench"
BENCH_SRC="$CACHE/llama_cpp_python-$VERSION/vendor/llama.cpp/tools/llama-bench"
CRATE="$(cd "$ROOT" && cargo metadata --format-version 1 --locked | python3 -c '
import json, os, sys
for package in json.load(sys.stdin)["packages"]:
    if package["name"] == "llama-cpp-sys-2":
        print(os.path.dirname(package["manifest_path"]))')"
CRATE_VERSION="$(basename "$CRATE")"
SRC="$CACHE/$CRATE_VERSION"
BUILD="$CACHE/build-$CRATE_VERSION$SUFFIX"
BIN="$BUILD/bin/llama-bench"
if [ ! -x "$BIN" ]; then
    mkdir -p "$CACHE"
    if [ ! -d "$BENCH_SRC" ]; then
        python3 -m pip download --no-deps --no-binary :all: --disable-pip-version-check -q -d "$CACHE" "llama-cpp-python==$VERSION"
        tar -xzf "$CACHE/llama_cpp_python-$VERSION.tar.gz" -C "$CACHE"
    fi
    if [ ! -d "$SRC" ]; then
        cp -r "$CRATE/llama.cpp" "$SRC.tmp"
        cp "$BENCH_SRC"/*.cpp "$BENCH_SRC/CMakeLists.txt" "$SRC.tmp/tools/llama-bench/"
        printf 'find_package(Threads REQUIRED)\nllama_add_compile_flags()\nadd_subdirectory(llama-bench)\n' \
            > "$SRC.tmp/tools/CMakeLists.txt"
        mv "$SRC.tmp" "$SRC"
    fi
    cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=$NATIVE -DGGML_OPENMP=ON \
        -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
        -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF -DLLAMA_BUILD_TOOLS=ON >/dev/null
    cmake --build "$BUILD" --target llama-bench -j "$(nproc)" >/dev/null
fi
echo "$BIN"
