#!/usr/bin/env bash
# Counts the public symbols of every library module from the compiler's symbol graphs.
#
#   scripts/public-api.sh            # a table per module and the total
#   scripts/public-api.sh --list     # also every public symbol, one per line (module, kind, path)
#
# `swift build -emit-symbol-graph` writes one graph per module (and one per module it
# extends, `Module@Other.symbols.json`); a symbol counts once, in the module that declares
# it, when its access level is `public` or `open`. Synthesised and inherited members that
# the graph lists (protocol default implementations, Equatable's `!=`) count too: a host can
# call them. Everything is written under .build-api/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

out=".build-api"
symbols="$out/symbol-graphs"
mkdir -p "$symbols"

# An incremental build re-emits only the graphs of the modules it recompiles; the others keep
# theirs from the previous run, which are still current. If one is missing, build afresh.
emit() {
    # The umbrella builds every library module but the test-support one.
    for target in SocialPolicyKit SocialPolicyTestSupport; do
        swift build --scratch-path "$out/build" --target "$target" \
            -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$symbols" >"$out/build.log" 2>&1 || {
            cat "$out/build.log" >&2
            echo "public-api: the build failed" >&2
            exit 1
        }
    done
}
emit
for dir in Sources/*/; do
    if [ ! -e "$symbols/$(basename "$dir").symbols.json" ]; then
        rm -rf "$out/build" "$symbols"
        mkdir -p "$symbols"
        emit
        break
    fi
done

modules=$(for dir in Sources/*/; do basename "$dir"; done)
python3 - "$symbols" "${1:-}" $modules <<'PYTHON'
import json, os, sys
folder, mode, modules = sys.argv[1], sys.argv[2], sys.argv[3:]
seen = {}
# The umbrella's graphs repeat the symbols it re-exports: read them last, so that every
# symbol is counted in the module that declares it.
names = sorted(n for n in os.listdir(folder) if n.endswith(".symbols.json"))
names.sort(key=lambda n: n.startswith("SocialPolicyKit.") or n.startswith("SocialPolicyKit@"))
for name in names:
    module = name[: -len(".symbols.json")].split("@")[0]
    if module not in modules:
        continue
    with open(os.path.join(folder, name)) as f:
        graph = json.load(f)
    for symbol in graph.get("symbols", []):
        if symbol.get("accessLevel") not in ("public", "open"):
            continue
        key = symbol["identifier"]["precise"]
        seen.setdefault(key, (module, symbol["kind"]["identifier"], ".".join(symbol.get("pathComponents", []))))
counts = {}
for module, kind, path in seen.values():
    counts[module] = counts.get(module, 0) + 1
if mode == "--list":
    for module, kind, path in sorted(seen.values()):
        print(f"{module}\t{kind}\t{path}")
for module in modules:
    print(f"public-api: {module:32} {counts.get(module, 0):5}")
print(f"public-api: {'total':32} {len(seen):5} public symbols")
PYTHON
