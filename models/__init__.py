"""Embedding models: loading any sentence-transformers model and building the default one."""

from models.loader import DEFAULT, MINILM, Embedder, load_model

__all__ = ["DEFAULT", "MINILM", "Embedder", "load_model"]
