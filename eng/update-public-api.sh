#!/usr/bin/env bash
# Adds every public symbol the build reports as undeclared (RS0016) to its project's PublicAPI.Unshipped.txt.
# The analyzer's message carries the exact line to add. Run it after changing public API on purpose, then
# review the diff of PublicAPI.Unshipped.txt like any other code. Removed symbols (RS0017) are left to you.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# A project that depends on one with undeclared API does not build, so repeat until nothing is left.
for pass in 1 2 3 4; do
  dotnet build SellerPolicy.sln 2>&1 | grep -E "error RS0016" | sort -u > "$log" || true
  [ -s "$log" ] || break
  # Each line: <file>(l,c): error RS0016: Symbol '<api line>' is not part of the declared public API (...) [<project>.csproj]
  sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*\[(.*)\/[^/]*\.csproj\]$/\2\t\1/" "$log" |
    sort -u | while IFS=$'\t' read -r project symbol; do
      file="$project/PublicAPI.Unshipped.txt"
      grep -qxF -- "$symbol" "$file" || printf '%s\n' "$symbol" >> "$file"
      echo "added to $file: $symbol"
    done
done
if dotnet build SellerPolicy.sln 2>&1 | grep -E "error RS00" | sort -u; then
  echo "some public API problems need a hand (see above)" >&2
  exit 1
fi
echo "public API files are up to date"
