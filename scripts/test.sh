#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, then runs the whole test suite.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_system_packages
ensure_rust
# The CLI's tests start the LLM worker from beside the ustad binary.
cargo build --locked -p llm-worker
cargo test --workspace --locked
