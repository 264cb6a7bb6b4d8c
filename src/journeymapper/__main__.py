"""``python -m journeymapper`` and the ``journeymapper`` command."""

import sys


def main() -> int:
    from .cli.main import main as run

    return run()


if __name__ == "__main__":
    sys.exit(main())
