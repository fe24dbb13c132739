"""Answer or say the reports don't say: a small model fitted on question sets, not thresholds set by hand.

For each candidate sentence the model gives three probabilities: that answering from it is right, that it is
wrong although the reports answer the question, and that the reports don't answer the question at all. A candidate
is kept when "right" is likely enough against "not answered": their log odds at least the model's margin. The model is
a multinomial logistic regression over a handful of signals, and the margin the one that answers most of the fitting
questions rightly (the first kept candidate right, or none kept where the reports don't say); `assistant fit` refits
both from eval sets (their tuning halves and the project's own sets) and writes `answerer.json` beside this file.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from .evidence import Candidate
from .retrieve import Fusion

MODEL = Path(__file__).with_name("answerer.json")
FEATURES = ("coverage", "dense", "score", "found", "header", "best_coverage", "said", "unnamed")
CLASSES = ("wrong", "right", "unanswered")
FIT_DEPTH = 10  # the best-scoring candidates of each question a fit learns from


def features(c: Candidate, best_coverage: float) -> list[float]:
    """The signals of one candidate: key-term coverage, its paragraph's dense similarity, its evidence score, whether
    it holds a value of the kind asked, whether it is front matter, the best coverage among the question's leading
    candidates (how well the reports speak to the question at all), its sentence's own dense similarity to the
    question, and the share of the names asked of that its paragraph never gives."""
    return [c.coverage, c.dense, c.score, float(c.found is not None), float(c.paragraph.label == "header"), best_coverage,
            c.said, c.unnamed]


def best_coverage(candidates: list[Candidate]) -> float:
    return max((c.coverage for c in candidates[:FIT_DEPTH]), default=0.0)


class Decider:
    """The fitted model, read once."""

    def __init__(self, model: Path | dict = MODEL):
        where, model = (model, json.loads(model.read_text())) if isinstance(model, Path) else ("the model", model)
        if tuple(model["features"]) != FEATURES or tuple(model["classes"]) != CLASSES:
            raise ValueError(f"{where}: fitted for features {model['features']}, this version reads {list(FEATURES)}")
        self.coef, self.intercept, self.margin = model["coef"], model["intercept"], model.get("margin", 0.0)
        self.fusion = Fusion.of(model.get("fusion"))

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
            if odds(self.probabilities(features(c, best))) >= self.margin:
                out.append(c)
        return out


def odds(p: dict[str, float]) -> float:
    """The log odds of answering rightly from a candidate against the reports not answering at all."""
    return math.log(max(p["right"], 1e-12)) - math.log(max(p["unanswered"], 1e-12))


class Recorder:
    """Stands in for the model while a fit asks the questions: keeps every candidate and remembers the first list
    it was shown for the question being asked."""

    def __init__(self, fusion: Fusion = Fusion()):
        self.seen: list[Candidate] | None = None
        self.fusion = fusion

    def keep(self, candidates: list[Candidate]) -> list[Candidate]:
        if self.seen is None:
            self.seen = list(candidates)
        return candidates


def rankings(assistant, cases: list[dict]) -> list[tuple[dict, set[str]]]:
    """For each answerable case that cites a paragraph of the index: each retriever's ranked chunks for it, before
    fusion, and the paragraph ids ("report#key") it cites."""
    from .evals import Checker

    paragraph_ids = Checker(assistant).paragraph_ids
    out = []
    for case in cases:
        cited = set().union(*[paragraph_ids.get((c.get("meeting_date"), str(c.get("paragraph"))), set())
                              for c in case.get("cite") or []])
        if cited and not case.get("abstain"):
            retrieved = assistant.ask(case["question"], case.get("history") or []).retrieved
            ranked = {name: retrieved[name] for name in ("dense", "bm25") if retrieved.get(name)}
            if ranked:  # (not a question the catalogue or the records answer)
                out.append((ranked, cited))
    return out


def fit_fusion(sets: list[list[tuple[dict, set[str]]]], depth: int) -> Fusion:
    """The fusion under which the paragraphs cases cite are most often among the `depth` paragraphs an answer reads,
    and then rank highest (mean reciprocal rank): each set's mean counting alike. k and the dense side's weight
    (BM25's is 1) from a grid; of equally good ones, the plain fusion's nearest."""
    def found(fusion: Fusion, cases) -> tuple[float, float]:
        within = reciprocal = 0.0
        for ranked, cited in cases:
            paragraphs = list(dict.fromkeys(f"{h.report_id}#{h.key}" for h in fusion(ranked)))
            rank = next((n for n, pid in enumerate(paragraphs, 1) if pid in cited), 0)
            within += 0 < rank <= depth
            reciprocal += 1 / rank if rank else 0.0
        return within / len(cases), reciprocal / len(cases)

    sets = [s for s in sets if s]
    if not sets:
        return Fusion()

    def score(fusion: Fusion) -> tuple:
        each = [found(fusion, s) for s in sets]
        return (round(sum(w for w, _ in each) / len(each), 4), round(sum(r for _, r in each) / len(each), 4),
                -abs(fusion.k - 60), dict(fusion.weights)["dense"])

    grid = [Fusion(k, (("bm25", 1.0), ("dense", w / 20))) for k in (1, 2, 3, 5, 8, 10, 15, 20, 30, 60)
            for w in range(1, 21)]
    return max(grid, key=score)


def examples(assistant, recorder: Recorder, cases: list[dict]) -> list[list[tuple[list[float], str]]]:
    """For each question, (features, class) of its leading candidates in order: "unanswered" for a case the reports
    don't answer, "right" for a sentence of a paragraph the case cites holding the value it expects, else "wrong"."""
    from .evals import same_value

    questions = []
    for case in cases:
        recorder.seen = None
        assistant.ask(case["question"], case.get("history") or [])
        cited = {(c.get("meeting_date"), str(c.get("paragraph"))) for c in case.get("cite") or []}
        expected = (case.get("expect") or {}).get("value")
        leading = (recorder.seen or [])[:FIT_DEPTH]
        best = best_coverage(leading)
        rows = []
        for c in leading:
            right = (c.report.meeting_date, c.paragraph.label) in cited and (
                expected is None or (c.found is not None and same_value(expected, c.found.value)))
            rows.append((features(c, best), "unanswered" if case.get("abstain") else "right" if right else "wrong"))
        questions.append(rows)
    return questions


def fit(questions: list[list[tuple[list[float], str]]], sources: list[str], fusion: Fusion = Fusion()) -> dict:
    """A multinomial logistic regression over every question's (features, class) rows, and the margin that answers
    most questions rightly, as the JSON `Decider` reads, with the fusion they were found under."""
    from sklearn.linear_model import LogisticRegressionCV

    rows = [row for q in questions for row in q]
    x, y = [r[0] for r in rows], [CLASSES.index(r[1]) for r in rows]
    missing = set(range(len(CLASSES))) - set(y)
    if missing:
        raise ValueError(f"no {', '.join(CLASSES[i] for i in sorted(missing))} examples to fit on: give more sets")
    # the regularisation chosen by cross-validated log loss: probabilities that are calibrated, not only ranked
    model = LogisticRegressionCV(Cs=40, cv=5, scoring="neg_log_loss", l1_ratios=(0,), use_legacy_attributes=False,
                                 max_iter=5000).fit(x, y)
    decider = {"features": list(FEATURES), "classes": list(CLASSES), "coef": model.coef_.round(6).tolist(),
               "intercept": model.intercept_.round(6).tolist(), "margin": 0.0, "fitted_on": sources, "rows": len(rows),
               "fusion": fusion.to_json()}
    decider["margin"] = round(_best_margin(Decider(decider), questions), 6)
    return decider


def _best_margin(decider: "Decider", questions: list[list[tuple[list[float], str]]]) -> float:
    """The margin under which most questions come out right: answered from a right first candidate, or unanswered
    when the reports don't say; of equally good margins, the one nearest even odds."""
    scored = [[(odds(decider.probabilities(x)), label) for x, label in q] for q in questions if q]

    def right(margin: float) -> int:
        out = 0
        for q in scored:
            kept = [label for o, label in q if o >= margin]
            out += kept[0] == "right" if kept else q[0][1] == "unanswered"
        return out

    cuts = sorted({o for q in scored for o, _ in q})
    margins = [0.0] + [(a + b) / 2 for a, b in zip(cuts, cuts[1:])]
    return max(margins, key=lambda m: (right(m), -abs(m)))
