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
    if not target:
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


def cluster_cpus() -> int:
    """The CPUs of the connected cluster (at least 1)."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def node_id() -> str:
    """The Ray node this code runs on."""
    import ray

    return ray.get_runtime_context().get_node_id()


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

    workers = workers or cluster_cpus()
    if not rows:
        return iter(()), workers
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the same duplicates as the local engine
    context.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # stdout is the JSON answer
    dataset = ray.data.from_items(rows, override_num_blocks=-(-len(rows) // batch_size))
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
