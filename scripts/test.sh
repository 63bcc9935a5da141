#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, then runs the whole test suite and ends
# with one line of totals ("N passed, N failed").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_system_packages
ensure_rust
# The CLI's tests start the LLM and speech workers from beside the ustad binary.
cargo build --locked -p llm-worker -p asr-worker
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
cargo test --workspace --locked 2>&1 | tee "$log" || status=$?
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "%d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
