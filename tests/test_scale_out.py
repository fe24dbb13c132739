"""Scale-out: a real Chroma server (`chroma run`) on 127.0.0.1 instead of the embedded store, and
the one-writer rule of an embedded index folder."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.index import writer_lock

from conftest import CORPUS, REPORT_2023, ROOT, free_port


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    process = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path_factory.mktemp("chroma-server")),
                                "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
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


def test_ingest_ask_and_eval_against_a_chroma_server(chroma_server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_server)
    index = str(tmp_path / "index")
    assert main(["ingest", str(CORPUS), "--index", index]) == 0
    assert not (tmp_path / "index" / "chroma").exists()  # the vectors live in the server
    assert "holds 2 report(s), 76 chunks" in capsys.readouterr().out
    assert main(["ask", "When did the Audit and Governance Committee review the draft SAF?", "--json", "--index", index]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert (answer["value"], answer["citations"][0]["report_id"], answer["citations"][0]["paragraph"]) == (
        "2023-09-08", REPORT_2023, "2.5")
    assert main(["ingest", str(CORPUS), "--index", index]) == 0  # unchanged: the server and BM25 stay in step
    assert "2 unchanged" in capsys.readouterr().out
    assert main(["eval", "--index", index, "--set", str(ROOT / "evals/questions.jsonl"),
                 "--baseline", str(ROOT / "evals/baseline.json"), "--thresholds", str(ROOT / "evals/thresholds.toml"),
                 "--out", str(tmp_path / "run")]) == 0, capsys.readouterr().out


def test_a_second_writer_is_told_the_index_is_busy(tmp_path, capsys):
    index = tmp_path / "index"
    with writer_lock(index):
        assert main(["ingest", str(CORPUS), "--index", str(index)]) == 2
    err = capsys.readouterr().err
    assert f"the index at {index} is being written by process {os.getpid()}" in err and "ASSISTANT_CHROMA_URL" in err
