#!/bin/sh
# Build the one-folder bundle dist/frontier-roadmap/ from installer/frontier-roadmap.spec.
#
#   installer/build.sh            (what `make bundle` runs)
#   PYTHON=/path/to/python installer/build.sh
#
# The Python used must have the project and PyInstaller installed: pip install -e '.[bundle]'.
# The build is niced: build machines are shared. Prints the bundle's size and the build time.
set -eu

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}

if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    echo "PyInstaller is missing: run  $PYTHON -m pip install -e '.[bundle]'" >&2
    exit 2
fi

started=$(date +%s)
nice -n 10 "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/frontier-roadmap.spec
finished=$(date +%s)

bundle=dist/frontier-roadmap
test -x "$bundle/frontier-roadmap" || { echo "build failed: no $bundle/frontier-roadmap" >&2; exit 1; }
case "$(uname -s)" in
    Linux) cp installer/linux/install.sh "$bundle/install.sh" ;;  # menu entry, icons, file type
esac
echo "Built $bundle in $((finished - started)) s; size $(du -sh "$bundle" | cut -f1)."
