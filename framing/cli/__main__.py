"""``python -m framing.cli``: the ``framing`` command."""

import sys

from . import main

sys.exit(main())
