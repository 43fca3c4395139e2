"""Evidence highlighting: text is cut into segments, never into HTML."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from web.pages.highlight import Span, locate, segments


def test_segments_cover_the_text_and_mark_the_span():
    text = "熟练使用Excel。三年客服经验。"
    segs = segments(text, [Span(10, 16, "met", "ev-1")])
    assert "".join(s.text for s in segs) == text
    marked = [s for s in segs if s.span]
    assert [s.text for s in marked] == ["三年客服经验"]
    assert marked[0].anchor == "ev-1"


def test_overlap_gives_characters_to_the_stronger_verdict():
    text = "abcdefghij"
    segs = segments(text, [Span(0, 6, "unknown", "a"), Span(3, 8, "met", "b")])
    assert [(s.text, s.span.verdict if s.span else None) for s in segs] == [
        ("abc", "unknown"),
        ("defgh", "met"),
        ("ij", None),
    ]


def test_anchor_only_on_first_piece_of_a_split_span():
    text = "0123456789"
    segs = segments(text, [Span(0, 10, "partial", "a"), Span(4, 6, "met", "b")])
    anchors = [s.anchor for s in segs if s.anchor]
    assert anchors == ["a", "b"]
    assert [s.text for s in segs] == ["0123", "45", "6789"]


def test_out_of_range_spans_are_ignored():
    segs = segments("abc", [Span(2, 9, "met", "x"), Span(-1, 2, "met", "y")])
    assert [(s.text, s.span) for s in segs] == [("abc", None)]


def test_locate_prefers_matching_offsets_then_searches():
    text = "Hello. I know SQL well. Bye."
    assert locate(text, "I know SQL well.", 7, 23) == (7, 23)
    # Offsets that do not point at the quoted sentence are not trusted.
    assert locate(text, "I know SQL well.", 0, 5) == (7, 23)
    assert locate(text, None, 0, 5) == (0, 5)
    assert locate(text, "not there", None, None) == (-1, -1)


@given(
    st.text(min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_segments_always_rebuild_the_text(text, ranges):
    spans = [Span(a, b, "met", f"s{i}") for i, (a, b) in enumerate(ranges)]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    assert all(s.text for s in segs)
    anchors = [s.anchor for s in segs if s.anchor]
    assert len(anchors) == len(set(anchors))
