"""Entry point of the bundled program: exactly the `roadmap` command.

Both executables of the bundle start here: `frontier-roadmap` (windowed on Windows and macOS,
what the Start menu and file associations run) and `roadmap` (console, for the command line).
With no arguments or a file name they open the desktop app; with a subcommand they run it.
"""

import multiprocessing
import sys

from roadmap.cli import main

# The app draws charts in a helper process started with "spawn" (roadmap/worker_process.py):
# in the bundle that process is this executable again, and this hands it its work.
multiprocessing.freeze_support()
sys.exit(main())
