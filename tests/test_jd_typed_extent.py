"""'degree' as an extent is no education floor and no field of study (matcher.jd.typed)."""

from matcher.jd import parse_jd


def kinds(lines: list[str]) -> dict[str, tuple[str, str | None]]:
    posting = parse_jd("Open position\nRequirements:\n" + "\n".join(lines) + "\n")[0]
    return {r["text"]: (r["kind"], r.get("min_level")) for r in posting["requirements"]}


def test_degree_as_an_extent_asks_no_degree():
    got = kinds(
        [
            "Experience in UX especially making user experiences at an interactive degree",
            "Work with a high degree of autonomy",
            "Fluent to a high degree in English",
        ]
    )
    assert all(kind not in ("education", "major") for kind, _ in got.values()), got
    assert all(level is None for _, level in got.values()), got


def test_a_school_degree_is_still_read():
    got = kinds(["BS/BA degree or equivalent experience", "A degree in Computer Science"])
    assert got["BS/BA degree or equivalent experience"] == ("education", "bachelor")
    assert got["A degree in Computer Science"] == ("education", "bachelor")
    assert any(kind == "major" for kind, _ in got.values())
