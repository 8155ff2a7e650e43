#!/usr/bin/env bash
# The long soak of the incremental tracker (docs/reliability.md): the test AccountHealthTrackerSoakTests with many more
# sellers, orders and redelivery rounds than its few-second CI size, in Release, under nice.
#   eng/soak.sh [SELLERS [ORDERS_PER_SELLER [ROUNDS]]]      default: 100 sellers, 3000 orders each, 10 rounds (~10M events)
# Prints each round's events and heap; exits non-zero when a tracker differs from the engine or memory grows.
set -euo pipefail
cd "$(dirname "$0")/.."
export SELLERPOLICY_SOAK_SELLERS=${1:-100} SELLERPOLICY_SOAK_ORDERS=${2:-3000} SELLERPOLICY_SOAK_ROUNDS=${3:-10}
echo "soak: $SELLERPOLICY_SOAK_SELLERS sellers, $SELLERPOLICY_SOAK_ORDERS orders each, $SELLERPOLICY_SOAK_ROUNDS rounds"
start=$SECONDS
nice -n 19 dotnet test tests/SellerPolicy.Tests -c Release --filter "FullyQualifiedName~AccountHealthTrackerSoakTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "round [0-9]+:|sellers,|Passed|Failed|Assert|error" | grep -v "^\s*$"
status=${PIPESTATUS[0]}
echo "soak: $((SECONDS - start)) s, exit $status"
exit "$status"
