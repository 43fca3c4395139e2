"""matcher.embed_cache: cached vectors equal fresh ones, nothing is embedded twice, models never
share vectors, and the cache lives in a real SQLite file across connections."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
import sqlite_utils

from matcher.embed_cache import CachedEncoder, text_sha
from matcher.store.vectors import TABLE


class SpyEmbedder:
    """A deterministic embedder that records every text it is asked to embed."""

    def __init__(self, model_id: str = "spy@1", dim: int = 8):
        self.model_id = model_id
        self.dim = dim
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256((self.model_id + text).encode()).digest()[:8])
            vec = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            rows.append(vec / np.linalg.norm(vec))
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)

    @property
    def embedded(self) -> list[str]:
        return [t for call in self.calls for t in call]


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cache.db"


@pytest.mark.parametrize("use_db", [False, True])
def test_second_call_embeds_nothing_and_returns_the_same_vectors(use_db, db_path):
    spy = SpyEmbedder()
    enc = CachedEncoder(spy, sqlite_utils.Database(db_path) if use_db else None)
    texts = ["本科及以上学历", "fluent English", "熟练使用Excel"]
    first = enc.encode(texts)
    second = enc.encode(list(reversed(texts)))
    assert spy.embedded == texts
    assert np.array_equal(second, first[::-1])
    assert (enc.misses, enc.hits) == (3, 3)
    assert first.dtype == np.float32 and first.shape == (3, spy.dim)


def test_duplicates_in_one_call_are_embedded_once(db_path):
    spy = SpyEmbedder()
    enc = CachedEncoder(spy, sqlite_utils.Database(db_path))
    out = enc.encode(["Java", "Python", "Java", "Java"])
    assert spy.calls == [["Java", "Python"]]
    assert np.array_equal(out[0], out[2]) and np.array_equal(out[0], out[3])
    assert (enc.misses, enc.hits) == (2, 2)


def test_only_new_texts_are_embedded(db_path):
    spy = SpyEmbedder()
    enc = CachedEncoder(spy, sqlite_utils.Database(db_path))
    enc.encode(["a", "b"])
    enc.encode(["b", "c", "a", "d"])
    assert spy.calls == [["a", "b"], ["c", "d"]]


def test_vectors_survive_in_the_sqlite_file(db_path):
    texts = ["负责门店日常销售工作", "Three years of Java development experience"]
    first_spy = SpyEmbedder()
    fresh = CachedEncoder(first_spy, sqlite_utils.Database(db_path)).encode(texts)

    # a new process: a new connection to the same file and a new embedder of the same model
    later_spy = SpyEmbedder()
    cached = CachedEncoder(later_spy, sqlite_utils.Database(db_path)).encode(texts)
    assert later_spy.calls == []
    assert np.array_equal(cached, fresh)

    db = sqlite_utils.Database(db_path)
    rows = list(db[TABLE].rows)
    assert {r["sha"] for r in rows} == {text_sha(t) for t in texts}
    assert all(r["model_id"] == "spy@1" and r["dim"] == 8 for r in rows)
    assert set(db[TABLE].pks) == {"model_id", "sha"}


def test_models_never_share_vectors(db_path):
    db = sqlite_utils.Database(db_path)
    spy_a, spy_b = SpyEmbedder("model-a@1"), SpyEmbedder("model-b@1", dim=4)
    a = CachedEncoder(spy_a, db).encode(["熟练掌握英语"])
    b = CachedEncoder(spy_b, db).encode(["熟练掌握英语"])
    assert spy_a.calls == [["熟练掌握英语"]] and spy_b.calls == [["熟练掌握英语"]]
    assert a.shape == (1, 8) and b.shape == (1, 4)
    # each model reads back its own vector
    again_a = CachedEncoder(SpyEmbedder("model-a@1"), db).encode(["熟练掌握英语"])
    assert np.array_equal(again_a, a)
    assert db[TABLE].count == 2


def test_damaged_row_is_re_embedded(db_path):
    db = sqlite_utils.Database(db_path)
    spy = SpyEmbedder()
    enc = CachedEncoder(spy, db)
    good = enc.encode(["Python"])
    db.execute(f"UPDATE {TABLE} SET vector = ?", [b"\x00\x01"])
    db.conn.commit()
    again = CachedEncoder(spy, db).encode(["Python"])
    assert np.array_equal(again, good)
    assert spy.embedded == ["Python", "Python"]


def test_forget_removes_a_text_under_every_model(db_path):
    db = sqlite_utils.Database(db_path)
    enc_a = CachedEncoder(SpyEmbedder("model-a@1"), db)
    enc_b = CachedEncoder(SpyEmbedder("model-b@1"), db)
    enc_a.encode(["李小明 13800000000", "keep me"])
    enc_b.encode(["李小明 13800000000"])
    assert enc_a.forget(["李小明 13800000000"]) == 2
    assert [r["sha"] for r in db[TABLE].rows] == [text_sha("keep me")]


def test_empty_input_and_interface():
    spy = SpyEmbedder()
    enc = CachedEncoder(spy)
    assert enc.model_id == "spy@1" and enc.dim == 8
    assert enc.encode([]).shape == (0, 8)
    assert spy.calls == []


def test_wrapping_the_real_default_model(model_dir, db_path):
    from models import load_model

    model = load_model("default", str(model_dir))
    enc = CachedEncoder(model, sqlite_utils.Database(db_path))
    texts = ["大专及以上学历", "Associate degree or above"]
    direct = model.encode(texts)
    assert np.allclose(enc.encode(texts), direct, atol=1e-6)
    assert np.allclose(enc.encode(texts), direct, atol=1e-6)
    assert (enc.misses, enc.hits) == (2, 2)
