#!/usr/bin/env bash
# Builds the DocC documentation of every library module with the toolchain's `docc` — no
# package plugin, no dependency.
#
#   scripts/build-docs.sh            # archives in .build-docs/archives/<Module>.doccarchive
#
# 1. `swift build` emits the symbol graphs (in its own scratch folder, so the normal
#    `.build` is not rebuilt with other flags);
# 2. `docc convert` turns each module's graphs, with its `<Module>.docc` catalog when it has
#    one, into a static-hosting documentation archive.
# Everything is written under .build-docs/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

out=".build-docs"
symbols="$out/symbol-graphs"
archives="$out/archives"
rm -rf "$archives" "$out/module-symbols"
mkdir -p "$symbols" "$archives"

docc_tool="${DOCC:-$(command -v docc || true)}"
if [ -z "$docc_tool" ]; then
    # The toolchain ships docc next to swift.
    docc_tool="$(dirname "$(readlink -f "$(command -v swift)")")/docc"
fi
if [ ! -x "$docc_tool" ]; then
    echo "build-docs: docc not found in the toolchain" >&2
    exit 1
fi

emit_symbol_graphs() {
    # The umbrella builds every library module; the test-support module is not under it.
    for target in SocialPolicyKit SocialPolicyTestSupport; do
        swift build --scratch-path "$out/build" --target "$target" \
            -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$symbols" || return 1
    done
}
all_graphs_present() {
    for dir in Sources/*/; do
        [ -e "$symbols/$(basename "$dir").symbols.json" ] || return 1
    done
}
echo "build-docs: emitting symbol graphs"
# An incremental build only re-emits the graphs of modules it recompiles; the others keep
# theirs from the previous run. If any is missing, build from scratch once.
emit_symbol_graphs
if ! all_graphs_present; then
    echo "build-docs: some symbol graphs are missing; rebuilding from scratch"
    rm -rf "$out/build" "$symbols"
    mkdir -p "$symbols"
    emit_symbol_graphs
fi

built=0
total_warnings=0
for dir in Sources/*/; do
    module="$(basename "$dir")"
    module_symbols="$out/module-symbols/$module"
    rm -rf "$module_symbols"
    mkdir -p "$module_symbols"
    # The module's own graph and its extensions of other modules (Module@Other.symbols.json).
    found=0
    for graph in "$symbols/$module.symbols.json" "$symbols/$module@"*.symbols.json; do
        [ -e "$graph" ] || continue
        cp "$graph" "$module_symbols/"
        found=1
    done
    if [ "$found" = 0 ]; then
        echo "build-docs: no symbol graph for $module" >&2
        exit 1
    fi
    catalog=()
    if [ -d "$dir$module.docc" ]; then catalog=("$dir$module.docc"); fi
    echo "build-docs: $module${catalog:+ (with ${catalog[0]})}"
    "$docc_tool" convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$module_symbols" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "dk.socialpolicykit.$module" \
        --fallback-bundle-version 0.1.0 \
        --transform-for-static-hosting \
        --output-path "$archives/$module.doccarchive" \
        > "$out/$module.docc.log" 2>&1 || {
        cat "$out/$module.docc.log" >&2
        echo "build-docs: docc failed for $module" >&2
        exit 1
    }
    warnings=$(grep -c "warning:" "$out/$module.docc.log" || true)
    echo "build-docs:   $archives/$module.doccarchive ($warnings docc warnings; see $out/$module.docc.log)"
    grep "warning:" "$out/$module.docc.log" | sed 's/^/build-docs:     /' | head -n 20 || true
    total_warnings=$((total_warnings + warnings))
    built=$((built + 1))
done
echo "build-docs: $built modules documented in $archives; $total_warnings docc warnings in all"
if [ "$total_warnings" -gt 0 ]; then
    echo "build-docs: docc warnings must be zero (issue 12 item 11)" >&2
    exit 1
fi
