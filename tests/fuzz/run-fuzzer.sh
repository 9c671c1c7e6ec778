#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SECONDS SEEDS WORKDIR: runs a libFuzzer target for a bounded time on a
# working corpus grown from the committed seeds. Any crash, leak, sanitizer report or timeout
# fails: libFuzzer exits non-zero and leaves the reproducer in WORKDIR/artifacts.
set -u
fuzzer=$1 seconds=$2 seeds=$3 work=$4
mkdir -p "$work/corpus" "$work/artifacts"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" \
    >"$work/log" 2>&1
rc=$?
if [ "$rc" -ne 0 ]; then
    tail -n 60 "$work/log"
else
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/log"
fi
exit "$rc"
