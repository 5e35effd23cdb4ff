"""`python -m roadmap`: the same as the `roadmap` command."""

from roadmap.cli import main

raise SystemExit(main())
