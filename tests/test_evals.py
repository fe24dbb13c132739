"""`assistant eval`: checks that can fail, a scorecard, results on disk, exit code as a gate."""

import json

from assistant.cli import main

from conftest import ROOT


def test_eval_scores_and_gates(built_index, tmp_path, capsys):
    cases = [
        {"id": "ok", "category": "rating", "question": "How was procurement rated?",
         "expect": {"value": "Green", "mentions": ["/Procurement \\(Green\\)/"]},
         "cite": [{"meeting_date": "2023-11-27", "paragraph": "2.4"}], "abstain": False},
        {"id": "wrong-value", "category": "date", "question": "When was the letter from Max Soule dated?",
         "expect": {"value": "2024-10"}, "cite": [{"meeting_date": "2024-11-07", "paragraph": "2.1"}]},
        {"id": "must-abstain", "category": "abstain", "question": "How was the waste collection service rated?",
         "abstain": True},
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    out = tmp_path / "run"
    assert main(["eval", "--set", str(path), "--index", str(built_index.index_dir), "--out", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "FAIL wrong-value: value:" in printed and "FAIL ok" not in printed
    assert json.loads((out / "summary.json").read_text())["overall"] == {"passed": 2, "total": 3}
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert [r["checks"] for r in rows][1] == {"abstain": True, "value": False, "cite": True}


def test_shipped_smoke_set_passes(built_index, tmp_path):
    assert main(["eval", "--set", str(ROOT / "evals" / "smoke.jsonl"), "--index", str(built_index.index_dir),
                 "--out", str(tmp_path / "run")]) == 0


def test_malformed_set_is_refused_with_its_line(built_index, tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "question": "x"}\n{"question": "no id"}\n', encoding="utf-8")
    assert main(["eval", "--set", str(path), "--index", str(built_index.index_dir)]) == 2
    assert f"{path} line 2: a case needs an \"id\" and a \"question\"" in capsys.readouterr().err
