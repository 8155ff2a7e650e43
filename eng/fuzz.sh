#!/usr/bin/env bash
# Coverage-guided fuzzing of one reader (docs/reliability.md):
#   eng/fuzz.sh HARNESS SECONDS     harnesses: ledger, policy, returnless, amazon-tsv, amazon-json
# Publishes fuzz/SellerPolicy.Fuzz, instruments the SellerPolicy assemblies with SharpFuzz (the tool manifest's
# sharpfuzz), and runs afl-fuzz (AFL++) from the seed corpus fuzz/corpus/HARNESS for SECONDS, under nice. The findings
# folder is artifacts/fuzz/HARNESS (outside git); a second run on the same harness resumes it (FUZZ_FRESH=1 starts over).
# FUZZ_EXECS=N also stops the run after about N executions (afl-fuzz -E), whichever of the two comes first.
# Prints executions, execs/s and coverage; exits 1 when afl-fuzz saved a crash or a hang (each replayed in process to show
# its exception), 2 on a usage or setup error.
set -euo pipefail
cd "$(dirname "$0")/.."

harnesses="ledger policy returnless amazon-tsv amazon-json"
if [ $# -ne 2 ] || ! [[ " $harnesses " == *" $1 "* ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: eng/fuzz.sh HARNESS SECONDS   (HARNESS: ${harnesses// /, })" >&2
  exit 2
fi
harness=$1 seconds=$2
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz is missing (apt-get install -y afl++)" >&2; exit 2; }

root=artifacts/fuzz
bin=$root/bin     # instrumented, for afl-fuzz
plain=$root/plain # the same build uninstrumented, to replay a finding outside afl-fuzz
out=$root/$harness

# One instrumented build for every harness: published afresh when a source is newer than the last instrumentation.
stamp=$bin/.instrumented
if [ ! -f "$stamp" ] || [ -n "$(find src/SellerPolicy src/SellerPolicy.Ingestion fuzz/SellerPolicy.Fuzz -name '*.cs' -newer "$stamp" -print -quit)" ]; then
  rm -rf "$bin" "$plain"
  dotnet tool restore >/dev/null
  dotnet publish fuzz/SellerPolicy.Fuzz -c Release -o "$plain" --nologo -v quiet >/dev/null || { echo "fuzz: publish failed" >&2; exit 2; }
  cp -r "$plain" "$bin"
  for assembly in SellerPolicy.dll SellerPolicy.Ingestion.dll; do
    dotnet tool run sharpfuzz "$bin/$assembly" || { echo "fuzz: instrumenting $assembly failed" >&2; exit 2; }
  done
  touch "$stamp"
fi

# Every seed first, in process: a seed that fails (a kept regression input among them) is a finding before any fuzzing.
dotnet "$plain/SellerPolicy.Fuzz.dll" "$harness" --replay "fuzz/corpus/$harness" || { echo "fuzz $harness: a seed of fuzz/corpus/$harness fails" >&2; exit 1; }

[ "${FUZZ_FRESH:-0}" = 1 ] && rm -rf "$out"
mkdir -p "$out"

# afl-fuzz: no UI (a log instead), no CPU binding on the shared machine, no core-dump check (the crashes are exceptions),
# resume what an earlier run found. -t: a .NET input taking more than 5 s is a hang.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_AUTORESUME=1
export DOTNET_TieredCompilation=0 DOTNET_gcServer=0 DOTNET_CLI_TELEMETRY_OPTOUT=1
status=0
bound=(-V "$seconds")
if [ -n "${FUZZ_EXECS:-}" ]; then
  [[ "$FUZZ_EXECS" =~ ^[0-9]+$ ]] || { echo "fuzz: FUZZ_EXECS must be a number of executions, was '$FUZZ_EXECS'" >&2; exit 2; }
  bound+=(-E "$FUZZ_EXECS")
fi
nice -n 19 afl-fuzz -i "fuzz/corpus/$harness" -o "$out" "${bound[@]}" -t 5000 -m none -- \
  dotnet "$bin/SellerPolicy.Fuzz.dll" "$harness" > "$out/afl.log" 2>&1 || status=$?

stats=$out/default/fuzzer_stats
if [ ! -f "$stats" ]; then
  tail -30 "$out/afl.log" >&2
  echo "fuzz: afl-fuzz did not start (exit $status)" >&2
  exit 2
fi
stat() { awk -F' *: *' -v k="$1" '$1 == k {print $2}' "$stats"; }
crashes=$(stat saved_crashes) hangs=$(stat saved_hangs)
echo "fuzz $harness: $(stat execs_done) executions in $(stat run_time) s ($(stat execs_per_sec) execs/s, this run), $(stat corpus_count) inputs in the corpus, coverage $(stat bitmap_cvg) of the map ($(stat edges_found) edges), $crashes crashes, $hangs hangs"

if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then
  for found in "$out"/default/crashes/id:* "$out"/default/hangs/id:*; do
    [ -f "$found" ] || continue
    echo "finding: $found"
    timeout 60 dotnet "$plain/SellerPolicy.Fuzz.dll" "$harness" --replay "$found" 2>&1 | grep -v '^   at System\.' | head -12 || true
  done
  exit 1
fi
