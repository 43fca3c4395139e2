"""Jobs: postings stored with editable requirements, a requirements hash that follows edits,
assignments deciding what a hiring manager sees, drafts private to their author."""

from __future__ import annotations

import pytest

from matcher.errors import NotFoundError
from matcher.store import open_store, requirements_hash
from tests.web_support import POSTING, settings_for


@pytest.fixture
def store(tmp_path):
    s = open_store(settings_for(tmp_path))
    yield s
    s.close()


def test_posting_round_trips_with_every_requirement_key(store):
    job = store.add_job(POSTING, None, None)
    got = store.get_job(job["id"])
    assert got["title"] == POSTING["title"]
    assert got["flags"] == POSTING["flags"]
    edu, skill = got["requirements"]
    assert edu["min_level"] == "bachelor" and edu["must"] is True and edu["values"] is None
    assert skill["values"] == ["Excel"] and skill["must"] is False
    assert {"min_years", "max_age", "language", "field"} <= set(edu)


def test_editing_changes_the_hash_and_ids_do_not(store):
    job_id = store.add_job(POSTING, None, None)["id"]
    other = store.add_job(POSTING, None, None)["id"]
    before = requirements_hash(store.list_requirements(job_id))
    assert before == requirements_hash(store.list_requirements(other))
    req_id = store.list_requirements(job_id)[1]["id"]
    changed = store.update_requirement(job_id, req_id, {"must": True, "weight": 2.5})
    assert changed["must"] is True and changed["weight"] == 2.5 and changed["values"] == ["Excel"]
    assert requirements_hash(store.list_requirements(job_id)) != before
    added = store.add_requirement(job_id, {"kind": "skill", "text": "CRM", "must": False})
    assert store.list_requirements(job_id)[-1]["id"] == added["id"]
    store.delete_requirement(job_id, added["id"])
    assert len(store.list_requirements(job_id)) == 2
    with pytest.raises(NotFoundError):
        store.update_requirement(other, req_id, {"must": False})  # a requirement of another job


def test_hiring_manager_sees_only_assigned_jobs(store):
    hank = store.add_user("hank", "hiring_manager", "pw")
    rita = store.add_user("rita", "recruiter", "pw")
    a = store.add_job(POSTING, rita["id"], None)["id"]
    b = store.add_job(POSTING, rita["id"], None)["id"]
    store.assign(a, hank["id"])
    store.assign(a, hank["id"])  # twice is harmless
    assert store.visible_job_ids(hank) == [a]
    assert store.visible_job_ids(rita) == [a, b]
    assert store.job_managers(a) == ["hank"]
    store.unassign(a, hank["id"])
    assert store.visible_job_ids(hank) == []


def test_draft_belongs_to_its_author(store):
    draft = store.add_draft(1, "jd.txt", None, [POSTING])
    assert store.get_draft(draft, 1)["postings"][0]["title"] == POSTING["title"]
    with pytest.raises(NotFoundError):
        store.get_draft(draft, 2)
