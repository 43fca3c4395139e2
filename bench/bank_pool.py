"""Pools of a million generated candidates, built in minutes instead of half an hour: a bank of
distinct generated lines (bench_shortlist_speed's kinds of line, Chinese and English) is embedded
once, and each candidate's profile is 20-40 lines drawn from it. The default model is a
StaticEmbedding (a mean of token vectors), so a document's vector is exactly the token-weighted
mean of its lines' token sums: written straight into the embedding cache (and, on PostgreSQL,
the pgvector column), it equals what the model gives for the whole text (cosine 1.00000 on 200
documents, checked by `check_composition`). How these pools differ from real résumés: every line
comes from the bank, so lines repeat across candidates (each in ~0.03% of them at 100,000 lines),
the vocabulary is the generator's few dozen verbs, objects and skills, and there are no
education, dates or contact sections to parse: they measure speed and memory, not quality."""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_shortlist_speed import JOB, LEVELS, make_profile  # noqa: E402

CHUNK = 10_000  # candidates written per transaction


def bank_lines(count: int, seed: int = 7) -> list[str]:
    """`count` distinct generated résumé lines."""
    rng = random.Random(seed)
    seen: dict[str, None] = {}
    i = 0
    while len(seen) < count:
        for sentence in make_profile(i, rng)["sentences"][1:]:  # the first is numbered
            seen.setdefault(sentence["text"])
        i += 1
    return list(seen)[:count]


class Bank:
    """The lines, each one's token-vector sum and token count under the model."""

    def __init__(self, embedder, lines: list[str]):
        static = embedder._model[0]  # the StaticEmbedding module (a mean of token vectors)
        matrix = static.embedding.weight.detach().numpy()
        self.lines = lines
        self.sums = np.zeros((len(lines), matrix.shape[1]), dtype=np.float64)
        self.counts = np.zeros(len(lines), dtype=np.int64)
        for start in range(0, len(lines), 5000):
            batch = static.tokenizer.encode_batch(
                lines[start : start + 5000], add_special_tokens=False
            )
            for j, enc in enumerate(batch):
                self.sums[start + j] = matrix[enc.ids].sum(axis=0)
                self.counts[start + j] = len(enc.ids)

    def vectors(self, picks: list[list[int]]) -> np.ndarray:
        """The normalised document vector of each candidate's lines (the model's, exactly)."""
        out = np.stack([self.sums[p].sum(axis=0) / self.counts[p].sum() for p in picks])
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out.astype(np.float32)


def check_composition(embedder, bank: Bank, count: int = 200) -> float:
    """The smallest cosine between a composed document vector and the model's own."""
    rng = random.Random(3)
    picks = [rng.sample(range(len(bank.lines)), rng.randint(20, 40)) for _ in range(count)]
    docs = ["\n".join(bank.lines[i] for i in p) for p in picks]
    return float((embedder.encode(docs) * bank.vectors(picks)).sum(axis=1).min())


_TEMPLATE = make_profile(0, random.Random(0))


def profile_of(lines: list[str], rng: random.Random) -> dict:
    """A profile shaped as bench_shortlist_speed's, with these lines as its sentences."""
    months = rng.randint(0, 180)
    experience = {**_TEMPLATE["experience"][0], "months": months, "description": lines[1]}
    profile = {
        **_TEMPLATE,
        "highest_level": rng.choice(LEVELS),
        "experience": [experience],
        "total_years": round(months / 12, 1),
    }
    sentences, pos = [], 0
    for text in lines:
        sentences.append(
            {"text": text, "section": "experience", "start": pos, "end": pos + len(text)}
        )
        pos += len(text) + 1
    profile["sentences"] = sentences
    return profile


def build(store, encoder, size: int, bank_size: int, progress=print) -> dict:
    """Fill the store with one job and `size` candidates drawn from a bank of `bank_size`
    lines; cache every line's and document's vector (and fill pool_vectors on PostgreSQL):
    {"bank_s", "rows_s", "min_cos"}."""
    import time

    from matcher.jd import parse_jd
    from matcher.resume.sentences import document

    t0 = time.perf_counter()
    store.add_job(parse_jd(JOB)[0], None, None)
    lines = bank_lines(bank_size)
    encoder.encode(lines)  # the sentences' vectors, cached as the worker caches them
    bank = Bank(encoder.embedder, lines)
    min_cos = check_composition(encoder.embedder, bank)
    bank_s = time.perf_counter() - t0
    postgres = getattr(store.db, "dialect", "") == "postgresql"
    rng = random.Random(size)
    t0 = time.perf_counter()
    for start in range(0, size, CHUNK):
        n = min(CHUNK, size - start)
        picks = [rng.sample(range(bank_size), rng.randint(20, 40)) for _ in range(n)]
        rows, shas = [], []
        for k, p in enumerate(picks):
            profile = profile_of([lines[i] for i in p], rng)
            text = document(profile)
            shas.append(hashlib.sha256(text.encode()).hexdigest())
            rows.append(
                {
                    "resume": f"r{start + k:07d}.txt",
                    "sha256": f"{start + k:064x}",
                    "text": text,
                    "profile": json.dumps(profile, ensure_ascii=False, sort_keys=True),
                    "document": text,
                    "created_at": "2026-11-29T00:00:00Z",
                }
            )
        vectors = bank.vectors(picks)
        with store.db.conn:
            store.db["candidates"].insert_all(rows, batch_size=1000)
            encoder.table.put(encoder.model_id, encoder.dim, dict(zip(shas, vectors, strict=True)))
            if postgres:
                _pool_vectors(store, encoder.model_id, start, vectors)
        if (start // CHUNK) % 10 == 0:
            progress(f"{start + n} rows, {time.perf_counter() - t0:.0f} s")
    return {"bank_s": bank_s, "rows_s": time.perf_counter() - t0, "min_cos": min_cos}


def _pool_vectors(store, model_id: str, start: int, vectors: np.ndarray) -> None:
    """The chunk's document vectors in the pgvector column (ids follow insertion order)."""
    from pgvector.psycopg import register_vector

    raw = store.db.conn.raw
    register_vector(raw)
    first = start + 1  # the fresh database's identity column counts from 1
    last = store.db.conn.run("SELECT max(id) FROM candidates").fetchone()[0]
    if last != start + len(vectors):
        raise RuntimeError(f"candidate ids are not 1..{start + len(vectors)} (max {last})")
    rows = [(first + k, model_id, v) for k, v in enumerate(vectors)]
    store.db.conn.run_many(
        "INSERT INTO pool_vectors (candidate_id, model_id, embedding) VALUES (%s, %s, %s)", rows
    )
