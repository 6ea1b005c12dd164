"""``rewardkit serve``: run the reward server (library entry point and argparse pair).

:func:`serve` is the library entry; :func:`add_arguments` and :func:`run` let any argparse
command line mount it (``rewardkit serve`` does).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from rewardkit.errors import ConfigError
from rewardkit.registry import WeightedReward, get_preset, get_reward, load_config
from rewardkit.server._scoring import SPECIAL_TOKENS
from rewardkit.server.settings import MAX_BODY_BYTES, MAX_ROWS, ServerSettings, read_token

__all__ = ["add_arguments", "build_settings", "run", "serve"]

_log = logging.getLogger("rewardkit.server")

#: What ``rewardkit serve --help`` says.
DESCRIPTION = """\
Serve rewards over HTTP: OpenRLHF's POST /get_reward, rewardkit's POST /score, GET /rewards and
GET /health. Scoring runs in --workers processes; with --token-file every route but /health
needs 'Authorization: Bearer <token>'.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` options to ``parser``."""
    parser.add_argument("--preset", metavar="NAME", help="a preset's rewards and weights")
    parser.add_argument(
        "--reward",
        "-r",
        action="append",
        default=[],
        metavar="SPEC",
        help="a reward spec (see 'rewardkit list'), weight 1; repeatable",
    )
    parser.add_argument("--config", metavar="FILE", help="TOML or JSON file of rewards and weights")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port (default: 8000)")
    parser.add_argument(
        "--workers", type=int, default=1, help="scoring processes (default: 1; about one per core)"
    )
    parser.add_argument(
        "--token-file", metavar="FILE", help="file holding the bearer token clients must send"
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=MAX_BODY_BYTES,
        metavar="N",
        help=f"larger request bodies get 413 (default: {MAX_BODY_BYTES})",
    )
    parser.add_argument(
        "--max-rows",
        type=int,
        default=MAX_ROWS,
        metavar="N",
        help=f"requests with more rows get 422 (default: {MAX_ROWS})",
    )
    parser.add_argument(
        "--strip-token",
        action="append",
        default=None,
        metavar="TOKEN",
        help="special token removed from OpenRLHF completions (repeatable; replaces the "
        "built-in list of common chat-template tokens)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="longest a worker may score one request; past it the workers are replaced and "
        "the request gets 504 (default: 60)",
    )
    parser.add_argument(
        "--graceful-timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="how long shutdown waits for requests in flight (default: 30)",
    )
    parser.add_argument(
        "--no-access-log", action="store_true", help="do not log one JSON line per request"
    )


def build_settings(args: argparse.Namespace) -> ServerSettings:
    """The :class:`ServerSettings` that parsed ``serve`` options describe.

    Raises:
        ConfigError: no rewards named, an unknown reward, an unreadable token file, or an
            option out of range.
    """
    items: list[WeightedReward] = []
    if args.preset:
        items.extend(get_preset(args.preset))
    if args.config:
        items.extend(load_config(args.config))
    items.extend(WeightedReward(get_reward(spec)) for spec in args.reward)
    if not items:
        msg = "no rewards: expected --preset NAME, --config FILE or --reward SPEC; got none"
        raise ConfigError(msg)
    return ServerSettings(
        rewards=tuple(items),
        host=args.host,
        port=args.port,
        workers=args.workers,
        token=read_token(args.token_file) if args.token_file else None,
        max_body_bytes=args.max_body_bytes,
        max_rows=args.max_rows,
        special_tokens=SPECIAL_TOKENS if args.strip_token is None else tuple(args.strip_token),
        timeout=args.timeout,
        graceful_timeout=args.graceful_timeout,
        access_log=not args.no_access_log,
    )


def _configure_logging() -> None:
    logger = logging.getLogger("rewardkit.server")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def warn_if_exposed(settings: ServerSettings) -> bool:
    """Log a loud warning when the server would be reachable beyond loopback without a token.

    Returns:
        Whether the warning was logged (:attr:`ServerSettings.exposed`).
    """
    if settings.exposed:
        _log.warning(
            "WARNING: serving on %s without a token: anyone who can reach this address can "
            "use this server. Bind 127.0.0.1, or pass --token-file.",
            settings.host,
        )
    return settings.exposed


def _serve(settings: ServerSettings) -> int:
    try:
        import uvicorn
    except ModuleNotFoundError:
        msg = "the reward server needs the 'server' extra: pip install 'rewardkit[server]'"
        raise ModuleNotFoundError(msg) from None
    from rewardkit.server.app import create_app

    _configure_logging()
    warn_if_exposed(settings)
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=int(settings.graceful_timeout),
        log_level="info",
    )
    uvicorn.Server(config).run()
    return 0


def run(args: argparse.Namespace) -> int:
    """Run the server from parsed ``serve`` options; returns the exit status.

    Raises:
        ConfigError: see :func:`build_settings`.
    """
    return _serve(build_settings(args))


def serve(options: Sequence[str] | ServerSettings | None = None) -> int:
    """Run the reward server until interrupted (SIGINT / SIGTERM drain requests in flight).

    Args:
        options: ``serve`` command-line options (``None``: ``sys.argv[1:]``), or ready
            :class:`ServerSettings`.

    Returns:
        The exit status (0 after a clean shutdown; 2 for bad options).

    Raises:
        ConfigError: bad settings (see :func:`build_settings`).
    """
    if isinstance(options, ServerSettings):
        return _serve(options)
    parser = argparse.ArgumentParser(prog="rewardkit serve", description=DESCRIPTION)
    add_arguments(parser)
    return run(parser.parse_args(None if options is None else list(options)))
