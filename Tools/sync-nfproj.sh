#!/usr/bin/env bash
# Rewrites the Compile items of Firmware/Firmware.nfproj from the .cs files under Firmware/ (a classic
# nanoFramework project lists every file). Run after adding, moving or removing a firmware source file.
set -euo pipefail
cd "$(dirname "$0")/.."
project=Firmware/Firmware.nfproj
items=$(cd Firmware && find . -name '*.cs' -not -path './bin/*' -not -path './obj/*' | sed 's|^\./||' | LC_ALL=C sort |
  sed 's|/|\\|g; s|.*|    <Compile Include="&" />\r|')
begin='    <!-- BEGIN Compile items (Tools/sync-nfproj.sh) -->'
end='    <!-- END Compile items -->'
awk -v items="$items" -v begin="$begin" -v end="$end" '
  { line = $0; sub(/\r$/, "", line) }
  line == begin { print $0; print items; skipping = 1; next }
  line == end { skipping = 0 }
  !skipping { print $0 }
' "$project" > "$project.tmp"
mv "$project.tmp" "$project"
