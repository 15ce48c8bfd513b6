#!/usr/bin/env bash
# NanoClr/Benchmarks/run.sh - by-hand benchmark of the portable core on the nanoFramework interpreter (nanoCLR):
# builds the app against the toolchain, converts it with bin/nf-pe, runs it on bin/nanoclr and prints its table.
# Results go to docs/benchmarks-nanoclr.md by hand. Toolchain: build/NanoToolchain.props rule (NANOFRAMEWORK_TOOLCHAIN,
# else ../shared/nanoframework/toolchain). Heap: NANOCLR_HEAP_SIZE (default 256K here: the app also holds its
# ~50 KB of test messages). CORE=<folder> measures another copy of Firmware/Core (e.g. a `git worktree` of an
# older commit) with the same driver, for before/after tables. Exit code 0 only when the app printed "Benchmarks OK".
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
toolchain="${NANOFRAMEWORK_TOOLCHAIN:-$(cd "$repo/.." && pwd)/shared/nanoframework/toolchain}"
[ -x "$toolchain/bin/nanoclr" ] || { echo "run.sh: no nanoFramework toolchain at $toolchain (set NANOFRAMEWORK_TOOLCHAIN)" >&2; exit 2; }
export NANOCLR_HEAP_SIZE="${NANOCLR_HEAP_SIZE:-256K}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out="$here/bin/nanoclr-run"
mkdir -p "$out"
echo "== build (dotnet build, Release)"
dotnet build "$here/Benchmarks.csproj" -c Release -o "$out" -p:NanoToolchain="$toolchain" \
    ${CORE:+-p:DeskStatsCoreSources="$(cd "$CORE" && pwd)"} -nologo -v:q >"$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; exit 1; }
echo "== convert (nf-pe)"
"$toolchain/bin/nf-pe" "$out/DeskStats.NanoClr.Benchmarks.dll" >/dev/null

libs=()
for name in $(sed -n 's/.*<NanoReference Include="\([^"]*\)".*/\1/p' "$here/Benchmarks.csproj"); do
    libs+=("$toolchain/lib/$name.pe")
done

echo "== run (nanoclr, heap $NANOCLR_HEAP_SIZE; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "core: ${CORE:-Firmware/Core of this checkout}"
echo "toolchain: $(grep -m1 -i 'nanoclr\|nf-interpreter' "$toolchain/versions.txt" || true)"
"$toolchain/bin/nanoclr" "$out/DeskStats.NanoClr.Benchmarks.pe" "${libs[@]}" | tee "$out/run.log"
grep -qx "Benchmarks OK" "$out/run.log" || { echo "run.sh: FAILED, no success marker (an exception ends a nanoCLR app silently)" >&2; exit 1; }
