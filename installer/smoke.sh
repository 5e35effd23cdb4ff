#!/bin/bash
# Smoke test of the built bundle, as a user without Python would run it.
#
#   installer/smoke.sh [BUNDLE_DIR]        (default dist/frontier-roadmap)
#
# Every program run gets a clean environment (env -i), a temporary HOME and a PATH with no
# Python on it. Checks --version, `sample` (English and Chinese), `info` on an older file (so the
# Alembic migrations inside the bundle run), `export` to .xlsx and .png, that matplotlib's font
# cache survives between runs, and that the desktop app starts and shows its window (under
# xvfb-run when there is one, else on Qt's offscreen platform). Prints first (cold) and second
# (warm) start times. Exits non-zero on the first failure.
set -euo pipefail

# Without a display, run the whole test under a virtual X server when there is one.
if [ -z "${DISPLAY:-}" ] && [ -z "${SMOKE_NO_XVFB:-}" ] && command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" env SMOKE_NO_XVFB=1 "$0" "$@"
fi

here=$(cd "$(dirname "$0")/.." && pwd)
bundle=$(cd "${1:-$here/dist/frontier-roadmap}" && pwd)
app="$bundle/frontier-roadmap"
cli="$bundle/roadmap"
[ -x "$app" ] || { echo "smoke: no bundle at $bundle (run make bundle)" >&2; exit 2; }
[ -x "$cli" ] || cli="$app"

work=$(mktemp -d "${TMPDIR:-/tmp}/frontier-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/empty-bin" "$work/files"
files="$work/files"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# The clean environment: nothing inherited but a UTF-8 locale; PATH holds no programs at all.
clean() {
    env -i HOME="$work/home" PATH="$work/empty-bin" LANG=C.UTF-8 LC_ALL=C.UTF-8 "$@"
}

check_magic() {  # FILE HEX-PREFIX WHAT
    local head
    head=$(od -An -tx1 -N4 "$1" | tr -d ' \n')
    [[ $head == "$2"* ]] || fail "$1 is not $3 (starts with $head)"
}

clean sh -c 'command -v python3 || command -v python' >/dev/null 2>&1 &&
    fail "python is reachable on the clean PATH"

# --version, twice: the first run reads the bundle from disk, the second from the page cache.
start=$(now)
version=$(clean "$cli" --version)
cold_version=$(since "$start")
start=$(now)
clean "$cli" --version >/dev/null
warm_version=$(since "$start")
[[ $version == "Frontier Roadmap "* ]] || fail "--version printed: $version"
echo "ok   --version: $version (first ${cold_version} s, second ${warm_version} s)"

clean "$cli" sample "$files/en.roadmap" >/dev/null || fail "sample"
clean "$cli" sample "$files/zh.roadmap" --lang zh >/dev/null || fail "sample --lang zh"
[ -s "$files/en.roadmap" ] && [ -s "$files/zh.roadmap" ] || fail "sample wrote nothing"
clean "$cli" info "$files/zh.roadmap" | grep -q "49 steps" || fail "info of the Chinese sample"
echo "ok   sample (en, zh) and info"

# A file of format 1 (before the patent history table): opening it runs Alembic from the
# migrations folder inside the bundle. Needs the sqlite3 program to make the old file.
if command -v sqlite3 >/dev/null; then
    cp "$files/en.roadmap" "$files/old.roadmap"
    sqlite3 "$files/old.roadmap" "DROP TABLE patent_events; PRAGMA user_version = 1;
        UPDATE alembic_version SET version_num = '0001_initial';"
    clean "$cli" info "$files/old.roadmap" | grep -q "49 steps" || fail "info of a format-1 file"
    [ "$(sqlite3 "$files/old.roadmap" 'PRAGMA user_version')" = 1 ] ||
        fail "a read-only look changed the old file"
    echo "ok   a format-1 file opens through the bundled migrations"
else
    echo "skip migrations (no sqlite3 program here)"
fi

clean "$cli" export "$files/en.roadmap" "$files/en.xlsx" >/dev/null || fail "export .xlsx"
check_magic "$files/en.xlsx" 504b0304 "a workbook"
echo "ok   export .xlsx"

cache="$work/home/.cache/frontier-roadmap/matplotlib"
start=$(now)
clean "$cli" export "$files/zh.roadmap" "$files/zh.png" >/dev/null || fail "export .png"
cold_png=$(since "$start")
check_magic "$files/zh.png" 89504e47 "a PNG"
ls "$cache"/fontlist-*.json >/dev/null 2>&1 || fail "matplotlib's font list is not kept in $cache"
start=$(now)
clean "$cli" export "$files/en.roadmap" "$files/en.png" >/dev/null || fail "second export .png"
warm_png=$(since "$start")
check_magic "$files/en.png" 89504e47 "a PNG"
echo "ok   export .png (first ${cold_png} s, second ${warm_png} s; font cache kept)"

# The desktop app: started on the sample, it must show its main window and keep running until
# it is told to quit. With an X server the window is looked up by title; offscreen, staying
# alive for a few seconds without a traceback is what can be checked.
window_shown() {  # a top-level window titled "... Frontier Roadmap" is mapped and viewable
    local id
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/"[^"]*Frontier Roadmap/ { print $1 }'); do
        xwininfo -id "$id" 2>/dev/null | grep -q "Map State: IsViewable" && return 0
    done
    return 1
}

gui_run() {  # LABEL: starts the app, waits for its window, stops it; prints seconds to window
    local log="$work/gui-$1.log" pid started waited=0 shown=""
    started=$(now)
    if [ -n "${DISPLAY:-}" ]; then
        env -i HOME="$work/home" PATH="$work/empty-bin" LANG=C.UTF-8 DISPLAY="$DISPLAY" \
            XAUTHORITY="${XAUTHORITY:-}" "$app" "$files/en.roadmap" >"$log" 2>&1 &
    else
        clean QT_QPA_PLATFORM=offscreen "$app" "$files/en.roadmap" >"$log" 2>&1 &
    fi
    pid=$!
    while [ $waited -lt 600 ]; do  # up to 60 s
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the app ended by itself"; }
        if [ -n "${DISPLAY:-}" ]; then
            if window_shown; then
                shown=$(since "$started")
                break
            fi
        elif [ $waited -ge 50 ]; then
            shown="(offscreen)"
            break
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    [ -n "$shown" ] || { kill "$pid"; fail "no main window after 60 s"; }
    sleep 1
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; fail "the app ended after showing its window"; }
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    if grep -q "Traceback" "$log"; then cat "$log" >&2; fail "the app logged a traceback"; fi
    echo "$shown"
}

first=$(gui_run first)
second=$(gui_run second)
echo "ok   desktop app shows its window (first ${first} s, second ${second} s)"
echo "smoke: all passed ($bundle, $(du -sh "$bundle" | cut -f1))"
