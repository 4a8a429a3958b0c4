#!/bin/bash
# The corpus store against the whole-corpus path, every figure a nusqa process (BENCHMARKS.md, "Corpus store").
# Usage: Tools/bench-store.sh CORPUS [SAMPLES]  (NUSQA=path/to/release/nusqa; results in /tmp/bench-store-NAME.txt)
# STORE=PATH uses (and keeps) that store instead of a fresh one; KEEP=1 skips the rebuild when it exists;
# WHOLE=0 skips the whole-corpus runs (at the large size each takes a quarter of an hour and 11 GB).
N=${NUSQA:-.build/release/nusqa}; D=$1; S=${STORE:-/tmp/bench-store-$(basename $D).sqlite}; OUT=/tmp/bench-store-$(basename $D).txt
: > $OUT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
if [ "${KEEP:-0}" != 1 ] || [ ! -f $S ]; then
  rm -f $S
  /usr/bin/time -f "index_rebuild %e s %U user %S sys %M KB" $N index --rebuild --corpus $D --store $S >> $OUT 2>&1
fi
echo "store_bytes $(stat -c %s $S)" >> $OUT
echo "text_bytes $(find $D/acts -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)" >> $OUT
for i in 1 2 3; do /usr/bin/time -f "index_noop %e s" $N index --corpus $D --store $S > /dev/null 2>> $OUT; done
AM=$(grep -rl --include='*.json' '"kind" *: *"amending"' $D/acts | head -1); AMT=${AM%.json}.txt
printf '\n' >> $AMT
/usr/bin/time -f "reindex_one %e s %M KB" $N index --corpus $D --store $S >> $OUT 2>&1
truncate -s -1 $AMT
/usr/bin/time -f "reindex_back %e s" $N index --corpus $D --store $S >> $OUT 2>&1
BASES=($(grep -rl --include='*.json' '"kind" *: *"base"' $D/acts | xargs -n1 basename | sed 's/.json//' | sort))
WORDS=(медициналық өзгеріс тармақ деректер қағидалар мониторинг тіркеу)
RANDOM=7
for k in $(seq 1 ${2:-11}); do
  A=${BASES[$((RANDOM % ${#BASES[@]}))]}; Y1=$((2019 + RANDOM % 9)); Y2=$((2019 + RANDOM % 9)); M=$(printf %02d $((1 + RANDOM % 12)))
  for c in "show $A --as-of $Y1-$M-15" "versions $A" "history $A $((1 + RANDOM % 20))-тармақ" "diff $A --from $Y1-$M-15 --to $Y2-$M-15" "search ${WORDS[$((RANDOM % 7))]} --as-of $Y1-$M-15 --limit 20"; do
    set -- $c; /usr/bin/time -f "cmd_$1 %e" $N $c --corpus $D --store $S > /dev/null 2>> $OUT
  done
done
[ "${WHOLE:-1}" = 0 ] || for c in "show ${BASES[0]} --as-of 2024-06-15" "diff ${BASES[0]} --from 2020-06-15 --to 2026-06-15"; do
  set -- $c; /usr/bin/time -f "whole_$1 %e s %M KB" $N $c --corpus $D --no-store > /dev/null 2>> $OUT
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT
sqlite3 $S "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12" >> $OUT
echo END >> $OUT
