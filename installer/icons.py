"""Render the app icon from resources/icons/frontier-roadmap.svg into the sizes installers need.

    .venv/bin/python installer/icons.py

Writes resources/icons/hicolor/<n>x<n>/apps/frontier-roadmap.png (the freedesktop icon theme
layout, 16 to 512 px), frontier-roadmap.ico (Windows: the executables and the Inno Setup
installer) and frontier-roadmap.icns (macOS: the .app and its document type). Qt's own SVG
renderer draws each size, so no other SVG tool is needed; Pillow packs the .ico and .icns.
Run it again after changing the SVG and commit what it writes.
"""

from __future__ import annotations

import sys
from io import BytesIO
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "frontier-roadmap.svg"
NAME = "frontier-roadmap"
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_png(size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render_png(size) for size in sorted(set(THEME_SIZES + ICO_SIZES + ICNS_SIZES))}
    for size in THEME_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
    images = {size: Image.open(BytesIO(data)) for size, data in pngs.items()}
    # Each size drawn from the SVG rather than scaled down from 256 px: crisper small icons.
    images[256].save(
        ICONS / f"{NAME}.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    images[512].save(
        ICONS / f"{NAME}.icns", append_images=[images[s] for s in ICNS_SIZES if s != 512]
    )
    del app
    print(f"Wrote {len(THEME_SIZES)} PNGs, {NAME}.ico and {NAME}.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
