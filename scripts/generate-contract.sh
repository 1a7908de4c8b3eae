#!/usr/bin/env bash
# Writes the machine-readable contract from the library, or checks that the committed copies
# are current:
#
#   scripts/generate-contract.sh           # writes Documentation/Contract.md, *.schema.json
#   scripts/generate-contract.sh --check   # fails (exit 1) when any of them is stale
#
# The files come from `policy-check contract` and `policy-check schema scenario|decision`,
# which read the catalogue's FactSpec, ValueSpec, ObligationSpec and RuleSetVersion values.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product policy-check >/dev/null
binary="$(swift build --show-bin-path)/policy-check"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$binary" contract >"$out/Contract.md"
"$binary" schema scenario >"$out/scenario.schema.json"
"$binary" schema decision >"$out/decision.schema.json"

stale=0
for file in Contract.md scenario.schema.json decision.schema.json; do
    if [ "${1:-}" = "--check" ]; then
        if ! cmp -s "$out/$file" "Documentation/$file"; then
            echo "generate-contract: Documentation/$file is stale; run scripts/generate-contract.sh" >&2
            diff -u "Documentation/$file" "$out/$file" | head -n 40 >&2 || true
            stale=1
        fi
    else
        cp "$out/$file" "Documentation/$file"
        echo "generate-contract: wrote Documentation/$file"
    fi
done
if [ "${1:-}" = "--check" ] && [ "$stale" = 0 ]; then
    echo "generate-contract: Documentation/Contract.md and the schemas are current"
fi
exit "$stale"
