#!/bin/bash
# The corpus store against the whole-corpus path, every figure a nusqa process (BENCHMARKS.md, "Corpus store").
# Usage: Tools/bench-store.sh CORPUS [SAMPLES]  (NUSQA=path/to/release/nusqa; results in /tmp/bench-store-NAME.txt)
N=${NUSQA:-.build/release/nusqa}; D=$1; S=/tmp/bench-store-$(basename $D).sqlite; OUT=/tmp/bench-store-$(basename $D).txt
rm -f $S; : > $OUT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
/usr/bin/time -f "index_rebuild %e s %M KB" $N index --rebuild --corpus $D --store $S >> $OUT 2>&1
echo "store_bytes $(stat -c %s $S)" >> $OUT
echo "text_bytes $(cat $D/acts/*.txt | wc -c)" >> $OUT
for i in 1 2 3; do /usr/bin/time -f "index_noop %e s" $N index --corpus $D --store $S > /dev/null 2>> $OUT; done
AM=$(grep -l '"kind" *: *"amending"' $D/acts/*.json | head -1); AMT=${AM%.json}.txt
printf '\n' >> $AMT
/usr/bin/time -f "reindex_one %e s %M KB" $N index --corpus $D --store $S >> $OUT 2>&1
truncate -s -1 $AMT
/usr/bin/time -f "reindex_back %e s" $N index --corpus $D --store $S >> $OUT 2>&1
BASES=($(grep -l '"kind" *: *"base"' $D/acts/*.json | xargs -n1 basename | sed 's/.json//'))
WORDS=(медициналық өзгеріс тармақ деректер қағидалар мониторинг тіркеу)
RANDOM=7
for k in $(seq 1 ${2:-11}); do
  A=${BASES[$((RANDOM % ${#BASES[@]}))]}; Y1=$((2019 + RANDOM % 9)); Y2=$((2019 + RANDOM % 9)); M=$(printf %02d $((1 + RANDOM % 12)))
  for c in "show $A --as-of $Y1-$M-15" "versions $A" "history $A $((1 + RANDOM % 20))-тармақ" "diff $A --from $Y1-$M-15 --to $Y2-$M-15" "search ${WORDS[$((RANDOM % 7))]} --as-of $Y1-$M-15 --limit 20"; do
    set -- $c; /usr/bin/time -f "cmd_$1 %e" $N $c --corpus $D --store $S > /dev/null 2>> $OUT
  done
done
for c in "show ${BASES[0]} --as-of 2024-06-15" "diff ${BASES[0]} --from 2020-06-15 --to 2026-06-15"; do
  set -- $c; /usr/bin/time -f "whole_$1 %e s %M KB" $N $c --corpus $D --no-store > /dev/null 2>> $OUT
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
sqlite3 $S "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12" >> $OUT
echo END >> $OUT
