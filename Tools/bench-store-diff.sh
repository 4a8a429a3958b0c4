#!/bin/bash
# `nusqa diff` from the store against `git diff --no-index --word-diff` on the two rendered editions, both timed
# as processes, alternating, in one run (BENCHMARKS.md, "Corpus store"). Prints each side's median wall time and
# its CPU time (perf stat task-clock, when perf is there), with the load average before and after.
# Usage: Tools/bench-store-diff.sh CORPUS ACT FROM TO [RUNS]   (NUSQA=path/to/release/nusqa)
set -u
N=${NUSQA:-.build/release/nusqa}; D=$1; ACT=$2; FROM=$3; TO=$4; RUNS=${5:-21}
S=${STORE:-/tmp/bench-store-diff-$(basename "$D").sqlite}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
$N index --corpus "$D" --store "$S" > /dev/null
$N show "$ACT" --as-of "$FROM" --corpus "$D" --store "$S" > "$dir/a.txt"
$N show "$ACT" --as-of "$TO" --corpus "$D" --store "$S" > "$dir/b.txt"
$N diff "$ACT" --from "$FROM" --to "$TO" --corpus "$D" --store "$S" > "$dir/diff.txt"
echo "editions: $(wc -c < "$dir/a.txt") and $(wc -c < "$dir/b.txt") bytes; nusqa diff: $(wc -l < "$dir/diff.txt") lines"
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
: > "$dir/nusqa"; : > "$dir/git"
for _ in $(seq "$RUNS"); do
  ms "$N" diff "$ACT" --from "$FROM" --to "$TO" --corpus "$D" --store "$S" >> "$dir/nusqa"
  ms git diff --no-index --word-diff "$dir/a.txt" "$dir/b.txt" >> "$dir/git"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'; }
echo "nusqa diff (store): median $(median "$dir/nusqa") ms wall of $RUNS"
echo "git diff --word-diff: median $(median "$dir/git") ms wall of $RUNS"
if command -v perf > /dev/null; then
  cpu() { perf stat -r "$RUNS" -e task-clock "$@" 2>&1 > /dev/null | awk '/task-clock/ { print $1 }'; }
  echo "nusqa diff (store): $(cpu "$N" diff "$ACT" --from "$FROM" --to "$TO" --corpus "$D" --store "$S") ms CPU (mean of $RUNS)"
  echo "git diff --word-diff: $(cpu git diff --no-index --word-diff "$dir/a.txt" "$dir/b.txt") ms CPU (mean of $RUNS)"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
