"""`python -m app` runs the same command line as the `journeyboard` script."""

from app.cli import main

raise SystemExit(main())
