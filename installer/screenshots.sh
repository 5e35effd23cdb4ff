#!/bin/bash
# Screenshots of the built bundle under a virtual X server, in English and in Chinese, for
# checking by eye (clipped labels, missing glyphs). Each run has a clean environment and a new
# HOME; the language comes from LANGUAGE, as on a user's desktop (the app follows the system;
# LANG stays C.UTF-8 because this machine may not have the zh_CN locale generated).
#
#   installer/screenshots.sh [OUT_DIR]      (default build/screenshots)
set -euo pipefail

if [ -z "${SCREENSHOTS_IN_XVFB:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" env SCREENSHOTS_IN_XVFB=1 "$0" "$@"
fi

here=$(cd "$(dirname "$0")/.." && pwd)
bundle="$here/dist/frontier-roadmap"
out=$(mkdir -p "${1:-$here/build/screenshots}" && cd "${1:-$here/build/screenshots}" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/frontier-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT

shoot() {  # NAME LANGUAGE [SAMPLE-LANG]  (no sample: the welcome page)
    local home="$work/$1" pid file=()
    mkdir -p "$home"
    if [ -n "${3:-}" ]; then
        file=("$home/$3.roadmap")
        env -i HOME="$home" PATH=/nonexistent "$bundle/roadmap" sample "${file[0]}" --lang "$3" \
            >/dev/null
    fi
    env -i HOME="$home" PATH=/nonexistent LANG=C.UTF-8 LANGUAGE="$2" DISPLAY="$DISPLAY" \
        XAUTHORITY="${XAUTHORITY:-}" "$bundle/frontier-roadmap" "${file[@]}" >"$work/$1.log" 2>&1 &
    pid=$!
    sleep "${SCREENSHOT_WAIT:-6}"
    import -window root "$out/$1.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$out/$1.png"
    if [ -s "$work/$1.log" ]; then sed "s/^/  $1: /" "$work/$1.log"; fi
}

shoot bundle-en en_US en
shoot bundle-zh zh_CN zh
shoot bundle-welcome-en en_US
shoot bundle-welcome-zh zh_CN
