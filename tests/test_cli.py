"""The `assistant` command: exit codes and messages, JSON on standard output."""

import json
import os
import subprocess
import sys

from assistant.cli import main

from conftest import REPORT_2023, ROOT


def test_ask_without_an_index_says_how_to_build_one(tmp_path, capsys):
    assert main(["ask", "When was the SAF approved?", "--index", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: no index at {tmp_path / 'none'}") and "assistant ingest" in err


def test_empty_question_is_refused(built_index, capsys):
    assert main(["ask", "   ", "--index", str(built_index.index_dir)]) == 2
    assert capsys.readouterr().err == "error: the question is empty: ask something about the reports\n"


def test_too_long_question_is_refused(built_index, capsys):
    assert main(["ask", "x" * 2001, "--index", str(built_index.index_dir)]) == 2
    assert "the limit is 2,000" in capsys.readouterr().err


def test_bad_date_filter_is_refused(built_index, capsys):
    assert main(["ask", "Who is the lead member?", "--since", "last year", "--index", str(built_index.index_dir)]) == 2
    assert "--since 'last year' is not a date" in capsys.readouterr().err


def test_unreadable_file_fails_ingest_with_its_reason(tmp_path, capsys):
    bad = tmp_path / "2024-01-01-empty.txt"
    bad.write_text("\n\n")
    assert main(["ingest", str(bad), "--index", str(tmp_path / "index")]) == 1
    out = capsys.readouterr().out
    assert f"failed    {bad}  (the file is empty)" in out and "1 failed" in out


def test_batch_keeps_order_and_reports_bad_lines(built_index, tmp_path, capsys):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "a", "question": "How was procurement rated?"}),
        "{not json",
        json.dumps({"id": "c", "question": ""}),
        json.dumps({"id": "d", "question": "And partnership working?",
                    "history": [{"role": "user", "content": "How was procurement rated?"}]}),
    ]))
    assert main(["ask", "--batch", str(batch), "--json", "--index", str(built_index.index_dir)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert rows[0]["value"] == "Green" and "error" not in rows[0]
    assert rows[1]["error"].startswith("line 2: not JSON")
    assert rows[2]["error"] == "the question is empty: ask something about the reports"
    assert rows[3]["value"] == "Green/Amber"


def test_contract_example_through_the_console_script(built_index):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("ASSISTANT_INDEX_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "ask",
         "When did the Audit and Governance Committee review the draft SAF and Risk Management Framework?",
         "--json", "--index", str(built_index.index_dir)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    answer = json.loads(lines[0])
    assert answer["value"] == "2023-09-08" and answer["answer_type"] == "date" and not answer["abstained"]
    assert (answer["citations"][0]["report_id"], answer["citations"][0]["paragraph"]) == (REPORT_2023, "2.5")
    assert answer["answer"].startswith("8 September 2023. ")


def test_unknown_setting_is_named(capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_INDEX_DRI", "x")
    assert main(["ask", "anything"]) == 2
    assert "unknown setting(s) ASSISTANT_INDEX_DRI" in capsys.readouterr().err


def test_every_setting_and_command_is_documented():
    from assistant.settings import Settings

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in Settings.documented() if f"`{name}`" not in readme]
    assert not missing, f"settings missing from README: {missing}"
    for command in ("assistant ingest", "assistant ask", "assistant serve", "make run", "make test"):
        assert command in readme
