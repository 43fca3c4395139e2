"""What only the PostgreSQL store has: SQLite's statements translated, a clear error for a
database that cannot be reached, the pool pre-filter as one exact query in the server, and the
upgrade that drops an earlier version's HNSW index."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.errors import StoreError
from matcher.match.retrieve import ANN_FACTOR, job_scores, job_vector, shortlist_pool
from matcher.settings import Settings
from matcher.store import open_store
from matcher.store.pgdb import translate
from matcher.store.pgvectors import TABLE
from tests.fake_encoder import FakeEncoder
from tests.web_support import POSTING, profile

WORDS = [
    "客服",
    "Excel",
    "CRM",
    "销售",
    "仓库",
    "物流",
    "财务",
    "会计",
    "Python",
    "Java",
    "护理",
    "教师",
    "驾驶",
    "厨师",
    "设计",
    "摄影",
]


def test_sqlite_statements_are_translated_with_literals_left_alone():
    assert translate("SELECT id FROM t WHERE a = ? AND b IS ?") == (
        "SELECT id FROM t WHERE a = %s AND b IS NOT DISTINCT FROM %s"
    )
    assert translate("INSERT OR IGNORE INTO t (a) VALUES (:a)") == (
        "INSERT INTO t (a) VALUES (%(a)s) ON CONFLICT DO NOTHING"
    )
    # a literal keeps its ? and :word; % is doubled everywhere (psycopg's escape)
    assert translate("SELECT '? :x 100%' , x::text FROM t WHERE y LIKE ?") == (
        "SELECT '? :x 100%%' , x::text FROM t WHERE y ILIKE %s"
    )


def test_an_unreachable_database_is_one_line_naming_it_without_the_password():
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://matcher:s3cret-pw@127.0.0.1:{port}/talent"
    with pytest.raises(StoreError) as caught:
        open_store(Settings(db=url))
    message = str(caught.value)
    assert f"postgresql://matcher@127.0.0.1:{port}/talent" in message
    assert "s3cret-pw" not in message and "\n" not in message


def _pool(store, n: int, seed: int = 7) -> list[int]:
    rng = np.random.default_rng(seed)
    ids = []
    for i in range(n):
        words = rng.choice(WORDS, size=4, replace=False)
        lines = [f"熟练使用{w}，负责{w}相关工作" for w in words]
        person = profile(f"候选人{i}", f"p{i}@example.com", "本科", lines)
        ids.append(store.add_candidate(None, f"p{i}.txt", f"sha{i}", "\n".join(lines), person))
    return ids


def test_the_nearest_documents_are_the_exact_cosine_nearest_even_beside_an_hnsw_index(
    pg_url, tmp_path
):
    store = open_store(Settings(db=pg_url, upload_dir=str(tmp_path), pool_index=1))
    ids = _pool(store, 80)
    encoder = FakeEncoder()
    pool = store.candidate_pool(ids)
    query = encoder.encode(["熟练使用客服和CRM，负责销售"])[0]
    docs = encoder.encode(pool.documents(0, len(ids)))
    cosine = dict(zip(ids, (docs @ query).tolist(), strict=True))
    exact = [ids[i] for i in np.argsort(-(docs @ query), kind="stable")[:10]]
    near = [ids[p] for p in pool.nearest(encoder, query, 10)]
    assert [cosine[i] for i in near] == pytest.approx([cosine[i] for i in exact])
    # An HNSW index (an operator's, or an earlier version's) is never asked: with index scans
    # preferred it would answer approximately, and with ef_search 1 it would answer one row.
    store.db.execute(
        f"CREATE INDEX pool_hnsw ON {TABLE} USING hnsw "
        f"((embedding::vector({encoder.dim})) vector_cosine_ops)"
    )
    store.db.execute("SET enable_seqscan = off")
    store.db.execute("SET hnsw.ef_search = 1")
    assert [ids[p] for p in pool.nearest(encoder, query, 10)] == near
    store.db.execute("RESET enable_seqscan")
    store.db.execute("RESET hnsw.ef_search")
    # an erased candidate's vector goes with it; a second query embeds nothing new
    store.delete_candidate(near[0])
    assert store.db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0] == 79
    before = encoder.texts
    again = store.candidate_pool([i for i in ids if i != near[0]]).nearest(encoder, query, 5)
    assert len(again) == 5 and encoder.texts == before
    # a job's applicants (part of the pool) are not narrowed by the index: None, full scan
    assert store.candidate_pool(ids[1:11]).nearest(encoder, query, 5) is None
    store.close()


def test_the_pool_pre_filter_fuses_scores_among_the_indexed_nearest(pg_url, tmp_path):
    """PostgreSQL keeps the best by SQLite's fused score among the ANN_FACTOR * k nearest by
    cosine (SQLite scores every résumé; bench/bench_pg_store.py measures how often they agree)."""
    sqlite = open_store(Settings(db=str(tmp_path / "m.db"), upload_dir=str(tmp_path / "a")))
    postgres = open_store(Settings(db=pg_url, upload_dir=str(tmp_path / "b"), pool_index=1))
    ids = _pool(sqlite, 120)
    assert _pool(postgres, 120) == ids
    encoder = FakeEncoder()
    every = sqlite.candidate_pool(ids)
    fused = job_scores(POSTING, every, encoder)
    cosine = encoder.encode(every.documents(0, len(ids))) @ job_vector(POSTING, encoder)
    nearest = np.sort(np.argsort(-cosine, kind="stable")[: ANN_FACTOR * 10])
    expected = sorted(nearest[np.argsort(-fused[nearest], kind="stable")[:10]].tolist())
    chosen, rest = shortlist_pool(POSTING, postgres.candidate_pool(ids), encoder, 10)
    assert chosen == expected and len(rest) == 110
    full, _ = shortlist_pool(POSTING, every, encoder, 10)
    assert len(set(full) & set(chosen)) >= 5  # most of the full scan's choice, not all of it
    # without MATCHER_POOL_INDEX the PostgreSQL pool is scanned whole: SQLite's choice exactly
    scanning = open_store(Settings(db=pg_url, upload_dir=str(tmp_path / "b")))
    assert shortlist_pool(POSTING, scanning.candidate_pool(ids), encoder, 10)[0] == full
    scanning.close()
    sqlite.close()
    postgres.close()


def test_the_embedding_cache_keeps_vectors_per_model_and_forgets_them(pg_url, tmp_path):
    from matcher.embed_cache import CachedEncoder

    store = open_store(Settings(db=pg_url, upload_dir=str(tmp_path)))
    texts = ["熟练使用Excel", "Fluent English", "熟练使用Excel"]
    first, later = FakeEncoder(), FakeEncoder()
    fresh = CachedEncoder(first, store.vectors()).encode(texts)
    cached = CachedEncoder(later, store.vectors()).encode(texts)
    assert first.texts == 2 and later.texts == 0
    np.testing.assert_array_equal(fresh, cached)
    other = FakeEncoder(dim=32, model_id="other@test")
    assert CachedEncoder(other, store.vectors()).encode(texts[:1]).shape == (1, 32)
    assert other.texts == 1  # another model's vectors are never served
    assert CachedEncoder(later, store.vectors()).forget(texts[:1]) == 2  # under both models
    assert store.db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 1
    store.close()


def test_an_earlier_versions_hnsw_index_is_dropped_on_upgrade_an_operators_kept(pg_url, tmp_path):
    from matcher.store import pgschema
    from matcher.store.schema import MIGRATIONS

    store = open_store(Settings(db=pg_url, upload_dir=str(tmp_path)))
    made = "pool_vectors_hnsw_0123456789abcdef"  # the name the earlier version gave its index
    for name in (made, "operator_hnsw"):
        store.db.execute(
            f"CREATE INDEX {name} ON {TABLE} USING hnsw ((embedding::vector(8)) vector_cosine_ops)"
        )
    pgschema.set_version(store.db, 10)  # as an installation of that version left it
    store.close()

    store = open_store(Settings(db=pg_url, upload_dir=str(tmp_path)))
    names = {
        row[0]
        for row in store.db.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = ?", [TABLE]
        ).fetchall()
    }
    assert made not in names and "operator_hnsw" in names
    assert store.schema_version() == len(MIGRATIONS)
    store.close()
