"""The learned boundary reader (matcher/jd/boundaries.py): a second opinion that cuts a scraped
run-on item the rules left whole, never inside a noun phrase or a label, and a clear error for
a broken model file. Postings are fictional."""

from __future__ import annotations

import pytest

from matcher.errors import ModelError
from matcher.jd import boundaries, parse_jd, parse_requirement


def _requirements(text: str) -> list[str]:
    return [r["text"] for r in parse_jd(text)[0]["requirements"]]


def test_a_run_on_item_the_rules_leave_whole_is_cut():
    # a short piece (under the rules' 100 characters for capitalised item starts) whose line
    # break a scraper lost
    got = _requirements(
        "Night Baker Requirements: Food hygiene certificate preferred. Must stand for long "
        "shifts in a warm bakehouse Reliable transportation. Ability to lift 25 kg."
    )
    assert "Must stand for long shifts in a warm bakehouse" in got
    assert "Reliable transportation" in got


def test_an_item_about_the_weather_then_a_vehicle_is_two():
    got = _requirements(
        "Grounds Keeper Requirements: Ability to lift 40 lbs. Comfortable working outdoors in "
        "all weather Own reliable vehicle. Basic first aid preferred."
    )
    assert "Comfortable working outdoors in all weather" in got
    assert "Own reliable vehicle" in got


def test_a_clause_a_person_gave_is_not_cut_by_the_reader():
    """parse_requirement reads one clause (an edited requirement, a labelled clause): the reader,
    learned on scraped lines, adds no cut there, so the whole clause keeps its values."""
    clause = "Comfortable working outdoors in all weather Own reliable vehicle"
    in_posting = _requirements(f"Grounds Keeper Requirements: {clause}. Basic first aid preferred.")
    assert "Own reliable vehicle" in in_posting  # the reader cuts it in a scraped posting
    given = parse_requirement(clause)
    assert given is not None and "vehicle" in " ".join(given["values"] + [given["text"]])
    assert given["text"].startswith("Comfortable working outdoors") and "vehicle" in given["text"]
    again = _requirements(f"Grounds Keeper Requirements: {clause}. Basic first aid preferred.")
    assert again == in_posting  # and the reader is on again afterwards


def test_a_determiner_and_a_list_of_tools_are_not_cut():
    got = _requirements(
        "Data Analyst Requirements: Must be fluent with the following Azure services and their "
        "limits. Advanced experience with pandas and dbt in production Python SQL Docker "
        "Kubernetes. Strong communication skills."
    )
    assert "Must be fluent with the following Azure services and their limits" in got
    assert (
        "Advanced experience with pandas and dbt in production Python SQL Docker Kubernetes" in got
    )


def test_a_label_run_into_the_line_is_left_to_the_rules():
    # "Hands-on Experience:" is one label: no cut between its words
    text = "Hands-on Experience: 10 or more years of work with relevant technologies in retail"
    assert all(text[end - 8 : end] != "Hands-on" for end, _, _ in boundaries.probabilities(text))


def test_a_short_piece_is_read_as_the_rules_left_it():
    text = "Comfortable outdoors Own vehicle"
    assert boundaries.split_learned(text, {**boundaries._model(), "threshold": 0.0}) == [text]


@pytest.mark.parametrize("content", ["{not json", '{"weights": {}}'])
def test_a_broken_model_file_is_a_named_error(tmp_path, monkeypatch, content):
    path = tmp_path / "boundary_model.json"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(boundaries, "MODEL_PATH", path)
    boundaries._model.cache_clear()
    try:
        with pytest.raises(ModelError, match="boundary_model.json"):
            boundaries._model()
    finally:
        boundaries._model.cache_clear()
