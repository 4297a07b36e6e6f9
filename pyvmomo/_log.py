"""The package's loggers, which import :mod:`logging` only once something could print.

``logging`` (with ``traceback`` and ``string``, which nothing else a connect
needs loads) is ~3.5 ms of a cold ``import pyvmomo`` + ``connect()``. While no code has
imported it, no handler exists anywhere but the ``NullHandler`` pyvmomo would
add to its own logger, so every record would be swallowed: the stand-in drops
it without importing anything. Once ``logging`` is in ``sys.modules`` (the
application configured it, or any library imported it), the first record or
level check gets the real ``logging.Logger`` and hands every call to it, with
``stacklevel`` set so a record names the caller's line, not this module's.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import logging

DEBUG = 10  # logging.DEBUG, without importing logging
_PACKAGE = "pyvmomo"


class Logger:
    """Stands in for ``logging.getLogger(name)``: ``debug``, ``info``, ``warning``, ``isEnabledFor``."""

    __slots__ = ("_real", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._real: logging.Logger | None = None

    def _logger(self) -> logging.Logger | None:
        """The real logger, or None while nothing has imported ``logging``."""
        real = self._real
        if real is None and "logging" in sys.modules:
            import logging

            package = logging.getLogger(_PACKAGE)
            if not any(type(h) is logging.NullHandler for h in package.handlers):
                package.addHandler(logging.NullHandler())  # a library prints nothing unless asked
            real = self._real = logging.getLogger(self.name)
        return real

    def isEnabledFor(self, level: int) -> bool:
        real = self._real or self._logger()  # twice per call on the transport's path: one call, once bound
        return real is not None and real.isEnabledFor(level)

    def debug(self, msg: str, *args: object, **kwargs: Any) -> None:
        real = self._logger()
        if real is not None:
            real.debug(msg, *args, stacklevel=2, **kwargs)

    def info(self, msg: str, *args: object, **kwargs: Any) -> None:
        real = self._logger()
        if real is not None:
            real.info(msg, *args, stacklevel=2, **kwargs)

    def warning(self, msg: str, *args: object, **kwargs: Any) -> None:
        real = self._logger()
        if real is not None:
            real.warning(msg, *args, stacklevel=2, **kwargs)

    def __repr__(self) -> str:
        return f"<pyvmomo logger {self.name}>"
