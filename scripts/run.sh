#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds Ustad, builds and installs the
# default content pack, fetches the default model, then starts an interactive Ustad session (lessons, quizzes, search).
# Arguments are passed to `ustad` (for example: scripts/run.sh search "why are leaves green").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_system_packages
ensure_rust
cargo build --release --locked -p ustad -p llm-worker -p asr-worker
USTAD="$CARGO_TARGET_DIR/release/ustad"
"$USTAD" pack build curriculum -o "$CARGO_TARGET_DIR/default.ustadpack"
"$USTAD" pack install "$CARGO_TARGET_DIR/default.ustadpack"
# The default tutor model; lessons, quizzes and search work without it.
"$USTAD" models fetch || echo "The default model could not be fetched now; lessons and quizzes still work."
"$USTAD" models fetch whisper-base || echo "The speech model could not be fetched now; typing still works."
exec "$USTAD" "$@"
