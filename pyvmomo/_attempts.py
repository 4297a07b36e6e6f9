"""A call's failed tries as data, and what the caller gets when the tries run out.

The attempt loop (``Transport._send``) turns every failed try into a
:class:`Failure` that answers the retry policy's one question, may the
server have seen the request? :func:`may_retry` decides from it;
:func:`give_up` builds the error of the last try, whose message describes
every try, and makes an unsafe call that may have run ``OutcomeUnknown``.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from . import _log
from ._base import Operation
from ._errors import OutcomeUnknown, ProtocolError, PyvmomoError, TlsError, TransportError

if TYPE_CHECKING:
    from ._session import Call

log = _log.Logger("pyvmomo.transport")


class Failure(NamedTuple):
    """A failed try. ``sent``: the server may have seen the request."""

    error: TransportError
    sent: bool
    retryable: bool = True


def may_retry(op: Operation[Any], failure: Failure) -> bool:
    """Every call whose request never left; after a byte was written, only the safe operations."""
    return failure.retryable and (op.safe or not failure.sent)


def give_up(call: Call, failures: list[Failure], sent_at: datetime) -> PyvmomoError:
    """The error of a call tried for the last time; its message describes every try.

    If any try may have reached the server, an unsafe call is ``OutcomeUnknown``
    and a safe one raises a maybe-sent error, never ``ConnectionFailed``.
    """
    op, error = call.op, failures[-1].error
    tries = describe_tries(op.name, failures)
    sent = [f.error for f in failures if f.sent]
    if sent and not op.safe and not isinstance(error, TlsError):
        log.info("giving up on %s (%s): outcome unknown: %s", op.name, call.operation_id, tries)
        unknown = OutcomeUnknown(
            f"{op.name} on {call.this!r} may or may not have run ({call.operation_id}): {tries}",
            remote_method=op.name,
            remote_object=repr(call.this),
            operation_id=call.operation_id,
            sent_at=sent_at,
            target=call.this,
        )
        unknown.__cause__ = sent[-1]
        return unknown
    log.info("giving up on %s (%s) after %d tries: %s", op.name, call.operation_id, len(failures), tries)
    if sent and not isinstance(error, TlsError):
        error = sent[-1]  # "nothing reached the server" would be untrue
    if len(failures) > 1:
        error.args = (f"{op.name} on {call.this!r} failed after {len(failures)} tries: {tries}",)
    return error


def chain(error: TransportError, cause: BaseException) -> TransportError:
    """Chain ``cause`` without its frames: their locals hold the request (password, cookie)."""
    seen: BaseException | None = cause
    for _ in range(16):  # a bounded walk: exception chains can loop
        if seen is None:
            break
        seen.with_traceback(None)
        seen = seen.__cause__ or seen.__context__
    error.__cause__ = cause
    return error


def protocol_error(op: Operation[Any], status: int, what: str, exc: Exception) -> ProtocolError:
    detail = str(exc)[:200]
    error = ProtocolError(
        f"{what} to {op.name} (HTTP {status}): {type(exc).__name__}: {detail}",
        remote_method=op.name,
        status=status,
    )
    return cast(ProtocolError, chain(error, exc))


def describe_tries(method: str, failures: list[Failure]) -> str:
    """``try 1, maybe sent: connection lost: ...; tries 2-4, not sent: cannot connect: ...``."""
    groups: list[list[Any]] = []  # [first, last, text], runs of equal failures
    for number, failure in enumerate(failures, 1):
        text = re.sub(rf" (?:for|during|to) {re.escape(method)}\b", "", str(failure.error))
        text = f"{'maybe sent' if failure.sent else 'not sent'}: {text}"
        if groups and groups[-1][2] == text:
            groups[-1][1] = number
        else:
            groups.append([number, number, text])
    return "; ".join(
        f"try {first}, {text}" if first == last else f"tries {first}-{last}, {text}"
        for first, last, text in groups
    )
