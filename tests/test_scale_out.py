"""Scale-out: a real Chroma server (`chroma run`) on 127.0.0.1 instead of the embedded store, and
the one-writer rule of an embedded index folder."""

import json
import os
from pathlib import Path
from urllib.parse import urlparse

from assistant.cli import main
from assistant.index import writer_lock

from conftest import CORPUS, REPORT_2023, ROOT


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


QUESTION = "When did the Audit and Governance Committee review the draft SAF?"


def _outcomes(run: Path) -> dict:
    return {json.loads(line)["id"]: json.loads(line)["passed"] for line in (run / "results.jsonl").open()}


def _golden(index: str, run: Path) -> dict:
    assert main(["eval", "--index", index, "--set", str(ROOT / "evals/questions.jsonl"), "--out", str(run)]) in (0, 1)
    return _outcomes(run)


def test_a_local_index_moved_to_a_server_is_refilled_and_answers_as_before(chroma_server, tmp_path, monkeypatch, capsys):
    index = str(tmp_path / "index")
    monkeypatch.setenv("ASSISTANT_COLLECTION", "moved-here")
    assert main(["ingest", str(CORPUS), "--index", index]) == 0
    local = _golden(index, tmp_path / "local")
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_server)  # the same index, now pointed at an empty server
    capsys.readouterr()
    assert main(["ask", QUESTION, "--index", index]) == 2  # never "the reports don't say"
    err = capsys.readouterr().err
    assert f"{chroma_server}, collection 'moved-here' lacks the vectors of 2 of the 2 reports" in err
    assert "they were written to the embedded store" in err and "run `assistant ingest`" in err
    assert main(["ingest", str(CORPUS), "--index", index]) == 0
    assert "2 updated" in capsys.readouterr().out
    assert _golden(index, tmp_path / "server") == local  # the same scorecard, case by case

    import chromadb  # the server wiped: said so, then refilled by the next ingest

    url = urlparse(chroma_server)
    chromadb.HttpClient(host=url.hostname, port=url.port).delete_collection("moved-here")
    capsys.readouterr()
    assert main(["ask", QUESTION, "--index", index]) == 2 and "lacks the vectors" in capsys.readouterr().err
    assert main(["ingest", str(CORPUS), "--index", index]) == 0
    capsys.readouterr()
    assert main(["ask", QUESTION, "--json", "--index", index]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "2023-09-08"


def test_two_index_folders_on_one_collection_never_answer_empty(chroma_server, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", chroma_server)
    monkeypatch.setenv("ASSISTANT_COLLECTION", "shared-by-two")
    first, second = str(tmp_path / "first"), str(tmp_path / "second")
    assert main(["ingest", str(CORPUS), "--index", first]) == 0
    assert main(["ingest", str(CORPUS), "--index", second]) == 0  # the same versions: the same vectors, shared
    for index in (first, second):
        assert main(["ask", QUESTION, "--json", "--index", index]) == 0
    assert main(["ingest", str(CORPUS), "--index", first, "--rebuild"]) == 0  # new vectors; the old ones deleted
    capsys.readouterr()
    assert main(["ask", QUESTION, "--index", second]) == 2 and "lacks the vectors" in capsys.readouterr().err
    assert main(["ingest", str(CORPUS), "--index", second]) == 0
    for index in (first, second):
        capsys.readouterr()
        assert main(["ask", QUESTION, "--json", "--index", index]) == 0
        assert json.loads(capsys.readouterr().out)["value"] == "2023-09-08"
