#!/usr/bin/env bash
# Build the netdesk desktop app with PyInstaller, in one command:
#
#   packaging/build.sh             # dist/netdesk/ (one folder; run dist/netdesk/netdesk)
#   packaging/build.sh --onefile   # dist/onefile/netdesk (one file; slower to start)
#   packaging/build.sh --probe     # build/probe/: the start-up probe, for measure_startup.py
#
# Uses .venv (made, with netdesk's dependencies, if missing) and installs
# PyInstaller into it if needed. Prints the result's size and file count.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=onedir
case "${1:-}" in
    "") ;;
    --onefile) mode=onefile ;;
    --probe) mode=probe ;;
    *) echo "usage: packaging/build.sh [--onefile | --probe]" >&2; exit 2 ;;
esac

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet -e .
fi
PY=.venv/bin/python
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
    "$PY" -m pip install --quiet 'pyinstaller>=6.10'
fi
if [ "$(uname -s)" = Linux ]; then
    for tool in strip readelf; do
        command -v "$tool" >/dev/null || {
            echo "packaging/build.sh: '$tool' is missing: sudo apt-get install binutils" >&2
            exit 1
        }
    done
fi

case $mode in
    onedir) dist=dist; work=build/netdesk-work; args=(); out=dist/netdesk ;;
    onefile) dist=dist/onefile; work=build/onefile; args=(-- --onefile); out=dist/onefile/netdesk ;;
    probe) dist=build/probe/dist; work=build/probe/work; args=(-- --probe); out=build/probe/dist/netdesk-probe ;;
esac

SECONDS=0
"$PY" -m PyInstaller --clean --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/netdesk.spec "${args[@]}" 2>&1 |
    grep -v -e "required via ctypes not found" -e "could not resolve 'lib\(gtk\|gdk\)-3" || true
took=$SECONDS
[ -e "$out" ] || { echo "packaging/build.sh: the build made no $out" >&2; exit 1; }

if [ "$mode" = onedir ] && [ "$(uname -s)" = Linux ]; then
    # So that a copy of the folder alone can install itself (see README).
    cp packaging/linux/netdesk.desktop packaging/linux/install-desktop.sh "$out/"
fi

bytes=$(du -s -B1 --apparent-size "$out" | cut -f1)
files=$(find "$out" -type f | wc -l)
awk -v out="$out" -v s="$took" -v b="$bytes" -v n="$files" 'BEGIN {
    printf "Built %s in %d s: %.1f MiB (%.1f MB), %d files\n", out, s, b / 1048576, b / 1e6, n }'
if [ "$mode" = onedir ] && [ -d "$out/_internal" ]; then
    echo "X libraries carried for machines without them:" \
        "$(find "$out/_internal" -maxdepth 1 \( -name 'libxcb-*' -o -name 'libxkbcommon*' \) \
            -printf '%f ' | tr ' ' '\n' | sort | tr '\n' ' ')"
fi
