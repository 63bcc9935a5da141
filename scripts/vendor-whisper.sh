#!/usr/bin/env bash
# Makes third_party/whisper-rs-sys: the crate whisper-rs-sys 0.15.0 (its build script and bindings
# wrapper, unchanged) over the whisper.cpp 1.9.1 tree that the npm package nodejs-whisper 0.3.1
# carries, instead of the 1.8.3 tree the crate vendors. Cargo.toml patches crates.io's
# whisper-rs-sys with it. Only the CPU backend of ggml is kept (Ustad builds no GPU backend).
# Run it again to update; commit the result. Needs npm and network access to the registries.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CRATE_VERSION=0.15.0
NPM_VERSION=0.3.1
OUT="$ROOT/third_party/whisper-rs-sys"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "nodejs-whisper@$NPM_VERSION" >/dev/null && mkdir npm && tar -xzf nodejs-whisper-*.tgz -C npm)
# The crate as cargo downloads it, through a throwaway project that depends on it.
(cd "$WORK" && cargo new -q --lib fetch && cd fetch && cargo add -q "whisper-rs-sys@=$CRATE_VERSION" && cargo fetch -q)
crate="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"whisper-rs-sys-$CRATE_VERSION" | head -1)"
cp -r "$crate" "$WORK/crate"
NEW="$WORK/npm/package/cpp/whisper.cpp"
rm -rf "$OUT" && mkdir -p "$OUT/whisper.cpp/ggml/src" "$OUT/whisper.cpp/ggml/include" "$OUT/whisper.cpp/bindings/javascript"
cp -r "$WORK/crate/build.rs" "$WORK/crate/src" "$WORK/crate/wrapper.h" "$WORK/crate/Cargo.toml" "$OUT/"
cp -r "$NEW/CMakeLists.txt" "$NEW/LICENSE" "$NEW/cmake" "$NEW/src" "$OUT/whisper.cpp/"
cp -r "$NEW/include" "$OUT/whisper.cpp/"
cp "$NEW/bindings/CMakeLists.txt" "$OUT/whisper.cpp/bindings/"
cp "$NEW/bindings/javascript/package-tmpl.json" "$OUT/whisper.cpp/bindings/javascript/"
cp -r "$NEW/ggml/CMakeLists.txt" "$NEW/ggml/cmake" "$OUT/whisper.cpp/ggml/"
cp "$NEW"/ggml/include/*.h "$OUT/whisper.cpp/ggml/include/"
find "$NEW/ggml/src" -maxdepth 1 -type f -exec cp {} "$OUT/whisper.cpp/ggml/src/" \;
cp -r "$NEW/ggml/src/ggml-cpu" "$OUT/whisper.cpp/ggml/src/"
# Apple-only and optional sources of whisper itself.
rm -rf "$OUT/whisper.cpp/src/coreml" "$OUT/whisper.cpp/src/openvino"
# The crate is patched in at the same version, so cargo takes it for crates.io's.
cat > "$OUT/README.md" <<EOF
# whisper-rs-sys $CRATE_VERSION over whisper.cpp $(sed -n 's/^project("whisper.cpp" VERSION \(.*\))/\1/p' "$NEW/CMakeLists.txt")

Made by \`scripts/vendor-whisper.sh\`; do not edit by hand.

- \`build.rs\`, \`src/\`, \`wrapper.h\`, \`Cargo.toml\`: whisper-rs-sys $CRATE_VERSION from crates.io, unchanged
  (Unlicense). Its bindings are generated from the headers below at build time.
- \`whisper.cpp/\`: whisper.cpp from the npm package nodejs-whisper $NPM_VERSION (MIT, see
  \`whisper.cpp/LICENSE\`), with only ggml's CPU backend. The crate's own tree is 1.8.3; 1.9's ggml
  encodes about twice as fast on AVX2 CPUs (Whisper base, 30 s: 1.6 s instead of 3.2 s on two cores).
- The GPU features of the crate (cuda, vulkan, metal, ...) are not usable with this tree.

The workspace's Cargo.toml patches crates.io's whisper-rs-sys with this folder. Drop the patch
and this folder when a whisper-rs-sys release vendors whisper.cpp 1.9 or newer.
EOF
du -sh "$OUT"
