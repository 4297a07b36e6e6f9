"""The retry policy: an immutable, validated value.

What may be retried is decided by the transport (see ``_transport.py``); this
value only says how often and how long to wait. Backoff is exponential with
"full jitter" drawn from an injected random source, so tests need no sleeps.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"RetryPolicy.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a failed SOAP call is re-sent.

    Attributes:
        attempts: Total tries per call, the first included (1 disables retry).
        backoff: Base delay in seconds; try ``n`` waits up to ``backoff * 2**(n-1)``.
        max_backoff: Upper bound of one wait, in seconds.
        jitter: Fraction of each wait that is randomised (0 = fixed, 1 = full jitter).
        deadline: Seconds after the first try past which no retry starts (None: no limit).
    """

    attempts: int = attrs.field(
        default=4,
        validator=attrs.validators.and_(attrs.validators.instance_of(int), attrs.validators.ge(1)),
    )
    backoff: float = attrs.field(default=0.2, converter=float, validator=_non_negative)
    max_backoff: float = attrs.field(default=5.0, converter=float, validator=_non_negative)
    jitter: float = attrs.field(
        default=1.0,
        converter=float,
        validator=attrs.validators.and_(attrs.validators.ge(0.0), attrs.validators.le(1.0)),
    )
    deadline: float | None = attrs.field(default=60.0)

    @deadline.validator
    def _check_deadline(self, _: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and value <= 0:
            raise ValueError(f"RetryPolicy.deadline must be > 0 or None, got {value}")

    def delay(self, attempt: int, random: Callable[[], float]) -> float:
        """Seconds to wait before try ``attempt + 1`` (``attempt`` counts from 1)."""
        ceiling = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return ceiling * (1 - self.jitter) + ceiling * self.jitter * random()

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that sends each call once."""
        return cls(attempts=1)
