"""``python -m framing``: the command line, from whichever checkout is on the path.

>>> import framing.__main__  # doctest: +SKIP
"""
import sys

from framing.cli import main

if __name__ == "__main__":
    sys.exit(main())
