"""The embedding backends: ONNX exports made locally from the installed model agree with torch."""

import numpy as np
import pytest

from assistant.embed import Embedder
from assistant.errors import AssistantError, BadSetting
from assistant.index import Store
from assistant.onnx_backend import META

TEXTS = [
    "The Draft SAF and Risk management Framework were presented to the Audit & Governance Committee.",
    "A permanent Assistant Director of HR (Nicky McLoughlin) has been appointed.",
    "Partnership working (Green/Amber)",
    "When was the Head of Paid Service appointed?",
]


def test_onnx_backends_are_exported_locally_and_agree_with_torch(tmp_path):
    torch_vectors = np.asarray(Embedder("all-MiniLM-L6-v2", backend="torch").embed(TEXTS))
    for backend, least in (("onnx", 0.9999), ("onnx-int8", 0.97)):
        embedder = Embedder("all-MiniLM-L6-v2", backend=backend, cache=tmp_path)
        vectors = np.asarray(embedder.embed(TEXTS))
        assert vectors.shape == torch_vectors.shape
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        assert (vectors * torch_vectors).sum(axis=1).min() > least, backend
        # batching and order do not change a text's vector, nor the texts embedded with it (an index answers the same
        # whatever order its reports were ingested in)
        assert np.allclose(embedder.embed(TEXTS[::-1])[::-1], vectors, atol=1e-5)
        assert np.allclose(embedder.embed([TEXTS[2]])[0], vectors[2], atol=1e-5)
        assert np.allclose(embedder.embed([TEXTS[2], "a much longer text about something else " * 30])[0], vectors[2],
                           atol=1e-5)
    exports = sorted(p.name for p in tmp_path.iterdir())
    assert len(exports) == 2 and all((tmp_path / name / META).exists() for name in exports)
    assert not list(tmp_path.glob("*.tmp*"))


def test_an_unknown_backend_is_refused():
    with pytest.raises(BadSetting, match="onnx-int8"):
        Embedder("all-MiniLM-L6-v2", backend="tensorrt")


def test_an_index_refuses_vectors_of_another_backend(built_index):
    other = Embedder("all-MiniLM-L6-v2", backend="torch")
    with pytest.raises(AssistantError, match="ASSISTANT_EMBED_BACKEND"):
        Store(built_index, other)
