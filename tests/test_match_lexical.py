"""Lexical overlap: TF-IDF over the job's character n-grams and jieba words."""

from __future__ import annotations

import numpy as np

from matcher.match import lexical
from matcher.match.lexical import LexicalModel, job_tokens


def test_job_tokens_have_words_grams_and_jieba_words():
    tokens = job_tokens("熟悉财务报表编制, Java Entwicklung C++")
    assert "w:java" in tokens and "w:c++" in tokens
    assert "g:entwi" in tokens  # a 5-gram of a long latin word
    assert "b:财务" in tokens and "j:财务报表" in tokens


def test_overlap_ranks_the_sentence_with_the_skill_first():
    model = LexicalModel().fit(
        ["Wir suchen Java Entwickler"], ["Java Entwicklung", "熟悉财务报表编制"]
    )
    sims = model.score(["Datenbankentwicklung mit Java", "负责利润表的编制", "Gartenarbeit"])
    assert sims.shape == (3, 2)
    assert sims[0, 0] > 0.5 and sims[2, 0] == 0.0
    assert sims[1, 1] > 0.0 and sims[0, 1] == 0.0


def test_words_match_at_word_boundaries_only():
    model = LexicalModel().fit([], ["Java"])
    sims = model.score(["JavaScript frontend", "Java backend"])
    assert sims[0, 0] == 0.0 and sims[1, 0] > 0.9


def test_scores_do_not_depend_on_the_other_sentences():
    model = LexicalModel().fit(["Projekt"], ["Oracle Datenbank", "Python"])
    alone = model.score(["Oracle und Python"])
    together = model.score(["Gartenarbeit", "Oracle und Python", "nichts"])
    np.testing.assert_allclose(alone[0], together[1])


def test_empty_job_gives_zero_scores():
    model = LexicalModel().fit([], ["。。。"])
    assert model.score(["anything"]).tolist() == [[0.0]]


def test_counts_words_at_boundaries_and_every_overlapping_gram():
    model = LexicalModel().fit([], ["Java", "C++", "English"])
    counts = model._count(["xjava #java java", "c++c++ c++", "englishglish"]).toarray()
    col = model.index_
    # a word preceded or followed by a word character is not the word ("#java", "c++c++")
    assert counts[0, col["w:java"]] == 1 and counts[1, col["w:c++"]] == 1
    # 5-grams overlap: every position one starts at counts
    assert counts[2, col["g:engli"]] == 1 and counts[2, col["g:glish"]] == 2
    assert counts[2, col["w:english"]] == 0  # "englishglish" is another word


def _by_pattern(model: LexicalModel) -> LexicalModel:
    """The same model with its grams found by a regular expression (as when a gram holds a
    code point too large to pack)."""
    model.grams_ = None
    model.patterns_ = model._patterns()
    return model


def test_grams_counted_as_code_points_are_the_pattern_counts():
    texts = [
        "datenbankentwicklung",  # grams overlap at every start
        "entwicklungentwicklung entwick",
        "entw\nicklung",  # no gram across a line break
        "Datenbank-Entwicklung; ENTWICKLUNG".lower(),
        "",
        "entw",
        "café entwicklung ŉentwicklungœ",  # letters beside it, one above the packed range
    ]
    job = ["Datenbankentwicklung mit Java"]
    model = LexicalModel().fit([], job)
    assert model.grams_ is not None and not any(k == "g" for k, _ in model.patterns_)
    counts = model._count(texts).toarray()
    expected = _by_pattern(LexicalModel().fit([], job))._count(texts).toarray()
    assert np.array_equal(counts, expected)
    column = model.index_["g:entwi"]
    assert counts[:, column].tolist() == [1.0, 3.0, 0.0, 2.0, 0.0, 0.0, 2.0]


def test_a_gram_too_large_to_pack_is_found_by_its_pattern(monkeypatch):
    texts = ["datenbankentwicklung", "entwicklungentwicklung entwick"]
    packed = LexicalModel().fit([], ["Datenbankentwicklung"])._count(texts).toarray()
    monkeypatch.setattr(lexical, "_GRAM_BITS", 6)  # no letter fits in 6 bits
    model = LexicalModel().fit([], ["Datenbankentwicklung"])
    assert model.grams_ is None and any(k == "g" for k, _ in model.patterns_)
    assert np.array_equal(model._count(texts).toarray(), packed)
