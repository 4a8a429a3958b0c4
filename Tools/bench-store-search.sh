#!/bin/bash
# `nusqa search` latency, two builds side by side (BENCHMARKS.md, "Corpus store", search): every run a process,
# old and new alternating on the same query, each binary with its own store (a store remembers the build that wrote it).
# Usage: Tools/bench-store-search.sh CORPUS OLD_NUSQA OLD_STORE NEW_NUSQA NEW_STORE [RUNS]
# Prints per query: wall median and CPU (user+sys) median in ms for each build, and whether their outputs are equal.
D=$1; OLD=$2; OS=$3; NEW=$4; NS=$5; RUNS=${6:-11}
WORDS=(медициналық өзгеріс тармақ деректер қағидалар мониторинг тіркеу)
TIMEFORMAT='%R %U %S'
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
run() { # binary store args... → "wall_ms cpu_ms" on stdout, output in /tmp/bench-search-out
  local b=$1 s=$2; shift 2
  { time "$b" search "$@" --corpus "$D" --store "$s" > /tmp/bench-search-out 2>&1; } 2>&1 | awk '{printf "%.1f %.1f\n", $1*1000, ($2+$3)*1000}'
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %10s %10s %10s %10s %s\n' query old_wall old_cpu new_wall new_cpu output
query() { # label, then the search arguments
  local label=$1; shift
  : > /tmp/bench-search-old; : > /tmp/bench-search-new
  for k in $(seq 1 "$RUNS"); do
    run "$OLD" "$OS" "$@" >> /tmp/bench-search-old; cp /tmp/bench-search-out /tmp/bench-search-old-out
    run "$NEW" "$NS" "$@" >> /tmp/bench-search-new; cp /tmp/bench-search-out /tmp/bench-search-new-out
  done
  local same=differs; cmp -s /tmp/bench-search-old-out /tmp/bench-search-new-out && same=same
  printf '%-34s %10s %10s %10s %10s %s\n' "$label" \
    "$(cut -d' ' -f1 /tmp/bench-search-old | median)" "$(cut -d' ' -f2 /tmp/bench-search-old | median)" \
    "$(cut -d' ' -f1 /tmp/bench-search-new | median)" "$(cut -d' ' -f2 /tmp/bench-search-new | median)" "$same"
}
for i in "${!WORDS[@]}"; do
  Y=$((2019 + i + (i > 3 ? 1 : 0)))   # 2019…2027 across the seven words
  query "${WORDS[$i]} $Y-06-15" "${WORDS[$i]}" --as-of "$Y-06-15" --limit 20
done
query "жжжжж 2026-01-01 (no match: fixed cost)" жжжжж --as-of 2026-01-01 --limit 20
query "\"медициналық көмек\" 2026-01-01" '"медициналық көмек"' --as-of 2026-01-01 --limit 20
query "${RARE:-ақпараттандыру} 2026-01-01 (rare)" "${RARE:-ақпараттандыру}" --as-of 2026-01-01 --limit 20
query "медициналық 2026-01-01 json" медициналық --as-of 2026-01-01 --limit 20 --format json
[ -n "$ACT" ] && query "тармақ --act $ACT 2026-01-01" тармақ --act "$ACT" --as-of 2026-01-01 --limit 20
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
