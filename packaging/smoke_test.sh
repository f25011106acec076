#!/usr/bin/env bash
# Smoke test of the FROZEN program (dist/netdesk/netdesk), not the source.
#
#   packaging/smoke_test.sh           # builds the bundle first if there is none
#   packaging/smoke_test.sh --build   # always rebuilds it (what .ci/run does)
#
# Runs every command on a temporary data folder, then opens the main window:
# offscreen, and in a real X window under Xvfb when xvfb-run and xdotool are
# installed (as root, with the libxcb-* helpers of a bare Debian hidden from
# it, to show that the bundle brings its own). Fails on a non-zero exit, a
# traceback, a Qt plugin that does not load, or a missing resource or plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

# A real X window under Xvfb, closed with Ctrl+Q as a user would. Runs as
# "smoke_test.sh --x11-inner" inside xvfb-run, with APP, DATA and tmp set.
x11_check() {
    if [ "${NETDESK_SMOKE_HIDE_X_LIBS:-}" = 1 ]; then
        # A bare Debian has none of these; hide the system's copies here.
        local lib file
        for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-image.so.0 libxcb-keysyms.so.1 \
            libxcb-render-util.so.0 libxcb-xinerama.so.0 libxcb-xkb.so.1 \
            libxkbcommon-x11.so.0 libxcb-shape.so.0 libxcb-randr.so.0; do
            for file in /usr/lib/*-linux-gnu/"$lib"* /lib/*-linux-gnu/"$lib"*; do
                if [ -f "$file" ]; then mount --bind /dev/null "$file"; fi
            done
        done
    fi
    "$APP" --data-dir "$DATA" >"$tmp/x11" 2>&1 &
    local pid=$! window=""
    for _ in $(seq 300); do # up to 30 s, unless it dies first
        window=$(xdotool search --onlyvisible --name '^netdesk' 2>/dev/null | head -1) || true
        if [ -n "$window" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
        sleep 0.1
    done
    if [ -z "$window" ]; then
        kill "$pid" 2>/dev/null || true
        cat "$tmp/x11" >&2
        echo "no netdesk window appeared" >&2
        return 1
    fi
    sleep 1
    if command -v import >/dev/null; then import -window root "$tmp/x11.png" || true; fi
    xdotool windowfocus --sync "$window" && xdotool key ctrl+q
    local status=0
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        echo "the window did not close on Ctrl+Q" >&2
        return 1
    fi
    wait "$pid" || status=$?
    cat "$tmp/x11"
    return "$status"
}

if [ "${1:-}" = --x11-inner ]; then
    unset QT_QPA_PLATFORM
    x11_check
    exit
fi

SECONDS=0
if [ "${1:-}" = --build ] || [ ! -x dist/netdesk/netdesk ]; then
    packaging/build.sh
fi
built_in=$SECONDS
BUNDLE=$PWD/dist/netdesk
APP=$BUNDLE/netdesk
INTERNAL=$BUNDLE/_internal

tmp=$(mktemp -d "${TMPDIR:-/tmp}/netdesk-smoke.XXXXXX")
cleanup() {
    if [ -n "${gui_pid:-}" ]; then kill "$gui_pid" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
DATA=$tmp/data
# Settings and caches of these runs stay in the temporary folder.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
export XDG_DATA_HOME=$tmp/share QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

fail() {
    echo "SMOKE TEST FAILED: $*" >&2
    exit 1
}

# The output must not show a traceback or a Qt plugin that did not load.
check_output() { # name file
    if grep -E -n "Traceback|Could not load the Qt platform plugin|qt\.qpa\.plugin|Cannot load library" "$2"; then
        fail "$1 printed the above"
    fi
}

run() { # name command... ; output in $tmp/out
    local name=$1
    shift
    if ! "$@" >"$tmp/out" 2>&1; then
        cat "$tmp/out" >&2
        fail "$name exited with status $?"
    fi
    check_output "$name" "$tmp/out"
    echo "ok  $name"
}

# Everything in resources/ made it into the bundle, and the Qt plugins too.
(cd resources && find . -type f | sort) >"$tmp/wanted"
(cd "$INTERNAL/resources" && find . -type f | sort) >"$tmp/bundled"
missing=$(comm -23 "$tmp/wanted" "$tmp/bundled")
[ -z "$missing" ] || fail "resources missing from the bundle: $missing"
echo "ok  resources ($(wc -l <"$tmp/wanted") files)"
if [ "$(uname -s)" = Linux ]; then
    for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
        printsupport/libcupsprintersupport.so; do
        [ -f "$INTERNAL/PySide6/Qt/plugins/$plugin" ] || fail "Qt plugin missing: $plugin"
    done
    echo "ok  Qt plugins"
fi

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' netdesk/__init__.py)
run "--version" "$APP" --version
grep -qx "netdesk $version" "$tmp/out" || fail "--version printed $(cat "$tmp/out"), not $version"

run "init --demo" "$APP" --data-dir "$DATA" init --demo
grep -q "^Demo network: " "$tmp/out" || fail "init --demo made no demo network"
run "info" "$APP" --data-dir "$DATA" info
grep -q "^Integrity: *ok$" "$tmp/out" || fail "info did not report integrity ok"
run "today" "$APP" --data-dir "$DATA" today
grep -q "^Today, " "$tmp/out" || fail "today printed no agenda"
run "briefing --list" "$APP" --data-dir "$DATA" briefing --list
meeting=$(awk 'NR > 1 && $1 ~ /^[0-9]+$/ { print $1; exit }' "$tmp/out")
[ -n "$meeting" ] || fail "briefing --list shows no meeting"
run "briefing $meeting --pdf" "$APP" --data-dir "$DATA" briefing "$meeting" --pdf "$tmp/b.pdf"
[ "$(head -c 5 "$tmp/b.pdf")" = "%PDF-" ] || fail "the briefing is not a PDF"
[ "$(wc -c <"$tmp/b.pdf")" -gt 2000 ] || fail "the briefing PDF is nearly empty"
echo "    $(wc -c <"$tmp/b.pdf") bytes of PDF"

# Import and export in every format, through the bundle's own readers and writers.
for kind in vcard csv ics json; do
    run "export --format $kind" "$APP" --data-dir "$DATA" export "$tmp/export.$kind" --format "$kind"
    [ -s "$tmp/export.$kind" ] || fail "export --format $kind wrote nothing"
done
for sample in linkedin/current.csv google/current.csv outlook/outlook_com_cp1252.csv \
    vcard/v21_quoted_printable.vcf; do
    run "import --dry-run $sample" "$APP" --data-dir "$DATA" import "tests/data/$sample" --dry-run
    grep -q " new, " "$tmp/out" || fail "import $sample printed no summary"
done
run "import of its own vCards" "$APP" --data-dir "$tmp/copy" import "$tmp/export.vcard"
grep -q "^Imported: " "$tmp/out" || fail "the exported vCards did not import"
run "restore of its own JSON backup" "$APP" --data-dir "$tmp/restored" import "$tmp/export.json"
grep -q "^Restored" "$tmp/out" || fail "the JSON backup did not restore"

# The window, offscreen: it must start and stay up without printing anything
# (a failed start prints a sentence or a traceback, then waits in a dialog).
"$APP" --data-dir "$DATA" >"$tmp/gui" 2>&1 &
gui_pid=$!
sleep 4
kill -0 "$gui_pid" 2>/dev/null || {
    cat "$tmp/gui" >&2
    fail "the window (offscreen) exited early"
}
# Qt's offscreen platform cannot resize windows; it says so, harmlessly.
if grep -v "This plugin does not support" "$tmp/gui" | grep -q .; then
    cat "$tmp/gui" >&2
    fail "the window (offscreen) printed the above"
fi
# SIGTERM closes the window as Ctrl+Q does: it must exit 0, saying nothing.
kill -TERM "$gui_pid"
gui_status=0
wait "$gui_pid" 2>/dev/null || gui_status=$?
gui_pid=
if [ "$gui_status" -ne 0 ] || grep -v "This plugin does not support" "$tmp/gui" | grep -q .; then
    cat "$tmp/gui" >&2
    fail "the window (offscreen) did not close cleanly on SIGTERM (exit $gui_status)"
fi
echo "ok  window offscreen (up after 4 s, quiet, closed cleanly on SIGTERM)"
run "info after the window" "$APP" --data-dir "$DATA" info
grep -q "^Integrity: *ok$" "$tmp/out" || fail "the data file is damaged after the window"
run "today, taking over the window's lock" "$APP" --data-dir "$DATA" today

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
    export APP DATA tmp
    how="xvfb-run"
    wrap=()
    if [ "$(id -u)" = 0 ] && unshare --mount --propagation private true 2>/dev/null; then
        # A private mount namespace: the hidden libraries stay hidden only here.
        wrap=(unshare --mount --propagation private env NETDESK_SMOKE_HIDE_X_LIBS=1)
        how="xvfb-run, without the system's libxcb-* helpers"
    fi
    if ! "${wrap[@]}" xvfb-run -a -s "-screen 0 1280x800x24" \
        bash packaging/smoke_test.sh --x11-inner >"$tmp/x11.out" 2>&1; then
        cat "$tmp/x11.out" >&2
        fail "the X11 window ($how)"
    fi
    check_output "the X11 window" "$tmp/x11.out"
    if [ -f "$tmp/x11.png" ] && [ -d build ]; then cp "$tmp/x11.png" build/smoke-x11.png; fi
    echo "ok  window in X11 ($how), closed with Ctrl+Q, exit 0"
else
    echo "--  X11 window not checked: install xvfb and xdotool for that"
fi

echo "Smoke test passed in ${SECONDS} s (of which building: ${built_in} s)."
