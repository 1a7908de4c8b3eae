#!/usr/bin/env bash
# Fails when a public declaration in Sources/ has no /// documentation comment.
# Uses the toolchain's swift-format with only the AllPublicDeclarationsHaveDocumentation rule on.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift-format >/dev/null 2>&1; then
    echo "lint-docs: swift-format not found in the toolchain; skipped"
    exit 0
fi
missing=$(swift-format lint --configuration scripts/swift-format-docs.json -r Sources 2>&1 \
    | grep "AllPublicDeclarationsHaveDocumentation" || true)
if [ -n "$missing" ]; then
    echo "$missing"
    echo "lint-docs: $(echo "$missing" | wc -l) public declarations without a documentation comment"
    exit 1
fi
echo "lint-docs: every public declaration in Sources/ is documented"
