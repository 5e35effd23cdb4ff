#!/bin/sh
# Install the Frontier Roadmap bundle with its desktop integration (menu entry, icon, the
# .roadmap file type opening in the app, AppStream metadata), or remove it again.
#
#   ./install.sh                       for this user, under ~/.local
#   sudo PREFIX=/usr/local ./install.sh for everyone
#   ./install.sh --uninstall           (with the same PREFIX)
#
# Runs from the top of a built bundle (dist/frontier-roadmap/install.sh, where build.sh puts a
# copy) or from installer/linux/ in a checkout after `make bundle`.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ -d "$here/_internal" ]; then
    bundle=$here
else
    bundle=$(cd "$here/../.." && pwd)/dist/frontier-roadmap
fi
PREFIX=${PREFIX:-$HOME/.local}
lib="$PREFIX/lib/frontier-roadmap"
share="$PREFIX/share"
app_id=org.frontierroadmap.FrontierRoadmap
sizes="16 22 24 32 48 64 128 256 512"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null &&
        gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$lib"
    rm -f "$PREFIX/bin/frontier-roadmap" "$PREFIX/bin/roadmap" \
        "$share/applications/frontier-roadmap.desktop" \
        "$share/mime/packages/frontier-roadmap.xml" \
        "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/frontier-roadmap.svg"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x$size/apps/frontier-roadmap.png"; done
    refresh
    echo "Removed Frontier Roadmap from $PREFIX"
    exit 0
fi

[ -x "$bundle/frontier-roadmap" ] || { echo "No bundle at $bundle: run make bundle" >&2; exit 2; }
files="$bundle/_internal/linux"
icons="$bundle/_internal/resources/icons"

mkdir -p "$PREFIX/bin" "$share/applications" "$share/mime/packages" "$share/metainfo" \
    "$share/icons/hicolor/scalable/apps"
rm -rf "$lib"
mkdir -p "$lib"
cp -R "$bundle/." "$lib/"
ln -sf "$lib/frontier-roadmap" "$PREFIX/bin/frontier-roadmap"
ln -sf "$lib/roadmap" "$PREFIX/bin/roadmap"

# The menu entry starts the program by its full path: ~/.local/bin is not always on the PATH
# a desktop session starts programs with.
sed -e "s|^Exec=frontier-roadmap|Exec=$PREFIX/bin/frontier-roadmap|" \
    -e "s|^TryExec=frontier-roadmap|TryExec=$PREFIX/bin/frontier-roadmap|" \
    "$files/frontier-roadmap.desktop" >"$share/applications/frontier-roadmap.desktop"
cp "$files/frontier-roadmap-mime.xml" "$share/mime/packages/frontier-roadmap.xml"
cp "$files/$app_id.metainfo.xml" "$share/metainfo/"
cp "$icons/frontier-roadmap.svg" "$share/icons/hicolor/scalable/apps/"
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x$size/apps"
    cp "$icons/hicolor/${size}x$size/apps/frontier-roadmap.png" "$share/icons/hicolor/${size}x$size/apps/"
done
refresh
echo "Installed Frontier Roadmap in $lib; start it from the menu or with $PREFIX/bin/frontier-roadmap"
