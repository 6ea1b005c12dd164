"""The single source of rewardkit's version."""

__version__ = "0.1.0"
