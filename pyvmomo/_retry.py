"""The retry policy: an immutable, validated value.

What may be retried is decided by the transport (see ``_transport.py``); this
value only says how often and how long to wait. Backoff is exponential with
jitter (AWS architecture blog, "Exponential Backoff And Jitter"): try ``n``
waits a random time in ``[(1 - jitter) * c, c]``, ``c = min(max_backoff,
backoff * 2**(n-1))``.

The default budget rides out a brief outage (a load balancer refusing
connections while a node restarts): 8 tries waiting 0.25, 0.5, 1, 2, 2, 2, 2 s
at most, half of that at least, so 5-10 s of refused connections pass
unnoticed, well inside the 60 s deadline. Half jitter, not full: full jitter
could draw waits near zero and spend every try within the first second.

The waiting itself is part of the value: ``sleep``, ``clock`` and ``random``
are injectable fields (excluded from ``==`` and ``repr``), so tests and callers
control time without patching modules, and ``connect(retry=...)`` carries them
to the transport. Every field is checked at construction and a bad value
raises ``ValueError``/``TypeError`` naming the field, the rule and the value.
"""

from __future__ import annotations

import math
import random as _random
import time
from collections.abc import Callable
from typing import Any

import attrs


def _number(rule: str, check: Callable[[float], bool]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def validate(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"RetryPolicy.{attribute.name} must be a number, got {type(value).__name__}")
        if not math.isfinite(value) or not check(value):
            raise ValueError(f"RetryPolicy.{attribute.name} must be {rule}, got {value!r}")

    return validate


def _attempts(_: object, attribute: attrs.Attribute[int], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"RetryPolicy.attempts must be an int, got {type(value).__name__}")
    if value < 1:
        raise ValueError(
            f"RetryPolicy.attempts must be >= 1 (it counts the first try; 1 disables retry), got {value}"
        )


def _deadline(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _number("> 0 seconds, or None for no deadline", lambda v: v > 0)(_, attribute, value)


def _callable(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not callable(value):
        raise TypeError(f"RetryPolicy.{attribute.name} must be callable, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a failed SOAP call is re-sent. Immutable; validated when built.

    Attributes:
        attempts: Total tries per call, the first included (1 disables retry).
        backoff: Base delay in seconds; try ``n`` waits up to ``backoff * 2**(n-1)``.
        max_backoff: Upper bound of one wait, in seconds.
        jitter: Fraction of each wait that is randomised (0 = fixed, 1 = full jitter).
            The defaults wait 4.9-9.75 s over the 7 retries.
        deadline: Seconds after the first try past which no retry starts (None: no limit).
        sleep: Waits that many seconds (``time.sleep``).
        clock: Monotonic seconds (``time.monotonic``), for the deadline.
        random: Uniform floats in ``[0, 1)`` (``random.random``), for the jitter.
    """

    attempts: int = attrs.field(default=8, validator=_attempts)
    backoff: float = attrs.field(default=0.25, validator=_number(">= 0 seconds", lambda v: v >= 0))
    max_backoff: float = attrs.field(default=2.0, validator=_number(">= 0 seconds", lambda v: v >= 0))
    jitter: float = attrs.field(
        default=0.5, validator=_number("between 0 and 1 inclusive", lambda v: 0 <= v <= 1)
    )
    deadline: float | None = attrs.field(default=60.0, validator=_deadline)
    sleep: Callable[[float], None] = attrs.field(
        default=time.sleep, eq=False, repr=False, validator=_callable
    )
    clock: Callable[[], float] = attrs.field(
        default=time.monotonic, eq=False, repr=False, validator=_callable
    )
    random: Callable[[], float] = attrs.field(
        default=_random.random, eq=False, repr=False, validator=_callable
    )

    def delay(self, attempt: int) -> float:
        """Seconds to wait before try ``attempt + 1`` (``attempt`` counts from 1)."""
        ceiling = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return ceiling * (1 - self.jitter) + ceiling * self.jitter * self.random()

    def next_delay(self, attempt: int, started: float) -> float | None:
        """The wait before try ``attempt + 1``, or None when no try may follow.

        ``started`` is the ``clock()`` time of the first try: no retry begins
        once ``attempts`` tries were made or when its wait would end past the
        deadline.
        """
        if attempt >= self.attempts:
            return None
        pause = self.delay(attempt)
        if self.deadline is not None and self.clock() + pause - started >= self.deadline:
            return None
        return pause

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that sends each call once."""
        return cls(attempts=1)
