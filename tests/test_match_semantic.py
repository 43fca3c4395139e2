"""Calibration of the semantic thresholds per model and the calibrated score scale."""

from __future__ import annotations

import numpy as np

from matcher.match import semantic
from tests.fake_encoder import FakeEncoder


def test_fit_thresholds_separates_the_labels():
    cos = np.array([0.9, 0.8, 0.7, 0.3, 0.2, 0.1] * 3, dtype=np.float32)
    lex = np.zeros_like(cos)
    labels = np.array([1, 1, 1, 0, 0, 0] * 3, dtype=np.int8)
    kinds = np.array([0] * 6 + [1] * 6 + [2] * 6, dtype=np.int8)
    th = semantic.fit_thresholds(cos, lex, labels, kinds, "m")
    assert th.auc == 1.0
    for k in range(3):
        assert 0.3 < th.partial[k] <= 0.7 and th.partial[k] <= th.met[k] <= 0.9


def test_calibrated_scale_is_monotone_and_cuts_at_thresholds():
    th = semantic.Thresholds("m", 1.0, (0.5, 0.6, 0.55), (0.4, 0.5, 0.45), 0.9, 10)
    fused = np.linspace(0, 1, 101, dtype=np.float32)
    for kind in range(3):
        scores = th.calibrate(fused, np.full(101, kind, dtype=np.int8))
        assert np.all(np.diff(scores) >= 0) and scores[0] == 0 and scores[-1] == 1
    at = th.calibrate(np.array([0.4, 0.5], dtype=np.float32), np.array([0, 0], dtype=np.int8))
    assert semantic.verdict(float(at[0])) == "partial" and semantic.verdict(float(at[1])) == "met"
    assert semantic.verdict(0.1) == "unmet"


def test_pair_kinds_by_script():
    kinds = semantic.pair_kinds(semantic.is_zh(["会计", "Java"]), semantic.is_zh(["Java", "会计"]))
    assert kinds.tolist() == [[2, 0], [1, 2]]


def test_thresholds_are_calibrated_once_per_model_id():
    enc = FakeEncoder(model_id="fake@calibrate-once")
    first = semantic.thresholds_for(enc)
    calls = enc.calls
    assert semantic.thresholds_for(enc) is first and enc.calls == calls
    assert first.pairs == len(semantic.load_pairs()) and first.model_id == "fake@calibrate-once"


def test_negation_cues():
    assert semantic.negated("目前没有驾照") and semantic.negated("Available for day shifts only")
    assert not semantic.negated("持有C1驾驶证") and not semantic.negated("Knowledge of Java")
