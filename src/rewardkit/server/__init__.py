"""The rewardkit reward server (``pip install 'rewardkit[server]'``).

``rewardkit serve --preset r1_zero --workers 4`` serves OpenRLHF's remote reward protocol
(``POST /get_reward``), rewardkit's own ``POST /score``, ``GET /rewards`` and ``GET /health``,
on Starlette and uvicorn. See ``docs/deploying.md``.

The application itself (:mod:`rewardkit.server.app`) imports Starlette; this package's entry
points import it only when the server starts.
"""

from rewardkit.server.command import add_arguments, build_settings, run, serve
from rewardkit.server.settings import ServerSettings

__all__ = ["ServerSettings", "add_arguments", "build_settings", "run", "serve"]
