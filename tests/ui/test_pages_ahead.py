"""The Steps, Pathway map and Transfer tabs' modules are imported while the window is idle
after a roadmap opened, not when a tab is first clicked; the pages themselves are still built
only when shown, and the transfer figures (which bring the charts' modules) only when theirs
is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from roadmap.ui.lazy_pages import MODULES_AHEAD

_CODE = """
import os, sys, time; os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication([])
from roadmap.app import build_window
from roadmap.ui.lazy_pages import MODULES_AHEAD
from roadmap.ui.settings import Settings
w = build_window(Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
w.show(); w.docs.open_path(Path(sys.argv[2])); app.processEvents()
print(sum(m in sys.modules for m in MODULES_AHEAD))
began = time.monotonic()
while not all(m in sys.modules for m in MODULES_AHEAD) and time.monotonic() - began < 60:
    app.processEvents(); time.sleep(0.01)
print(sum(m in sys.modules for m in MODULES_AHEAD))
print(w.pages.table is None, w.pages.pathway_map is None, w.pages.transfer is None)
print('roadmap.ui.transfer.transfer_view' in sys.modules)
w.close()
"""


def test_the_tabs_modules_are_imported_while_the_window_is_idle(
    sample_file: Path, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CODE, str(tmp_path / "s.ini"), str(sample_file)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert int(lines[0]) < len(MODULES_AHEAD)  # not while the roadmap opened
    assert int(lines[1]) == len(MODULES_AHEAD)  # later, with no tab clicked
    assert lines[2] == "True True True"  # no page was built for it
    assert lines[3] == "False"  # nor the figures', which need the charts' modules
