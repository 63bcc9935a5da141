#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, then runs the whole test suite (the UI's
# unit tests and type check, then every Rust test, including the app's end-to-end test in a
# real window under Xvfb, then the Debian package installed and run) and ends with one line of
# totals ("N passed, N failed").
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_system_packages "${TEST_PACKAGES[@]}"
ensure_rust
ensure_tauri_driver
build_ui
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
(cd ui && npm run check --silent && NO_COLOR=1 npx vitest run --reporter=verbose) 2>&1 | tee "$log" || status=$?
# The CLI's and the app's tests start the LLM and speech workers from beside their binaries:
# `cargo test --workspace` builds every package's binaries (both workers have tests) before it
# runs any test. No separate `cargo build -p ...` first: its features differ from the
# workspace's, which built llama.cpp and whisper.cpp a second time.
build_compat_asr_worker debug 2>&1 | tee -a "$log" || status=$?
cargo test --workspace --locked --no-fail-fast 2>&1 | tee -a "$log" || status=$?
# The Debian package, from this build's programs: built, installed, run, removed.
test_deb 2>&1 | tee -a "$log" || status=$?
sed -i 's/\x1b\[[0-9;]*m//g' "$log"
awk '/^test result:/ { passed += $4; failed += $6 }
     /^ +Tests +[0-9]/ { for (i = 2; i < NF; i++) { if ($(i+1) ~ /^passed/) passed += $i; if ($(i+1) ~ /^failed/) failed += $i } }
     END { printf "%d passed, %d failed\n", passed, failed }' "$log"
exit "$status"
