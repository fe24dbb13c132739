"""`assistant eval`: checks that can fail, scorecards, the four output files, baseline diff and gate."""

import dataclasses
import json
from pathlib import Path

import pytest

from assistant import evals
from assistant.cli import main

from conftest import ROOT


def _write(path, cases):
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    return path


CASES = [
    {"id": "ok", "category": "rating", "question": "How was procurement rated?", "critical": True,
     "expect": {"value": "Green", "mentions": ["/Procurement \\(Green\\)/"]},
     "cite": [{"meeting_date": "2023-11-27", "paragraph": "2.4"}], "abstain": False},
    {"id": "wrong-value", "category": "date", "question": "When was the letter from Max Soule dated?",
     "expect": {"value": "2024-10"}, "cite": [{"meeting_date": "2024-11-07", "paragraph": "2.1"}]},
    {"id": "must-abstain", "category": "abstain", "question": "How was the waste collection service rated?",
     "abstain": True},
]


def test_checks_scorecard_and_the_four_files(built_index, tmp_path, capsys):
    out = tmp_path / "run"
    code = main(["eval", "--set", str(_write(tmp_path / "set.jsonl", CASES)), "--index", str(built_index.index_dir),
                 "--out", str(out)])
    assert code == 0  # an evaluator's own set: no baseline, no thresholds unless asked
    printed = capsys.readouterr().out
    assert "failing cases (1): wrong-value" in printed and "retrieval hybrid" in printed
    summary = json.loads((out / "summary.json").read_text())
    assert summary["scorecard"]["overall"] == {"passed": 2, "total": 3, "rate": 0.6667}
    assert summary["scorecard"]["categories"]["date"]["rate"] == 0.0
    assert summary["configuration"]["reports"] and len(summary["configuration"]["corpus_sha256"]) == 64
    rows = {r["id"]: r for r in map(json.loads, (out / "results.jsonl").read_text().splitlines())}
    assert rows["wrong-value"]["checks"] == {"abstain": True, "value": False, "cite": True, "cites_resolve": True,
                                             "value_in_cited": True}
    assert rows["ok"]["ranks"]["bm25"] == 1 and rows["ok"]["retrieved"]["hybrid"][0][0].endswith("#2.4")
    page = (out / "report.html").read_text()
    assert "wrong-value" in page and "When was the letter from Max Soule dated?" in page
    assert "<script" not in page and "http" not in page  # self-contained
    assert "### wrong-value (date): value" in (out / "report.md").read_text()


def test_gate_fails_an_answerer_that_drops_citations(assistant):
    cases = evals.load_set(ROOT / "evals" / "questions.jsonl")
    good = evals.run(assistant, cases)
    baseline = evals.baseline_of(good, evals.scorecard(good))

    def without_citations(question, history):
        return dataclasses.replace(assistant.ask(question, history), citations=())

    bad = evals.run(assistant, cases, without_citations)
    card = evals.scorecard(bad)
    reasons = evals.gate(bad, card, evals.compare(bad, card, baseline), None)
    assert any(r.startswith("critical case date-saf-review passed in the baseline") for r in reasons)
    assert any(r.startswith("category rating dropped") for r in reasons)
    assert not evals.gate(good, evals.scorecard(good), evals.compare(good, evals.scorecard(good), baseline), None)


def test_two_runs_give_identical_results(assistant):
    cases = evals.load_set(ROOT / "evals" / "questions.jsonl")[:40]
    first, second = evals.run(assistant, cases), evals.run(assistant, cases)
    strip = lambda rs: [({k: v for k, v in r.answer.items() if k != "latency_ms"}, r.checks, r.ranks, r.retrieved)
                        for r in rs]
    assert strip(first) == strip(second)


def test_shipped_set_passes_the_committed_gate(built_index, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)  # the default set, baseline and thresholds
    assert main(["eval", "--index", str(built_index.index_dir), "--out", str(tmp_path / "run")]) == 0, \
        capsys.readouterr().out


