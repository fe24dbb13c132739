"""Answer or say the reports don't say: a small model fitted on question sets, not thresholds set by hand.

For each candidate sentence the model gives three probabilities: that answering from it is right, that it is
wrong although the reports answer the question, and that the reports don't answer the question at all. A candidate
is kept when "right" is at least as likely as "not answered". The model is a multinomial logistic regression over
a handful of signals; `assistant fit` refits it from eval sets (their tuning halves and the project's own sets) and
writes `answerer.json` beside this file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from .evidence import Candidate

MODEL = Path(__file__).with_name("answerer.json")
FEATURES = ("coverage", "dense", "score", "found", "header", "best_coverage")
CLASSES = ("wrong", "right", "unanswered")
FIT_DEPTH = 10  # the best-scoring candidates of each question a fit learns from


def features(c: Candidate, best_coverage: float) -> list[float]:
    """The signals of one candidate: key-term coverage, its paragraph's dense similarity, its evidence score, whether
    it holds a value of the kind asked, whether it is front matter, and the best coverage among the question's
    leading candidates (how well the reports speak to the question at all)."""
    return [c.coverage, c.dense, c.score, float(c.found is not None), float(c.paragraph.label == "header"), best_coverage]


def best_coverage(candidates: list[Candidate]) -> float:
    return max((c.coverage for c in candidates[:FIT_DEPTH]), default=0.0)


class Decider:
    """The fitted model, read once."""

    def __init__(self, path: Path = MODEL):
        model = json.loads(path.read_text())
        if tuple(model["features"]) != FEATURES or tuple(model["classes"]) != CLASSES:
            raise ValueError(f"{path}: fitted for features {model['features']}, this version reads {list(FEATURES)}")
        self.coef, self.intercept = model["coef"], model["intercept"]

    def probabilities(self, x: list[float]) -> dict[str, float]:
        logits = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(self.coef, self.intercept)]
        top = max(logits)
        exp = [math.exp(z - top) for z in logits]
        return {name: e / sum(exp) for name, e in zip(CLASSES, exp)}

    def keep(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates it is right to answer from, in their order."""
        best = best_coverage(candidates)
        out = []
        for c in candidates:
            p = self.probabilities(features(c, best))
            if p["right"] >= p["unanswered"]:
                out.append(c)
        return out


class Recorder:
    """Stands in for the model while a fit asks the questions: keeps every candidate and remembers the first list
    it was shown for the question being asked."""

    def __init__(self):
        self.seen: list[Candidate] | None = None

    def keep(self, candidates: list[Candidate]) -> list[Candidate]:
        if self.seen is None:
            self.seen = list(candidates)
        return candidates


def examples(assistant, recorder: Recorder, cases: list[dict]) -> list[tuple[list[float], str]]:
    """(features, class) of each question's leading candidates: "unanswered" for a case the reports don't answer,
    "right" for a sentence of a paragraph the case cites holding the value it expects, else "wrong"."""
    from .evals import same_value

    rows = []
    for case in cases:
        recorder.seen = None
        assistant.ask(case["question"], case.get("history") or [])
        cited = {(c.get("meeting_date"), str(c.get("paragraph"))) for c in case.get("cite") or []}
        expected = (case.get("expect") or {}).get("value")
        leading = (recorder.seen or [])[:FIT_DEPTH]
        best = best_coverage(leading)
        for c in leading:
            right = (c.report.meeting_date, c.paragraph.label) in cited and (
                expected is None or (c.found is not None and same_value(expected, c.found.value)))
            rows.append((features(c, best), "unanswered" if case.get("abstain") else "right" if right else "wrong"))
    return rows


def fit(rows: list[tuple[list[float], str]], sources: list[str]) -> dict:
    """A multinomial logistic regression over (features, class) rows, as the JSON `Decider` reads."""
    from sklearn.linear_model import LogisticRegressionCV

    x, y = [r[0] for r in rows], [CLASSES.index(r[1]) for r in rows]
    missing = set(range(len(CLASSES))) - set(y)
    if missing:
        raise ValueError(f"no {', '.join(CLASSES[i] for i in sorted(missing))} examples to fit on: give more sets")
    # the regularisation chosen by cross-validated log loss: probabilities that are calibrated, not only ranked
    model = LogisticRegressionCV(Cs=10, cv=5, scoring="neg_log_loss", l1_ratios=(0,), use_legacy_attributes=False,
                                 max_iter=5000).fit(x, y)
    return {"features": list(FEATURES), "classes": list(CLASSES), "coef": model.coef_.round(6).tolist(),
            "intercept": model.intercept_.round(6).tolist(), "fitted_on": sources, "rows": len(rows)}
