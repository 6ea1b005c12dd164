"""``python -m rewardkit`` and the ``rewardkit`` console script."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``rewardkit`` command line (see :mod:`rewardkit.cli`); return the exit status."""
    from rewardkit.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
