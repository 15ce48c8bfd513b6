#!/usr/bin/env bash
# Builds the render benchmarks, converts them and runs them on nanoCLR with an ESP32-sized heap (by hand, not in CI).
# Usage: NanoClr/RenderBenchmarks/run.sh [heap, default 96K]. Results: docs/benchmarks-nanoclr.md.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
toolchain=${NANOFRAMEWORK_TOOLCHAIN:-$root/../shared/nanoframework/toolchain}
dotnet build -c Release -o bin/run -nologo -v:q -p:NanoToolchain="$toolchain"
libraries=""
for name in nanoFramework.Runtime.Native nanoFramework.ResourceManager nanoFramework.System.Text nanoFramework.System.Collections \
  System.IO.Streams System.Threading System.Math ; do
  libraries="$libraries $toolchain/lib/$name.pe"
done
NANOCLR_HEAP_SIZE=${1:-96K} "$toolchain/bin/nanoclr" bin/run/DeskStats.RenderBenchmarks.pe $libraries
