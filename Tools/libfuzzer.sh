#!/usr/bin/env bash
# Builds the libFuzzer + AddressSanitizer binary over the nusqa-fuzz harness and, with arguments,
# runs it. The library and harness are built by SwiftPM with -sanitize=fuzzer,address in a scratch
# path of their own; the entry point (Tools/LibFuzzer) is linked by swiftc, as libFuzzer brings main.
#   Tools/libfuzzer.sh                       build .build-libfuzzer/nusqa-libfuzzer
#   Tools/libfuzzer.sh -runs=100000 CORPUS   build, then run with libFuzzer's options (seed folders last)
# Every broken invariant aborts, edition-invalid included (the applier refuses such payloads: FuzzRegressionTests).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-libfuzzer
swift build -c release --scratch-path "$scratch" --target NusqaFuzzHarness \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library > "$scratch-build.log" 2>&1 || { tail -20 "$scratch-build.log"; exit 1; }
build="$scratch/release"
objects=$(find "$build/" -name '*.o' -path '*Nusqa*.build/*' ! -path '*Tests*')
swiftc -O -sanitize=fuzzer,address -parse-as-library -I "$build/Modules" -I "$build" \
  Tools/LibFuzzer/LibFuzzerEntry.swift $objects -o "$scratch/nusqa-libfuzzer"
echo "built $scratch/nusqa-libfuzzer"
if [ $# -gt 0 ]; then
  exec "$scratch/nusqa-libfuzzer" "$@"
fi
