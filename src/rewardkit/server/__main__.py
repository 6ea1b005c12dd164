"""``python -m rewardkit.server [options]``: run the reward server (see ``--help``)."""

import sys

from rewardkit.errors import ConfigError
from rewardkit.server.command import serve

if __name__ == "__main__":
    try:
        sys.exit(serve())
    except ConfigError as error:
        sys.stderr.write(f"rewardkit serve: error: {error}\n")
        sys.exit(2)
