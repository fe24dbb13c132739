"""Crash safety: an ingest killed with SIGKILL at several points leaves the last committed index
answering as before, and the next ingest completes cleanly; readers keep answering while an ingest
runs. The ingest runs in a child process (`python -m crash_driver`), killed from inside at a named point."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.answer import Assistant
from assistant.index import PENDING, Store, ingest
from assistant.settings import Settings

from conftest import REPORT_2023, REPORT_2024

HERE = Path(__file__).resolve().parent
QUESTION = "When did the Audit and Governance Committee review the draft SAF and Risk Management Framework?"
OLD = "presented to the Audit & Governance Committee on 8th September for review"
NEW = "presented to the Audit & Governance Committee on 15th September for review"
THIRD = "2025-03-03-osc-third-report"


def _second_version(corpus: Path) -> None:
    """Change one report's answer and add a third report: what the killed ingest was writing."""
    path = corpus / f"{REPORT_2023}.txt"
    text = path.read_text(encoding="utf-8")
    assert OLD in text
    path.write_text(text.replace(OLD, NEW), encoding="utf-8")
    third = (corpus / f"{REPORT_2024}.txt").read_text(encoding="utf-8").replace("Janice Gotts", "Morgan Reyes")
    (corpus / f"{THIRD}.txt").write_text(third, encoding="utf-8")


def _ask(settings, embedder) -> tuple[str, int, list[str], int]:
    """The contract question's value, what the index holds and its officers' records, from a fresh reader (as a
    new process would open it: not through this process's cached view of the embedded store)."""
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    assistant = Assistant(settings, embedder)
    answer = assistant.ask(QUESTION)
    records = sum(len(assistant.store.records.all(name)) for name in ("commitments", "decisions", "ratings", "events"))
    return answer.value, assistant.store.count(), sorted(assistant.store.reports), records


def _env(settings) -> dict:
    """The child ingest's environment: the same store and collection as the test's settings."""
    return {**os.environ, "HF_HUB_OFFLINE": "1", "ASSISTANT_CHROMA_URL": settings.chroma_url,
            "ASSISTANT_COLLECTION": settings.collection}


def _killed_ingest(settings, corpus: Path, point: str, mode: str = "ingest") -> None:
    child = subprocess.run([sys.executable, "-m", "crash_driver", str(settings.index_dir), str(corpus), point, mode],
                           cwd=HERE, capture_output=True, text=True, timeout=180, env=_env(settings))
    assert child.returncode == -signal.SIGKILL, (child.returncode, child.stderr[-2000:])


def _first_version(tmp_path, corpus, embedder, server: str = ""):
    settings = Settings.load({"index_dir": tmp_path / "index", "chroma_url": server,
                              "collection": f"crash-{tmp_path.name}"[:60]}, env={})
    ingest(Store(settings, embedder, create=True), [corpus])
    before = _ask(settings, embedder)
    assert before[0] == "2023-09-08" and len(before[2]) == 2
    _second_version(corpus)
    return settings, corpus, before


@pytest.fixture
def first_version(tmp_path, corpus_copy, embedder):
    return _first_version(tmp_path, corpus_copy, embedder)


# every write path against every kill point: the fault table of the README
PATHS = ["ingest", "rebuild", "server"]
POINTS = ["embedding", "vectors-stored", "before-commit", "after-commit"]


@pytest.mark.parametrize("point", POINTS)
@pytest.mark.parametrize("path", PATHS)
def test_a_write_killed_at_any_point_leaves_the_index_answering(request, tmp_path, corpus_copy, embedder, path, point):
    server = request.getfixturevalue("chroma_server") if path == "server" else ""
    settings, corpus, before = _first_version(tmp_path, corpus_copy, embedder, server)
    rebuild = path == "rebuild"
    _killed_ingest(settings, corpus, point, "rebuild" if rebuild else "ingest")
    assert (settings.index_dir / PENDING).exists()

    after_kill = _ask(settings, embedder)
    if point == "after-commit":  # the commit happened: the new state, whole
        assert after_kill[0] == "2023-09-15" and THIRD in after_kill[2] and after_kill[3] > before[3]
    else:  # nothing committed: the old state, whole, with its old answers and records
        assert after_kill == before

    store = Store(settings, embedder, create=True, rebuild=rebuild)
    outcomes = {o.report_id: o.status for o in ingest(store, [corpus], rebuild=rebuild)}
    if rebuild:
        assert outcomes == {REPORT_2023: "updated", REPORT_2024: "updated", THIRD: "new" if point != "after-commit" else "updated"}
    elif point != "after-commit":
        assert outcomes == {REPORT_2023: "updated", REPORT_2024: "unchanged", THIRD: "new"}
    assert not (settings.index_dir / PENDING).exists()
    # swept: the store holds exactly the current version of every chunk, and one BM25 folder is left
    assert store.collection.count() == store.count()
    assert len(list(settings.index_dir.glob("bm25*"))) == 1
    value, count, reports, records = _ask(settings, embedder)
    assert value == "2023-09-15" and THIRD in reports and count == store.count() > before[1] and records > before[3]


def test_readers_keep_answering_while_an_ingest_runs(first_version, embedder, tmp_path):
    settings, corpus, before = first_version
    reader = Assistant(settings, embedder)  # opened before the ingest, like a running server
    marker = tmp_path / "paused"
    child = subprocess.Popen([sys.executable, "-m", "crash_driver", str(settings.index_dir), str(corpus),
                              f"pause:{marker}"], cwd=HERE, env=_env(settings),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while not marker.exists() and child.poll() is None and time.time() < deadline:
        time.sleep(0.1)
    assert marker.exists(), child.communicate()[1][-2000:]
    # mid-ingest (vectors stored, nothing committed): old and new readers answer from the last commit
    assert reader.ask(QUESTION).value == "2023-09-08"
    assert _ask(settings, embedder) == before
    marker.unlink()  # let the ingest finish
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err[-2000:]
    # once the ingest has committed, readers answer from it, the one opened before included
    assert _ask(settings, embedder)[0] == "2023-09-15"
    answer = reader.ask(QUESTION)
    assert answer.value == "2023-09-15" and THIRD in reader.store.reports
    assert answer.citations[0].quote in reader.store.reports[REPORT_2023].paragraph("2.5").text
