#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds Ustad (the UI, the desktop app, the
# command-line program and the two workers), builds and installs the default content pack,
# fetches the default models, then opens the app.
# With arguments, runs the command-line program instead (for example: scripts/run.sh shell,
# scripts/run.sh search "why are leaves green").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_system_packages
ensure_rust
build_ui
cargo build --release --locked -p ustad-app -p ustad -p llm-worker -p asr-worker
build_compat_asr_worker release
USTAD="$CARGO_TARGET_DIR/release/ustad"
"$USTAD" pack build curriculum -o "$CARGO_TARGET_DIR/default.ustadpack"
# Signed with the repository's development key (keys/README.md): a laptop installs signed packs only.
"$USTAD" pack sign "$CARGO_TARGET_DIR/default.ustadpack" --key keys/dev-root
"$USTAD" pack install "$CARGO_TARGET_DIR/default.ustadpack"
# The default tutor and speech models; lessons, quizzes and typed questions work without them.
"$USTAD" models fetch || echo "The default model could not be fetched now; lessons and quizzes still work."
"$USTAD" models fetch whisper-base || echo "The speech model could not be fetched now; typing still works."
if [ "$#" -gt 0 ]; then
    exec "$USTAD" "$@"
fi
exec "$CARGO_TARGET_DIR/release/ustad-app"
