"""The answer-or-abstain model: fitted by `assistant fit` from eval sets, read by every answer."""

import json
import math

from assistant.cli import main
from assistant.decide import CLASSES, FEATURES, MODEL, Decider

from conftest import ROOT


def test_the_shipped_model_reads_and_was_fitted_on_no_check_half():
    model = json.loads(MODEL.read_text())
    assert (tuple(model["features"]), tuple(model["classes"])) == (FEATURES, CLASSES)
    assert model["fitted_on"] and not any(name.endswith("@check") for name in model["fitted_on"])
    decider = Decider()
    covered = decider.probabilities([0.9, 0.6, 2.0, 1.0, 0.0, 0.9])
    unrelated = decider.probabilities([0.0, 0.1, 0.1, 1.0, 0.0, 0.0])
    assert abs(sum(covered.values()) - 1) < 1e-9
    assert covered["right"] > covered["unanswered"] and unrelated["unanswered"] > unrelated["right"]


def test_fit_learns_from_a_set_and_its_corpus_and_refuses_a_check_half(tmp_path, capsys):
    out = tmp_path / "answerer.json"
    styles = f"{ROOT / 'evals/styles.jsonl'}={ROOT / 'evals/styles'}"
    assert main(["fit", "--set", styles, "--out", str(out)]) == 0
    model = json.loads(out.read_text())
    assert model["fitted_on"] == ["styles.jsonl"] and model["rows"] > 20 and isinstance(model["margin"], float)
    Decider(out)  # what it wrote, the answerer reads
    assert main(["fit", "--set", styles + "@check", "--out", str(out)]) == 2
    assert "never for fitting" in capsys.readouterr().err


def test_the_margin_is_the_one_that_answers_most_questions_rightly():
    from assistant.decide import _best_margin

    class Odds:  # a model whose log odds of "right" against "unanswered" is the first feature
        def probabilities(self, x):
            return {"right": math.exp(x[0]) / (1 + math.exp(x[0])), "unanswered": 1 / (1 + math.exp(x[0])), "wrong": 0}

    answerable = [[([2.0], "right"), ([0.5], "wrong")], [([1.5], "right")]]
    unanswerable = [[([0.4], "unanswered")], [([0.6], "unanswered"), ([0.2], "unanswered")]]
    margin = _best_margin(Odds(), answerable + unanswerable)
    assert 0.6 < margin < 1.5  # keeps both right answers, drops every candidate of the questions the reports don't answer
