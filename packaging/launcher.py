"""The bundle's entry point: the `journeyboard` command, as the wheel installs it."""

import sys

from app.cli import main

sys.exit(main())
