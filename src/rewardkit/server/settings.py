"""The reward server's configuration: one frozen dataclass, validated when built."""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass, field
from pathlib import Path

from rewardkit.errors import ConfigError
from rewardkit.registry import WeightedReward, check_unique
from rewardkit.server._scoring import SPECIAL_TOKENS, bounds

__all__ = ["ServerSettings", "is_loopback", "read_token"]

#: Largest request body accepted by default (bytes): 256 OpenRLHF queries of ~64 KB fit.
MAX_BODY_BYTES = 32 * 1024 * 1024
#: Most rows accepted in one request by default.
MAX_ROWS = 4096


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine.

    Examples:
        >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
        (True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(path: str | Path) -> str:
    """The bearer token stored in ``path`` (surrounding whitespace removed).

    Raises:
        ConfigError: the file cannot be read, or holds no token.
    """
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        msg = f"token_file: cannot read {str(path)!r}: {error}"
        raise ConfigError(msg) from None
    if not token or any(c.isspace() for c in token):
        msg = (
            f"token_file: expected one token without spaces in {str(path)!r}; "
            f"got {len(token)} characters"
        )
        raise ConfigError(msg)
    return token


def _check_seconds(name: str, value: object, *, positive: bool) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
        or (positive and value == 0)
    ):
        expected = "> 0" if positive else ">= 0"
        msg = f"{name} must be a finite number of seconds {expected}; got {value!r}"
        raise ConfigError(msg)


@dataclass(frozen=True, slots=True, kw_only=True)
class ServerSettings:
    """What the reward server scores and how it serves.

    Attributes:
        rewards: the rewards and their weights (distinct names, at least one).
        host: the address to bind (``127.0.0.1`` by default: this machine only).
        port: the TCP port (0: any free port).
        workers: scoring processes (scoring never runs on the event loop).
        token: the bearer token clients must send; ``None``: no authentication. Never shown
            in ``repr``.
        max_body_bytes: larger request bodies get 413.
        max_rows: requests with more rows get 422.
        special_tokens: removed from OpenRLHF completions before scoring.
        timeout: seconds a worker may spend scoring one request (with the requests packed
            with it); past it the workers are killed and replaced and the request gets 504.
        graceful_timeout: seconds a shutdown waits for in-flight requests.
        access_log: write one JSON access-log line per request (logger
            ``rewardkit.server.access``).
        bounds: the range of the weighted total (derived, not an argument).
    """

    rewards: tuple[WeightedReward, ...]
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    token: str | None = field(default=None, repr=False)
    max_body_bytes: int = MAX_BODY_BYTES
    max_rows: int = MAX_ROWS
    special_tokens: tuple[str, ...] = SPECIAL_TOKENS
    timeout: float = 60.0
    graceful_timeout: float = 30.0
    access_log: bool = True
    #: The range of the weighted total (see :func:`rewardkit.compose.combine`); derived from
    #: ``rewards`` once, not per request.
    bounds: tuple[float, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Validate every field.

        Raises:
            ConfigError: naming the field, what was expected and what was received.
        """
        rewards: object = self.rewards
        if (
            not isinstance(rewards, tuple)
            or not rewards
            or not all(isinstance(item, WeightedReward) for item in rewards)
        ):
            msg = f"rewards must be a non-empty tuple of WeightedReward; got {rewards!r}"
            raise ConfigError(msg)
        check_unique(self.rewards)
        object.__setattr__(self, "bounds", bounds(self.rewards))
        for name, low in (("port", 0), ("workers", 1), ("max_body_bytes", 1), ("max_rows", 1)):
            value: object = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                msg = f"{name} must be an integer >= {low}; got {value!r}"
                raise ConfigError(msg)
        if self.port > 65535:
            msg = f"port must be an integer <= 65535; got {self.port!r}"
            raise ConfigError(msg)
        if not isinstance(self.host, str) or not self.host:
            msg = f"host must be a non-empty string; got {self.host!r}"
            raise ConfigError(msg)
        token: object = self.token
        if token is not None and (not isinstance(token, str) or not token.strip()):
            msg = "token must be a non-empty string or None; got an empty or non-string value"
            raise ConfigError(msg)
        tokens: object = self.special_tokens
        if not isinstance(tokens, tuple) or not all(isinstance(t, str) and t for t in tokens):
            msg = f"special_tokens must be a tuple of non-empty strings; got {tokens!r}"
            raise ConfigError(msg)
        _check_seconds("graceful_timeout", self.graceful_timeout, positive=False)
        _check_seconds("timeout", self.timeout, positive=True)

    @property
    def gold_columns(self) -> tuple[str, ...]:
        """Every gold column the rewards read, in order of first appearance."""
        names: dict[str, None] = {}
        for item in self.rewards:
            names.update(dict.fromkeys(item.reward.gold))
        return tuple(names)

    @property
    def exposed(self) -> bool:
        """Bound beyond loopback without a token: anyone who can reach it can use it."""
        return self.token is None and not is_loopback(self.host)
