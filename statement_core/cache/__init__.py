"""What builds keep for one another: one content-addressed store, and the one digest of the code that made it."""

from statement_core.cache.code import CodeDigest
from statement_core.cache.settled import Settled
from statement_core.cache.store import StaleEntry, Store

__all__ = ["CodeDigest", "Settled", "StaleEntry", "Store"]