def test_thresholds_gate(built_index, tmp_path, capsys):
    thresholds = tmp_path / "t.toml"
    thresholds.write_text("[minimum]\noverall = 0.99\n\"retrieval.hybrid.hit@9\" = 0.5\n[maximum]\n\"accuracy.false_abstentions\" = -1\n")
    code = main(["eval", "--set", str(_write(tmp_path / "set.jsonl", CASES)), "--thresholds", str(thresholds),
                 "--index", str(built_index.index_dir), "--out", str(tmp_path / "run")])
    out = capsys.readouterr().out
    assert code == 1
    assert "GATE: overall is 66.67%, under the threshold 99.00%" in out
    assert "GATE: threshold retrieval.hybrid.hit@9: no such figure in this run" in out
    assert "GATE: accuracy.false_abstentions is 0.00%, over the threshold -100.00%" in out


def test_an_evaluators_own_corpus_and_set(tmp_path, capsys):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "2025-03-12-audit-budget.txt").write_text(
        "Audit Committee\n12 March 2025\n\nTitle:\tBudget monitoring\n\n1. Purpose\n\n"
        "1.1\tThe Committee approved a contingency budget of £1.2m on 3 February 2025.\n"
        "1.2\tThe Treasurer, Ann Example, will report again in June 2025.\n", encoding="utf-8")
    index = str(tmp_path / "index")
    assert main(["ingest", str(corpus), "--index", index]) == 0
    cases = [{"id": "budget", "category": "amount", "question": "How much was the contingency budget?",
              "expect": {"value": "£1,200,000"}, "cite": [{"meeting_date": "2025-03-12", "paragraph": "1.1"}]},
             {"id": "when", "category": "date", "question": "When was the contingency budget approved?",
              "expect": {"value": "2025-02-03"}, "cite": [{"meeting_date": "2025-03-12", "paragraph": "1.1"}]}]
    assert main(["eval", "--set", str(_write(tmp_path / "own.jsonl", cases)), "--index", index,
                 "--out", str(tmp_path / "run")]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "question": "x"}\n{"question": "no id"}\n', 'line 2: a case needs an "id" and a "question"'),
    ('{"id": "a", "question": "x"}\n{"id": "a", "question": "y"}\n', "case ids used twice: a"),
])
def test_malformed_set_is_refused(built_index, tmp_path, capsys, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    assert main(["eval", "--set", str(path), "--index", str(built_index.index_dir)]) == 2
    assert message in capsys.readouterr().err


def test_several_sets_each_against_its_own_index_or_corpus(built_index, tmp_path, capsys):
    """A set asked of an index, and the house-styles set of its corpus folder (ingested into the run's folder),
    each with its own scorecard and its own thresholds (`styles.thresholds.toml` beside the set)."""
    out = tmp_path / "run"
    own = _write(tmp_path / "set.jsonl", CASES)
    code = main(["eval", "--set", f"{own}={built_index.index_dir}", "--set", f"{ROOT / 'evals/styles.jsonl'}={ROOT / 'evals/styles'}",
                 "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0, printed
    assert f"== set ({own} against {built_index.index_dir})" in printed and "== styles (" in printed
    assert json.loads((out / "set" / "summary.json").read_text())["scorecard"]["overall"]["total"] == 3
    styles = json.loads((out / "styles" / "summary.json").read_text())
    documents = list((ROOT / "evals" / "styles").iterdir())
    assert len(styles["configuration"]["reports"]) == len(documents) and (out / "styles" / "index" / "index.sqlite3").exists()
    assert code == 0 and "GATE" not in printed


def test_halves_split_by_id_once_and_for_all():
    ids = [f"case-{i}" for i in range(200)]
    tune = [i for i in ids if evals.half(i) == "tune"]
    assert 80 < len(tune) < 120 and [evals.half(i) for i in ids] == [evals.half(i) for i in ids]
    assert evals.SetSpec.parse("dev.jsonl=../idx@check") == evals.SetSpec(Path("dev.jsonl"), Path("../idx"), "check")


def test_a_time_between_two_cited_dates_is_a_value_the_citations_give(assistant):
    answer = assistant.ask("how many months between the two committee meetings?")
    checker = evals.Checker(assistant)
    assert checker._value_in("number", answer.value, answer.citations)
    assert not checker._value_in("number", str(int(answer.value) + 1), answer.citations)
