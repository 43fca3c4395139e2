"""The parse workers: a call past the time or memory limit is killed and named, the worker is
replaced, named errors and bugs come back as named errors, and a real batch keeps going."""

from __future__ import annotations

import pytest

from matcher.errors import ExtractError, LimitExceededError, ParseError
from matcher.isolate import ParsePool
from matcher.settings import MB
from tests.isolate_tasks import allocate, crash, quadratic_split, refuse


@pytest.fixture(scope="module")
def pool():
    pool = ParsePool(workers=1, max_seconds=1.0, max_mb=128)
    yield pool
    pool.close()


def test_a_call_past_the_time_limit_is_killed_and_named_and_the_next_one_runs(pool):
    assert pool.run(quadratic_split, 100, label="small.txt") == 1
    with pytest.raises(LimitExceededError, match=r"^hostile\.txt: parsing took longer than 1 s"):
        pool.run(quadratic_split, 200_000, label="hostile.txt")
    assert pool.killed >= 1
    assert pool.run(quadratic_split, 100, label="next.txt") == 1  # a new worker took over


def test_a_call_past_the_memory_limit_is_stopped_and_named(pool):
    assert pool.run(allocate, 16, label="fine.docx") == 16 * MB
    with pytest.raises(LimitExceededError, match=r"^bomb\.docx: .*more than 128 MB"):
        pool.run(allocate, 400, label="bomb.docx")
    assert pool.run(allocate, 16, label="after.docx") == 16 * MB


def test_named_errors_come_back_as_themselves_and_bugs_without_their_message(pool):
    with pytest.raises(ParseError, match=r"^empty\.txt: the résumé has no text$"):
        pool.run(refuse, "empty.txt", label="empty.txt")
    with pytest.raises(ExtractError) as caught:
        pool.run(crash, label="odd.txt")
    assert str(caught.value) == "odd.txt: could not be parsed (internal error: KeyError)"
