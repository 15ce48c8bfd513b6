#!/usr/bin/env bash
# Builds the nanoCLR benchmarks, converts them and runs them on nanoCLR with an ESP32-sized heap (by hand, not in CI).
# Usage: NanoClr/Benchmarks/run.sh [heap, default 512K]. Results: docs/benchmarks-nanoclr.md. The ratios need the larger
# heap: nanoFramework.Json runs out of memory on the ESP32-sized 96K heap for some messages (see the doc).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
toolchain=${NANOFRAMEWORK_TOOLCHAIN:-$root/../shared/nanoframework/toolchain}
dotnet build -c Release -o bin/run -nologo -v:q -p:NanoToolchain="$toolchain"
libraries=""
for name in nanoFramework.Runtime.Native nanoFramework.ResourceManager nanoFramework.System.Text nanoFramework.System.Collections \
  System.IO.Streams System.Threading System.Math nanoFramework.Json; do
  libraries="$libraries $toolchain/lib/$name.pe"
done
NANOCLR_HEAP_SIZE=${1:-512K} "$toolchain/bin/nanoclr" bin/run/DeskStats.NanoClrBenchmarks.pe $libraries
