"""Functions the parse-worker tests run inside a worker process (imported there by name, so
they live in a module of their own, not in the test module)."""

from __future__ import annotations

import re

from matcher.errors import ParseError
from matcher.settings import MB


def quadratic_split(size: int) -> int:
    """The JD item split as it was before this issue, on a run of spaces: seconds of work."""
    old = re.compile(r"\s*(?:\d{1,2}\s*(?:[.．](?!\d)|、)\s*|[➢•◆●▪■◇★※]\s*)")
    return len(old.split(" " * size))


def allocate(mb: int) -> int:
    """Hold `mb` MB at once."""
    return len(bytearray(mb * MB))


def refuse(name: str) -> None:
    raise ParseError("the résumé has no text", path=name)


def crash() -> None:
    raise KeyError("文本 of a résumé that must not leak")
