#!/usr/bin/env bash
# Word-diff timings of issue 14, measured as processes in one run (best of N, wall time; for the 1 MB pair also
# the CPU time of each process, which the load of a shared machine changes far less):
#   1. two files whose one clause (32,000 tokens: 16,000 words and the spaces) is rewritten completely;
#   2. the repetitive 1 MB pair: `nusqa show V2000021844` repeated 16 times, one word changed every 40 lines,
#      against `git diff --no-index --word-diff` on the same pair.
# Usage: Tools/bench-diff.sh [runs]   (from the repository root; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift build -c release --product nusqa > /dev/null
nusqa=.build/release/nusqa
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# Pair 1: one clause rewritten end to end, words from the same 2,000-word vocabulary.
for side in a b; do
  seed=$([ "$side" = a ] && echo 1 || echo 2)
  awk -v seed="$seed" 'BEGIN { srand(seed); printf "Бұйрық туралы\n\n1. "; for (i = 0; i < 16000; i++) printf "%sсөз%d", (i ? " " : ""), int(rand() * 2000); printf "\n2. Соңғы тармақ.\n" }' > "$dir/clause-$side.txt"
done

# Pair 2: a rendered act repeated 16 times; the second copy changes one word every 40 lines.
"$nusqa" show V2000021844 --as-of 2027-01-01 --corpus Corpus > "$dir/act.txt"
for i in $(seq 16); do cat "$dir/act.txt"; done > "$dir/rep-a.txt"
awk 'NR % 40 == 0 && NF > 0 { $NF = $NF "Х" } { print }' "$dir/rep-a.txt" > "$dir/rep-b.txt"

best() { # best wall time in ms of $runs runs of "$@"
  local best=""
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

cpu() { # best CPU time (user + system) in ms of $runs runs of "$@": what the process cost, whatever the load
  local best="" TIMEFORMAT='%3U %3S'
  for _ in $(seq "$runs"); do
    local ms
    ms=$( { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%d", ($1 + $2) * 1000 }')
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$best"
}

clause=$(best "$nusqa" diff "$dir/clause-a.txt" "$dir/clause-b.txt")
rep=$(best "$nusqa" diff "$dir/rep-a.txt" "$dir/rep-b.txt")
git=$(best git diff --no-index --word-diff "$dir/rep-a.txt" "$dir/rep-b.txt")
parse=$(best "$nusqa" parse "$dir/rep-a.txt")
repcpu=$(cpu "$nusqa" diff "$dir/rep-a.txt" "$dir/rep-b.txt")
gitcpu=$(cpu git diff --no-index --word-diff "$dir/rep-a.txt" "$dir/rep-b.txt")
printf 'pair                                   bytes     nusqa diff   git --word-diff   ratio\n'
printf '32,000-token clause rewritten     %9d   %8d ms\n' "$(cat "$dir/clause-a.txt" "$dir/clause-b.txt" | wc -c)" "$clause"
printf 'repetitive 1 MB pair              %9d   %8d ms   %12d ms   %5.1fx\n' "$(cat "$dir/rep-a.txt" "$dir/rep-b.txt" | wc -c)" "$rep" "$git" "$(awk -v a="$rep" -v b="$git" 'BEGIN { print (b > 0 ? a / b : 0) }')"
printf 'repetitive 1 MB pair, CPU (user+sys)          %8d ms   %12d ms   %5.1fx\n' "$repcpu" "$gitcpu" "$(awk -v a="$repcpu" -v b="$gitcpu" 'BEGIN { print (b > 0 ? a / b : 0) }')"
printf '(nusqa parse of one side of the 1 MB pair: %d ms; load average: %s)\n' "$parse" "$(cut -d' ' -f1-3 /proc/loadavg)"
