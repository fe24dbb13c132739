"""Twenty chat users at once through gradio_client against a server process on 127.0.0.1, with an
ingest into the same index meanwhile: no errors, every answer the one its question gets alone.
(`make bench` runs the same harness for 60 s and records the latency.)"""

import os
import sys

from conftest import ROOT, free_port

sys.path.insert(0, str(ROOT))
from bench.load import run  # noqa: E402

SECONDS = float(os.environ.get("LOAD_SECONDS", 20))


def test_twenty_users_and_an_ingest_at_once(tmp_path):
    figures = run(tmp_path, free_port(), users=20, seconds=SECONDS)
    assert figures["errors"] == 0, figures["first_errors"]
    assert figures["wrong"] == 0, figures
    assert figures["answers"] >= 20, figures
    assert figures["ingest_during"]["exit"] == 0, figures["ingest_during"]
    assert "1 new" in figures["ingest_during"]["output"][0]


def test_a_reload_never_shows_other_threads_a_half_read_catalogue(built_index, embedder):
    """Another process's ingest makes a serving process re-read its catalogue while other questions are being
    answered: a report they name must stay there throughout."""
    import threading

    from assistant.index import Store

    reports = Store(built_index, embedder).reports
    wanted, missed, done = next(iter(reports)), [], threading.Event()

    def reload():
        for _ in range(300):
            reports.reload()
        done.set()

    reloader = threading.Thread(target=reload)
    reloader.start()
    while not done.is_set():
        if wanted not in reports.summaries:
            missed.append(wanted)
    reloader.join()
    assert not missed
