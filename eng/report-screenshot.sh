#!/usr/bin/env bash
# Regenerates docs/images/report.png, the screenshot docs/reports.md shows: the browser test of the report
# (tests/SellerPolicy.Reports.Tests, HtmlReportInBrowserTests) opens the sample's report in headless chromium and keeps
# its screenshot in the test output folder; this copies it into docs/. Needs chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/SellerPolicy.Reports.Tests --filter "FullyQualifiedName~HtmlReportInBrowserTests.AScreenshot_IsAPicture_NotABlankPage"
shot=tests/SellerPolicy.Reports.Tests/bin/Debug/net10.0/report-screenshot.png
[ -s "$shot" ] || { echo "no screenshot at $shot" >&2; exit 1; }
mkdir -p docs/images
cp "$shot" docs/images/report.png
echo "docs/images/report.png: $(stat -c %s docs/images/report.png) bytes"
