"""Shared, real components: the real model (loaded once), a real Chroma index under a temp folder."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.embed import go_offline

go_offline()
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REPORT_2023 = "2023-11-27-osc-improvement-framework-confidence-culture-capacity"
REPORT_2024 = "2024-11-07-osc-improvement-framework-closure"


@pytest.fixture(scope="session")
def embedder():
    from assistant.embed import load_embedder

    return load_embedder("all-MiniLM-L6-v2")


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, embedder):
    """The shipped corpus ingested into a real Chroma folder; returns its settings."""
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("index")}, env={})
    outcomes = ingest(Store(settings, embedder, create=True), [CORPUS])
    assert [o.status for o in outcomes] == ["new", "new"]
    return settings


@pytest.fixture(scope="session")
def assistant(built_index, embedder):
    from assistant.answer import Assistant

    return Assistant(built_index, embedder)


@pytest.fixture(scope="session")
def styles_assistant(tmp_path_factory, embedder):
    """The project's own house-style documents (`evals/styles/`) ingested and asked, as one council archive."""
    from assistant.answer import Assistant
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("styles") / "index"}, env={})
    ingest(Store(settings, embedder, create=True), [ROOT / "evals" / "styles"])
    return Assistant(settings, embedder)


@pytest.fixture(scope="session")
def series_assistant(tmp_path_factory, embedder):
    """One council's quarterly reports, another's two minutes and a third's action plan updates and capital programme
    (`evals/series/`), ingested and asked."""
    from assistant.answer import Assistant
    from assistant.index import Store, ingest
    from assistant.settings import Settings

    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("series") / "index"}, env={})
    ingest(Store(settings, embedder, create=True), [ROOT / "evals" / "series"])
    return Assistant(settings, embedder)


@pytest.fixture
def corpus_copy(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, embedder):
    """A Gradio server on a free port whose index does not exist yet: it must build it from the corpus on start."""
    from assistant.settings import Settings
    from assistant.web import open_assistant, serve

    settings = Settings.load({"index_dir": tmp_path_factory.mktemp("web") / "index", "corpus_dir": CORPUS,
                              "port": free_port()}, env={})
    assert not settings.index_dir.exists()
    demo = serve(settings, open_assistant(settings), block=False)
    yield f"http://127.0.0.1:{settings.port}/"
    demo.close()


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on a free port of 127.0.0.1, for the whole session."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")),
                                "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "ANONYMIZED_TELEMETRY": "false"})
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("the Chroma server did not start within 30 s")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)
