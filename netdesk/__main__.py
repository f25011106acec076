"""`python -m netdesk` runs the same entry point as the `netdesk` command."""

import sys

from netdesk.cli import main

sys.exit(main())
