"""The Linux desktop files agree with each other and pass the freedesktop tools' checks."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
DESKTOP = LINUX / "frontier-roadmap.desktop"
MIME = LINUX / "frontier-roadmap-mime.xml"
METAINFO = LINUX / "org.frontierroadmap.FrontierRoadmap.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_desktop_entry_opens_roadmap_files_with_the_app() -> None:
    entry = desktop_entry()
    mime = ElementTree.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None
    assert entry["MimeType"].rstrip(";").split(";") == [mime.get("type")]
    globs = [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")]
    assert globs == ["*.roadmap"]
    assert entry["Exec"] == "frontier-roadmap %f"  # %f: a double-clicked file is passed on
    assert entry["Icon"] == "frontier-roadmap"


def test_metainfo_names_the_desktop_entry_and_the_mime_type() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == desktop_entry()["Icon"]
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert [m.text for m in root.iter("mediatype")] == ["application/x-frontier-roadmap"]


def test_icon_pngs_exist_in_the_usual_sizes_and_are_that_big() -> None:
    sizes = [16, 22, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "frontier-roadmap.png"
        assert png_size(png) == (size, size)
    assert (ICONS / "frontier-roadmap.svg").is_file()
    assert (ICONS / "frontier-roadmap.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "frontier-roadmap.icns").read_bytes()[:4] == b"icns"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="no desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="no appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
