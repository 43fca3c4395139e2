"""Ray as the engine for bulk work (MATCHER_ENGINE=ray, `ingest --engine ray`): bulk ingest as a
Ray Data pipeline whose actors hold the embedding model, and a job ranked against the whole pool
in shards scored by Ray tasks. Only imported when that engine is chosen, so the web service and
the local engine never pay for `import ray`.

Workers read the store themselves (its candidates, kept files and cached vectors) through
matcher.store.open_store with the driver's settings, made absolute: on one machine that is the
same SQLite file; across nodes, a PostgreSQL MATCHER_DB and a shared MATCHER_UPLOAD_DIR and
MATCHER_MODEL_DIR that every node mounts at the same path."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Iterator
from pathlib import Path

from matcher.errors import EngineError
from matcher.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)


def connect(address: str | None = None) -> None:
    """Join the Ray cluster at `address` (None: RAY_ADDRESS, Ray's own variable, else a local
    instance started here); once per process."""
    target = address or os.environ.get("RAY_ADDRESS")
    if target:
        _check_reachable(target)
    else:
        # A local instance listens on 127.0.0.1 only (Ray otherwise binds the machine's
        # address); read by Ray when it is first imported.
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    import ray

    if ray.is_initialized():
        return
    try:
        ray.init(
            address=address or None,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.WARNING,
            # Workers started for this driver import this checkout's matcher and models.
            runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}},
        )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = address or "RAY_ADDRESS or a local instance"
        raise EngineError(f"could not start or reach Ray at {where}: {exc}") from None


def _check_reachable(address: str, seconds: float = 5.0) -> None:
    """EngineError at once when a host:port address does not answer (ray.init would wait and
    retry for minutes); "auto" and other forms are left to Ray."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        return
    try:
        socket.create_connection((host, int(port)), timeout=seconds).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EngineError(f"could not reach the Ray cluster at {address} ({reason})") from None


