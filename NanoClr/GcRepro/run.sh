#!/usr/bin/env bash
# Builds the low-memory repro and runs it on nanoCLR at several heap sizes (by hand, not in CI). docs/soak.md says what
# it showed on 2026-12-04. Usage: NanoClr/GcRepro/run.sh [heap sizes, default "96K 112K 128K 160K 256K"].
set -uo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
toolchain=${NANOFRAMEWORK_TOOLCHAIN:-$root/../shared/nanoframework/toolchain}
dotnet build -c Release -o bin/run -nologo -v:q -p:NanoToolchain="$toolchain" || exit 1
libraries=""
for name in nanoFramework.Runtime.Native nanoFramework.ResourceManager nanoFramework.System.Text System.Threading; do
  libraries="$libraries $toolchain/lib/$name.pe"
done
for heap in ${1:-96K 112K 128K 160K 256K}; do
  echo "== heap $heap"
  NANOCLR_HEAP_SIZE=$heap "$toolchain/bin/nanoclr" bin/run/DeskStats.GcRepro.pe $libraries 2>&1 | grep -v "^ \{4,\}" | head -14
done
