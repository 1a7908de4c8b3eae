#!/usr/bin/env bash
# Builds the scenario fuzz target with `swiftc -sanitize=fuzzer` (plus AddressSanitizer when
# the toolchain supports it) and runs it.
#
#   scripts/fuzz.sh [SECONDS]        # default 60; also FUZZ_SECONDS=…
#   scripts/fuzz.sh --long [SECONDS] # overnight: default 8 hours, a larger -max_len, the
#                                    # corpus kept in .build-fuzz/corpus for the next run
#
# The target has three modes (see Fuzz/ScenarioFuzz.swift): scenario JSON, facts synthesised
# from the catalogue, and hostile documents (wide objects, long strings, deep nesting, invalid
# UTF-8, up to 16 MB) described by a few bytes, so that -max_len does not hide size-dependent
# faults. Fuzz/regressions/ holds the inputs of every fault found so far (JSON files, and
# hostile plans as *.plan); they seed every run, and the test suite replays them
# (FuzzRegressionTests).
#
# The library modules are compiled from source, one swiftc invocation per module in
# dependency order, instrumented for coverage; then Fuzz/ScenarioFuzz.swift is linked with
# libFuzzer. The corpus is seeded from Tests/Scenarios/**/*.json. Everything is written under
# .build-fuzz/ (git-ignored). Exits non-zero if the target crashes or an invariant breaks;
# the crashing input is kept in .build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."

long=0
if [ "${1:-}" = "--long" ]; then
    long=1
    shift
fi
if [ "$long" = 1 ]; then
    seconds="${1:-${FUZZ_SECONDS:-28800}}"
    max_len=65536
else
    seconds="${1:-${FUZZ_SECONDS:-60}}"
    max_len=8192
fi
out=".build-fuzz"
modules_dir="$out/modules"
objects_dir="$out/objects"
corpus_dir="$out/corpus"
seeds_dir="$out/seeds"
artifacts_dir="$out/artifacts"
rm -rf "$modules_dir" "$objects_dir" "$seeds_dir"
mkdir -p "$modules_dir" "$objects_dir" "$corpus_dir" "$seeds_dir" "$artifacts_dir"

swiftc="${SWIFTC:-swiftc}"

# Sanitizers: libFuzzer always; AddressSanitizer if a trivial program links with it.
sanitizers="fuzzer"
probe="$out/probe"
mkdir -p "$probe"
cat > "$probe/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
SWIFT
if "$swiftc" -sanitize=fuzzer,address -parse-as-library "$probe/probe.swift" -o "$probe/probe" >/dev/null 2>&1; then
    sanitizers="fuzzer,address"
fi
echo "fuzz: sanitizers: $sanitizers"

# The module order: the core, the calendar, the rule areas (as listed in Package.swift),
# the municipal profiles, the JSON contract.
areas=$(sed -n 's/^let areaModules = \[\(.*\)\].*/\1/p' Package.swift | tr -d '" ' | tr ',' ' ')
modules="SocialPolicyCore SocialPolicyCalendar $areas SocialPolicyMunicipalities SocialPolicyContract"

# One package name for every module, as SwiftPM gives them: the target uses `package` API
# (HostileDocument, JSONParser.Statistics).
common=(-swift-version 6 -O -g -parse-as-library -sanitize="$sanitizers" -package-name SocialPolicyKit -I "$modules_dir")
# `-sanitize=fuzzer` on a library only adds coverage instrumentation; libFuzzer itself is
# linked once, with the target below.
for module in $modules; do
    sources=$(find "Sources/$module" -name '*.swift' | sort)
    if [ -z "$sources" ]; then
        echo "fuzz: no sources for $module" >&2
        exit 1
    fi
    echo "fuzz: compiling $module"
    # shellcheck disable=SC2086
    "$swiftc" "${common[@]}" -module-name "$module" -wmo -c $sources \
        -emit-module -emit-module-path "$modules_dir/$module.swiftmodule" \
        -o "$objects_dir/$module.o"
done

# lld when the toolchain has it (gold warns about every sanitizer symbol).
linker=""
if command -v ld.lld >/dev/null 2>&1 || [ -x "$(dirname "$(command -v "$swiftc")")/ld.lld" ]; then linker="-use-ld=lld"; fi
echo "fuzz: linking scenario-fuzz"
"$swiftc" "${common[@]}" -module-name ScenarioFuzz Fuzz/ScenarioFuzz.swift "$objects_dir"/*.o -lm $linker \
    -o "$out/scenario-fuzz"

# Seeds: every scenario of the test suite, the bundled examples and the inputs that once
# crashed the target (Fuzz/regressions/), plus a dictionary of
# the strings they use (field names, question ids, fact names, enum values).
index=0
while IFS= read -r -d '' file; do
    index=$((index + 1))
    cp "$file" "$seeds_dir/seed-$index.json"
done < <(find Tests/Scenarios Examples/scenarios Fuzz/regressions -type f -print0 2>/dev/null | sort -z)
echo "fuzz: $index seed scenarios"
dictionary="$out/scenario.dict"
{
    for token in '{' '}' '[' ']' ':' ',' 'true' 'false' 'null' '"2012-12-31"' '"2013-01-01"' '"2024-02-29"' '"2023-02-29"' '-1' '9223372036854775807' '1e999' '"\\u0000"' '"\\uD800"'; do
        printf '"%s"\n' "$(printf '%s' "$token" | sed 's/\\/\\\\/g; s/"/\\"/g')"
    done
    find Tests/Scenarios Examples/scenarios -name '*.json' -print0 2>/dev/null | xargs -0 cat \
        | grep -o '"[A-Za-z0-9_.@ -]*"' | sort -u | sed 's/"/\\"/g; s/^/"/; s/$/"/'
} > "$dictionary"

echo "fuzz: running for $seconds s"
# libFuzzer exits non-zero on a crash, a sanitizer report, a timeout or running out of memory.
# Its progress lines go to $out/fuzz.log; the end of the log is shown on failure.
log="$out/fuzz.log"
# SWIFT_BACKTRACE: let libFuzzer, not Swift's backtracer, handle a crash (the backtracer's
# memory reader trips AddressSanitizer after the real report).
if ! SWIFT_BACKTRACE=enable=no "$out/scenario-fuzz" "$corpus_dir" "$seeds_dir" \
    -dict="$dictionary" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len="$max_len" \
    -artifact_prefix="$artifacts_dir/" \
    -print_final_stats=1 > "$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: FAILED — the crashing input is in $artifacts_dir/ (full log: $log)" >&2
    exit 1
fi
# Executions, coverage (cov: edges, ft: features) and corpus size of the last status line.
grep -E "DONE|^(Done|stat::)" "$log" || grep -E "^#[0-9]+" "$log" | tail -n 1 || true
echo "fuzz: no crash in $seconds s"