def cluster_cpus() -> int:
    """The CPUs of the connected cluster (at least 1)."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def node_id() -> str:
    """The Ray node this code runs on."""
    import ray

    return ray.get_runtime_context().get_node_id()


ACTOR_START_S = 600  # longest wait for the ingest actors to start (then the pipeline stops)


class _RayParseEmbed:
    """matcher.ingest.ParseEmbed in a Ray actor, tagging each result with its node."""

    def __init__(self, settings: Settings, model: str):
        from matcher.ingest import ParseEmbed

        self.inner = ParseEmbed(settings, model, node=node_id())

    def __call__(self, batch: dict) -> dict:
        return self.inner(batch)


def parse_embed(
    settings: Settings,
    model: str,
    rows: list[dict],
    address: str | None,
    workers: int | None,
    batch_size: int,
) -> tuple[Iterator[dict], int]:
    """(result batches in the rows' order, how many actors): a Ray Data pipeline, the rows read
    into a dataset, parsed and embedded by `map_batches` in `workers` actors (default: one per
    CPU of the cluster). An actor killed mid-batch is restarted and its batch retried (Ray
    Data's default for actors); ingest fails by name whatever never comes back."""
    connect(address)
    import ray

    blocks = -(-len(rows) // batch_size)
    workers = min(workers or cluster_cpus(), max(1, blocks))  # no actor without a batch
    if not rows:
        return iter(()), workers
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the same duplicates as the local engine
    # Start batches once every actor holds the model: else the first actor ready (a model load
    # takes seconds, longer on a busy node) may take every batch while the others still load.
    context.wait_for_min_actors_s = ACTOR_START_S
    context.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # stdout is the JSON answer
    dataset = ray.data.from_items(rows, override_num_blocks=blocks)
    parsed = dataset.map_batches(
        _RayParseEmbed,
        fn_constructor_args=(settings, model),
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    return _batches(parsed), workers


def _batches(dataset) -> Iterator[dict]:
    """The pipeline's output batches as dicts of lists; a Ray failure as an EngineError."""
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            yield {k: list(v) for k, v in batch.items()}
    except EngineError:
        raise
    except Exception as exc:  # Ray's own errors (a lost node, a task out of retries)
        raise EngineError(f"the Ray pipeline stopped ({type(exc).__name__})") from None


SHARD = 20_000  # pool candidates per pre-filter task: a few MB of texts and vectors each


def _shards(ids: list[int], least: int) -> list[list[int]]:
    """The ids cut into at least `least` contiguous shards (fewer when there are fewer ids)."""
    count = max(least, -(-len(ids) // SHARD))
    size = max(1, -(-len(ids) // count))
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def _encoder(store, settings: Settings, model: str):
    """The driver's model (same name, same folder, so the same model id) behind the store's
    vector cache."""
    from matcher.embed_cache import CachedEncoder
    from models import load_model

    return CachedEncoder(load_model(model, settings.model_dir), db=store.vectors())


def _job_scores_shard(settings: Settings, model: str, posting: dict, ids: list[int]):
    """(the pre-filter's score of each candidate of the shard, the node): in a Ray task."""
    from matcher.match.retrieve import job_scores
    from matcher.store import open_store

    store = open_store(settings)
    try:
        encoder = _encoder(store, settings, model)
        return job_scores(posting, store.candidate_pool(ids), encoder), node_id()
    finally:
        store.close()


def _rank_shard(settings: Settings, model: str, posting: dict, ids: list[int], flagged: bool):
    """(every candidate of the shard scored in full, the node): in a Ray task."""
    from matcher import match
    from matcher.store import open_store

    store = open_store(settings)
    try:
        encoder = _encoder(store, settings, model)
        pool = store.candidate_pool(ids)
        results = match.rank(posting, pool, encoder, score_flagged=flagged, retrieve_above=len(ids))
        return results, node_id()
    finally:
        store.close()


def _run(func, settings: Settings, encoder, posting: dict, ids: list[int], *extra) -> list[tuple]:
    """func(settings, model, posting, shard, *extra) for each shard of `ids` as Ray tasks
    (retried when a worker dies), the answers in shard order."""
    connect(None)
    import ray

    from matcher.ingest import portable

    # SPREAD: the shards go to as many nodes as there are, not to the first one free
    task = ray.remote(num_cpus=1, max_retries=3, scheduling_strategy="SPREAD")(func)
    model, where = _model_of(encoder), portable(settings)
    shards = _shards(ids, cluster_cpus())
    try:
        return ray.get([task.remote(where, model, posting, shard, *extra) for shard in shards])
    except Exception as exc:  # a lost node, a task out of retries
        raise EngineError(f"ranking on Ray stopped ({type(exc).__name__})") from None


def _model_of(encoder) -> str:
    """What a worker passes to models.load_model to load the driver's model with the same id:
    a named model by its name, a model folder by its absolute path."""
    embedder = encoder.embedder
    return str(embedder.folder) if Path(embedder.folder).name == embedder.name else embedder.name


def job_scores(settings: Settings, encoder, posting: dict, ids: list[int]):
    """(the pre-filter's score of every candidate in `ids`, in order, as
    matcher.match.retrieve.job_scores gives it; the Ray nodes that computed them)."""
    import numpy as np

    answers = _run(_job_scores_shard, settings, encoder, posting, ids)
    return np.concatenate([a[0] for a in answers]), {a[1] for a in answers}


def rank(settings: Settings, encoder, posting: dict, ids: list[int], flagged: bool):
    """(the candidates of `ids` scored in full, as matcher.match.rank gives them for the whole
    list; the Ray nodes that scored them)."""
    from matcher.match import order

    answers = _run(_rank_shard, settings, encoder, posting, ids, flagged)
    # ordered and numbered over the whole list, as one call to matcher.match.rank does
    return order([r for a in answers for r in a[0]]), {a[1] for a in answers}
