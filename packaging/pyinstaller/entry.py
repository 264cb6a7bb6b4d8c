"""The frozen program's entry point: the same as the ``journeymapper`` command."""

import sys

from journeymapper.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
