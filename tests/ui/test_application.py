"""`roadmap FILE` end to end: the composition root starts the Qt application and opens the file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_run_opens_the_file_in_a_named_window(sample_file: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from roadmap import app\n"
        "from roadmap.ui import application\n"
        "make = app.build_window\n"
        "def build(settings):\n"
        "    window = make(settings)\n"
        "    from PySide6.QtCore import QTimer, QCoreApplication\n"
        "    def report():\n"
        "        print(window.windowTitle())\n"
        "        print(QCoreApplication.organizationName())\n"
        "        window.close()\n"
        "    QTimer.singleShot(0, report)\n"
        "    return window\n"
        "sys.exit(application.run_desktop(Path(sys.argv[1]), build))\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(sample_file)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].endswith("sample.roadmap")
    assert lines[1] == "Frontier Roadmap"
    # The file opened is remembered among the recent files, in the user's settings under the
    # organization's name.
    folder = tmp_path / "config" / "Frontier Roadmap"
    saved = "".join(f.read_text(encoding="utf-8") for f in folder.iterdir() if f.is_file())
    assert str(sample_file.resolve()) in saved or str(sample_file) in saved, saved


def test_the_composition_root_does_not_import_qt() -> None:
    code = "import sys, roadmap.app; print('PySide6' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert done.stdout.strip() == "False", done.stderr
