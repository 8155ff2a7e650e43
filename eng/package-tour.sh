#!/usr/bin/env bash
# The acceptance tour of issue 19 (tests/PackageTour): packs SellerPolicy and SellerPolicy.Ingestion into a temporary folder
# and runs the tour's tests against those .nupkg files, as a user's app consumes them: a NuGet.config of its own with the
# folder as a source for SellerPolicy* (package source mapping) and nuget.org for everything else, and a private global
# packages folder, so a package of the same version cached by an earlier run can never stand in for the one just packed.
#   eng/package-tour.sh             build in Release and pack
#   eng/package-tour.sh --no-build  pack the Release build that exists (what .ci/run does after its build)
# Prints dotnet test's summary line ("Passed!  - Failed: 0, Passed: N, …"), which .ci/run adds to its totals.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build=()
[ "${1:-}" = "--no-build" ] && build=(--no-build)

for id in SellerPolicy SellerPolicy.Ingestion; do
  dotnet pack "src/$id" -c Release "${build[@]}" -o "$work/feed" -p:IncludeSymbols=false
done
nupkg=$(ls "$work"/feed/SellerPolicy.[0-9]*.nupkg)
version=$(basename "$nupkg" .nupkg); version=${version#SellerPolicy.}
source=$(dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ {print $2; exit}')
source=${source:-https://api.nuget.org/v3/index.json}

cat > "$work/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="tour" value="$work/feed" />
    <add key="default" value="$source" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="tour"><package pattern="SellerPolicy" /><package pattern="SellerPolicy.*" /></packageSource>
    <packageSource key="default"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

export NUGET_PACKAGES="$work/packages"
echo "package tour: SellerPolicy $version from $work/feed"
dotnet restore tests/PackageTour --configfile "$work/NuGet.config" -p:SellerPolicyVersion="$version"
dotnet test tests/PackageTour -c Release --no-restore -p:SellerPolicyVersion="$version"
