"""Embedding models: loading any sentence-transformers model and building the default one."""
