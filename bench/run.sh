#!/usr/bin/env bash
# Benchmark harness (not part of `mvn verify`): builds the jar and the synthetic-corpus generator,
# then runs bench/bench.py, which times whole builds of Casebook and (if installed) Hugo on the same
# corpus and writes bench/RESULTS.md.
#   bench/run.sh [--cases N | --kb DIR] [--runs 5] [--no-hugo] [--no-search] [--work DIR] [--scale 100000]
# --work must be on a journalled file system or tmpfs: on ext4 without a journal, creating files soon
# after others were deleted costs seconds of kernel time, and the harness says so in RESULTS.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
offline=()
[ -n "${MVN_OFFLINE:-}" ] && offline=(-o)
# test-compile runs with -DskipTests: SyntheticKb and FirstSearchBench live in the test classes
mvn -q -B -ntp "${offline[@]}" -DskipTests package
exec python3 "$root/bench/bench.py" "$@"
