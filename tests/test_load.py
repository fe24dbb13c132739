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
