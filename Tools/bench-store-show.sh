#!/bin/bash
# show, versions and history from the store: two nusqa builds, alternating, every figure a process (BENCHMARKS.md,
# "Corpus store"). CPU time is perf's task-clock per process; wall time is measured around it.
# Usage: Tools/bench-store-show.sh CORPUS OLD_NUSQA NEW_NUSQA [RUNS]   (stores: /tmp/bench-show-{old,new}.sqlite, built first)
D=$1; OLD=$2; NEW=$3; R=${4:-21}; OUT=/tmp/bench-store-show-$(basename $D).txt
: > $OUT
for side in old new; do
  B=$OLD; [ $side = new ] && B=$NEW
  S=/tmp/bench-show-$side.sqlite
  [ -f $S ] || /usr/bin/time -f "$side index_rebuild %e s wall %U s user %M KB" $B index --rebuild --corpus $D --store $S >> $OUT 2>&1
  echo "$side store_bytes $(stat -c %s $S)" >> $OUT
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
BASES=($(grep -rl --include='*.json' '"kind" *: *"base"' $D/acts | xargs -n1 basename | sed 's/.json//' | sort))
RANDOM=12
for k in $(seq 1 $R); do
  A=${BASES[$((RANDOM % ${#BASES[@]}))]}; Y=$((2019 + RANDOM % 9)); M=$(printf %02d $((1 + RANDOM % 12))); N=$((1 + RANDOM % 12))
  for c in "show $A --as-of $Y-$M-15" "versions $A" "history $A $N-тармақ"; do
    for side in old new; do
      B=$OLD; [ $side = new ] && B=$NEW
      t0=$(date +%s%N)
      perf stat -x, -e task-clock -o /tmp/bench-show-perf.txt $B $c --corpus $D --store /tmp/bench-show-$side.sqlite > /tmp/bench-show-$side.out 2>&1
      t1=$(date +%s%N)
      set -- $c
      echo "$side $1 wall_ms $(( (t1 - t0) / 1000 )) cpu_ms $(grep task-clock /tmp/bench-show-perf.txt | cut -d, -f1)" | awk '{ $4 = $4 / 1000; print }' >> $OUT
    done
    cmp -s /tmp/bench-show-old.out /tmp/bench-show-new.out || echo "DIFFERENT OUTPUT: $c" >> $OUT
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
for side in old new; do for cmd in show versions history; do
  for f in 4 6; do grep "^$side $cmd " $OUT | awk -v f=$f '{print $f}' | sort -n | awk -v s="$side $cmd $([ $f = 4 ] && echo wall || echo cpu)" '{a[NR]=$1} END {printf "%s median %.1f ms (n=%d)\n", s, a[int((NR+1)/2)], NR}'; done
done; done | tee -a $OUT
