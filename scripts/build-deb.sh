#!/usr/bin/env bash
# Builds Ustad's Debian package, offline (Tauri's .deb bundler downloads nothing): the app
# (/usr/bin/ustad-app), the `ustad` command (/usr/bin/ustad), both workers with llama.cpp's
# libraries and CPU variants and the speech worker for CPUs without AVX2 (/usr/lib/ustad/), and
# the signed default content pack (/usr/share/ustad/). Models are not inside: a model pack beside
# the installer (`ustad models pack`) is installed on first run, or a provisioning file names it.
#
#   scripts/build-deb.sh [release|debug]
#
# release (the default) is what schools get. debug packs the test build's programs the same way
# (CI builds, installs and runs that one: a release build of llama.cpp's 14 CPU variants and of
# whisper.cpp twice would add half an hour to CI). The pack is signed with the key
# USTAD_SIGNING_KEY names (default: the development key, keys/README.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
profile="${1:-release}"
ensure_system_packages binutils
ensure_rust
build_ui
if [ "$profile" = release ]; then
    cargo build --release --locked -p ustad-app -p ustad -p llm-worker -p asr-worker
    build_compat_asr_worker release
fi
[ -x "$CARGO_TARGET_DIR/$profile/ustad-app" ] || { echo "Build Ustad first (scripts/test.sh builds the debug programs)." >&2; exit 1; }
bin="$CARGO_TARGET_DIR/$profile"
stage="$CARGO_TARGET_DIR/deb-stage/$profile"
rm -rf "$stage"
mkdir -p "$stage"
# Debug information stays out of the package (the debug build's programs are mostly that).
for file in "$bin"/ustad "$bin"/ustad-llm-worker "$bin"/ustad-asr-worker "$bin"/ustad-asr-worker-compat \
    "$bin"/libllama.so.0 "$bin"/libggml.so.0 "$bin"/libggml-base.so.0 "$bin"/libggml-cpu-*.so; do
    strip --strip-debug -o "$stage/$(basename "$file")" "$file"
done
"$stage/ustad" pack build curriculum -o "$stage/default.ustadpack"
"$stage/ustad" pack sign "$stage/default.ustadpack" --key "${USTAD_SIGNING_KEY:-keys/dev-root}"
# Where each file goes, as Tauri's `bundle.linux.deb.files` (destination: source).
python3 - "$stage" > "$stage/tauri.deb.json" <<'PY'
import json, os, sys
stage = sys.argv[1]
files = {"/usr/bin/ustad": f"{stage}/ustad", "/usr/share/ustad/default.ustadpack": f"{stage}/default.ustadpack"}
for name in sorted(os.listdir(stage)):
    if name.startswith("ustad-") or name.startswith("lib"):
        files[f"/usr/lib/ustad/{name}"] = f"{stage}/{name}"
print(json.dumps({"bundle": {"active": True, "targets": ["deb"], "linux": {"deb": {
    "depends": ["libasound2 | libasound2t64"], "files": files}}}}))
PY
# The programs are built already (above, or by the tests): `tauri bundle` only packs them, so
# Cargo's build is not redone with Tauri's settings (which would rebuild Tauri's crates twice).
flag=()
[ "$profile" = debug ] && flag=(--debug)
(cd src-tauri && "$ROOT/ui/node_modules/.bin/tauri" bundle --ci "${flag[@]}" --bundles deb --config "$stage/tauri.deb.json")
ls "$bin"/bundle/deb/*.deb
