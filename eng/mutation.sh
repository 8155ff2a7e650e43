#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the tool manifest's dotnet-stryker), one folder at a time (docs/reliability.md):
#   eng/mutation.sh [FOLDER[/FILE.cs]...]
#                                    FOLDER: a rule folder of src/SellerPolicy (Time, Deadlines, Claims, Policies, Returns,
#                                    Metrics) or a reader folder of src/SellerPolicy.Ingestion (Returnless, PolicyFile,
#                                    LedgerFile, Amazon), by name or path; default: all of them, smallest first.
#                                    FOLDER/FILE.cs mutates that one file only (a large folder split by file), still tested
#                                    by the folder's tests; its reports go to artifacts/mutation/FOLDER-FILE.
# Each folder's mutants are tested by the test classes of the same folder of its test project (MUTATION_FILTER overrides
# the filter); reports (HTML and JSON) go to artifacts/mutation/FOLDER, outside git. Prints each folder's score and time;
# exits 1 when a score is below MUTATION_BREAK (default 0: report only), 2 on a usage or setup error.
set -euo pipefail
cd "$(dirname "$0")/.."

rules="Time Deadlines Claims Policies Returns Metrics"
readers="Returnless PolicyFile LedgerFile Amazon"
[ $# -eq 0 ] && set -- $rules $readers
dotnet tool restore >/dev/null

status=0
for arg in "$@"; do
  arg=${arg%/}
  file=
  if [[ "$arg" == *.cs ]]; then
    file=$(basename "$arg")
    arg=$(dirname "$arg")
  fi
  folder=$(basename "$arg")
  if [[ " $rules " == *" $folder "* ]]; then
    project=SellerPolicy tests=SellerPolicy.Tests
  elif [[ " $readers " == *" $folder "* ]]; then
    project=SellerPolicy.Ingestion tests=SellerPolicy.Ingestion.Tests
  else
    echo "usage: eng/mutation.sh [FOLDER...]   (FOLDER: ${rules// /, }, ${readers// /, })" >&2
    exit 2
  fi

  name=$folder${file:+-${file%.cs}}
  out=$PWD/artifacts/mutation/$name
  rm -rf "$out"
  mkdir -p "$out"
  filter=${MUTATION_FILTER:-FullyQualifiedName~$tests.$folder.}
  start=$SECONDS
  # Run in the test project's folder: at the root Stryker would take the solution and every test project.
  (cd "tests/$tests" && nice -n 19 dotnet tool run dotnet-stryker -- --project "$project.csproj" \
    --mutate "**/$folder/**/${file:-*.cs}" --test-case-filter "$filter" \
    --reporter Json --reporter Html --reporter Progress --output "$out" \
    --concurrency "${MUTATION_CONCURRENCY:-1}" --skip-version-check) > "$out/stryker.log" 2>&1 || {
      tail -30 "$out/stryker.log" >&2
      echo "mutation $name: Stryker failed (log: $out/stryker.log)" >&2
      status=2
      continue
    }
  report=$(find "$out" -name mutation-report.json | head -1)
  python3 - "$report" "$name" "$((SECONDS - start))" "${MUTATION_BREAK:-0}" <<'PY' || status=$((status > 1 ? status : 1))
import json, sys
from collections import Counter
report, folder, seconds, floor = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
counts = Counter(m["status"] for f in json.load(open(report))["files"].values() for m in f["mutants"])
detected = counts["Killed"] + counts["Timeout"]
valid = detected + counts["Survived"] + counts["NoCoverage"]
score = 100.0 * detected / valid if valid else 100.0
print(f"mutation {folder}: score {score:.2f} % ({counts['Killed']} killed, {counts['Timeout']} timeout, {counts['Survived']} survived, "
      f"{counts['NoCoverage']} no coverage, {counts['CompileError']} compile errors, {counts['Ignored']} ignored) in {seconds // 60} min {seconds % 60} s; "
      f"report {report.replace('.json', '.html')}")
sys.exit(1 if score < floor else 0)
PY
done
exit "$status"
