"""The answer-or-abstain model: fitted by `assistant fit` from eval sets, read by every answer."""

import json
import math

from assistant.cli import main
from assistant.answer import SAID_DEPTH
from assistant.decide import CLASSES, FEATURES, MODEL, Decider
from assistant.retrieve import Fusion

from conftest import ROOT


def test_the_shipped_model_reads_and_was_fitted_on_no_check_half():
    model = json.loads(MODEL.read_text())
    assert (tuple(model["features"]), tuple(model["classes"])) == (FEATURES, CLASSES)
    assert model["fitted_on"] and not any(name.endswith("@check") for name in model["fitted_on"])
    decider = Decider()
    assert decider.fusion == Fusion.of(model.get("fusion"))
    covered = decider.probabilities([0.9, 0.6, 2.0, 1.0, 0.0, 0.9, 0.7, 0.0])
    unrelated = decider.probabilities([0.0, 0.1, 0.1, 1.0, 0.0, 0.0, 0.1, 1.0])
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


def test_the_fusion_fitted_is_the_one_that_ranks_the_cited_paragraphs_highest():
    """Two sets: in each, BM25 ranks the cited paragraph first and a paragraph both sides find second, which the dense
    side ranks first; the plain fusion puts the paragraph both find first, the fitted one the cited paragraph, weighing
    BM25 over the dense side, and it is what the model file carries."""
    from assistant.decide import fit_fusion

    def case(n):
        cited, both = f"r#{n}", f"r#both{n}/0"
        return {"dense": [(both, 0.9)], "bm25": [(f"{cited}/0", 9.0), (both, 5.0)]}, {cited}

    plain = Fusion()
    fitted = fit_fusion([[case(1), case(2)], [case(3)]], depth=2)
    assert plain(case(1)[0])[0].chunk_id != "r#1/0" and fitted(case(1)[0])[0].chunk_id == "r#1/0"
    assert dict(fitted.weights)["dense"] < dict(fitted.weights)["bm25"]
    assert Fusion.of(fitted.to_json()) == fitted and Fusion.of(None) == plain


def test_the_margin_is_the_one_that_answers_most_questions_rightly():
    from assistant.decide import _best_margin

    class Odds:  # a model whose log odds of "right" against "unanswered" is the first feature
        def probabilities(self, x):
            return {"right": math.exp(x[0]) / (1 + math.exp(x[0])), "unanswered": 1 / (1 + math.exp(x[0])), "wrong": 0}

    answerable = [[([2.0], "right"), ([0.5], "wrong")], [([1.5], "right")]]
    unanswerable = [[([0.4], "unanswered")], [([0.6], "unanswered"), ([0.2], "unanswered")]]
    margin = _best_margin(Odds(), answerable + unanswerable)
    assert 0.6 < margin < 1.5  # keeps both right answers, drops every candidate of the questions the reports don't answer



def _leading(assistant, text):
    from assistant.questions import understand

    q = assistant._short_forms(understand(text))
    hits = assistant.fusion(assistant.retriever.rankings(q.query, 16))[:8]
    return assistant._said(q, assistant.scorer.candidates(q, assistant._sources(q, hits)))


def test_a_sentence_is_weighed_by_its_own_meaning_and_by_the_names_asked_of(assistant):
    """The leading candidates carry their sentence's dense similarity to the question ("turned up": "attended"), and
    the share of the question's names their paragraph never gives (a letter's author names the letter's paragraphs):
    of a name the papers found write as one, a paragraph never giving it is no candidate at all."""
    candidates = _leading(assistant, "how many staff turned up at the staff conference?")
    lead, rest = candidates[:SAID_DEPTH], candidates[SAID_DEPTH:]
    attended = next(c for c in lead if "85 staff attended" in c.sentence)
    assert attended.said > 0.45 and all(c.said > 0 for c in lead)
    assert all(c.said == 0.0 for c in rest) and all(c.unnamed == 0.0 for c in candidates)
    named = _leading(assistant, "what did the letter from Soule say about the notice?")
    assert {c.unnamed for c in named} == {0.0} and any("Soule" in c.paragraph.text for c in named)
    unwritten = _leading(assistant, "what did the letter from Quenby say about the notice?")
    assert unwritten and {c.unnamed for c in unwritten} == {1.0}
