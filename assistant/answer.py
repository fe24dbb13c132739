"""Compose an extractive, typed, cited answer from the retrieved paragraphs.

The answer states the typed value first, then quotes the report sentence that gives it, then the
citation. Every quoted sentence is copied from the paragraph it cites. When the best paragraphs
do not cover the question's key terms, or hold no value of the kind asked, the assistant abstains.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import functools
import itertools
import re
import string
import threading
import time

from . import frontmatter
from .answer_types import Answer, Citation, citation_for
from .chunks import split_chunk_id
from .decide import FIT_DEPTH, Decider
from .embed import Embedder, embedder_for
from .evidence import (AHEAD, BULLET, BY_ASKED, CODE_ASKED, EARLIER_ASKED, HOW_MANY, IN_YEAR, KINDS_OF_THING,
                       PERCENT_AFTER, POINTS_BACK, REPORTS_KEPT, ROW_CODE, STILL_GOING, TIME_UNIT, VOTE_ASKED,
                       Candidate, Scorer, bodies_of_kind, clause_at, counted_noun, direction, event_before, field_items,
                       figure_asked, in_series, inline_items, later, lengthened, paragraph_stems, resolution_of,
                       said_otherwise, sentences, spelt_out, stems, tally)
from .generate import Evidence, Writer, make_llm
from .facts import (FINDERS, FUTURE, HOW_OFTEN, MONTHS, ORDINALS, RATING_RE, STRONG_CAUSE, Found, elapsed, find_causes,
                    find_dates, find_numbers, human_date, proper_names, quantity)
from .index import Store
from .neighbours import Neighbours
from .questions import (ABSTAINED, AUTHORITY_NAME, BACK, COMMITTEE_ASKED, DATE_DID, HAPPENED_ASKED, HOW_VOTED,
                        IRREGULAR_PAST, MEETS, OTHER_PAPER, PERIOD_NAMED, PERSON_BACK, PLANNED, RAG_ASKED,
                        RELATIVE_YEAR, SAME_AGAIN, SO_FAR, SOURCE_ASKED, STANDS, STOPWORDS, SUM_ASKED, TYPE_WORDS,
                        WHICH_FIRST, WHY, Question, as_a_question, clean, figure_kind, in_own_words, in_title,
                        key_terms, last_reply, names_asked, parts, periods_named, series_of, span_asked, time_named,
                        uncited, understand, unwrapped, words, written_out)
from .reports import RESOLVED_RE, Paragraph, Report, recommends
from .retrieve import RECOMMENDATION, Hit, Retriever, Scope
from .settings import Settings
from .spelling import Speller
from .tables import codes_asked, codes_like, fields
from .tracking import Tracker

BRIEFINGBULLETS = 4  # an open question's briefing: at most this many sentences,
BRIEFING_SHARE = 0.7  # each scoring at least this share of the best one
# an open question asking what is still to do, or what is done: "what's still outstanding on procurement?"
_STATUS_ASKED = re.compile(r"\b(?:(outstanding|still to (?:do|be done)|left to do|needs? (?:doing|to be done)|"
                           r"remain(?:s|ing)? to be done|still in progress|still (?:under ?way|going on)|"
                           r"not (?:yet )?(?:done|complete[d]?|finished)|yet to be done)|"
                           r"(completed|finished|achieved|delivered|implemented))\b", re.I)  # (not "what's been done
# on X?", which asks what has happened)
# a sentence saying work is done: "is completed bar ...", "has been implemented", not "is being completed", "should be
# in place"
_DONE_SAID = re.compile(r"(?<!being )(?<!be )(?<!expected )\b(?:completed|implemented|finished|delivered|achieved|"
                        r"launched|in place|took place|taken place)\b", re.I)
SUMMARY_ITEMS = 3  # a report's summary: its purpose and at most this many recommendations
NEAR_TIE = 0.1  # scores this close are a tie, which the sentence saying all that is asked wins (set by hand)
LISTED = 10  # reports listed in one answer ("which meetings were there in 2025?"); the rest are counted
_WHAT = {"date": "a date", "rating": "a rating", "amount": "an amount", "number": "a number", "person": "a person",
         "decision": "a decision"}


# "what ratings did the workstreams get?", "how was each theme rated?": every rating, not one
_EVERY_RATED = re.compile(r"\bratings\b|\b(?:each|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:was\s+|were\s+)?rated\b|"
                          r"\bhow\s+(?:were|are)\s+(?:the|its|their|all the)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+rated\b", re.I)
# "was every workstream green?", "were all the themes rated green in 2023?": whether each rating is the one named
_EVERY_AS = re.compile(r"\b(?:every|all|each)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:was\s+|were\s+|is\s+|are\s+)?"
                       r"(?:rated\s+)?(green|amber|red)\b", re.I)
# "did the 2024 paper give any RAG ratings?": whether a paper rates anything
_ANY_RATINGS = re.compile(r"\b(?:any|give|gives|gave|have|has|had|include|includes|included)\s+(?:any\s+)?(?:rag\s+)?"
                          r"ratings\b", re.I)


class Assistant:
    """Loads the model and the index once; answers any number of questions."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, store: Store | None = None, llm=None,
                 decider=None):
        self.settings = settings
        self.embedder = embedder or embedder_for(settings)
        self.store = store or Store(settings, self.embedder)
        llm = llm or make_llm(settings)
        self.writer = Writer(llm) if llm is not None else None
        self.decider = decider or Decider()  # answer or abstain, and how retrievers' rankings fuse: `assistant fit`
        self.fusion = self.decider.fusion
        self._reloading = threading.Lock()
        self.refresh()

    def refresh(self) -> None:
        """Re-read what the store holds (after an ingest)."""
        self.retriever = Retriever(self.store)
        self.scorer = Scorer(*self.store.reports.document_frequencies(),
                             [s.meeting_date for s in self.store.reports.summaries.values()])
        self.tracker = Tracker(self.store.reports, self.store.records, self._best_in, self._reports_about)
        self.neighbours = Neighbours(self.store.reports, self.embedder)
        idf = self.scorer.idf  # (a word the reports use more is the likelier one meant)
        self.speller = Speller(self.neighbours.words, lambda w: -idf.get(stems([w])[0], self.scorer.unseen))
        self.latest_year = max((int(s.meeting_date[:4]) for s in self.store.reports.summaries.values()
                                if s.meeting_date), default=None)
        self.row_codes = self.store.reports.row_codes()
        self.codes_like = codes_like(self.row_codes)

    def ask(self, question: str, history: list[dict] | tuple = (), scope: Scope = Scope()) -> Answer:
        """The answer to a question; one asking two things ("when was it due, and has it been done?") answered part
        by part, the second as a follow-up of the first, its value the first's."""
        start = time.perf_counter()
        typed = clean(question, self.settings.max_question_chars)
        history = [{**turn, "content": self._as_asked(turn["content"], first=n == 0)} if isinstance(turn, dict) and
                   turn.get("role") == "user" and isinstance(turn.get("content"), str) else turn
                   for n, turn in enumerate(history or ())]
        question = self._as_asked(typed, first=not history)
        span = self._between(question, history, scope)
        if span is not None:  # "how long after the first notice did the second one come?": two dates, apart
            return dataclasses.replace(span, question=typed, latency_ms=(time.perf_counter() - start) * 1000)
        asked = parts(question)
        answers, said = [], list(history)
        for part in asked:
            answer = self._ask(part, said, scope, second=bool(answers))
            given = "".join(a.answer for a in answers)  # (a quote an earlier part gave is cited, not quoted again)
            answers.append(dataclasses.replace(answer, answer=re.sub(
                r'"([^"]+)"\s*(?=\[)', lambda m: "" if f'"{m[1]}"' in given else m[0], answer.answer)))
            said += [{"role": "user", "content": part}, {"role": "assistant", "content": answers[-1].answer}]
        first = answers[0]
        lasting = _HOW_LONG_ON.match(question)
        if lasting and len(answers) == 1 and first.abstained:  # "how long will it carry on?": no span said, but when it
            until = self._ask(f"until when will {lasting['what']} continue?", history, scope)  # goes on to
            first = first if until.abstained else until
        if SAME_AGAIN.match(question) and len(answers) == 1 and first.value and first.answer_type != "yes_no":
            first = _as_before(first, history)  # "same in 2023?": yes or no, beside what it was
        if len(answers) > 1:
            leading = [a.citations[0] for a in answers if a.citations]  # each part's own evidence among the first cited
            first = dataclasses.replace(
                first, answer="\n\n".join(a.answer for a in answers),
                abstained=all(a.abstained for a in answers),
                citations=tuple(dict.fromkeys(leading + [c for a in answers for c in a.citations])),
                hits=tuple(h for a in answers for h in a.hits))
        return dataclasses.replace(first, question=typed, latency_ms=(time.perf_counter() - start) * 1000)

    def _as_asked(self, typed: str, first: bool = True) -> str:
        """A question as it is read: its slips of the keyboard mended ("what raing did it get?"), without what it is
        wrapped in ("hi, can you tell me ...? thanks"), its dates written out ("the 7/11/24 paper"; "last year's report",
        of the year before the latest paper's), a thing named
        asked for when it opens a conversation ("the recommendations of the 2024 report?"; after it, "the 2024 one?"
        is a follow-up), with its question mark (read alike typed with or without)."""
        question = written_out(unwrapped(self.speller.mend(typed)), self.latest_year)
        question = as_a_question(question) if first else question
        return question if re.search(r"[?.!]['\"’”)]*$", question) else f"{question}?"

    def _between(self, question: str, history: list[dict], scope: Scope) -> Answer | None:
        """"How many months between the two meetings?", "how long after the first notice did the second one come?":
        the time between two dates, each found as its own question would find it and cited; None when the question
        asks no such thing or either date is not in the reports."""
        m = _SPAN_BETWEEN.match(question) or _SPAN_APART.match(question) or _SPAN_AFTER.match(question)
        if not m:
            return None
        if m["a"] is None:  # "between the two meetings": those of the two papers asked of
            ids = scope.select(self.store) or list(self.store.reports)
            if len(ids) != 2:
                return None
            reports = sorted((self.store.reports[rid] for rid in ids), key=lambda r: r.meeting_date)
            ends = [(r.meeting_date, cite) for r, cite in zip(reports, map(_front_line, reports)) if cite]
        else:  # "the second one" is the second of what the first names ("the first best value notice")
            a, b = m["a"], m["b"]
            shared = re.fullmatch(r"(?:the\s+)?(\w+)\s+(.+?)(s?)", b) if re.fullmatch(r"(?:the\s+)?\w+", a) else None
            if shared:  # "the first and second notices": each of them a notice
                a, b = f"the {a.split()[-1]} {shared[2]}", f"the {shared[1]} {shared[2]}"
            noun = re.match(r"(?:the\s+)?(?:first|earlier|original|previous|last)\s+(.+)", a, re.I)
            b = re.sub(r"\bone\b", noun[1], b, count=1) if noun else b
            verb = "did" if m.re is _SPAN_AFTER else "was"  # ("... did the second one come?": a clause)
            answers = [self._ask(f"when was {a}?", history, scope), self._ask(f"when {verb} {b}?", history, scope)]
            if answers[0].value is not None and answers[0].value == answers[1].value:  # "between agreeing the plan
                # and agreeing the phase 3 plan": the first is another than the second, asked after it
                said = [{"role": "user", "content": f"when {verb} {b}?"},
                        {"role": "assistant", "content": answers[1].answer}]
                answers[0] = self._ask(f"when was {a}?", [*history, *said], scope, second=True)
            ends = [(a.value, a.citations[0]) for a in answers if not a.abstained and a.answer_type == "date"
                    and isinstance(a.value, str) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", a.value) and a.citations]
        if len(ends) != 2:
            return None
        (first, cite1), (then, cite2) = sorted(ends, key=lambda e: e[0])
        n, unit = elapsed(first, then, (m["unit"] or "").lower())
        text = (f"{n} {unit[:-1] if n == 1 else unit}: from {human_date(first)} {cite1.written()} "
                f"to {human_date(then)} {cite2.written()}.")
        return Answer(question, text, "number", str(n), False, (cite1, cite2))

    def _ask(self, question: str, history: list[dict], scope: Scope, second: bool = False,
             follow: bool = False) -> Answer:
        if self.store.reports.stale:  # an ingest by another process committed: answer from it from now on
            with self._reloading:
                if self.store.reports.stale:
                    self.store.reload()
                    self.refresh()
        q = self._short_forms(understand(question, history, self.settings.max_question_chars, second=second,
                                            follow=follow))
        q = dataclasses.replace(q, codes=tuple(c for c in codes_asked(self.codes_like, q.text)
                                               if c.lower() not in dict(q.short_forms)))
        asked_before = [t.get("content") or "" for t in history or () if t.get("role") == "user"][-1:]
        if q.others and q.follow_up and asked_before:  # "what other recommendation does that officer own?": not the
            # row the last question named ("Who owns 23/24 ICT 03?")
            codes = codes_asked(self.codes_like, asked_before[0])  # (nor do that row's code's words say what is asked)
            apart = set(words(" ".join(codes))) - set(key_terms(last_reply(history)))
            q = dataclasses.replace(q, given=q.given + codes, referent=tuple(t for t in q.referent if t not in apart))
        elif q.follow_up and asked_before and not q.codes and in_own_words(history):
            # "when is it due now?" after "who owns 24/25 HR 02?" answered "The HR Manager.", citing nothing: that row
            q = dataclasses.replace(q, codes=codes_asked(self.codes_like, asked_before[0]))
        q = dataclasses.replace(q, near=tuple((t, tuple(alike)) for t, alike in self.neighbours.of(q.terms).items()
                                              if alike)  # "extra" asked, "additional" written: weighed alike
                                + tuple((t, (str(ORDINALS.index(t) + 1),)) for t in q.terms if t in ORDINALS))
        # (and "the third action" asked, "Management action 3" written)
        goes_on = direction(q.text, ("kept", "ended")) if q.kind == "yes_no" and not q.focus and not re.search(
            RATING_RE.pattern, q.text, re.I) else ""  # (not "still rated green?": its rating is asked)
        decided = _DECIDED_LAST.search(q.text) if q.kind == "yes_no" and not q.focus else None
        act = _ACT_ASKED.search(q.text) if q.kind == "person" and not q.focus else None
        if act:  # "who replaced Angela Probert?": a sentence saying who took over, not any naming her beside another
            # ("who proposed the motion?": one saying who moved it)
            q = dataclasses.replace(q, focus=act[0].lower())
        if goes_on:  # "was the board still going?": what is said to go on or to end, in any words ("retained")
            q = dataclasses.replace(q, focus=goes_on)
        elif decided:  # "was the pavilion approved?": a sentence saying it was decided, either way ("GRANTED"; not
            # "... since the plan was approved?")
            q = dataclasses.replace(q, focus=decided[1].split()[0].lower())
        carried = self._cited_before(history) if q.follow_up else []
        role = _role_of(q, last_reply(history).split('"')[0].strip().rstrip("."), [(r, p) for r, p, _ in carried]) \
            if carried and _ROLE_OF.match(q.text) else None
        if role:  # "what's his job title?" of the person the last answer named: the post written beside their name
            return role
        report_ids = scope.select(self.store)
        more = _MORE_THAN.search(q.text) if q.kind == "yes_no" else None
        compared = self._more_than(q, more, report_ids) if more else None
        if compared:  # "did the later paper have more recommendations than the earlier one?": each counted
            return compared
        spelt = self._spelt_out(q, report_ids)
        if spelt:  # "what does MTFP stand for?", "what's the IIB?": the long form, where a paper spells it out
            return spelt
        who = _WHO_IS.match(q.text)
        if who and names_asked(who["name"]):  # "who's Max Soule?": the post the papers write beside that name
            hits = self.fusion(self.retriever.rankings(who["name"], self.settings.top_k, report_ids))
            role = _role_of(q, who["name"], [(r, p) for _, r, p, _, _ in self._sources(q, hits[: self.settings.top_k])])
            if role:
                return role
        by_name, apart = self._reports_of_names(q, report_ids)
        if by_name is report_ids and q.follow_up and asked_before and uncited(history):  # "why is the auditor asking
            # for more?" after "what fee is Thistlecombe's auditor charging?", answered citing nothing: that council's
            by_name, apart = self._reports_of_names(dataclasses.replace(q, text=asked_before[0]), report_ids)
        by_name, q = self._reports_of_periods(q, by_name)
        if apart:  # each council's paper gives its part: none is held to the other councils' names
            q = dataclasses.replace(q, terms=tuple(t for t in q.terms if t not in apart) or q.terms)
        # "in each report", "the 2023 and 2024 reports", "Ashcombe and Stourmouth": a part from each report
        q = dataclasses.replace(q, apart=q.apart or bool(apart) or "|" in q.time[1])
        named = self._named_reports(q, by_name)
        if q.time[1].startswith("*"):  # "the june meeting", "in june and now": of the body named, if one is, and of
            # those the one of each month that retrieval finds first on the question's topic
            named = self._held_by(named, q.text)
            hits = self.fusion(self.retriever.rankings(q.query, self.settings.top_k, named, scope.section)) if named else []
            named = self._at_times(q.time[1], hits[: self.settings.top_k]) if hits else named
            if not named:  # "after the September Board": a meeting of another body, which a paper may tell of
                q, named = _of_another_body(q), by_name
        cited = list(dict.fromkeys(r.id for r, _, c in carried if c))
        among = list(self.store.reports) if by_name is None else by_name
        if named is None and cited and OTHER_PAPER.search(q.text):  # "what about in the other paper?": not the one
            named = [rid for rid in among if rid not in cited] or None  # the last answer cited
        year = IN_YEAR.search(q.text) if q.follow_up and named is None and q.kind in ("yes_no", "number", "amount") else None
        if year:  # "and was there one in 2024?" after an answer from the 2023 paper: that year's papers, if any
            named = [rid for rid in among if self.store.reports.summaries[rid].meeting_date[:4] == year[1]] or None
        held = False  # (whether a follow-up is held to the papers the last answer cited)
        if named is None and carried and not q.apart and not second:  # a follow-up stays with the papers the last
            # answer cited (not a question's second part: "... and what is cabinet asked to approve?"),
            named, held = cited or None, bool(cited)  # unless it names others,
            if named and q.referent:  # and one asking something new of its topic ("has it made a difference to
                named = self._and_later(named)  # calls?") with the later papers of their series
        if named == [] and q.time[0] in "<>":  # "the next meeting after the March 2023 one": none later, so that one's
            named = self._named_reports(dataclasses.replace(q, time=("=", q.time[1])), by_name) or []
        if named == [] and RELATIVE_YEAR.search(q.text):  # "the budget last year" does not name a report
            q, named = dataclasses.replace(q, time=("", "")), by_name
        if named == [] and q.time[0] == "=" and len(q.time[1]) < 10 and not _PAPER_NAMED.search(q.text):
            # "how many reports were there in 2023/24?" names a period the papers speak of, not a paper
            q, named = _of_another_body(q), by_name
        if named == [] and len(q.time[1]) == 10 and not self._names_committee(q.text, by_name):
            # "what did the CA Board agree at its meeting on 16 October?" (a committee's own meeting that is not
            # indexed is said to be missing)
            q, named = _of_another_body(q), by_name
        went = self._committee_of(q, named) if named != [] and COMMITTEE_ASKED.search(q.text) else None
        if went is not None:  # "did both papers go to the same committee?": their front matter says
            return dataclasses.replace(went, hits=(), retrieved={})
        themselves = self._of_reports(q, named) if named != [] else []  # "when was the latest paper considered?"
        tracked = (self._happened_in(q, named or []) or self.tracker.answer(q, named)) if named != [] and \
            not themselves else None  # (what happened in a span of dates is what the papers date in it)
        # "has the number in b&b gone down?": the figure in each paper, first and newest compared
        trend = self._trend(q, named) if named != [] and not themselves and tracked is None and q.kind == "yes_no" and (
            _TREND.search(q.text) and direction(q.text) in ("up", "down")) else None
        if named == []:
            answer, ranked, hits = self._no_such_report(q), {}, []
        elif themselves:
            answer, ranked, hits = self._reports_themselves(themselves, q), {}, []
        elif tracked is not None or trend is not None:
            answer, ranked, hits = tracked or trend, {}, []
        else:
            answer, ranked, hits = self._found(q, named, carried, scope)
        if answer.abstained and named and q.time[0] and not q.summary:  # "the 2024 paper's ratings": none, but 2023's
            answer = self._elsewhere(q, answer, named, by_name, scope.section)
        elif held and tracked is None and trend is None and not themselves and (
                answer.abstained or not self._speaks_of(q, answer)):  # a follow-up the papers last cited do not answer
            wider = self._found(q, by_name, carried, scope)  # (or answer of another thing: "how often does it meet?"
            # of the board the 2024 paper tells was set up, which only the 2023 paper says meets): the others may
            better = not wider[0].abstained and (answer.abstained or self._speaks_of(q, wider[0]))
            answer, ranked, hits = wider if better else (answer, ranked, hits)
        if answer.abstained and asked_before and not q.follow_up and q.kind != "yes_no":  # "what's being gathered to
            # show the approach?" after "what was partnership working rated?": unanswered on its own words, it may be
            # of the last topic (not a yes or no, which the last topic's words alone would give: "did the CA write
            # back?" after "who sent the letter?")
            within = self._ask(question, history, scope, second, follow=True)
            if not within.abstained:
                return within
        return dataclasses.replace(answer, hits=tuple(hits), retrieved=ranked)

    def _speaks_of(self, q: Question, answer: Answer) -> bool:
        """Whether a paragraph an answer cites speaks of what a follow-up points back to: the rarest of its words, or
        an acronym's long form ("the IIB" written "the Independent Improvement Board")."""
        referent = stems([t for t in q.referent if t not in TYPE_WORDS])
        if not referent:
            return True
        rarest = max(referent, key=lambda s: self.scorer.idf.get(s, self.scorer.unseen))
        spelt = [set(stems(words(long))) for a, long in q.short_forms if stems([a])[0] == rarest]
        for c in answer.citations:  # (a paragraph speaks within its paper: "the climate report" is its title's)
            report = self.store.reports[c.report_id]
            p = report.paragraph(c.key)
            said = paragraph_stems(f"{report.title} {p.section} {p.heading} {p.text}")
            if rarest in said or any(long <= said for long in spelt):
                return True
        return False

    def _found(self, q: Question, named: list[str] | None, carried: list, scope: Scope) -> tuple[Answer, dict, list]:
        """The answer from the paragraphs retrieval finds in the reports named (all when None), with what each
        retriever ranked and the hits read."""
        ranked = self.retriever.rankings(q.query, self.settings.top_k * 2, named, scope.section)
        fused = self.fusion(ranked)
        # and any retriever's first few, which the fusion can rank under chunks both find middling ("budget gap" in a
        # long minute that BM25 finds first and its diluted vector does not)
        hits = fused[: self.settings.top_k] + [h for h in fused[self.settings.top_k:] if min(h.ranks.values()) <= _EACH_FIRST]
        pool = self._asked_of(named)
        paired = q.many and _A_PAIR.search(q.text)  # "who wrote each of the two fire authority reports?": a part from
        q = dataclasses.replace(q, apart=q.apart or bool(paired))  # each
        series = self._series(hits[0].report_id, pool) if q.apart and len(pool) > _A_FEW_REPORTS and hits else []
        if len(series) == 1 and paired:  # of the papers of the body the best paragraph is of, whatever their titles
            series = self._of_one_body(series[0], pool)
        pool = series if len(series) > 1 else pool  # "by each report": the series the best paragraph is in
        if q.apart and 1 < len(pool) <= _A_FEW_REPORTS:  # a part from each: each searched on its own
            held = {h.chunk_id for h in hits}
            for rid in sorted(pool):
                own = self.fusion(self.retriever.rankings(q.query, self.settings.top_k, [rid], scope.section))
                hits += [h for h in own[: self.settings.top_k // len(pool)] if h.chunk_id not in held]
        # "and at q3?" after an answer from a table's row: the row of the same reference in the paper asked of
        rows = {p.label for _, p, cited in carried if cited and fields(p.text)}
        carried = [c for c in carried if named is None or c[0].id in named]  # "and the 2024 one?": not 2023's
        most = _MOST_RECOMMENDATIONS.search(q.text)  # "which paper had more recommendations?": each counted, compared
        counted = self._recommendations_counted(dataclasses.replace(q, apart=q.apart or bool(most)), named, hits, most) \
            if _RECOMMENDATIONS_COUNTED.search(q.text) or most else None
        answer = counted or (self._summary(q, named, hits) if q.summary else
                             self._compose(q, hits, carried, pool, rows))
        if self.writer and not answer.abstained:
            answer = self._fluent(answer, hits)
        ranked["hybrid"] = [(h.chunk_id, h.score) for h in hits]
        return answer, ranked, hits

    def _short_forms(self, q: Question) -> Question:
        """The question with the acronyms it uses ("bvn") and the long forms it spells out ("single assurance
        framework": the initials of a run of its words) as the indexed reports give them, found in the catalogue;
        a used acronym's long form joins the retrieval query."""
        q = self._unclipped(q)
        terms = [t for t in q.terms if t.isalpha()]
        runs = {"".join(w[0] for w in terms[i:j]) for i in range(len(terms)) for j in range(i + 2, min(i + 6, len(terms)) + 1)}
        terms += [t for t in q.terms if re.fullmatch(r"s\d{1,3}[a-z]?", t)]  # "the s106"
        singular = {t: t[:-1] for t in terms if t.endswith("s") and 3 <= len(t) <= 7}  # "BVNs"
        found = self.store.reports.long_forms({t for t in terms if len(t) <= 6} | runs | set(singular.values()))
        named = self._named_in_full(q)
        if named:
            q = dataclasses.replace(q, query=" ".join([q.query, *(f"{long} {short}" for short, long in named)]),
                                    short_forms=q.short_forms + tuple((s.lower(), l) for s, l in named))
        if not found:
            return q
        q = dataclasses.replace(q, terms=tuple(singular[t] if singular.get(t) in found else t for t in q.terms))
        used = [long for short, long in found.items() if short in q.terms]
        return dataclasses.replace(q, query=" ".join([q.query, *used]),
                                   short_forms=q.short_forms + tuple(sorted(found.items())))

    def _named_in_full(self, q: Question) -> list[tuple[str, str]]:
        """A body asked by the end of its name whose whole name the papers shorten to its initials ("the improvement
        board": the Independent Improvement Board, written "IIB"): (acronym, long form) for each such run of the
        question's words, the acronyms tried being the run's initials after one or two letters more."""
        said = re.findall(r"[a-z]+|&", q.text.lower())
        runs, run = [], []
        for w in said + [""]:
            if w in q.terms or run and w in _NAME_JOINS:
                run.append(w)
                continue
            while run and run[-1] not in q.terms:
                run.pop()
            if len(run) >= 2:
                runs.append(run)
            run = []
        out = []
        for run in runs:
            initials = "".join(w[0] for w in run if w not in _NAME_JOINS)
            tried = {a + initials for a in string.ascii_lowercase} | {a + b + initials for a in string.ascii_lowercase
                                                                      for b in string.ascii_lowercase}
            written = [t for t in tried if t in self.scorer.idf]
            for short, long in self.store.reports.long_forms(written).items():
                spelt = re.findall(r"[a-z]+|&", long.lower())
                if spelt[-len(run):] == run and len(spelt) > len(run):
                    out.append((short, long))
        return out

    def _unclipped(self, q: Question) -> Question:
        """A word cut short that no report nor the model knows whole ("defib"), with the report word it
        begins (its nearest in meaning of several) joining the retrieval query: the paragraphs that write it in full
        are found, and then weigh it as that word."""
        cut = [t for t in q.terms if t.isalpha() and len(t) >= 4 and stems([t])[0] not in self.scorer.idf
               and not self.embedder.knows(t)]
        if not cut:
            return q
        # (of the reports' words, those it could shorten: all begin with its first letter)
        longer = [long for t in cut if (long := lengthened(t, " ".join(w for w in self.neighbours.words() if w[:1] == t[0]),
                                                           True, self.neighbours.similarity))]
        return dataclasses.replace(q, query=" ".join([q.query, *longer])) if longer else q

    def _spelt(self, q: Question, sources: list[tuple]) -> Question:
        """An acronym asked that the reports use without defining it ("ehcp", or one no report uses), spelt out by the
        initials of a run of words in the paragraphs found ("education, health and care plan"): it is weighed as that
        phrase. A word no report uses may be one of theirs shortened or misspelt ("cttee", "procurment"): it is
        weighed as that word."""
        from simplemma import is_known

        defined = {short for short, _ in q.short_forms}
        unseen = [t for t in q.terms if t.isalpha() and t not in defined and stems([t])[0] not in self.scorer.idf]
        # "IA" typed in capitals is an acronym too short to be told from a word otherwise
        # ("b&b" is one typed with an ampersand)
        short = [t for t in q.terms if t.isalpha() and (3 <= len(t) <= 6 or re.search(rf"\b{t.upper()}\b", q.text)
                                                        or re.search(rf"\b{t[0]}\s?&\s?{t[1:]}\b", q.text, re.I))
                 and t not in defined]
        written = " ".join(s[3] for s in sources)
        # and a word no dictionary knows, which the papers found write only in small letters: one of theirs
        # shortened ("internal comms" beside "the external review of communications"), not a name
        unseen += [t for t in q.terms if t.isalpha() and len(t) >= 4 and t not in unseen and t not in defined
                   and not is_known(t, lang="en") and re.search(rf"\b{t}\b", written)
                   and not re.search(rf"\b(?:{t[0].upper()}{t[1:]}|{t.upper()})\b", written)]
        unknown = [t for t in short if t in unseen or t.upper() in written and re.search(rf"\b{t.upper()}s?\b", written)]
        found = {}
        for t in unknown:  # "dfgs": the plural of "dfg"
            long = next(filter(None, (spelt_out(t, s[3]) or t.endswith("s") and spelt_out(t[:-1], s[3])
                                      for s in sources)), None)
            if long:
                found[t] = long
        for t in unseen:
            # (a word the model knows whole is no clipped one: "author" is not "authority")
            # (of words it may stand for alike, the nearest in meaning, when it is no word of the dictionary: "comms")
            alike = None if is_known(t, lang="en") else self.neighbours.similarity
            long = lengthened(t, written, not self.embedder.knows(t), alike) if len(t) >= 3 and t not in found else None
            if long and len(t) == 3 and not alike and not long.startswith(t):  # (a short word of the dictionary
                long = None  # is one cut short, "pen" of "penetration", not one with letters left out: "big", "being")
            if long:
                found[t] = long
        return dataclasses.replace(q, short_forms=q.short_forms + tuple(found.items())) if found else q

    def _said(self, q: Question, candidates: list[Candidate]) -> list[Candidate]:
        """The leading candidates with their sentence's dense similarity to the question."""
        lead = candidates[:SAID_DEPTH]
        if not lead:
            return candidates
        import numpy as np

        question = np.asarray(self.embedder.embed_query(q.query), dtype=np.float32)  # retrieval's, kept
        similar = np.asarray(self.embedder.embed([c.sentence for c in lead]), dtype=np.float32) @ question
        return [dataclasses.replace(c, said=float(s)) for c, s in zip(lead, similar)] + candidates[SAID_DEPTH:]

    def _reports_about(self, q: Question, report_ids: list[str] | None) -> list[str]:
        """The reports of the paragraphs retrieval finds for a question, best first."""
        hits = self.fusion(self.retriever.rankings(q.query, self.settings.top_k, report_ids))[: self.settings.top_k]
        return list(dict.fromkeys(h.report_id for h in hits))

    def _best_in(self, q: Question, report_id: str):
        """The best (report, paragraph, sentence) on a question's topic within one report, or None: a sentence giving
        what is asked ("what happened to the board?": a decision on it), else any on its topic."""
        best = self._best_candidate(q, report_id) or (self._best_candidate(dataclasses.replace(q, kind="text"), report_id)
                                                      if q.kind != "text" else None)
        return (best.report, best.paragraph, best.sentence) if best else None

    def _best_candidate(self, q: Question, report_id: str) -> Candidate | None:
        """The best sentence within one report giving the kind of value asked (any on its topic for text), or None."""
        hits = self.fusion(self.retriever.rankings(q.query, self.settings.top_k, [report_id]))[: self.settings.top_k]
        topic = q if q.kind in FINDERS else dataclasses.replace(q, kind="text")
        sources = self._sources(topic, hits)
        topic = self._spelt(topic, sources)
        candidates = [c for c in self.scorer.candidates(topic, sources) if topic.kind == "text" or c.found]
        relevant = self.decider.keep(self._said(topic, candidates))
        if topic.kind == "text":  # what a paper says of a thing is said in a clause, not by a title it lists ("Best
            relevant = [c for c in relevant if not _a_title(c.sentence)] or relevant  # Value Notice External
            # Auditor Letter" among its background papers)
        return relevant[0] if relevant else None

    def _trend(self, q: Question, named: list[str] | None) -> Answer | None:
        """"Has the number of families in b&b gone down?", "is the spend coming down?": the figure asked of in each
        paper of its authority that gives it, the first and the newest compared; None when fewer than two give it."""
        since = _SINCE.search(q.text)  # what it is measured from chooses no figure: "since the plan was approved"
        text = q.text[: since.start()] if since else q.text
        terms = tuple(t for t in q.terms if t in set(words(text)) and not _TREND.fullmatch(t) and not direction(t))
        asked = dataclasses.replace(q, text=text, kind=figure_kind(q.text), query=text, terms=terms or q.terms)
        hits = self.fusion(self.retriever.rankings(asked.query, self.settings.top_k, named))[: self.settings.top_k]
        given = [c for rid in (self._on_topic(hits) if hits else []) if (c := self._best_candidate(asked, rid))]
        # each paper's figure is of the thing asked, as fully said as the best paper says it: not another spend of a
        # paper that speaks of none ("the b&b spend": not the programme's)
        given = [c for c in given if c.coverage >= max(g.coverage for g in given)]
        if len(given) < 2:
            return None
        first, last = given[0], given[-1]
        before, after = quantity(first.found.value), quantity(last.found.value)
        went = "" if before is None or after is None or before == after else "up" if after > before else "down"
        value = "yes" if went and went == direction(q.text) else "no"
        cites = [citation_for(c.report, c.paragraph, c.sentence) for c in given]
        lead = f"{value.capitalize()}: {first.found.value} in {first.report.short}, {last.found.value} in " \
            f"{last.report.short}."
        lines = [f'{c.report.short}: "{c.sentence}" {cite.written()}' for c, cite in zip(given, cites)]
        return Answer(q.text, "\n".join([lead, *lines]), "yes_no", value, False, tuple(cites))

    def _named_reports(self, q: Question, report_ids: list[str] | None) -> list[str] | None:
        """The reports a question's time words choose ("the November 2023 report", "the latest
        report", "after the 2023 report") within the scope; None when it names no time."""
        op, period = q.time
        if not op:
            return report_ids
        pool = {rid: self.store.reports.summaries[rid].meeting_date for rid in report_ids or self.store.reports}
        if op in ("latest", "earliest"):
            return [(max if op == "latest" else min)(pool, key=lambda rid: (pool[rid], rid))] if pool else []
        if period.startswith("*"):  # "the september meeting", "in june and now": every report of those months (and,
            # for "now", any), until the papers found on the question's topic choose one of each (`_at_times`)
            return [rid for rid, d in pool.items() if "now" in period.split("|") or f"*{d[4:7]}" in period.split("|")]
        compare = {"=": lambda d: any(d.startswith(p) for p in period.split("|")),  # "the 2023 and 2024 reports"
                   ">": lambda d: d[: len(period)] > period, "<": lambda d: d[: len(period)] < period}[op]
        return [rid for rid, d in pool.items() if d and compare(d)]

    def _reports_of_names(self, q: Question, report_ids: list[str] | None) -> tuple[list[str] | None, set[str]]:
        """The reports that give the names a question uses ("Harrowfield's", "in kestrelford"), when some reports
        give them and others don't: an answer about one council is not borrowed from another's papers. With them,
        the names, when no report gives every one: each gives a part ("Ashcombe and Stourmouth")."""
        names = names_asked(q.text)
        placed = {w.lower() for w in _PLACED.findall(q.text)} - STOPWORDS
        chosen = [ids for ids in self.store.reports.reports_named(names, placed)
                  if len(ids) < len(self.store.reports)]
        if not chosen:
            return report_ids, set()
        ids = set.intersection(*chosen)
        apart = set() if ids else names
        ids = ids or set.union(*chosen)
        within = [rid for rid in report_ids if rid in ids] if report_ids is not None else sorted(ids)
        return (within, apart) if within else (report_ids, set())

    def _reports_of_periods(self, q: Question, report_ids: list[str] | None) -> tuple[list[str] | None, Question]:
        """The reports whose titles name the reporting periods a question names ("at Q1 and at Q3", "and by q2?",
        "the month 6 report"), when some reports' titles name them and others' don't; several periods, a part from
        each. The period words choose reports: they are not words the answer must give."""
        periods = periods_named(q.text)
        pool = report_ids if report_ids is not None else list(self.store.reports.summaries)
        keys = {rid: self._series_key(rid) for rid in pool} if periods else {}
        counted = collections.Counter(keys.values())  # a period tells apart reports of one series only (or of one
        bodies = collections.Counter(key[0] for key in keys.values())  # committee: "Year 1" and "Mid-Year" reports)
        serial = [rid for rid, key in keys.items() if counted[key] > 1 or bodies[key[0]] > 1]
        # (of one authority: two councils' audit committees are no series)
        own = {rid: (keys[rid][0], _authorities_named(self.store.reports[rid])) for rid in serial}
        serial = [rid for rid in serial if list(own.values()).count(own[rid]) > 1]
        chosen = [ids for ids in ({rid for rid in serial if in_title(self.store.reports.summaries[rid].title, period)}
                                  for period in periods) if ids and len(ids) < len(pool)]
        if not chosen:
            return report_ids, q
        naming = set(words(" ".join(m[0] for m in PERIOD_NAMED.finditer(q.query))))
        terms = tuple(t for t in q.terms if t not in naming) or q.terms
        return sorted(set.union(*chosen)), dataclasses.replace(q, terms=terms, apart=q.apart or len(chosen) > 1)

    def _elsewhere(self, q: Question, answer: Answer, named: list[str], report_ids: list[str] | None,
                   section: str) -> Answer:
        """A question about reports its time words name, which they don't answer but others do: it stays an
        abstention (the fact asked for is not where it was asked), saying so and then what the others say, cited.
        "Last year" only prefers that year's papers (a budget "last year" may be set the year before it): the others'
        answer is the answer, its date cited."""
        unnamed = dataclasses.replace(q, time=("", ""))
        ranked = self.retriever.rankings(q.query, self.settings.top_k * 2, report_ids, section)
        hits = self.fusion(ranked)[: self.settings.top_k]
        wider = self._compose(unnamed, [h for h in hits if h.report_id not in named])
        which = " and ".join(f"the {self.store.reports.summaries[rid].short} paper" for rid in named) if len(
            named) <= _A_FEW_REPORTS else f"the {len(named)} papers of the time asked"  # (not a wall of names)
        does = "does" if len(named) == 1 else "do"
        if q.kind == "yes_no" and _MENTION_ASKED.search(q.text):  # "does the 2024 report mention the hub?" asks of
            # the paper itself: no, when it does not speak of it (and what the others say, if they do)
            said = "" if wider.abstained else " Elsewhere: " + _LEADING_YES_NO.sub("", wider.answer)
            return Answer(q.text, f"No: {which} {does} not mention it.{said}", "yes_no", "no", False,
                          () if wider.abstained else wider.citations)
        # ("approved back in february" only prefers February's papers, as "last year" that year's: another paper
        # saying it of that month answers)
        of_month = q.time[1].startswith("*-") and wider.citations and any(
            f"-{q.time[1][2:]}" == f.value[4:7] for c in wider.citations
            for f in find_dates(c.quote, dt.date.fromisoformat(c.meeting_date) if c.meeting_date else None))
        if wider.abstained or RELATIVE_YEAR.search(q.text) or of_month:
            return answer if wider.abstained else wider
        lead = f"{ABSTAINED}: {which} {does} not give {_WHAT.get(q.kind, 'an answer')} for this question."
        return dataclasses.replace(answer, answer=f"{lead} Elsewhere: {wider.answer}", citations=wider.citations)

    def _asked_of(self, named: list[str] | None) -> list[str]:
        """The reports a question asks of: those its words name, else every report."""
        return named if named is not None else list(self.store.reports)

    def _of_reports(self, q: Question, named: list[str] | None) -> list[str]:
        """The reports a question about reports themselves, not what they say, asks of: the one its time words
        choose, or each of a few when it asks of each ("when were the two meetings held?"); none otherwise."""
        asked = {t for t in q.terms if not (t.isdigit() or t in MONTHS)}  # "meetings in March 2025": of meetings
        if q.kind not in ("date", "text", "list") or not asked <= _OF_A_REPORT or _EVERY_RATED.search(q.text):
            return []  # (not "list the workstreams in the 2023 paper with their ratings": what it rates)
        if named and q.time[0] and (len(named) == 1 or _REPORTS_ASKED.search(q.text)):
            return sorted(named, key=lambda rid: self.store.reports.summaries[rid].meeting_date)  # every one the time
            # words name: "what meetings were there in March 2025?"
        pool = self._asked_of(named)
        return sorted(pool, key=lambda rid: self.store.reports.summaries[rid].meeting_date) if (
            q.apart or q.many) and 1 < len(pool) <= _A_FEW_REPORTS else []

    def _instances(self, q: Question, candidates: list[Candidate], pool: list[str]) -> Answer | None:
        """"How many best value notices has the CA had?" when no sentence gives the number: the sentences saying one
        came ("issued with a Best Value Notice in January 2023", "the Best Value Notice received in January 2024"), one
        a month they date it to, counted and each cited; None unless two or more months. (Not "how many in 2024?": a
        count in a time asked is a figure to be given.)"""
        many = HOW_MANY.search(q.text)
        asked = words(many[1]) if many and not (q.time[0] or IN_YEAR.search(q.text)) else []
        cites = [c for _, c in self._each_came(asked, candidates, pool)]
        if len(cites) < 2:
            return None
        lines = [f"{len(cites)}:"] + [f'- "{c.quote}" {c.written()}' for c in cites]
        return Answer(q.text, "\n".join(lines), "number", str(len(cites)), False, tuple(cites))

    def _nth(self, q: Question, candidates: list[Candidate], pool: list[str]) -> Answer | None:
        """"When was the second notice issued?": of the times the papers say one came (`_each_came`, two or more), the
        one of that place by date; "the third", when they tell of two, is not in the papers, and they are cited."""
        nth = _NTH.search(q.text) if not q.time[0] else None
        place = ORDINALS.index(nth[1].lower()) if nth else 0
        came = self._each_came(words(nth[2]), candidates, pool) if place else []
        if len(came) < 2:
            return None
        if place < len(came):
            value, c = came[place]
            return Answer(q.text, f'{human_date(value)}. "{c.quote}" {c.written()}', "date", value, False, (c,))
        said = "\n".join(f'- "{c.quote}" {c.written()}' for _, c in came)
        told = f"{ABSTAINED}: the papers tell of {len(came)}, not a {nth[1].lower()}:\n{said}"
        return Answer(q.text, told, "date", None, True, tuple(c for _, c in came))

    def _timeline(self, q: Question, pool: list[str]) -> Answer | None:
        """"What's the timeline of the best value notices?": each time the papers say one came (two or more), on its
        date, oldest first, each cited."""
        came = self._each_came(words(_TIMELINE.search(q.text)[1]), [], pool)
        if len(came) < 2:
            return None
        lines = [f'- {human_date(value)}: "{c.quote}" {c.written()}' for value, c in came]
        return Answer(q.text, "\n".join(lines), "list", [value for value, _ in came], False, tuple(c for _, c in came))

    def _happened_in(self, q: Question, pool: list[str]) -> Answer | None:
        """"What happened to the notice between nov 2023 and nov 2024?": the events the papers date within the span
        whose sentences speak of all the question asks of, oldest first, each cited (not what was still to come when
        written)."""
        span = span_asked(q.text)
        if not span:
            return None
        first, last, naming = span
        asked = set(stems(key_terms(HAPPENED_ASKED.sub(" ", q.text.replace(naming, " ")))))
        said = {}
        for e in self.store.records.events_between(first, last):  # (a sentence once, at its first date)
            if (not pool or e.report_id in pool) and asked <= paragraph_stems(e.text) and not _to_come(e):
                said.setdefault(e.text, e)
        if not said:
            return None
        cites = [citation_for(self.store.reports[e.report_id], self.store.reports[e.report_id].paragraph(e.key), e.text)
                 for e in said.values()]
        lines = [f'- {human_date(e.date)}: "{e.text}" {c.written()}' for e, c in zip(said.values(), cites)]
        return Answer(q.text, "\n".join(lines), "list", None, False, tuple(cites))

    def _each_came(self, asked: list[str], candidates: list[Candidate], pool: list[str]) -> list[tuple[str, Citation]]:
        """Each time the papers say one of the things `asked` names came, one a month, oldest first: its date, and the
        sentence saying so, cited."""
        noun = counted_noun(asked) if asked else ""
        if not noun or noun in KINDS_OF_THING:
            return []
        named = asked[: asked.index(noun) + 1]
        head = rf"{re.escape(noun[:-3])}(?:y|ies)" if noun.endswith("ies") else \
            rf"{re.escape(noun.removesuffix('s'))}s?"
        phrase = r"[\s-]+".join([*map(re.escape, named[:-1]), head])
        came = re.compile(rf"\b(?P<one>an?|another|(?:a\s+)?(?:further|new|{'|'.join(ORDINALS)}))\s+{phrase}\b|"
                          rf"\b{phrase}\s+(?:(?:was|were|had been)\s+)?"
                          r"(?:issued|received|served|given|sent|published|made|held)\b", re.I)
        # (of the papers found for the question, and those found for the thing itself: each time it came may be said
        # in a paragraph of its own, deep among the many naming the thing; more when the question's are not given)
        depth = self.settings.top_k * (3 if candidates else 4)
        hits = self.fusion(self.retriever.rankings(" ".join(named), depth, list(pool) or None))
        said = [(c.report, c.paragraph, c.sentence) for c in candidates] + [
            (self.store.reports[h.report_id], p, sentence) for h in hits[:depth]
            for p in [self.store.reports[h.report_id].paragraph(h.key)] for sentence in sentences(p.text)]
        dated: dict[str, tuple[bool, str, tuple[Report, Paragraph, str]]] = {}
        for report, paragraph, sentence in said:
            for m in came.finditer(sentence):  # (its date the one said after it, else before it)
                ref = dt.date.fromisoformat(report.meeting_date) if report.meeting_date else None
                dates = [f for f in find_dates(sentence, ref) if len(f.value) >= 7]
                on = next((f for f in dates if f.start >= m.end()), None) or next(
                    (f for f in reversed(dates) if f.end <= m.start()), None)
                if on and not dated.get(on.value[:7], (False,))[0]:  # (cited where it is said to be one more: "A
                    dated[on.value[:7]] = (bool(m["one"]), on.value, (report, paragraph, sentence))  # further notice")
        return [(value, citation_for(*place)) for _, (_, value, place) in sorted(dated.items())]

    def _counted(self, q: Question, candidates: list[Candidate]) -> Answer | None:
        """"How many appendices did each report have?" when no sentence gives the number: the items of the section
        the question names ("4. Appendices"), counted in each paper that has one, each item cited; else None."""
        many = HOW_MANY.search(q.text)
        noun = counted_noun(many[1].split()) if many else ""
        if not noun:
            return None
        weights = self.scorer.weights(q)
        named = stems([noun])  # (the section named by what is counted: "4. Appendices" for "how many appendices", not
        tops = {}  # "2. Update on Best Value Notice" for "how many notices")
        for c in candidates[:FIT_DEPTH]:
            title = [w for w in words(c.paragraph.section) if not w.isdigit()]
            if len(title) <= 2 and stems(title[-1:]) == named:
                tops.setdefault(c.report.id, c)
        counts = [(top, _items(top, weights, q.text)) for top in tops.values()]
        counts = sorted(((t, items) for t, items in counts if len(items) >= 2), key=lambda p: p[0].report.meeting_date)
        if not counts or (len(counts) > 1 and not q.apart):
            return None
        lines, cites = [], []
        for top, items in counts:
            cited = [citation_for(top.report, p, text) for p, text in items]
            lines.append(f"{len(items)} ({top.report.short}):")
            lines += [f"- {c.quote} {c.written()}" for c in cited]
            cites += cited
        return Answer(q.text, "\n".join(lines), "number", str(len(counts[0][1])) if len(counts) == 1 else None, False,
                      tuple(cites))

    def _committee_of(self, q: Question, named: list[str] | None) -> Answer | None:
        """The committee each paper asked of went to, from its front matter, each cited; for "the same committee?",
        yes or no. None when more than a few papers are asked of or their front matter names no committee."""
        pool = self._asked_of(named)
        if len(pool) > _A_FEW_REPORTS and q.kind != "yes_no":  # of many, the paper on the question's topic
            pool = self._reports_about(q, named)[:1]
        if not 1 <= len(pool) <= _A_FEW_REPORTS:
            return None
        reports = sorted((self.store.reports[rid] for rid in pool), key=lambda r: r.meeting_date)
        said = []
        for r in reports:
            header = next((p for p in r.paragraphs if p.label == "header"), None)
            line = next((s for s in sentences(header.text, with_headings=True)  # (as written: "ENVIRONMENT SCRUTINY PANEL")
                         if r.committee and r.committee.lower() in s.lower()), None) if header else None
            if line is None:
                return None
            said.append((r, citation_for(r, header, line)))
        lines = [f"{r.committee}, {human_date(r.meeting_date)}: {r.title} {cite.written()}" for r, cite in said]
        if q.kind == "yes_no":
            same = len({r.committee.lower() for r, _ in said}) == 1
            value = "yes" if same == bool(_SAME_ASKED.search(q.text)) else "no"
            went = f"each went to the {reports[0].committee}" if same else "they went to different committees"
            lead = f"{value.capitalize()}: {went}."
            return Answer(q.text, "\n".join([lead, *lines]), "yes_no", value, False, tuple(c for _, c in said))
        value = reports[0].committee if len(said) == 1 else None
        return Answer(q.text, "\n".join(lines), "text", value, False, tuple(c for _, c in said))

    def _reports_themselves(self, report_ids: list[str], q: Question) -> Answer:
        """Each report's meeting (or publication) date and title, cited to the front matter line that gives the
        date."""
        parts, cites = [], []
        for report in (self.store.reports[rid] for rid in report_ids[:LISTED]):
            header = next((p for p in report.paragraphs if p.label == "header"), None)
            lines = sentences(header.text, with_headings=True) if header else []
            quote = next((s for s in lines if any(f.value == report.meeting_date for f in FINDERS["date"](s))),
                         report.title)
            cite = citation_for(report, header or report.paragraphs[0], quote)
            parts.append(f"{human_date(report.meeting_date)}: {report.title} "
                         f"({', '.join(filter(None, [report.committee, report.publisher]))}). \"{quote}\" "
                         f"{cite.written()}")
            cites.append(cite)
        if len(report_ids) > LISTED:
            parts.append(f"... and {len(report_ids) - LISTED} more (ask about a narrower period).")
        return Answer(q.text, "\n".join(parts), "date", self.store.reports[report_ids[0]].meeting_date, False,
                      tuple(cites))

    def _and_later(self, report_ids: list[str]) -> list[str]:
        """Reports and the later reports of their series."""
        summaries = self.store.reports.summaries
        latest = max(summaries[rid].meeting_date for rid in report_ids)
        later = {rid for cited in report_ids for rid in self._series(cited, list(summaries))
                 if summaries[rid].meeting_date > latest and rid not in report_ids}
        return report_ids + sorted(later)

    def _on_topic(self, hits: list[Hit]) -> list[str]:
        """The reports retrieval finds on a question's topic, of the authority of the best one, oldest first."""
        reports = [self.store.reports[rid] for rid in dict.fromkeys(h.report_id for h in hits)]
        authority = self._authority_of(reports)
        found = [r for r in reports if not authority or not (own := self.scorer.authority(r)) or own & authority]
        return [r.id for r in sorted(found, key=lambda r: r.meeting_date)]

    def _at_times(self, period: str, hits: list[Hit]) -> list[str]:
        """For meetings named by their months ("*-06|*-09|now"): the report of each month among those on the
        question's topic (`_on_topic`), the one found first, and the newest for "now"; oldest first."""
        found = self._on_topic(hits)
        first_found = {rid: n for n, rid in enumerate(dict.fromkeys(h.report_id for h in hits))}
        dates = {rid: self.store.reports.summaries[rid].meeting_date for rid in found}
        chosen = set()
        for part in period.split("|"):
            held = [rid for rid in found if part == "now" or dates[rid][4:7] == part[1:]]
            if held:
                chosen.add(held[-1] if part == "now" else min(held, key=first_found.get))
        return sorted(chosen, key=lambda rid: dates[rid])

    def _authority_of(self, reports: list[Report]) -> set[str]:
        """The authority of the first of some reports, as it or the next paper of its committee to name one names it (a
        paper may name its council only in capitals); empty when none does."""
        return next(filter(None, (self.scorer.authority(r) for r in reports if r.committee == reports[0].committee)),
                    set())

    def _spelt_out(self, q: Question, report_ids: list[str] | None) -> Answer | None:
        """What an acronym a question asks of stands for, from the sentence of the papers that spells it out; None when
        the question asks something else of it or no sentence found does."""
        m = _STANDS_FOR.match(q.text)
        long = dict(q.short_forms).get(m[1].lower()) if m else None
        if m and not long and m[1].lower() in q.terms:  # (one no paper defines: a run of their words with its letters)
            hits = self.fusion(self.retriever.rankings(q.query, self.settings.top_k, report_ids))
            long = dict(self._spelt(q, self._sources(q, hits[: self.settings.top_k])).short_forms).get(m[1].lower())
        if not long:
            return None
        hits = self.fusion(self.retriever.rankings(f"{m[1]} {long}", self.settings.top_k, report_ids))
        spelling = [(report, paragraph, sentence) for _, report, paragraph, text, _ in self._sources(
            q, hits[: self.settings.top_k]) for sentence in sentences(text) if long.lower() in sentence.lower()]
        both = [found for found in spelling if re.search(rf"\b{re.escape(m[1])}\b", found[2], re.I)]
        if not spelling:
            return None
        report, paragraph, sentence = (both or spelling)[0]
        cite = citation_for(report, paragraph, sentence)
        lead = f"{m[1].upper()} stands for {long}." if both else \
            f"{m[1].upper()} is not written in the papers; its letters are those of {long}."
        return Answer(q.text, f'{lead} "{sentence}" {cite.written()}', "text", None, False, (cite,))

    def _of_one_body(self, report_id: str, pool: list[str]) -> list[str]:
        """The reports of a pool of the committee and authority one report is of."""
        report = self.store.reports[report_id]
        authority = self.scorer.authority(report)
        return [rid for rid in pool if self.store.reports.summaries[rid].committee == report.committee and (
            not authority or self.scorer.authority(self.store.reports[rid]) & authority)]

    def _series(self, report_id: str, pool: list[str]) -> list[str]:
        """The reports of a pool in one report's series: one committee's reports under one title but for their
        periods (the report alone when it is in none)."""
        key = self._series_key(report_id)
        return [rid for rid in pool if self._series_key(rid) == key] or [report_id]

    def _series_key(self, report_id: str) -> tuple[str, frozenset[str]]:
        summary = self.store.reports.summaries[report_id]
        return summary.committee, series_of(summary.title)

    def _held_by(self, named: list[str], question: str) -> list[str]:
        """Of the reports of the meetings a question names by their months, those of the body it names if it names
        one ("the July cabinet meeting" is not a meeting of Council)."""
        bodies = set(words(question)) & MEETS
        return [rid for rid in named
                if not bodies or bodies & set(words(self.store.reports.summaries[rid].committee))]

    def _names_committee(self, question: str, report_ids: list[str] | None) -> bool:
        """Whether a question names the committee of one of the reports ("Harrowfield's Audit and Standards
        Committee")."""
        asked = set(words(question))
        return any(set(key_terms(self.store.reports.summaries[rid].committee)) <= asked
                   for rid in report_ids or self.store.reports.summaries if self.store.reports.summaries[rid].committee)

    def _no_such_report(self, q: Question) -> Answer:
        op, period = q.time
        dates = sorted(r.meeting_date for r in self.store.reports.summaries.values() if r.meeting_date)
        held = f" (the index holds meetings from {dates[0]} to {dates[-1]})" if dates else ""
        said = f"of a meeting on {human_date(period)}" if len(period) == 10 else \
            f"{ {'=': 'from', '>': 'after', '<': 'before'}[op]} {period}"
        return Answer(q.text, f"{ABSTAINED}: no indexed report is {said}{held}.", q.kind, None, True)

    def _sources(self, q: Question, hits: list[Hit]) -> list[tuple[int, Report, Paragraph, str, float]]:
        """The retrieved chunks, plus the front matter (author, lead member, scores) and, for a
        rating question, the rated paragraphs of the same reports: these are rarely near a question
        in meaning but are where such facts live."""
        out, seen, paragraphs = [], set(), {}
        for rank, hit in enumerate(hits):  # whole paragraphs: a chunk is only part of what it cites
            seen.add(hit.chunk_id)
            first = paragraphs.setdefault((hit.report_id, hit.key), [rank, hit.dense or 0.0])
            first[1] = max(first[1], hit.dense or 0.0)
        for (rid, key), (rank, dense) in paragraphs.items():
            paragraph = self.store.reports[rid].paragraph(key)
            out.append((rank, self.store.reports[rid], paragraph, paragraph.text, dense))
        for rid in dict.fromkeys(h.report_id for h in hits):
            report = self.store.reports[rid]
            kinds = self.retriever.extras(rid)
            extra = kinds["header"] + (kinds["rated"] if q.kind == "rating" else []) + (
                kinds["recommendations"] if q.kind == "decision" else [])
            for c in extra:
                if c.id not in seen and (rid, c.key) not in paragraphs:
                    seen.add(c.id)
                    out.append((len(hits), report, report.paragraph(c.key), c.text, 0.0))
        for rank, report, paragraph, _, _ in list(out):  # a paragraph naming a row found by its code speaks of it
            if ROW_CODE.fullmatch(paragraph.label) and fields(paragraph.text):  # ("The Committee is asked to agree a
                for p in report.paragraphs:  # revised due date of 31 December 2024 for recommendation 23/24 EST 02.")
                    if (report.id, p.key) not in paragraphs and p.label != "header" and re.search(
                            rf"(?<![\w/]){re.escape(paragraph.label)}(?![\w/])", p.text) and not fields(p.text):
                        paragraphs[(report.id, p.key)] = [rank, 0.0]
                        out.append((rank, report, p, p.text, 0.0))
        # what only BM25 found, and the rated paragraphs and recommendations, have a dense similarity too: scored
        # exactly from their stored vectors (the front matter is weighed as such)
        unscored = [(r, p) for _, r, p, _, dense in out if not dense and p.label != "header"]
        dense = self._dense_of(q, unscored)
        return [(rank, r, p, text, d or dense.get((r.id, p.key), 0.0)) for rank, r, p, text, d in out]

    def _carried(self, q: Question, paragraphs: list[tuple[Report, Paragraph]]) -> list[tuple]:
        """The paragraphs a follow-up carries from the last answer that retrieval did not find, as sources."""
        dense = self._dense_of(q, paragraphs)
        return [(0, r, p, p.text, dense.get((r.id, p.key), 0.0)) for r, p in paragraphs]

    def _dense_of(self, q: Question, paragraphs: list[tuple[Report, Paragraph]]) -> dict[tuple[str, str], float]:
        """(report id, key) -> the dense similarity of each paragraph to the question (its stored vectors scored
        exactly: the best of its chunks)."""
        if not paragraphs:
            return {}
        wanted = {(r.id, p.key) for r, p in paragraphs}
        ids = [cid for cid in self.store.reports.chunk_ids(sorted({r.id for r, _ in paragraphs}))
               if split_chunk_id(cid) in wanted]
        dense: dict[tuple[str, str], float] = {}
        for cid, score in self.store.dense(q.query, len(ids), chunk_ids=ids):
            key = split_chunk_id(cid)
            dense[key] = max(dense.get(key, 0.0), score)
        return dense

    def _cited_before(self, history) -> list[tuple[Report, Paragraph, bool]]:
        """The paragraphs the conversation's last answer cited, as it wrote them (`[OSC 27 Nov 2023, 2.4]`): what a
        follow-up ("until when?", "who agreed it?") is most likely about; then the paragraphs either side of them.
        Each with whether the answer cited it."""
        replies = [t.get("content", "") for t in history or () if t.get("role") == "assistant" and t.get("content")]
        out, beside = [], []
        for short, label in re.findall(r"\[([^,\]]+), ([^,\]]+)(?:, p\. \d+)?\]", replies[-1] if replies else ""):
            day = re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}$", short)
            held = dt.datetime.strptime(day[0], "%d %b %Y").date().isoformat() if day else ""
            label = label.strip()  # "2.10-2.11": those paragraphs and the ones between
            for summary in self.store.reports.summaries.values():  # only the reports of that meeting are read
                report = self.store.reports[summary.id] if summary.meeting_date == held else None
                if report is not None and report.short == short.strip():
                    labels = [p.label for p in report.paragraphs]
                    ends = [label] if label in labels else [end.strip() for end in re.split(r"[-–]", label, maxsplit=1)]
                    if all(end in labels for end in ends):
                        first, last = labels.index(ends[0]), labels.index(ends[-1])
                        out += [(report, p, True) for p in report.paragraphs[first: last + 1]]
                        beside += [(report, p, False) for p in report.paragraphs[max(0, first - 1): last + 2]]
        cited = {(r.id, p.key) for r, p, _ in out}
        return out + [b for b in beside if (b[0].id, b[1].key) not in cited]  # then those either side: "the other one?"

    def _compose(self, q: Question, hits: list[Hit], carried: list[tuple[Report, Paragraph, bool]] = (),
                 pool: list[str] = (), rows: set[str] = frozenset()) -> Answer:
        """The answer from the retrieved paragraphs (and those the last answer cited); `pool`: the reports asked of;
        `rows`: the references of the table rows the last answer cited."""
        if hits and (q.kind == "rating" and (q.others or _EVERY_RATED.search(q.text))
                     or q.kind == "list" and _EVERY_RATED.search(q.text)  # "list the workstreams and their ratings"
                     or q.kind == "yes_no" and (_ANY_RATINGS.search(q.text) or _EVERY_AS.search(q.text))):
            return self._all_ratings(q, hits)
        timeline = self._timeline(q, pool) if _TIMELINE.search(q.text) else None
        if timeline:  # "the timeline of the notices": each, on its date
            return timeline
        best_dense = max((h.dense for h in hits if h.dense is not None), default=0.0)
        sources = self._sources(q, hits)
        legend = _legend(q, sources)
        if legend:  # "what does a score of 2 mean?": the key's line "2 = Medium"
            return legend
        q = self._spelt(q, sources)
        head = self._unsaid_head(q)  # "which commissioners did the government send in?" of papers never using the word
        if head and not set(stems(words(head))) <= paragraph_stems(" ".join(  # (nor their headings: "5. IMPLICATIONS")
                f"{p.section} {p.heading} {p.subsection}" for _, _, p, _, _ in sources)):
            return self._abstain(q, [])
        have = {(r.id, p.key) for _, r, p, _, _ in sources}
        sources += self._carried(q, [(r, p) for r, p, _ in carried if (r.id, p.key) not in have])
        # (a follow-up of an answer in its own words, citing nothing: its topic is wherever the papers found say it)
        referred = {(r.id, p.key) for r, p, _ in carried} or (None if q.follow_up and any(q.quoted) else set())
        candidates = self.scorer.candidates(q, sources, referred)
        every = _all_agreed(q, candidates) if q.kind == "yes_no" and _ALL_AGREED.search(q.text) else None
        if every:  # "did management accept all the recommendations?": each row's response, of the table found first
            return every
        extreme = _SUPERLATIVE.search(q.text) if q.kind in ("text", "list", "amount", "number") else None
        ranked = _table_extreme(q, candidates, extreme) if extreme else None
        if ranked:  # "which service had the most complaints?": the row of the table found first, by its figures
            return ranked
        figure = figure_asked(q, [c.sentence for c in candidates[:FIGURE_DEPTH]])
        if figure:  # "what was primary meal uptake?" of papers giving uptake as a figure: that figure
            q = dataclasses.replace(q, kind=figure)
            candidates = self.scorer.candidates(q, sources, referred)
        typed = [c for c in candidates if c.found is not None] if q.kind in FINDERS else candidates
        typed = [c for c in typed if _under_named(c, q.text)]  # ("when is action 4 due?": under "Action 4 (Low)")
        if q.kind == "decision":  # a line introducing resolutions ("RESOLVED that the Panel:") decides nothing itself
            # (one saying how, "GRANTED the application in part, as follows:", does)
            typed = [c for c in typed if not (c.sentence.rstrip().endswith(":") and c.found.value == "resolved")] or typed
        if q.kind == "decision" and _DECIDED_PAST.match(q.text):  # "what did they decide?" is not answered by a
            typed = [c for c in typed if not _TO_DECIDE.search(c.sentence[: c.found.start]) or c.found.value.startswith(
                "not ")] or typed  # decision still to be taken ("Changes ... will be agreed by the Board"; a decision
            # not to is taken: "the Notice will not be reissued")
        if _PLACE_ASKED.search(q.text):  # "where was it held?": a sentence saying where, if any does, of what it asks
            typed = [c for c in typed if _PLACE_SAID.search(c.sentence) and (  # of ("it": the staff conference)
                not q.referent or set(stems(q.referent)) & set(stems(words(c.sentence))))]
        if q.kind == "amount" and not typed and (_HOW_BIG.search(q.text) or BY_ASKED.search(q.text)):  # "how big is
            # the site?": a size, not a sum; "what's council tax going up by?" of a rise said as a share ("by 2.99%")
            q = dataclasses.replace(q, kind="number")
            candidates = self.scorer.candidates(q, sources, referred)
            typed = [c for c in candidates if c.found is not None]
        if q.kind == "date" and q.focus and not FUTURE.search(q.text) and not _NOT_PAST.search(q.text):
            # "when was X elected?" asks the past; "when does it close?", "when would it start?" do not (a field of the
            # paper's own record is no plan, whenever it falls: "Effective from: 25/10/2024")
            typed = [c for c in typed if not _after_meeting(c) or c.paragraph.label == "header" and frontmatter.field(
                c.sentence)]
        if q.kind == "date" and DATE_DID.search(q.text):  # "on what date did CMT agree it?" is not answered by when it
            # was still to do ("CMT expected to agree a final version in November"), in any words ("what date did CMT
            # sign it off?": the clause of its date)
            to_come = re.compile(rf"\b(?:{PLANNED}|anticipated|likely|going)\s+to\s+(?:be\s+)?{re.escape(q.focus[:4])}",
                                 re.I) if q.focus else None
            typed = [c for c in typed if not (to_come and to_come.search(c.sentence)) and not _TO_COME.search(
                clause_at(c.sentence, c.found.start))]
        if q.kind == "date" and _EXACTLY.search(q.text):  # "when exactly?": a day, not a month or year it falls in
            typed = [c for c in typed if len(c.found.value) == 10]
        if q.kind == "date" and _NEXT.search(q.text):  # "when is the next meeting?": a date after the report's own
            typed = [c for c in typed if _after_meeting(c)]
        elif q.kind == "date" and AHEAD.search(q.text):  # "when is X coming to committee?": one still to come, if any
            # (and a date to come before a period the meeting falls in: "26 February 2026" before "2025/26")
            ahead = [c for c in typed if not _before_meeting(c)]
            if FUTURE.search(q.text) and not _MEETINGS_ASKED.search(q.text):  # ("when will the 20mph be in?" is not
                # answered by the meeting's date in its paper's front matter, as "when is it going to committee?" is)
                ahead = [c for c in ahead if c.paragraph.label != "header" or c.found.value != c.report.meeting_date]
            typed = [c for c in ahead if "/" not in c.found.value or _after_meeting(c)] or ahead or typed
        if q.kind == "yes_no" and _HAPPENED.match(q.text):  # "did anyone appeal?" is not answered by "may appeal"
            typed = [c for c in typed if not _only_possible(c.sentence, q.terms)]
        if q.kind in ("number", "amount") and _AGO_ASKED.search(q.text):  # "how many were there a year ago?": the
            typed = [_said_before(c, q.kind) for c in typed if _PAST_SAID.search(c.sentence)]  # figure said of then
        if q.kind in ("number", "amount") and SO_FAR.search(q.text):  # "how many has it bought so far?" is not
            typed = [c for c in typed if not _PLANNED.search(c.sentence)]  # answered by what it "would buy"
        voted = HOW_VOTED.search(q.text) if q.kind == "text" else VOTE_ASKED.search(q.text) if q.kind in (
            "yes_no", "number", "person") else None
        if voted:  # "how did the committee vote?", "did councillor X vote for it?", "how many voted against?": the
            # lines giving a vote's count, those saying most of what is asked first; how a vote went, only from a vote
            # of the body asked if it names one ("how did full council vote on it?")
            tallies = [c for c in typed if tally(c.sentence)]
            if q.kind == "text":
                held = set(self._held_by([c.report.id for c in tallies], q.text))
                tallies = [c for c in tallies if c.report.id in held]
            typed = sorted(tallies, key=lambda c: -c.coverage) if tallies or q.kind == "text" else typed
        outcome = _OUTCOME_ASKED.search(q.text) and not FUTURE.search(q.text) and not (voted and typed)  # (a vote
        # counted went as it went: "how did the vote go?" of "there voted for the motion 7 and for the amendment 3")
        if (outcome or q.kind in ("text", "list") and _CONTENT_ASKED.match(q.text)) and \
                best_dense >= self.settings.min_relevance:
            # "what was the outcome of the consultation?" of a paper giving it as still to come, whatever it gives;
            # "what are the KPIs?" of a paper saying their development is underway
            told = self.decider.keep(self._said(q, candidates))
            if told and (outcome and _still_to_come(told[0]) or _in_making(told[0].sentence, q.text)):
                return self._not_yet(q, told[0])
        scored = self._said(q, typed)
        relevant = self.decider.keep(scored)
        whole = next((c for c in relevant[1:3] if _says_all(c) and c.found and relevant[0].found and not _says_all(
            relevant[0]) and relevant[0].score - c.score < NEAR_TIE), None)
        if whole:  # of two sentences scoring alike, the one saying all that is asked: "who moved refusal on station
            # road?" is answered by "Councillor Duggan moved refusal" under the Station Road item, not by "It was
            # proposed by X ... that the application be refused on the grounds of road safety" of another road
            relevant = [whole] + [c for c in relevant if c is not whole]
        if q.kind == "text":  # "what does the after best value plan involve?" is not answered by its name alone (a
            asked = set(stems(key_terms(q.text)))  # line heading bullets is told by them; a field by its value)
            relevant = [c for c in relevant if not set(stems(key_terms(c.sentence))) <= asked or len(_headed(c)) > 1
                        or frontmatter.field(c.sentence)] or relevant
        if q.kind in ("text", "list") and relevant and not q.apart and not _NEGATED.search(q.text):  # "where did the
            # auditor find a significant weakness?" is answered by "one significant weakness, in financial
            # sustainability" before "no significant weaknesses in governance", when both are kept (what each paper
            # says is said, "no direct implications" too)
            said = [c for c in relevant if not _none_of(c.sentence, q.terms)]
            relevant = said + [c for c in relevant if c not in said] if said else relevant
        if q.follow_up and q.quoted:  # "how often will they run?" after a quote of a paragraph: of sentences
            relevant = _near_the_quote(relevant, q.quoted)  # scoring alike, those next to the quote first
        if HOW_OFTEN.search(q.text):  # "how often does it meet?": a sentence saying how often (its value), when one is kept
            relevant = [c for c in relevant if c.found] or relevant
        if SOURCE_ASKED.search(q.text):  # "where is that money coming from?": a sentence saying what pays, if one is
            relevant = [c for c in relevant if _PAID_FROM.search(c.sentence)] or relevant  # kept ("will be met from the
            # Education budget's demographic growth provision")
        if _FOR_WHAT.search(q.text):  # "what was the £750 payment for?": a sentence saying what the thing is for, if
            relevant = [c for c in relevant if _purpose_said(c.sentence, q.terms)] or relevant  # one is kept
        if _IF_ASKED.search(q.text):  # "what happens if they don't?": a sentence saying what would follow, if one is kept
            relevant = [c for c in relevant if _CONDITION.search(c.sentence)] or relevant  # ("If the framework is not
            # extended, around 120 people ... would need another provider")
        if q.others and q.given and q.kind == "date" and EARLIER_ASKED.search(q.text):  # "and the one before it?" after
            relevant = [c for c in relevant if c.found and c.found.value < min(q.given)] or relevant  # January 2024: a
            # date before it
        if q.others or WHY.search(q.text):  # "and the second one?", "why them?": not the sentence the last answer quoted
            # (unless it gives another value of the kind asked: "and last quarter?" of a row with a column a quarter)
            relevant = [c for c in relevant if not any(g in (c.paragraph.label, *codes_asked(self.codes_like, c.sentence))
                                                       for g in q.given) and (
                not _quoted(c.sentence, q.quoted) or (c.found and not WHY.search(q.text))
                or WHY.search(q.text) and (STRONG_CAUSE.search(c.sentence) or fields(c.sentence)))] or relevant
            # (its cause is asked; a table's row is the whole record of its item, its comment the why of its rating)
        if WHY.search(q.text):  # "why ...?": a sentence under a heading giving reasons, or giving a cause, when one is
            # good enough: the reasons of the paper asked of, for what it decided (not "why not lease it?", an option
            # it rejected)
            giving = lambda p: _REASONS.search(f"{p.label} {p.heading}")
            reasons = [c for c in relevant if c.report.id == relevant[0].report.id and not _WHY_NOT.match(q.text)
                       and (giving(c.paragraph) or _REASONS.search(c.paragraph.section))] if relevant else []
            # (and a section "Why the timetable has to change" gives its reasons in its order, its first paragraph first)
            reasons.sort(key=lambda c: (not giving(c.paragraph), () if giving(c.paragraph) else c.paragraph.lines[:1]))
            causes = [c for c in relevant if find_causes(c.sentence) and c not in reasons
                      and c.report.id == relevant[0].report.id  # (a cause in another paper is of something else, and
                      and 2 * c.coverage >= relevant[0].coverage]  # one of a sentence saying little of what is asked)
            # ("why the delay?" after an answer quoting "... because the ground conditions were worse": that cause)
            causes.sort(key=lambda c: not (_quoted(c.sentence, q.quoted) and STRONG_CAUSE.search(c.sentence)))
            # ("why so few?" of minutes saying "Members asked why only 4 landlords had joined ...": the reply after it)
            replies = [] if reasons + causes else _replies(candidates[:_A_FEW_SENTENCES], candidates)
            relevant = reasons + causes or replies + [c for c in relevant if c not in replies] or relevant
        elif carried and BACK.search(q.text) and len(key_terms(q.text)) <= 1:
            # "and when are they now due?" names nothing of its own: it asks of what the last answer cited, if that says
            # (and says what it asks: not for "when does it finish?" if the cited paragraph never speaks of finishing)
            cited = {(r.id, p.key) for r, p, was_cited in carried if was_cited}
            asked = key_terms(q.text)  # "cleared" in "who cleared it?"; "set up" said as "established"
            relevant = [c for c in relevant if (c.report.id, c.paragraph.key) in cited and (not asked or any(
                stems([t])[0] in paragraph_stems(c.paragraph.text) or said_otherwise(t, c.paragraph.text)
                for t in asked)) and not (q.kind == "date" and q.focus and c.found and not event_before(
                    q.focus, c.sentence, c.found))] or relevant  # (and a date of the event asked: "until when will it
            # continue?" is not answered by the day the board agreed to retain it)
        counted = self._counted(q, candidates) or self._instances(q, candidates, pool) if q.kind == "number" and not \
            relevant and best_dense >= self.settings.min_relevance else None
        if counted:  # "how many appendices were there?", no sentence giving the number: the section's items counted;
            return counted  # "how many notices has it had?": the ones the papers say came, each on its date
        nth = self._nth(q, candidates, pool) if q.kind == "date" else None
        if nth:  # "when was the second notice issued?": the second of them by date
            return nth
        if best_dense < self.settings.min_relevance or not relevant:
            return self._abstain(q, candidates)
        other = _another_place(q, relevant)
        if other:  # "what did the second development session cover?" of papers telling only of the first
            told = f'{ABSTAINED}: they tell of another of them: "{other.quote}" {other.written()}'
            return Answer(q.text, told, q.kind, None, True, (other,))
        if not WHY.search(q.text) and _ASKED_WHY.search(relevant[0].sentence):  # "is there help with the cost?" of
            # "Councillor Doyle asked about the cost to drivers.": the reply minutes report after it
            relevant = _replies(relevant[:1], candidates) + relevant
        if q.order and q.kind == "date":  # "when was the first ...": the earliest (or latest) of the good answers
            near = [c for c in relevant if c.score >= 0.8 * relevant[0].score]
            # a year alone ("2023") is neither earlier nor later than a month or day within it
            pad = "0" if q.order == "last" else "9"
            relevant = sorted(near, key=lambda c: c.found.value.split("/")[0].ljust(10, pad), reverse=q.order == "last") \
                + relevant
        if q.kind == "yes_no" and relevant[0].found and not relevant[0].found.text:  # a yes no sentence says is none
            # against a front matter field labelled with what is asked that it leaves unsaid ("Is key decision?: No"
            # for "is the contract a key decision?")
            unsaid = _unsaid(q, relevant[0])
            said = self.decider.keep([c for c in typed if c.found and c.found.text and c.paragraph.label == "header"
                                      and c.report is relevant[0].report
                                      and (label := frontmatter.field(c.sentence))
                                      and unsaid & set(stems(words(f"{label[0]} {c.found.text}")))])
            relevant = said[:1] + [c for c in relevant if c not in said[:1]]
        same_row = [c for c in relevant if c.found and c.paragraph.label in rows]
        relevant = same_row[:1] + [c for c in relevant if c not in same_row[:1]]
        now = _NOW.search(q.text) or q.kind == "yes_no" and re.search(r"\bbeing\b", q.text)  # ("is it being kept on?")
        if now and not q.time[0]:  # "how is it rated now?": from the newest paper of the same body
            relevant = _latest_said(self._newest(relevant)) if q.kind in ("number", "amount") else self._newest(relevant)
        top = relevant[0]
        if q.kind == "text" and _quoted(top.sentence, q.quoted) and not PERSON_BACK.search(q.text) and not (
                q.terms and all(stems([t])[0] in set(stems(words(top.sentence))) or said_otherwise(t, top.sentence)
                                for t in q.terms)):  # ("what does it stand for?" of a quote saying what it stands for)
            # "what did the rent arrears audit find?" after an answer naming it: the paragraph's sentence that says
            # more than the last answer did (not "whats her job title?": what it quoted of her)
            # (or, when none of them says what is asked anew, "what did it say about the notice?", a leading sentence
            # that does)
            anew = set(stems(q.terms))
            fresh = [c for c in relevant[:FIT_DEPTH] if not _quoted(c.sentence, q.quoted)]
            top = next((c for c in fresh if c.paragraph is top.paragraph and anew & set(stems(words(c.sentence)))),
                       None) or next((c for c in fresh if anew & set(stems(words(c.sentence)))), None) or next(
                (c for c in relevant if c.paragraph is top.paragraph and not _quoted(c.sentence, q.quoted)), top)
            relevant = [top] + [c for c in relevant if c is not top]
        if q.open:
            return self._briefing(q, relevant)
        if (top.sentence.endswith(":") and q.kind in ("list", "text")) or (
                q.kind == "list" and not (q.many or q.apart)) or (q.kind == "text" and not WHY.search(q.text)
                                                                  and len(_rows_asked(top, q.text)) > 1):
            # "which key decisions are expected in October?": the rows of a table holding the value named, before
            # prose that speaks of such things
            if q.kind == "list":
                weights = self.scorer.weights(q)
                top = next((c for c in relevant[:FIT_DEPTH] if _rows_asked(c, q.text)), top)
                bodies = _WHICH_BODIES.search(q.text)  # "which bodies has progress been reported to?": a sentence
                if bodies:  # naming two or more of the kind
                    top = next((c for c in relevant[:FIT_DEPTH] if len(bodies_of_kind(c.sentence, bodies[1])) > 1), top)
                if not top.sentence.endswith(":") and not inline_items(top.sentence, frozenset(weights)) and not fields(
                        top.sentence):  # "which actions are off track?": of the best sentence's paragraph, one naming
                    # as many as it counts ("... 2 were off track", "The two Red actions were ...")
                    counts = {f.value for f in find_numbers(top.sentence)}
                    top = next((c for c in relevant[:FIT_DEPTH] if c.paragraph is top.paragraph and c.coverage >=
                                top.coverage and str(len(inline_items(c.sentence, frozenset(weights)))) in counts), top)
                    # "what appendices ...?": the section so named, though the best sentence, introducing no items,
                    # names one elsewhere ("... Appendix E"), saying as much of what is asked (not the "Asset Pooling"
                    # of "which pools ...?")
                    top = next((c for c in relevant if _section_asked(c.paragraph, weights, q.text)
                                and c.coverage >= top.coverage), top)
                asked = set(stems(words(q.text)))  # "what's under the leadership heading?": the line so named heading
                top = next((c for c in relevant[:FIT_DEPTH] if len(_headed(c)) > 1 and set(stems(words(c.sentence)))
                            <= asked), top)  # bullets
                if _HEADINGS_ASKED.search(q.text):  # "what areas does the update cover?": a paragraph's own headings
                    top = next((c for c in relevant if c.coverage >= top.coverage and len(
                        _headings_of(c.paragraph)) > 1), top)
            return self._list(q, top)  # "what's on the agenda in December?": the table's rows for December
        asked_of = [c for c in relevant if c.report.id in pool] if q.apart and 1 < len(pool) <= _A_FEW_REPORTS else []
        if asked_of:  # a paper asked of whose best sentence says as much of what is asked as the best one: its part,
            of_each = {}  # though the model alone doubts it (each paper's first)
            for c in asked_of + [c for c in scored if c.coverage >= relevant[0].coverage and (c.found or q.kind == "text")]:
                if c.report.id in pool:
                    of_each.setdefault(c.report.id, c)
            asked_of = list(of_each.values())
        chosen = _several(asked_of or relevant, q.apart) if q.many or q.apart else [top]  # (each of the reports asked
        # of, as "by each report" is of the series the best paragraph is in)
        if q.order and q.kind != "date" and q.apart:  # "which paper first mentions the board?": the earliest of them
            chosen = [(min if q.order == "first" else max)(chosen, key=lambda c: c.report.meeting_date)]
        if voted and q.kind == "text":  # every line of the count: for, against, abstaining
            chosen = sorted((c for c in relevant if c.paragraph is top.paragraph),
                            key=lambda c: top.paragraph.text.find(c.sentence))
        speaking = {c.report.id for c in chosen}
        if q.kind == "yes_no" and len(speaking) > 1 and (_CHANGE_ASKED.search(q.text) or _SAME_ASKED.search(q.text)):
            # (a front matter field naming all that is asked is what each paper says of it: "is the same mayor named
            # in both?" of "Lead Member: Mayor, Dr Nik Johnson", not another sentence speaking of mayoral authorities)
            asked = set(stems(q.terms))
            fielded = [c for c in relevant if c.paragraph.label == "header" and frontmatter.field(c.sentence)
                       and asked <= set(stems(words(c.sentence)))]
            fielded = _several(fielded, apart=True)
            return self._compared(q, fielded if len(fielded) > 1 else chosen)
        if q.kind == "yes_no" and q.apart and _IN_EVERY.search(q.text) and len(speaking) < len(pool) <= _A_FEW_REPORTS:
            return self._only_in(q, chosen, pool)
        # the paragraph's sentence on what else the question asks; a resolution's other parts
        more = self._complement(q, top, candidates) + (_resolved_with(top) + _recommended_alike(q, top) if
                                                       q.kind == "decision" else []) if len(chosen) == 1 else []
        more = [c for i, c in enumerate(more) if all((c.paragraph, c.sentence) != (m.paragraph, m.sentence)
                                                     for m in more[:i])]  # (a part both resolved and alike, once)
        denial = _denied_beside(q, top, more) if q.kind == "yes_no" else None
        chosen = [dataclasses.replace(top, found=denial)] if denial else chosen
        value = _value(q.kind, chosen[0])[0]
        if q.kind == "yes_no" and value is None:  # "did the CA write back?": sentences neither saying so nor denying it
            return self._abstain(q, candidates)
        parts, cites = [], []
        for c in chosen:
            phrase = _value(q.kind, c)[1]
            cite = citation_for(c.report, c.paragraph, c.sentence)
            # "which councils' papers ...?": name each, and whose it is
            whose = f"{', '.join(filter(None, [c.report.title, c.report.publisher]))}: " if q.apart else ""
            if q.kind == "text" and c.paragraph.rating and c.paragraph.rating not in c.sentence and (
                    q.open or set(stems(q.terms)) & set(stems(words(c.paragraph.heading)))):
                phrase = f"Rated {c.paragraph.rating}"  # what the paragraph's heading rates it, as a briefing leads
                # (when the question asks how it stands or of what the heading names: not "how did the board receive
                # the Q1 report?" of a bullet under "Confidence, culture and capacity (Green)")
            parts.append(whose + (f"{phrase}. " if phrase else "") + f'"{c.sentence}" {cite.written()}')
            cites.append(cite)
        back = q.kind == "text" and _POINTS_BACK.search(top.sentence)  # (what it points back to, before it)
        at = top.paragraph.text.find(top.sentence)
        for c in more:
            cite = citation_for(c.report, c.paragraph, c.sentence)
            quote = f'"{c.sentence}" {cite.written()}'
            if back and c.paragraph is top.paragraph and top.paragraph.text.find(c.sentence) < at:
                parts[-1] = parts[-1].replace(f'"{top.sentence}"', f'{quote} "{top.sentence}"', 1)
            else:
                parts[-1] += f" {quote}"
            cites.append(cite)
        summed = (_summed(q, chosen) or _ordered(q, chosen)) if len(speaking) > 1 else None
        if summed:  # "what is the combined cost of A's X and B's Y?": the parts added up; "which came first: A's meeting
            value, lines, held = summed  # or B's?": the one of the earlier date; each part cited (meetings by their
            parts, cites = lines + (parts if not held else []), held or cites  # papers' front matter)
        return Answer(q.text, "\n".join(parts), q.kind, value, False, tuple(cites))

    def _newest(self, relevant: list[Candidate]) -> list[Candidate]:
        """The good answers from the newest report of the best one's authority (of any of its bodies, as the best one,
        or another paper of its committee, names it; else of the best one's committee) first: how a thing stands now
        is what the latest paper on it says ("when will it close now?": the cabinet's decision after the committee's)."""
        top = relevant[0].report
        authority = self._authority_of([c.report for c in relevant])
        # (an authority a report does not name, or names only in capitals, is not another)
        same = [c for c in relevant if (authority & (own := self.scorer.authority(c.report))) or (
            c.report.committee == top.committee and not own)]
        newest = max(c.report.meeting_date or "" for c in same)
        first = [c for c in same if c.report.meeting_date == newest]
        return first + [c for c in relevant if c not in first]

    def _recommendations_counted(self, q: Question, named: list[str] | None, hits: list[Hit],
                                 most: re.Match | None = None) -> Answer | None:
        """"How many recommendations were there in each paper?": each report's recommendations counted, oldest first,
        the first and last of them cited; of the report retrieval finds first when the question names none. The value
        is the first report's labels; of one report, its count, each recommendation cited. "Which paper had more (or
        fewer) recommendations?": the counts, led by the paper asked for."""
        pool = named if named is not None else list(self.store.reports)
        rids = pool if (q.apart and len(pool) <= LISTED) or len(pool) == 1 else [hits[0].report_id] if hits else []
        lines, cites, counts, papers, every = [], [], [], [], []
        for report in sorted((self.store.reports[rid] for rid in rids), key=lambda r: r.meeting_date):
            asked = _recommendations_of(report)
            if not asked:
                continue
            first_last = list(dict.fromkeys([asked[0], asked[-1]]))
            ends = [citation_for(report, p, p.text.split("\n")[0]) for p in first_last]
            lines.append(f"{report.short}: {len(asked)} recommendation{'s' if len(asked) != 1 else ''}, "
                         f"{' to '.join(p.label for p in first_last)} "
                         + " ".join(c.written() for c in ends))
            cites += ends
            counts.append([p.label for p in asked])
            papers.append(report)
            every += [citation_for(report, p, p.text.split("\n")[0]) for p in asked]
        if not counts:  # a count of the items, not a value printed in them: a list, as the rows of a table are given
            return None
        if most and len(counts) > 1:
            sizes = [len(c) for c in counts]
            word = most[1].lower()
            pick = (max if word in ("more", "most") else min)(sizes)
            if sizes.count(pick) == 1:  # the paper asked for first, and its citations
                paper = papers[sizes.index(pick)]
                lines.insert(0, f"{paper.short} had {'the ' if word in ('most', 'fewest', 'least') else ''}{word} "
                                f"({pick}):")
                cites.sort(key=lambda c: c.report_id != paper.id)
            return Answer(q.text, "\n".join(lines), "text", None, False, tuple(cites))
        if len(counts) > 1 and _ACROSS.search(q.text):  # "how many across both papers?": the counts added up, each
            total = sum(len(c) for c in counts)  # recommendation cited
            return Answer(q.text, f"{total} in all:\n" + "\n".join(lines), "number", str(total), False, tuple(every))
        if len(counts) == 1 and q.kind == "number":  # "how many did the 2024 report have?": the count
            return Answer(q.text, "\n".join(lines), "number", str(len(counts[0])), False, tuple(every))  # (each cited)
        return Answer(q.text, "\n".join(lines), "list", counts[0], False, tuple(cites))

    def _more_than(self, q: Question, more: re.Match, report_ids: list[str] | None) -> Answer | None:
        """"Did the later paper have more recommendations than the earlier one?": the two papers its words name, each
        one's recommendations counted and its first cited; None unless it names two papers that give some."""
        papers = []
        for said in (more["a"], more["b"]):
            time = time_named(said)[0]
            if not time[0]:  # ("the earlier one")
                time = ("earliest", "") if _EARLIER_NAMED.search(said) else ("latest", "") if _LATER_NAMED.search(
                    said) else time
            ids = self._named_reports(dataclasses.replace(q, time=time), report_ids) if time[0] else None
            papers.append(self.store.reports[ids[0]] if ids and len(ids) == 1 else None)
        if None in papers or papers[0] is papers[1]:
            return None
        counted = [_recommendations_of(r) for r in papers]
        if not all(counted):
            return None
        fewer = more["more"].lower() != "more"
        yes = len(counted[0]) < len(counted[1]) if fewer else len(counted[0]) > len(counted[1])
        ends = [[citation_for(r, p, p.text.split("\n")[0]) for p in dict.fromkeys((c[0], c[-1]))]
                for r, c in zip(papers, counted)]
        lines = [f"{r.short}: {len(c)} recommendation{'s' if len(c) != 1 else ''}, {c[0].label} to {c[-1].label} "
                 + " ".join(e.written() for e in cited) for r, c, cited in zip(papers, counted, ends)]
        return Answer(more.string, f"{'Yes' if yes else 'No'}.\n" + "\n".join(lines), "yes_no", "yes" if yes else "no",
                      False, tuple(e for cited in ends for e in cited))

    def _compared(self, q: Question, chosen: list[Candidate]) -> Answer:
        """"Did the lead member change between the two reports?", "was the same director reporting both times?": the
        reports' sentences on it (a field's value, "Lead Member: X", else the sentence) differ or say the same; each
        cited."""
        label = next((f[0] for c in chosen if (f := frontmatter.field(c.sentence))), None)
        if label:  # "Report of: ..." in one report is set beside the same field of the others
            chosen = [_same_field(c, label) for c in chosen]
        items = [_bullets_under(c) for c in chosen]  # ("Strategic Objective(s):" is told by its bullets)
        said = {tuple(i.lower() for i in listed) if listed else (frontmatter.field(c.sentence) or ("", c.sentence))[1]
                .rstrip(".").lower() for c, listed in zip(chosen, items)}
        same = len(said) == 1
        value = "yes" if same == bool(_SAME_ASKED.search(q.text)) else "no"
        cites = [citation_for(c.report, c.paragraph, c.sentence) for c in chosen]
        lead = f"{value.capitalize()}: the reports {'say the same' if same else 'differ'}."
        lines = [f'{c.report.short}: "{c.sentence}" {cite.written()}' + "".join(f"\n- {i}" for i in listed)
                 for c, cite, listed in zip(chosen, cites, items)]
        return Answer(q.text, "\n".join([lead, *lines]), "yes_no", value, False, tuple(cites))

    def _only_in(self, q: Question, chosen: list[Candidate], pool: list[str]) -> Answer:
        """"Did the hearing come up in both papers?": no, when some of the reports asked of never speak of it; those
        that do are quoted, the others named."""
        cites = [citation_for(c.report, c.paragraph, c.sentence) for c in chosen]
        silent = [self.store.reports.summaries[rid] for rid in pool if rid not in {c.report.id for c in chosen}]
        lines = [f'No: only {" and ".join(c.report.short for c in chosen)} speaks of it, not '
                 f'{" or ".join(s.short for s in sorted(silent, key=lambda s: s.meeting_date))}.']
        lines += [f'{c.report.short}: "{c.sentence}" {cite.written()}' for c, cite in zip(chosen, cites)]
        return Answer(q.text, "\n".join(lines), "yes_no", "no", False, tuple(cites))

    def _complement(self, q: Question, top: Candidate, candidates: list[Candidate]) -> list[Candidate]:
        """The sentence of the answer's own paragraph that speaks to most of what the question asks and the answer's
        sentence does not ("... and is Q2 on track?"), when there is one. A question asking for words, not a value,
        is told what the paragraph says: all of it when no longer than a briefing, else each sentence speaking to
        what the answer's does not, in the paragraph's order."""
        weights = self.scorer.weights(q)
        missing = {s: w for s, w in weights.items() if s not in paragraph_stems(top.sentence)}
        same = [c for c in candidates if c.paragraph is top.paragraph and c.sentence != top.sentence]
        gain = {c.sentence: sum(w for s, w in missing.items() if s in paragraph_stems(c.sentence)) for c in same}
        # a label standing as a line of its own ("Management action 3 (Medium)") heads the sentence after it: what it is
        text, end = top.paragraph.text, top.paragraph.text.find(top.sentence) + len(top.sentence)
        # and a fact asked why of is most often explained by the sentence after it ("16 of the 25 ... were determined
        # in time (64%). The service has three vacant planning officer posts.")
        headed = next((c for c in sorted(same, key=lambda c: text.find(c.sentence)) if text.find(c.sentence) >= end),
                      None) if q.kind == "text" and (len(top.sentence.split()) <= 8 and not top.sentence.endswith(
                          (".", "!", "?")) or WHY.search(q.text) and not STRONG_CAUSE.search(top.sentence)) else None
        if headed:
            gain[headed.sentence] = max(gain[headed.sentence], max(gain.values(), default=0.0)) + 1.0
        # a sentence pointing back ("MHCLG ... wishes to see further progress on this") is read with the one before it
        start = text.find(top.sentence)
        antecedent = next((c for c in sorted(same, key=lambda c: -text.find(c.sentence)) if 0 <= text.find(c.sentence)
                           < start), None) if q.kind == "text" and _POINTS_BACK.search(top.sentence) else None
        if antecedent:
            gain[antecedent.sentence] = max(gain[antecedent.sentence], max(gain.values(), default=0.0)) + 1.0
        if q.kind == "text":
            whole = len(sentences(top.paragraph.text)) <= BRIEFINGBULLETS
            return sorted({c.sentence: c for c in same if whole or gain[c.sentence] > 0}.values(),
                          key=lambda c: top.paragraph.text.find(c.sentence))
        best = max(same, key=lambda c: gain[c.sentence], default=None)
        return [best] if best is not None and gain[best.sentence] > 0 else []

    def _summary(self, q: Question, named: list[str] | None, hits: list[Hit]) -> Answer:
        """"Summarise the 2024 paper": the report its time words name (else the one retrieval finds first), by its
        purpose, its recommendations or resolutions and its ratings, each cited."""
        rid = (named[-1] if named and len(named) == 1 else hits[0].report_id if hits else None)
        if rid is None:
            return self._abstain(q, [])
        report = self.store.reports[rid]
        body = [p for p in report.paragraphs if p.label != "header"]
        purpose = next((p for p in body if re.search(r"purpose|summary|introduction|overview", p.section + p.heading, re.I)),
                       body[0] if body else None)
        asked = [p for p in body if RECOMMENDATION.fullmatch(p.label) or p.text.startswith("That ")][:SUMMARY_ITEMS]
        rated = [p for p in body if p.rating]
        lines, cites = [f"{report.title} ({report.committee}, {human_date(report.meeting_date) or 'date unknown'}):"], []
        for p in ([purpose] if purpose else []) + asked:
            sentence = next(iter(sentences(p.text)), p.text.split("\n")[0])
            cite = citation_for(report, p, sentence)
            lines.append(f'- "{sentence}" {cite.written()}')
            cites.append(cite)
        if rated:
            parts = [citation_for(report, p, p.heading) for p in rated]
            lines.append("- Ratings: " + "; ".join(f"{c.quote} {c.written()}" for c in parts))
            cites += parts
        return Answer(q.text, "\n".join(lines), "text", None, False, tuple(cites))

    def _briefing(self, q: Question, relevant: list[Candidate]) -> Answer:
        """"How's X going?": the rating where the best paragraph carries one, then up to four of the most relevant
        sentences as bullets (of each report asked of, when each is), each cited, oldest report first."""
        relevant = [c for c in relevant if c.paragraph.label != "header" or _field_asked(q, c)] or relevant
        # (a front matter line, "Report Title: Care at Home Recovery Plan", names the topic; it says nothing of how it
        # stands; but a field the question names is what it asks: "compare the voting arrangements")
        named = [c for c in relevant if (heading := set(stems(words(_intro(c))))) and heading <= set(stems(
            q.terms))]  # ("what's been done on leadership?": the bullets under the line so named)
        best = relevant[0].score
        each = [c for c in _several(relevant, apart=True) if not c.sentence.endswith(":")] if q.apart else []
        # ("what do the papers say about X?": each paper that speaks of it, its best sentence first)
        near_best = named or [c for c in relevant if c.score >= BRIEFING_SHARE * best and not c.sentence.endswith(":")]
        status = _STATUS_ASKED.search(q.text)
        if status and near_best:  # "what's still outstanding on procurement?": the sentences of the paragraphs found
            # that say work still going on ("is underway", "in progress"); "what has been completed?": those saying it
            # is done ("completed bar the Contract Manager post"), whatever else they score
            found = {(c.report.id, c.paragraph.key) for c in near_best}
            said = STILL_GOING if status[1] else _DONE_SAID
            near_best = [c for c in named or relevant if (c.report.id, c.paragraph.key) in found
                         and said.search(c.sentence)] or near_best
        most = LISTED if status else BRIEFINGBULLETS  # (what is outstanding is all that is)

        def leading(good: list[Candidate]) -> list[Candidate]:
            return list({c.sentence: c for c in each + good}.values())[:most] or relevant[:1]

        ratable = leading(near_best)
        if STANDS.search(q.text) and not q.apart and not q.time[0] and near_best:  # how a thing stands now is what
            newest = max(c.report.meeting_date for c in near_best)  # the newest paper that speaks of it says (with
            near_best = [c for c in near_best if c.report.meeting_date == newest]  # the last rating any gave it)
        chosen = leading(near_best)
        # (a line heading bullets, "Leadership", is told by what is under it)
        chosen = list({h.sentence: h for c in chosen for h in _headed(c)}.values())[:most]
        chosen = [c for c in chosen if len(words(c.sentence)) > 2] or chosen  # (not "None", a section left empty)
        if not status:  # a prose paragraph's first sentence says what the rest goes on from ("There are no direct
            # implications of this report. The current improvement plan budget assumes ...")
            leads = [dataclasses.replace(c, sentence=first) for c in chosen if "\n" not in c.paragraph.text
                     and (first := sentences(c.paragraph.text)[0]) != c.sentence and first.endswith(".")]
            chosen = list({c.sentence: c for c in leads + chosen}.values())[:most]
        lines, cites = [], []
        # (as it stands: the newest paper's rating; of one paper's, a paragraph's headed by what is asked, "Governance
        # and decision making (Green)", before one only naming it, "... to the Audit & Governance Committee")
        asked = set(stems(q.terms))
        rated = max((c for c in ratable if c.paragraph.rating), default=None, key=lambda c: (
            c.report.meeting_date, len(asked & set(stems(words(c.paragraph.heading))))))  # (of the words asked, the
        # most: "how's project plans & delivery going, still green?" of "Project plans and delivery (Green)")
        if rated:
            cite = citation_for(rated.report, rated.paragraph, rated.paragraph.heading)
            lines.append(f"Rated {rated.paragraph.rating} {cite.written()}.")
            cites.append(cite)
        resolved = next(filter(None, map(_resolved_under, chosen)), None)  # a minute's resolution: what happened
        if resolved and resolved.sentence not in {c.sentence for c in chosen}:
            chosen = chosen[:most - 1] + [resolved]
        for c in sorted(chosen, key=lambda c: (c.report.meeting_date, c.report.paragraphs.index(c.paragraph),
                                               c.paragraph.text.find(c.sentence))):
            cite = citation_for(c.report, c.paragraph, c.sentence)
            lines.append(f'- "{c.sentence}" {cite.written()}')
            cites.append(cite)
        if rated and RAG_ASKED.search(q.text):  # "how's X going, still green?" asks its rating too: its value
            return Answer(q.text, "\n".join(lines), "rating", rated.paragraph.rating, False, tuple(cites))
        return Answer(q.text, "\n".join(lines), "text", None, False, tuple(cites))

    def _fluent(self, answer: Answer, hits: list[Hit]) -> Answer:
        """The LLM's rewording when it passes the citation check; else the extractive answer."""
        keys = [(c.report_id, c.key) for c in answer.citations] + [(h.report_id, h.key) for h in hits]
        evidence = [Evidence(self.store.reports[rid], self.store.reports[rid].paragraph(key))
                    for rid, key in dict.fromkeys(keys)]
        result = self.writer.rewrite(answer.question, answer.answer, evidence)
        if result is None:
            return answer
        reply, cited = result
        drafts = {(c.report_id, c.key): c.quote for c in answer.citations}
        cites = []
        for e, quote in cited:
            quote = quote or drafts.get((e.report.id, e.paragraph.key)) or (sentences(e.paragraph.text) or [e.paragraph.text])[0]
            cites.append(citation_for(e.report, e.paragraph, quote))
        return dataclasses.replace(answer, answer=reply, citations=tuple(cites))

    def _all_ratings(self, q: Question, hits: list[Hit]) -> Answer:
        """"And the other workstreams?", "what ratings did the workstreams get?": every rated paragraph of the
        reports found, each cited; "did the 2024 paper give any ratings?": yes with them, or no, citing its front
        matter."""
        cites, rated, reports = [], [], [self.store.reports[rid] for rid in dict.fromkeys(h.report_id for h in hits)]
        for report in reports:  # (the first paper found that rates any, unless each is asked of)
            if not cites or q.apart:
                cites += [citation_for(report, p, p.heading) for p in report.paragraphs if p.rating]
                rated += [p.rating for p in report.paragraphs if p.rating]
        every = _EVERY_AS.search(q.text) if q.kind == "yes_no" else None
        colour = every[1].capitalize() if every else ""
        if colour:  # "was every workstream green?": those not rated so first
            pairs = sorted(zip(cites, rated), key=lambda pair: pair[1] == colour)
            cites, rated = [c for c, _ in pairs], [r for _, r in pairs]
        lines = "\n".join(f"- {c.quote}{'' if r in c.quote else ': ' + r} {c.written()}" for c, r in zip(cites, rated))
        if colour and cites:  # no if one was not
            off = rated[0] != colour
            lead = f"No: not every one was {colour}." if off else f"Yes: every one was {colour}."
            return Answer(q.text, f"{lead}\n{lines}", "yes_no", "no" if off else "yes", False, tuple(cites))
        if q.kind == "yes_no":
            if cites:
                return Answer(q.text, f"Yes:\n{lines}", "yes_no", "yes", False, tuple(cites))
            fronts = [cite for cite in map(_front_line, reports) if cite]
            papers = " or ".join(r.short for r in reports)
            return Answer(q.text, f"No: the {papers} paper gives no RAG ratings. " + " ".join(c.written() for c in fronts),
                          "yes_no", "no", False, tuple(fronts))
        if not cites:
            return self._abstain(q, [])
        return Answer(q.text, "Ratings:\n" + lines, "list", [c.quote for c in cites], False, tuple(cites))

    def _not_yet(self, q: Question, top: Candidate) -> Answer:
        """"What was the outcome of the consultation?", "what does the strategy say?" when the best paper gives it as
        still to come or in the making: said so, with that paper's sentence cited; what is asked is not in the reports."""
        cite = citation_for(top.report, top.paragraph, top.sentence)
        when = "to be reported" if _UPDATE_TO_COME.search(top.sentence) else "to come"
        text = f'{ABSTAINED}: at {top.report.short} it was still {when}. "{top.sentence}" ' \
            f'{cite.written()}'
        return Answer(q.text, text, q.kind, None, True, (cite,))

    def _unsaid_head(self, q: Question) -> str:
        """The things a list or a count asks for ("which commissioners ...?", "who were the commissioners?", "how many
        wardens ...?") when no indexed paper uses the word, nor one the model finds near it, nor a short form of it;
        else ""."""
        many = HOW_MANY.search(q.text) if q.kind == "number" else None
        which = _WHICH_THINGS.match(q.text) if q.kind == "list" else _WHO_THINGS.match(q.text) if q.kind == "text" \
            else None  # ("who were the commissioners sent in?": those a sentence names, a text)
        head = counted_noun(many[1].split()) if many else which[1].lower() if which else ""
        head = "" if head in KINDS_OF_THING else head
        near = {t for t, alike in q.near if alike} | {a for a, _ in q.short_forms}
        known = head and (all(s in self.scorer.idf for s in stems(words(head))) or head in near
                          or stems([head])[0] in stems(near))  # ("drop-ins": "drop" and "in")
        return head if head and not known else ""

    def _abstain(self, q: Question, candidates: list[Candidate]) -> Answer:
        near = list(dict.fromkeys(f"[{c.report.short}, {c.paragraph.label}]" for c in candidates))
        # a name or reference asked of that no paper uses ("CM06", "Ardnish"), as the question wrote it; the things a
        # list or a count asks for, if no paper uses the word
        shortened = {a for a, _ in q.short_forms}
        asked = names_asked(q.text) | set(CODE_ASKED.findall(q.text.lower())) | {self._unsaid_head(q)} - {""}
        unused = [m[0] for m in re.finditer(r"[\w'’-]+", q.text) if m[0].lower() in asked - shortened
                  and stems([m[0].lower()])[0] not in self.scorer.idf
                  and not self.store.reports.reports_named({m[0].lower()})]  # (nor their front matter: a page's title)
        missing = [c for c in q.codes if c not in self.row_codes]  # "23/24 HR 02" of a tracker with HR 01, 03 and 04
        text = f"{ABSTAINED}: none of the indexed papers mentions {' or '.join(dict.fromkeys(unused))}." if unused else \
            f"{ABSTAINED}: no table of the indexed papers has a row {' or '.join(missing)}." if missing else \
            f"{ABSTAINED}: none of the indexed paragraphs gives {_WHAT.get(q.kind, 'an answer')} for this question."
        if near:
            text += " You may want to read " + " ".join(near[:3])
        return Answer(q.text, text, q.kind, None, True, ())

    def _list(self, q: Question, top: Candidate) -> Answer:
        """The items the best sentence introduces, or the section, bullets or recommendations it
        belongs to; each item cited."""
        weights = self.scorer.weights(q)
        headings = _headings_of(top.paragraph) if _HEADINGS_ASKED.search(q.text) else []
        items = [(top.paragraph, h) for h in headings] if len(headings) > 1 else _items(top, weights, q.text)
        head = _THINGS_ASKED.match(q.text) or _WHICH_THINGS.match(q.text)
        made = next(((p, line) for p, line in items if _named_not_said(line, head[1], q.text)), None) if head else None
        if made:  # "what recommendations did the group make?" of "The Group has made recommendations to Cabinet on
            # these findings" (alone, or in the section so named): made, not said
            cite = citation_for(top.report, *made)
            text = f'{ABSTAINED} what the {head[1].lower()} were. "{cite.quote}" {cite.written()}'
            return Answer(q.text, text, "list", None, True, (cite,))
        cites = tuple(citation_for(top.report, p, text) for p, text in items)
        said = [c.quote.replace("\n", ": ") for c in cites]  # (a numbered line and the line it heads, as one)
        said = [f"{p.subsection or p.heading}: {quote}" if _NIL.fullmatch(quote) and (p.subsection or p.heading) else quote
                for (p, _), quote in zip(items, said)]  # ("None" under its heading: "Public Health Implications: None")
        lines = [f"- {quote} {c.written()}" for quote, c in zip(said, cites)]
        # "Of the 14 strategic risks, 3 were rated red:" (up to its colon), "... cleared by the review teams in DLUHC,
        # DfE and DfT" (the whole sentence)
        listed = inline_items(top.sentence, frozenset(weights))
        introduced = top.sentence if top.sentence.endswith(":") or listed and ":" not in top.sentence else (
            top.sentence[: top.sentence.index(":") + 1] if listed else "")
        lead = f"{introduced} {citation_for(top.report, top.paragraph, top.sentence).written()}\n" if introduced else \
            f"{len(cites)} item{'s' if len(cites) != 1 else ''} ({top.report.short}):\n"
        return Answer(q.text, lead + "\n".join(lines), "list", said, False, cites)


def _items(top: Candidate, weights: dict[str, float], question: str) -> list[tuple[Paragraph, str]]:
    report, paragraph = top.report, top.paragraph
    lines = paragraph.text.split("\n")
    if recommends(paragraph):
        return [(p, p.text) for p in report.paragraphs if recommends(p)]
    held = _rows_asked(top, question)
    if held:  # one row of a table: the rows holding the value asked for ("limited", "December")
        return held
    if top.sentence.endswith(":"):  # "It enables this Committee to:" -> the lines that follow it
        start = next(i for i, line in enumerate(lines) if line.endswith(top.sentence)) + 1
        if start < len(lines) and _subheading(lines[start]):  # "... summarised below:" then "Looking back:", its
            # bullets, "Close down ...:": the parts; the bullets of the one the question names ("the looking back
            # activities")
            asked = set(stems(words(question)))
            heads = [i for i in range(start, len(lines)) if _subheading(lines[i])]
            named = next((i for i in heads if set(stems(words(lines[i]))) <= asked), None)
            named = heads[0] if named is None and len(heads) == 1 else named  # (one alone introduces the bullets:
            # "The proposals within this report fit under the following strategic objective(s):")
            under = list(itertools.takewhile(lambda line: not _subheading(line), lines[named + 1:])) if named else []
            return [(paragraph, BULLET.sub("", line)) for line in under if BULLET.match(line)] or [
                (paragraph, line.rstrip(":")) for line in lines[start:] if _subheading(line)]
        following = []
        for line in lines[start:]:
            bullet = bool(BULLET.match(line))
            if following and (bullet != bool(BULLET.match(following[0])) or line.endswith(":")):
                break
            following.append(line)
        # (or, the lines ending there, the parts of the paragraph printed as paragraphs of their own: 4.2(a), 4.2(b))
        parts = [(p, p.text) for p in report.paragraphs if p.label.startswith(f"{paragraph.label}(")] if not following \
            else []
        numbered = _numbered_parts(following, following[0]) if following else []
        return [(paragraph, part) for part in numbered] or [(paragraph, BULLET.sub("", line)) for line in following] \
            or parts or [(paragraph, top.sentence)]
    if listed := inline_items(top.sentence, frozenset(weights)) or (field_items(top.sentence) or ("", []))[1]:  # "3 were
        # rated red: SR02
        return [(paragraph, item) for item in listed]  # Financial Sustainability, SR07 Cyber Security and SR11
    # Temporary Accommodation Demand": each; "Wards affected: Riverside; Castle": each
    if _section_asked(paragraph, weights, question):  # "what appendices": every paragraph of that section
        section = [p for p in report.paragraphs if p.section == paragraph.section]
        lines = [(p, BULLET.sub("", line)) for p in section for line in p.text.split("\n")]
        if not _SAYS_NONE.search(question):
            return lines
        # "which implications are marked none?": the paragraphs saying so, of the kind asked if some are ("Public
        # Health Implications: None", not "Background Papers: None"), else the lines ("Personnel: None")
        nil = [p for p in section if _NIL.fullmatch(p.text.strip())]
        nil = [p for p in nil if set(stems(words(p.subsection or p.heading))) & set(weights)] or nil
        return [(p, p.text.strip()) for p in nil] or [
            (p, line) for p, line in lines if (f := frontmatter.field(line)) and _NIL.fullmatch(f[1].strip())] or lines
    numbered = _numbered_parts(lines, top.sentence) if top.sentence in lines else []
    rated = _RATED_AS.search(question)
    if numbered and rated:  # "which were rated low?": those whose line says so
        numbered = [part for part in numbered if re.search(rf"\b{rated[1]}\b", part.split("\n")[0], re.I)] or numbered
    if numbered:  # "Management action 1 (Low)" of "... 2 (Low)" and "... 3 (Medium)": each, with the line it heads
        return [(paragraph, part) for part in numbered]
    headed = _headed(top, whole=True)
    if len(headed) > 1:  # a line heading bullets ("Leadership"): the bullets under it
        return [(paragraph, c.sentence) for c in headed]
    if any(BULLET.match(line) and line.endswith(top.sentence) for line in lines):  # one bullet: all of them, unless
        # what is asked is named only in bullets ("what are the procurement KPIs?" of "The development of Procurement
        # KPIs is underway" among the workstream's other news): those bullets
        bullets = [BULLET.sub("", line) for line in lines if BULLET.match(line)]
        head = _THINGS_ASKED.match(question) or _WHICH_THINGS.match(question)
        head = stems([head[1].lower()])[0] if head and head[1].lower() not in KINDS_OF_THING else ""
        if head and head not in paragraph_stems(" ".join([paragraph.heading] + [
                line for line in lines if not BULLET.match(line)])):  # (all when none names them: "what were
            bullets = [b for b in bullets if head in paragraph_stems(b)] or bullets  # the achievements?")
        return [(paragraph, b) for b in bullets]
    if fields(top.sentence):  # one row of a table: every row (those holding the value asked are taken above)
        return [(paragraph, line) for line in lines if fields(line)]
    return [(paragraph, top.sentence)]


def _numbered_parts(lines: list[str], like: str) -> list[str]:
    """The lines numbered as `like` is ("Management action 1 (Low)", "... 2 (Low)"), each with the line it heads (as
    the paragraph prints them, a quote); none unless there are two or more."""
    shape = _numbered_alike(like)
    alike = [i for i, line in enumerate(lines) if shape and _numbered_alike(line) == shape]
    if len(alike) < 2:
        return []
    return [f"{lines[i]}\n{lines[i + 1]}" if i + 1 < len(lines) and i + 1 not in alike else lines[i] for i in alike]


def _numbered_alike(line: str) -> str:
    """A numbered line's words but for its number and what it puts in brackets ("Management action 3 (Medium)" ->
    "management action"); "" for a line with no number or with more than a few words."""
    if not re.search(r"\d", line) or len(words(line)) > 6:
        return ""
    return " ".join(words(re.sub(r"\([^)]*\)|\d+", " ", line)))


def _headed(c: Candidate, whole: bool = False) -> list[Candidate]:
    """A line heading the bullets after it within its paragraph ("Leadership"): the first sentence of each (each whole
    with `whole`); else the candidate itself."""
    lines = c.paragraph.text.split("\n")
    at = next((i for i, line in enumerate(lines[:-1]) if line.strip() == c.sentence and not BULLET.match(line)), None)
    if at is None:
        return [c]
    under = list(itertools.takewhile(lambda line: BULLET.match(line), lines[at + 1:]))
    if under:
        return [dataclasses.replace(c, sentence=BULLET.sub("", line) if whole else (sentences(BULLET.sub("", line)) or
                                                                                    [line])[0]) for line in under]
    if frontmatter.field(lines[at]):
        return [c]
    # or a run of fields, under the line and a column's heading ("Topic Scoring", "Numerical Score", "Public Interest:
    # 2", "Strategic Value: 2")
    start = at + 1 + (not frontmatter.field(lines[at + 1]))
    run = list(itertools.takewhile(frontmatter.field, lines[start:]))
    return [dataclasses.replace(c, sentence=line) for line in run] if len(run) >= 2 else [c]


_HEADINGS_ASKED = re.compile(r"\b(?:themes|areas|strands)\b", re.I)  # (not "the X heading", asking what is under it)


def _headings_of(paragraph: Paragraph) -> list[str]:
    """The lines heading the parts of a paragraph: short lines without a stop, each over bullets ("Leadership")."""
    lines = [line.strip() for line in paragraph.text.split("\n")]
    return [line for line, after in zip(lines[1:], lines[2:]) if line and len(line.split()) <= 8
            and not BULLET.match(line) and line[-1] not in ".:;," and BULLET.match(after)]


def _subheading(line: str) -> bool:
    """Whether a line of a paragraph heads the lines after it within the paragraph ("Looking back:")."""
    return line.endswith(":") and not BULLET.match(line)


def _section_asked(paragraph: Paragraph, weights: dict[str, float], question: str) -> bool:
    """Whether a paragraph's section is what a list asks for: the things asked name it ("what appendices ...?" of "4.
    Appendices"), or the question says most of its name ("list the background papers", "which stations are in the
    crewing review?" of "Wholetime Crewing Review"); not a minute's topic named to ask what was said under it ("what
    questions did members ask about the parking decision?" of "Call-in: Cabinet decision - Quay Street parking")."""
    named = {s for s in stems(words(paragraph.section)) if not s.isdigit()}  # ("4. Options considered")
    if not named & set(weights):
        return False
    head = _THINGS_ASKED.match(question) or _WHICH_THINGS.match(question)
    said = named & set(stems(words(question)))
    return bool(head and stems([head[1].lower()])[0] in named) or 2 * len(said) > len(named)


def _as_before(answer: Answer, history) -> Answer:
    """An answer to "same in 2023?": yes when the value it found is the one the last answer led with, else no; the
    answer found kept below. Unchanged when the last answer led with no value, or when the answer found is of a paper
    the last answer cited (the paper asked of gives no value of its own)."""
    cited = " ".join(t.get("content") or "" for t in history if t.get("role") == "assistant")
    if answer.citations and f"[{answer.citations[0].short}," in cited:
        return answer
    lead = last_reply(history).split('"')[0].strip().rstrip(".").strip()
    finder = FINDERS.get(answer.answer_type)
    before = {f.value.casefold() for f in finder(lead)} if finder and lead else set()
    if not lead or not before and len(lead) > 80:
        return answer
    same = str(answer.value).casefold() in before | {lead.casefold(), lead.split(",")[0].casefold()}  # ("Daniel Price,
    # Performance and Insight Manager" led with the person)
    said = "Yes, the same" if same else f"No (before: {lead})"
    return dataclasses.replace(answer, answer=f"{said}. {answer.answer}", answer_type="yes_no",
                               value="yes" if same else "no")


def _same_field(c: Candidate, label: str) -> Candidate:
    """The line of a candidate's report that gives the field `label` (its front matter first), else the candidate."""
    for p in sorted(c.report.paragraphs, key=lambda p: p.label != "header"):
        for line in sentences(p.text, with_headings=True):
            f = frontmatter.field(line)
            if f and f[0].lower() == label.lower():
                return dataclasses.replace(c, paragraph=p, sentence=line)
    return c


def _front_line(report: Report):
    """The citation of a report's front matter by its first line (its date line, its title), or None without one."""
    header = next((p for p in report.paragraphs if p.label == "header"), None)
    return citation_for(report, header, header.text.split("\n")[0]) if header else None


def _a_title(sentence: str) -> bool:
    """Whether a line is a title, not a sentence: no full stop, and every word of four letters or more capitalised."""
    long = [w for w in re.findall(r"[A-Za-z]+", sentence) if len(w) >= 4]
    return bool(long) and not sentence.rstrip().endswith(".") and all(w[0].isupper() for w in long)


def _role_of(q: Question, name: str, paragraphs: list[tuple[Report, Paragraph]]) -> Answer | None:
    """The post of a person ("Max Soule"), as the first of the paragraphs that writes one beside their name writes it
    ("from Max Soule, Deputy Director, ..."); None when none does."""
    for report, paragraph in paragraphs:
        for sentence in sentences(paragraph.text):
            for f in FINDERS["person"](sentence):
                post = f.text.replace(f.value, "", 1).strip(" ,()–-") if name and f.value.lower() in name.lower() else ""
                if post:
                    cite = citation_for(report, paragraph, sentence)
                    return Answer(q.text, f'{post}. "{sentence}" {cite.written()}', "text", None, False, (cite,))
    return None


def _recommended_alike(q: Question, top: Candidate) -> list[Candidate]:
    """"What was the committee asked to note?" of a paper's recommendations: the others of its recommendations that ask
    the same ("Note the contents of the letter ...", "Note the close down arrangements ..."), in their order."""
    verb = _ASKED_TO.search(q.text)
    if not verb or not recommends(top.paragraph):
        return []
    anything = verb[1].lower() == "do"  # ("asked to do?": each of them)
    alike = lambda p: recommends(p) and p is not top.paragraph and (
        anything or stems(words(p.text)[:1]) == stems([verb[1].lower()]))
    return [dataclasses.replace(top, paragraph=p, sentence=(sentences(p.text) or [p.text])[0])
            for p in top.report.paragraphs if alike(p)]


def _resolved_with(top: Candidate) -> list[Candidate]:
    """The other parts of the resolution a decision's answer quotes a part of ("(b) delegates ..." with "(a) approves
    ..."; "48(2)" with "48(1)"), in their order: the paragraphs around it labelled as its siblings."""
    parent = resolution_of(top.paragraph.label)
    if parent is None:
        return []
    paragraphs = list(top.report.paragraphs)
    at = next(i for i, p in enumerate(paragraphs) if p is top.paragraph)
    sibling = lambda p: resolution_of(p.label) == parent
    first = at
    while first > 0 and sibling(paragraphs[first - 1]):
        first -= 1
    last = at
    while last + 1 < len(paragraphs) and sibling(paragraphs[last + 1]):
        last += 1
    return [Candidate(top.report, p, (sentences(p.text) or [p.text])[0], 0.0, 0.0, None, 0.0)
            for p in paragraphs[first: last + 1] if p is not top.paragraph][:RESOLUTION_PARTS - 1]


def _resolved_under(c: Candidate) -> Candidate | None:
    """The resolution of the minute a sentence is under ("RESOLVED: That planning permission be REFUSED ..."), if it
    has one."""
    minute = resolution_of(c.paragraph.label) or c.paragraph.label  # ("PL/43" of its reason "PL/43(2)")
    for p in c.report.paragraphs:
        if p.label == minute != "header":
            said = next((s for s in sentences(p.text) if RESOLVED_RE.match(s)), None)
            if said:
                return Candidate(c.report, p, said, 0.0, 0.0, None, 0.0)
    return None


def _latest_said(relevant: list[Candidate]) -> list[Candidate]:
    """Of a paper's figures nearly as good as its best, the one said at the latest date first ("By 31 January 2026 the
    number waiting had fallen to 97" before "in August 2025 ... 212 people were waiting"): how it stands now."""
    top = relevant[0]
    ref = dt.date.fromisoformat(top.report.meeting_date) if top.report.meeting_date else None

    def said_at(c: Candidate) -> str:
        return max((f.value for f in FINDERS["date"](c.sentence, ref) if len(f.value) >= 7 and (
            not top.report.meeting_date or f.value <= top.report.meeting_date)), default="")

    near = [c for c in relevant[:FIT_DEPTH] if c.report is top.report and c.found and c.score >= 0.8 * top.score]
    dated = [c for c in near if said_at(c)]
    if len(dated) < 2:
        return relevant
    latest = max(dated, key=said_at)
    return [latest] + [c for c in relevant if c is not latest]


def _rows_asked(top: Candidate, question: str) -> list[tuple[Paragraph, str]]:
    """When the answer's sentence is a row of a table, the table's rows holding a value the question names
    ("limited", "December", "Q1 2026/27": a cell's words, its figures aside), if some rows hold it and others don't.
    A table whose rows are paragraphs of their own (labelled by their references) is read whole: its rows are the
    report's rows with the same columns."""
    own = fields(top.sentence)
    if not own:
        return []
    rows = [(top.paragraph, line) for line in top.paragraph.text.split("\n") if fields(line)]
    if len(rows) == 1:
        columns = [head for head, _ in own]
        rows = [(p, line) for p in top.report.paragraphs for line in p.text.split("\n")
                if (cells := fields(line)) and [head for head, _ in cells] == columns]
    asked = set(words(question))
    held = [(p, line) for p, line in rows if any(
        (named := {w for w in words(value) if not w.isdigit()}) and named <= asked for _, value in fields(line))]
    return held if 0 < len(held) < len(rows) else []


_NEXT = re.compile(r"\b(?:next|upcoming|forthcoming)\b", re.I)
# "when does it close?", "when's it opening?" do not ask the past
_NOT_PAST = re.compile(r"\b(?:does|do|is|are|would)\b|\b(?:when|where|what|how)(?:'s|’s|s)\b", re.I)


def _of_another_body(q: Question) -> Question:
    """A question naming a meeting no indexed paper is of: another body's meeting, which a paper may tell of; the
    words that named it ("december", "16 october") are then words the answer speaks of."""
    return dataclasses.replace(q, time=("", ""), terms=q.terms + q.time_words)


def _before_meeting(c: Candidate) -> bool:
    """A date earlier than its report's meeting (at the date's own precision): past, not a plan."""
    end = c.found.value.split("/")[-1]
    return bool(c.report.meeting_date) and end < c.report.meeting_date[: len(end)]


_HAPPENED = re.compile(r"(?:and |so )?(?:did|has|have|had|was|were)\b", re.I)  # a question whether something happened
# what may happen, or is sought or proposed: "any party may appeal", "to seek approval to establish a DPS"
_MAY = re.compile(r"\b(?:may|might|can|could|seek(?:s|ing)? (?:approval|agreement|permission) to|(?:is|are) asked to|"
                  r"(?:is|are) recommended to|proposes? to|(?:be|is|are|been) invited to)\s+((?:\w+\s+){0,2}\w+)", re.I)


def _only_possible(sentence: str, terms: tuple[str, ...]) -> bool:
    """Whether a sentence says only that what a question asks of may happen: "any party may appeal" for "did anyone
    appeal?", "to seek approval to establish a DPS" for "did they establish a DPS?" (a word asked follows "may",
    "can", "seek approval to" ... within three words)."""
    asked = set(stems(terms))
    return any(asked & set(stems(words(m[1]))) for m in _MAY.finditer(sentence))


def _quoted(sentence: str, quoted: tuple[str, ...]) -> bool:
    """Whether a sentence is one the last answer quoted (as far as it quoted it), or says all the last answer said in
    its own words ("Housing Rent Arrears Recovery and Procurement Card Usage.", of three key words at least)."""
    return any(sentence[:40] == q[:40] for q in quoted) or any(
        len(said) >= 3 and said <= paragraph_stems(sentence) for said in map(_words_said, quoted))


@functools.lru_cache(maxsize=64)
def _words_said(reply: str) -> frozenset[str]:
    """The stems of a reply's key words, but for a date it gives ("31 March 2026.")."""
    return frozenset(stems(t for t in key_terms(reply) if t.isalpha() and t not in MONTHS))


# a question after how something turned out: "what was the outcome of the consultation?", "what did the review find?"
_OUTCOME_ASKED = re.compile(r"\b(?:outcomes?|results?|findings?|verdict)\b|\bcame out of\b|\bhow did\b.*\b(?:go|turn out)\b|"
                            r"\bwhat (?:did|does|do)\b.*\b(?:find|conclude|show|recommend|measure|reveal)\b|"
                            r"\bwhat (?:did|does|do)\b(?!.*\b(?:reports?|papers?|minutes)\b).*\bsay\W*$|"
                            r"\bwhat (?:came|has come|comes) (?:out )?of\b", re.I)
# an outcome put off: "a further update will be provided to the Committee", "will report back"
_UPDATE_TO_COME = re.compile(r"\bupdates?\s+will\s+be\s+(?:provided|given|brought|reported|circulated)\b|"
                             r"\bwill\s+(?:report|be\s+reported)\s+back\b", re.I)


# a thing still to be done or in the making ("surveys will be undertaken", "is being developed", "is underway"), and
# one done ("has been completed", "took place", "found")
_UNDONE = re.compile(r"\bwill\b|\b(?:is|are)\s+being\s+\w+ed\b|\bunderway\b|\bin progress\b|\bproposed\b|\bplanned\b",
                     re.I)
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?(?:been\s+)?(?:completed|undertaken|carried out|held|published|"
                   r"taken place)\b|\btook place\b|\b(?:found|finds|show(?:s|ed|n)|conclude[sd]|confirm(?:s|ed)|"
                   r"recommends|recommended that|identifies)\b", re.I)


def _says_all(c: Candidate) -> bool:
    """Whether a sentence, with its headings and its paragraph, says every key word asked (or a word near it)."""
    return c.coverage > 1 - 1e-6


def _still_to_come(c: Candidate) -> bool:
    """Whether a sentence gives dates, each after its report's meeting, puts off its news to an update to come, or
    speaks of its thing (or the line introducing its bullet, or its first bullet) as still to do or in the making: what it
    speaks of was yet to happen, or to be told."""
    if _UPDATE_TO_COME.search(c.sentence):
        return True
    if _DONE.search(c.sentence):
        return False
    if any(_UNDONE.search(t) and not _DONE.search(t) for t in (c.sentence, _intro(c), _headed(c)[0].sentence)):
        return True
    meeting = c.report.meeting_date
    dates = FINDERS["date"](c.sentence, dt.date.fromisoformat(meeting)) if meeting else []
    return bool(dates) and all(later(d.value, meeting) for d in dates)


# what a phrase after the things asked says: about what ("questions about the decision"), or to, of or from whom
_ABOUT = r"about|on|regarding|concerning|around|over|in relation to|relating to|in respect of|as to"
_TOWARDS = r"to|of|from|by|with|at"
_BACK = {"it", "its", "this", "these", "that", "those", "their", "them"}
# a verb done, and what counts them, before the things it did: "made recommendations", "asked a number of questions"
_MADE = re.compile(rf"\b(?:[a-z]+ed|{IRREGULAR_PAST}|make|makes|give|gives|raise|raises|ask|asks)\s+"
                   r"(?:(?:a|an|the|some|several|any|further|their|its|many|few|number|of|two|three|four|five|"
                   r"various|detailed|specific)\s+)*$", re.I)
_SAID_AS = re.compile(r":|\b(?:such as|including|for example|for instance|namely|e\.g\.|below|following|as follows)",
                      re.I)  # ("made recommendations to Cabinet, set out below")


def _named_not_said(sentence: str, things: str, question: str) -> bool:
    """Whether a sentence names the things a list asks for without saying what they are: "Members asked questions
    about the decision, which the Cabinet Member answered", "has made recommendations to Cabinet on these findings"
    (what follows the word up to its clause's end says only to or of whom, or about what the question or the sentence
    already names); not "raised concerns about the loss of free parking", "recommendations: that ...", "the concerns
    identified in the auditor's letter"."""
    if things.lower() in KINDS_OF_THING:
        return False
    m = re.search(rf"\b{re.escape(stems([things.lower()])[0])}\w*\b(.*)", sentence, re.I)
    if not m or not _MADE.search(sentence[: m.start()]) or _SAID_AS.search(m[1]):
        return False  # (the things as what was done, "made recommendations", not one named, "Brookside Pool", nor an
        # item of a list, "Internal audit reviews"; not them listed or instanced after the word)
    rest = re.split(r"[,;.]|\s(?:which|who|and|but|that)\s", m[1])[0]
    parts = re.split(rf"\b({_ABOUT}|{_TOWARDS})\b", rest, flags=re.I)
    if words(parts[0]):
        return False  # ("the concerns identified in ...": what they were)
    asked = set(stems(words(question)))
    for preposition, phrase in zip(parts[1::2], parts[2::2]):
        said = [w for w in words(phrase) if w not in STOPWORDS or w in _BACK]
        if re.search(r"\d", phrase) or re.fullmatch(_ABOUT, preposition, re.I) and said and said[0] not in _BACK and \
                not set(stems(said)) <= asked:
            return False  # (a figure is what they are: "limiting opening hours to 8am to 6pm")
    return True


# a word a question may use as a name, lower case though it be, as a place's: "parking in saltmarsh", "saltmarsh's fees"
# (not "the north of the borough": a name takes no article)
_PLACED = re.compile(r"(?i)(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\bthis )\b([a-z]{4,})\b"
                     r"(?!\s+of\b)")
# a question after what a thing is or holds: "what are the KPIs?", "what targets do they set?", "list the ..."
_CONTENT_ASKED = re.compile(r"(?:what|which)\b(?:\s+\w+)?\s+(?:is|are|does|do)\b|(?:list|name)\b", re.I)
# a thing in the making: "the development of Procurement KPIs is underway", "the guidance ... being developed by"
_MAKING = re.compile(r"\b(?:development|drafting|preparation|production) of\b|\bbeing (?:developed|drafted|prepared|"
                     r"produced|written|designed)\b|\bunder development\b", re.I)


def _in_making(sentence: str, question: str) -> bool:
    """Whether a sentence says the thing a question names (two or more of its key words, or all) is still being made,
    those words within a few of the saying ("The development of Procurement KPIs is underway"), and the question does
    not ask of the making itself ("what documents is procurement developing?")."""
    if re.search(r"\b(?:develop|draft|prepar|produc|design)\w*", question, re.I):
        return False
    asked = set(stems(key_terms(question)))
    for m in _MAKING.finditer(sentence):
        near = set(stems(words(" ".join(words(sentence[: m.start()])[-6:] + words(sentence[m.end():])[:6]))))
        if len(asked & near) >= min(2, len(asked)):
            return True
    return False


# a decision asked as taken ("what did the board decide ...?", "what was agreed?") and one still to take ("will be
# agreed", "is expected to agree")
_DECIDED_PAST = re.compile(r"^(?:and\s+|so\s+)?(?:what|how|which)\b.*?\b(?:did|was|were|has|have|had)\b", re.I)
_TO_DECIDE = re.compile(r"\b(?:will|would|shall)\s+(?:(?:need|have)\s+to\s+)?(?:be\s+)?(?:\w+\s+)?$|\bto\s+be\s+(?:\w+\s+)?$|"
                        r"\b(?:expected|due|asked|invited)\s+to\s+$", re.I)
# a count asked of several papers together: "across both papers", "in total", "altogether", "between them"
_ACROSS = re.compile(r"\b(?:across|in total|altogether|all told|combined|between them|put together|overall)\b", re.I)
# a demonstrative standing for what was said before it: "progress on this in the coming months", "This is ..."
_POINTS_BACK = re.compile(r"\b(?:this|these|those)\b(?=\s*(?:[.,;:]|$|\s+(?:in|on|at|by|for|to|with|over|during|and|but|is|"
                          r"are|was|were|will|has|have)\b))", re.I)
# a place asked ("where was it held?", "where will they meet?"; not "where are we with it?") and one said: "held in the
# Village Hall", "at Lowmoor Town Hall", "Venue: Council Chamber", "online" (not "in October")
_PLACE_ASKED = re.compile(r"\bwhere\b(?!\s+(?:are|is|do)\s+(?:we|they|things)\b)(?=.*\b(?:held|hold|located|based|meet\w*|"
                          r"met|take place|took place|taking place|sited|hosted|venue)\b)", re.I)
_PLACE_SAID = re.compile(rf"\b(?i:at|in)\s+(?:(?i:the)\s+)?(?!(?i:{'|'.join(MONTHS)}|\w+day)\b)[A-Z]|"
                         r"(?i:\b(?:venue|location)\s*:|\b(?:online|virtually|remotely|hybrid)\b)")
# a sub-heading numbering a thing within a paragraph: "Action 4 (Low)", "Management action 3 (Medium)", "Option B"
_NUMBERED_HEAD = re.compile(r"([A-Z][a-z]+(?: [a-z]+)?) (\d{1,3}|[A-Z])(?: \([^)]*\))?")
_HEAD_NAMES: dict[tuple[str, str], frozenset[str]] = {}  # (report id, sha256) -> the names its sub-headings number


# what a key's value stands for: "what does a score of 2 mean?", "in the rating scores what does 3 mean?"
_LEGEND_ASKED = re.compile(r"\bwhat\s+(?:does|do|is)\s+(?:an?\s+|the\s+)?(?:(?:score|rating|grade|level|value|code)\s+"
                           r"(?:of\s+)?)?['‘\"]?(?P<key>\d{1,2}|[A-Z])['’\"]?\s+(?:mean|stand for)\b", re.I)


def _legend(q: Question, sources: list) -> Answer | None:
    """The line of a key that says what the value asked stands for ("2 = Medium"), in the paragraphs found."""
    asked = _LEGEND_ASKED.search(q.text)
    if not asked:
        return None
    key = re.compile(rf"\s*{re.escape(asked['key'])}\s*(?:=|:|–|-)\s*(\S.{{0,60}}?)\s*", re.I)
    for _, report, paragraph, _, _ in sources:
        line = next((m for line in paragraph.text.split("\n") if (m := key.fullmatch(line))), None)
        if line:
            cite = citation_for(report, paragraph, line[0].strip())
            return Answer(q.text, f'{line[1]}. "{line[0].strip()}" {cite.written()}', "text", line[1], False, (cite,))
    return None


def _under_named(c: Candidate, question: str) -> bool:
    """Whether a sentence is under the sub-heading a question names ("when is action 4 due?" of the line under
    "Action 4 (Low)"), or names it itself, when its paper's sub-headings number things so; True when the question
    names none of them."""
    if not re.search(r"\b(?:\d{1,3}|[b-hj-z])\b", question, re.I):  # (no number nor letter: none named)
        return True
    heads = lambda p: {i: m for i, line in enumerate(p.text.split("\n")) if (m := _NUMBERED_HEAD.fullmatch(line.strip()))}
    key = (c.report.id, c.report.sha256)
    if key not in _HEAD_NAMES:
        if len(_HEAD_NAMES) > REPORTS_KEPT:
            _HEAD_NAMES.clear()
        _HEAD_NAMES[key] = frozenset(m[1].lower() for p in c.report.paragraphs for m in heads(p).values())
    asked = [m for name in _HEAD_NAMES[key] for m in re.finditer(rf"\b({name})\s+(\d{{1,3}}|[a-z])\b", question, re.I)]
    if not asked:
        return True
    own = heads(c.paragraph)
    at = next((i for i, line in enumerate(c.paragraph.text.split("\n")) if c.sentence in line), None)
    over = max((i for i in own if at is not None and i <= at), default=None)
    if over is None:  # (a sentence of another paragraph names it: "Action 3 will cost about £6,500")
        return any(re.search(rf"\b{m[1]}\s+{m[2]}\b", c.sentence, re.I) for m in asked)
    return any(own[over][2].lower() == m[2].lower() for m in asked)


def _bullets_under(c: Candidate) -> list[str]:
    """The bullets a line ending in a colon heads in its paragraph, past one more such line ("Strategic Objective(s):",
    "The proposals ... fit under the following strategic objective(s):", then the bullets); [] for another."""
    lines = [line.strip() for line in c.paragraph.text.split("\n")]
    at = next((i for i, line in enumerate(lines) if line == c.sentence and line.endswith(":")), None)
    if at is None:
        return []
    start = at + 1 + (at + 1 < len(lines) and lines[at + 1].endswith(":") and not BULLET.match(lines[at + 1]))
    return [BULLET.sub("", line) for line in itertools.takewhile(lambda line: BULLET.match(line), lines[start:])]


def _intro(c: Candidate) -> str:
    """The line introducing the run of bullets a sentence is in ("... surveys will be undertaken, for example:"), or ""."""
    lines = c.paragraph.text.split("\n")
    at = next((i for i, line in enumerate(lines) if BULLET.match(line) and c.sentence in line), None)
    if at is None:
        return ""
    above = at - 1 - sum(1 for _ in itertools.takewhile(lambda line: line[:1] == lines[at][:1], reversed(lines[:at])))
    return BULLET.sub("", lines[above]) if above >= 0 else ""  # (a bullet's own line, for the bullets under it)


def _after_meeting(c: Candidate) -> bool:
    """A date later than its report's meeting: a plan, not a past event."""
    return later(c.found.value, c.report.meeting_date)


# the words of a question about a report itself rather than its contents ("which paper was considered most recently?")
_OF_A_REPORT = set("""document documents report reports paper papers collection index indexed meeting meetings held
    published publication considered issued recent recently newest latest two three presented submitted tabled first
    earliest oldest""".split())


# a report's own recommendations, not those a tracker or table follows up, nor some of them
_RECOMMENDATIONS_COUNTED = re.compile(r"\bhow many recommendations\b(?!.*\b(?:implemented|complete|overdue|"
                                      r"outstanding|open|closed|accepted|rejected|agreed|tracker|table|log)\b)", re.I)
_MORE_THAN = re.compile(r"\b(?:did|does|do|has|had)\s+(?:the\s+)?(?P<a>.+?)\s+(?:have|has|had|make|give|contain|"
                        r"include)\s+(?P<more>more|fewer|less)\s+recommendations\s+than\s+(?:the\s+)?(?P<b>.+?)\s*\??$",
                        re.I)
_EARLIER_NAMED = re.compile(r"\b(?:earlier|earliest|older|oldest|first|previous)\b", re.I)
_LATER_NAMED = re.compile(r"\b(?:later|latest|newer|newest|second|last|recent)\b", re.I)
_MOST_RECOMMENDATIONS = re.compile(r"\bwhich (?:paper|report|document|meeting)s? (?:had|has|made|gave|contained|contains|"
                                   r"included|includes) (?:the )?(more|most|fewer|fewest|less|least) recommendations\b", re.I)
_IF_ASKED = re.compile(r"\bwhat\s+(?:happens|will happen|would happen|happened|could happen)\s+if\b", re.I)
_CONDITION = re.compile(r"(?:^|[,;:]\s*)(?:if|unless|without)\b|\botherwise\b", re.I)
_WHY_NOT = re.compile(r"why (?:not|wasn't|weren't|didn't|isn't|aren't|doesn't|don't)\b", re.I)
_REASONS = re.compile(r"\b(?:reasons?|rationale|justification|why)\b", re.I)  # "Reasons for the decision"
_HOW_BIG = re.compile(r"^(?:and |so )?how (?:big|large)\b", re.I)
# a paper named by its period: "the 2023 report", "the nov 23 paper", "the minutes of the 2022 meeting"
_PAPER = r"(?:reports?|papers?|meetings?|minutes|updates?|documents?|agendas?)"
_PAPER_NAMED = re.compile(rf"\b(?:19|20)?\d\d(?:/\d\d)?\s+(?:[\w-]+\s+)?{_PAPER}\b|\b{_PAPER}\s+(?:of|from|for|in|dated)\s+"
                          rf"(?:the\s+)?(?:\w+\s+)?(?:19|20)?\d\d\b", re.I)
# a figure asked of as it moves over time: "has it gone down?", "is the spend coming down?", "are more being fixed?"
_TREND = re.compile(r"\b(?:gone|going|coming|come|got|getting|fallen|falling|risen|rising|increas(?:ed|ing)|"
                    r"decreas(?:ed|ing)|reduc(?:ed|ing)|dropp(?:ed|ing)|grown|growing)\b", re.I)
# the time between two things: "how many months between the two committee meetings?", "how long was there between
# the letter and the board's decision?", "how long after the first notice did the second one come?"
_TWO_THINGS = r"(?:the (?:two|2) (?:committee )?(?:meetings|papers|reports)|(?P<a>.+?)\s+and\s+(?P<b>.+?))"
_SPAN_BETWEEN = re.compile(r"^(?:and\s+|so\s+)?how (?:long|much time|many (?P<unit>days|weeks|months|years))\s+(?:(?:was|is|"
                           rf"were) (?:there|it)\s+|passed\s+|elapsed\s+|went by\s+)?between\s+{_TWO_THINGS}\s*\??$", re.I)
_STANDS_FOR = re.compile(r"^(?:and\s+|so\s+)?what(?:'s|’s| is| does| do|s)\s+(?:the\s+|an?\s+)?(?:(?:acronym|abbreviation)\s+)?"
                         r"([a-z&]{2,8})\s*(?:(?:acronym|abbreviation)\s+)?(?:stand for|short for|mean|means)?\s*\??$",
                         re.I)  # "what does MTFP stand for?", "what's the IIB?", "what is the LEAP acronym short for?"
_WHO_IS = re.compile(r"^(?:and\s+|so\s+)?who(?:'s|’s| is| was|s)\s+(?P<name>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2})\s*\??$",
                     re.I)  # "who's Max Soule?" (a name, not "who is the chair?")
# "what's her job title?", "and his role?": the post of the person the last answer named
_ROLE_OF = re.compile(r"^(?:and\s+|so\s+)?(?:what(?:'s|’s| is| was|s)\s+)?(?:his|her|their)\s+"
                      r"(?:job(?: title)?|role|position|post|title)\s*\??$", re.I)
# how long a thing goes on from now: "how long will it carry on?", "how long is the group going to last?", "how long
# was that meant to last?"
_HOW_LONG_ON = re.compile(r"^(?:and\s+|so\s+)?how long (?:will|would|is|are|does|do|can|was|were)\s+(?P<what>.+?)\s+"
                          r"(?:be\s+)?(?:(?:going|meant|supposed|expected|due|planned) to\s+)?"
                          r"(?:go(?:ing)? on|carry(?:ing)? on|continu(?:e|ing)|last(?:ing)?|run(?:ning)?|"
                          r"kept(?: going| on)?|around|stay(?:ing)?|remain(?:ing)?)(?:\s+for)?\s*\??$", re.I)
_SPAN_APART = re.compile(r"^(?:and\s+|so\s+)?how (?:far|long|many (?P<unit>days|weeks|months|years)) apart\s+"
                         rf"(?:were|are|was|is)\s+{_TWO_THINGS}(?:\s+held)?\s*\??$", re.I)  # "how far apart were ...?"
_SPAN_AFTER = re.compile(r"^(?:and\s+|so\s+)?how (?:long|much time|many (?P<unit>days|weeks|months|years)) after\s+"
                         r"(?P<a>.+?)\s+(?:did|was|were|does|is)\s+(?P<b>.+?)\s*\??$", re.I)
# "what are the procurement KPIs?", "which are the key risks?": the things a list asks for, its last word
_THINGS_ASKED = re.compile(r"^(?:and\s+|so\s+)?(?:what|which)\s+(?:are|were)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:[\w&'-]+\s+){0,4}?([a-z][\w'-]*s)\s*\??$", re.I)
# "which commissioners ...?": the things a list asks for (not "what does ...?")
_WHICH_THINGS = re.compile(r"^(?:and\s+|so\s+)?(?:which|what)\s+(?!(?:was|does|has|this|its|his|happens|means|goes|comes|"
                           r"seems|remains|needs|makes|counts|takes|gets)\b)([a-z]{3,}s)\b", re.I)
_WHO_THINGS = re.compile(r"^(?:and\s+|so\s+)?who(?:'re|\s+are|\s+were)\s+(?:the|its|their|our)\s+([a-z]{3,}s)\b", re.I)
# what a person did that a sentence answering must say: "who replaced X?", "who proposed the motion?"
# ("who signed off the terms of reference?": one said to agree them)
_ACT_ASKED = re.compile(r"\b(?:replac(?:e|ed|es|ing)|succeed(?:s|ed)?|proposed|moved|seconded|signed(?=\s+off\b)|"
                        r"approved|endorsed)\b", re.I)
_DECIDED_LAST = re.compile(r"^(?!.*\b(?:since|after|before|when|once|until|because)\b).*\b(approved|agreed|granted|refused|"
                           r"rejected|adopted|endorsed|accepted|passed|carried|signed off)(?:\s+(?:by|at)\s+[^?]{1,60})?\s*\??$",
                           re.I)  # (what decided it may follow: "did the SAF get signed off by audit & governance?")
# a figure asked of an earlier time ("how many were there a year ago?"), and a sentence giving one
# (not one measured against it: "how many improved on the year before?")
_EARLIER = (r"\b(?:(?:a|one|two|three|\d+)\s+(?:year|month|quarter|week)s?\s+(?:ago|earlier|before)\b|"
            r"(?:the\s+)?(?:previous|prior)\s+(?:year|quarter|month)\b|the\s+year\s+before\b)")
_AGO_ASKED = re.compile(r"(?<!\bthe )(?<!\bon )(?<!\bthan )(?<!\bover )(?<!\bto )(?<!\bwith )(?<!\bagainst )(?<!\bfrom )"
                        + _EARLIER, re.I)
_PAST_SAID = re.compile(rf"{_EARLIER}|\blast\s+year\b", re.I)
# "what's the timeline of the best value notices?", "the history of the notices": each one that came, on its date
_TIMELINE = re.compile(r"\b(?:timeline|chronology|history|dates)\s+of\s+(?:the\s+|all\s+the\s+|each\s+of\s+the\s+)?"
                       r"((?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*?)\s*\??$", re.I)
# "when was the second best value notice issued?": a thing by its place among those that came
_NTH = re.compile(rf"\bthe\s+({'|'.join(ORDINALS[1:])})\s+((?:[a-z][\w'-]*\s+){{0,4}}?[a-z][\w'-]*?)"
                  rf"(?=\s+(?:was|were|is|be|been|come|came|issued|received|served|given|sent|published|made|held)\b|"
                  r"\s*[?.]|\s*$)", re.I)
# "what was the committee asked to note?", "what does the paper ask members to do?"
_ASKED_TO = re.compile(r"\b(?:asked|recommended|(?:report|paper|it)\s+asks?)\s+(?:(?:the\s+)?[\w-]+\s+)?to\s+(\w+)",
                       re.I)
_SINCE = re.compile(r"\b(?:since|compared (?:with|to)|from)\b", re.I)
# how a thing stands at present: "how is it rated now?", "is it done yet?", "what's the new deadline?"
_NOW = re.compile(r"\b(?:now|currently|current|at (?:the moment|present)|these days|yet|still|so far|to date|any ?more|"
                  r"this year|new (?:deadline|date|target|timescale|due date))\b", re.I)  # (not "the new library hours")
# (not "is to" nor "will", as evidence's `_TO_DO` reads a thing asked done: "agreed that the Board is to be retained"
# dates the agreeing)
_TO_COME = re.compile(rf"\b(?:{PLANNED}|anticipated|likely)\s+to\b", re.I)
_PLANNED = re.compile(r"\b(?:would|will|is expected to|are expected to|plans? to|planned|proposed|aims? to)\b", re.I)
_SAYS_NONE = re.compile(r"\b(?:say|says|said|marked|are|were|is|given as|listed as|states?|put)\s+(?:as\s+)?['\"‘“]?"
                        r"(?:none|nil|n/a|not applicable)\b", re.I)
_NIL = re.compile(r"(?:none|nil|n/?a|not applicable)\.?", re.I)
_RATED_AS = re.compile(r"\b(?:rated|given|graded)\s+(?:as\s+)?(red|amber|green|high|medium|low)\b", re.I)
_LEADING_YES_NO = re.compile(r"^(?:Yes|No)[.:]\s*")
_MENTION_ASKED = re.compile(r"\b(?:mention\w*|refer(?:s|red)? to|talk(?:s|ed)? about|say anything about)\b", re.I)
_CHANGE_ASKED = re.compile(r"\b(?:chang\w*|differ\w*)\b", re.I)  # "did X change between the reports?"
_SAME_ASKED = re.compile(r"\bsame\b|\balso\b", re.I)  # "was the same director reporting both times?", "was the
# author of the 2024 paper also an author of the 2023 one?"
_IN_EVERY = re.compile(r"\b(?:both|each|all|every)\b", re.I)  # "did it come up in both papers?"
_REPORTS_ASKED = re.compile(r"\b(?:reports|papers|documents|meetings)\b", re.I)
_ASKED_WHY = re.compile(r"\b(?:asked|queried|questioned|wanted to know|sought clarification (?:on|of))\s+(?:why|how|"
                        r"whether|what|about)\b", re.I)  # a question minutes report, its reply said next
_A_PAIR = re.compile(r"\b(?:two|both)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?(?:reports|papers|documents|updates)\b", re.I)
_EXACTLY = re.compile(r"\b(?:exactly|exact|precisely|precise)\b", re.I)
_A_FEW_SENTENCES = 5  # the leading candidates among which a reported question is looked for
_MEETINGS_ASKED = re.compile(r"\b(?:reports?|papers?|documents?|meetings?|committees?)\b", re.I)  # "which came first: A's
# meeting or B's?" compares meetings
RESOLUTION_PARTS = 4  # the most parts of one resolution a decision's answer quotes
FIGURE_DEPTH = 10  # the leading sentences that tell whether a "what is the X?" asks a figure
SAID_DEPTH = 2  # the leading candidates whose sentences are embedded to weigh them against the question (2, 3, 4, 6
# and 12 scored alike on every set; each sentence embedded costs some 3 to 5 ms)
_A_FEW_REPORTS = 4  # "each report" is answered report by report from the catalogue when they are this few
_NAME_JOINS = ("and", "&", "of", "for")  # the small words inside a name
_EACH_FIRST = 3  # beyond the fused best, each retriever's first three are read too (2 and 5 answered fewer)


def _to_come(event) -> bool:
    """Whether a dated event was still to come when its paper was written: its date's clause says so ("due to be
    completed by December 2023", "the staff conference in October will be ..."), not another clause."""
    ref = dt.date.fromisoformat(event.meeting_date) if event.meeting_date else None
    at = next((f.start for f in find_dates(event.text, ref) if f.value == event.date), len(event.text))
    return bool(FUTURE.search(clause_at(event.text, at)))


def _near_the_quote(candidates: list[Candidate], quoted: tuple[str, ...]) -> list[Candidate]:
    """Candidates in their order, but of those scoring alike, the ones nearer a sentence the last answer quoted (in the
    same paragraph) first: they speak of what it spoke of."""
    said = [piece for quote in quoted for line in re.sub(r"\[[^\]]*\]", "\n", quote).split("\n")
            for piece in sentences(line.strip(" -•"))]  # (an answer's own lines, its citations aside)

    @functools.cache
    def anchors(text: str) -> list[int]:  # where the paragraph says what the answer said: a quote, or a sentence
        quotes = [text.find(piece) for piece in said if piece in text]  # saying most of its own words ("Yes, a second
        if quotes:  # one has taken place." of "A second Corporate Staff Induction session has taken place.")
            return quotes
        own = [set(stems(key_terms(piece))) for piece in said]
        return [text.find(line) for line in sentences(text) if any(
            len(words_said) > 1 and 2 * len(words_said & set(stems(key_terms(line)))) > len(words_said)
            for words_said in own)]

    def apart(c: Candidate) -> int:
        at = c.paragraph.text.find(c.sentence)
        return min((abs(at - where) for where in anchors(c.paragraph.text)), default=len(c.paragraph.text) + 1)

    def goes_on(c: Candidate) -> bool:  # "This will include ..." straight after the sentence quoted: it speaks on of it
        said_here = sentences(c.paragraph.text)
        at = said_here.index(c.sentence) if c.sentence in said_here else 0
        return at > 0 and said_here[at - 1] in said and bool(POINTS_BACK.match(c.sentence))
    ordered = [c for _, alike in itertools.groupby(candidates, key=lambda c: c.score) for c in sorted(alike, key=apart)]
    going_on = [c for c in ordered if goes_on(c)]
    return going_on + [c for c in ordered if c not in going_on]


_WHICH_BODIES = re.compile(r"\bwhich\s+(?:[\w-]+\s+)?(bodies|organi[sz]ations|committees|boards|councils|departments|"
                           r"authorities|panels|partners)\b", re.I)


def _several(relevant: list[Candidate], apart: bool = False, most: int = 3) -> list[Candidate]:
    """For "each"/"both" questions: the best sentence per distinct value (or per report when the
    answer has no typed value), while they score near the best; for a question naming councils whose papers each
    give a part, the best sentence of each report."""
    chosen, seen = [], set()
    for c in relevant:
        key = c.report.id if apart or c.found is None else c.found.value
        if key not in seen and (apart or c.score >= 0.6 * relevant[0].score):
            seen.add(key)
            chosen.append(c)
    return sorted(chosen[:most], key=lambda c: (c.report.meeting_date, c.paragraph.key))


def _denied_beside(q: Question, top: Candidate, beside: list[Candidate]) -> Found | None:
    """A yes no word of the answer's sentence says is overruled by a sentence beside it denying, in a clause, what the
    question asks and the answer's sentence does not say: "were any rated D?" of "... none was rated D"."""
    if top.found is None or top.found.text:
        return None
    unsaid = _unsaid(q, top)
    return next((c.found for c in beside if c.found and c.found.value == "no"
                 and unsaid & paragraph_stems(clause_at(c.sentence, c.found.start))), None)


def _field_asked(q: Question, c: Candidate) -> bool:
    """Whether a candidate is a front matter field whose label the question names ("Voting Arrangements: ...")."""
    field = frontmatter.field(c.sentence)
    return bool(field) and set(stems(key_terms(field[0]))) <= set(stems(q.terms))


def _another_place(q: Question, relevant: list[Candidate]) -> Citation | None:
    """Where the question asks of a place in a series ("the second member development session") that none of the
    paragraphs found names, but one names another place of it ("the first development session"): that sentence."""
    # (not a year of account, which a paper leaves unsaid of itself)
    asked = {(s, place) for s, place in in_series(q.text) if s != "financial year"}
    if not asked:
        return None
    series = {s for s, _ in asked}
    for c in relevant:
        if asked & in_series(c.paragraph.text):
            return None
    return next((citation_for(c.report, c.paragraph, sentence) for c in relevant for sentence in sentences(
        c.paragraph.text) if {s for s, _ in in_series(sentence)} & series), None)


def _unsaid(q: Question, c: Candidate) -> set[str]:
    """What a question asks that a candidate's sentence does not say, as stems."""
    return set(stems(q.terms)) - paragraph_stems(c.sentence)


def _replies(asking: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """The sentences that answer a question minutes report ("Members asked why ...", "queried whether ..."): each
    the next sentence of its paragraph after the one reporting the question."""
    out = []
    for c in asking:
        if _ASKED_WHY.search(c.sentence):
            said = sentences(c.paragraph.text)
            after = said[said.index(c.sentence) + 1] if c.sentence in said[:-1] else None
            out += [r for r in candidates if r.paragraph is c.paragraph and r.sentence == after][:1]
    return out


def _summed(q: Question, chosen: list[Candidate]) -> tuple[str, list[str], list] | None:
    """The sum of the figures each report gives, when a question asks them added up ("combined", "in total"), as the
    value, the line saying it and no citations of its own; None when it does not, or a part gives no figure."""
    figures = [quantity(c.found.value) if c.found else None for c in chosen]
    if q.kind not in ("amount", "number") or not SUM_ASKED.search(q.text) or None in figures:
        return None
    total = sum(figures)
    said = f"{total:,.2f}".removesuffix(".00")
    said = f"£{said}" if q.kind == "amount" else said.replace(",", "")
    return said, [f"In all: {said} ({' + '.join(c.found.value for c in chosen)})."], []


def _ordered(q: Question, chosen: list[Candidate]) -> tuple[str, list[str], list] | None:
    """The first (or last) of the things a "which came first: A or B?" question names, each paper giving one: by its
    meeting's date when what is compared are meetings or papers (citing their front matter), else by the date it
    gives; as the value, the lines saying it and the citations of its own (which stand for the parts'). None for
    another question, or a part without its date."""
    if not WHICH_FIRST.search(q.text):
        return None
    meetings = _MEETINGS_ASKED.search(q.text)
    dated = [(c.report.meeting_date if meetings else c.found.value if c.found else "", c) for c in chosen]
    if not all(d for d, _ in dated):
        return None
    value, c = (min if q.order == "first" else max)(dated, key=lambda pair: pair[0].split("/")[0])
    whose = ", ".join(filter(None, [c.report.title, c.report.publisher]))
    lines = [f"{'First' if q.order == 'first' else 'Last'}: {whose}, {human_date(value)}."]
    fronts = [(c.report, p) for c in sorted(chosen, key=lambda c: c.report.meeting_date)
              if meetings and (p := c.report.paragraph("header"))]
    held = [citation_for(r, p, next((line for line in p.text.split("\n") if find_dates(line)), p.text.split("\n")[0]))
            for r, p in fronts]
    lines += [f'{r.short}: "{cite.quote}" {cite.written()}' for (r, _), cite in zip(fronts, held)]
    return value, lines, held


def _said_before(c: Candidate, kind: str) -> Candidate:
    """A candidate's figure said of an earlier time: the one nearest where it says so ("compared with 151 a year
    earlier")."""
    said = _PAST_SAID.search(c.sentence)
    values = FINDERS[kind](c.sentence)
    nearest = min(values, key=lambda f: min(abs(f.end - said.start()), abs(f.start - said.end())), default=c.found)
    return dataclasses.replace(c, found=nearest)


def _value(kind: str, c: Candidate) -> tuple[object, str]:
    if c.found is None or kind == "text":  # a text answer is its sentence ("how often?": one saying how often)
        return None, ""
    if kind == "date":
        return c.found.value, human_date(c.found.value)
    if kind == "person":
        return c.found.value, c.found.text
    if kind in ("yes_no", "decision"):
        return c.found.value, c.found.value.capitalize()
    if kind == "rating" and c.found.text not in c.sentence:  # the rating of the heading it is under
        return c.found.value, f'{c.found.value}, under "{c.found.text}"'
    if kind == "number" and PERCENT_AFTER.match(c.sentence, c.found.end):
        return c.found.value, f"{c.found.value}%"  # "71%", said as a share
    unit = (TIME_UNIT.match(c.sentence, c.found.end) or _DISTANCE.match(c.sentence, c.found.end)) if kind == "number" \
        else None
    if not unit:
        return c.found.value, c.found.value
    said = unit[0].strip(" -")  # "18 months", said as a time (and "12 weeks" of "twelve-week")
    return c.found.value, f"{c.found.value} {said}{'s' if c.found.value != '1' and not said.endswith('s') else ''}"


def _recommendations_of(report) -> list:
    """A report's recommendations, each once (the items, not a paragraph "2.1:" that lists them)."""
    asked = [p for p in report.paragraphs if recommends(p)]
    return [p for p in asked if not any(o.label.startswith(f"{p.label}(") for o in asked)]


def _all_agreed(q: Question, candidates: list[Candidate]) -> Answer | None:
    """"Did management accept all the auditor's recommendations?", "were all the recommendations agreed?": the rows of
    the table the best candidate row is in, each by its response ("Agreed", "Partly agreed", "Rejected"); no, the
    rows not wholly agreed first, when any is not; None when no row found gives a response."""
    row = next((c for c in candidates[:FIGURE_DEPTH] if _response(c.paragraph.text) is not None), None)
    if row is None:
        return None
    rows = [(p, said) for p in row.report.paragraphs if (said := _response(p.text)) is not None]
    short = [(p, said) for p, said in rows if not _AGREED.match(said) or _NOT_WHOLLY.search(said)]
    told = (short or rows)[:LISTED]
    cites = tuple(citation_for(row.report, p, p.text) for p, _ in told)
    lines = "\n".join(f"- {p.label}: {said} {c.written()}" for (p, said), c in zip(told, cites))
    head = (f"No: {len(short)} of the {len(rows)} {'was' if len(short) == 1 else 'were'} not wholly agreed." if short
            else f"Yes: all {len(rows)}.")
    return Answer(q.text, f"{head}\n{lines}", "yes_no", "no" if short else "yes", False, cites)


def _response(text: str) -> str | None:
    """A table row's response or decision on what it recommends ("Management response: Partly agreed. ..."), or
    None."""
    return next((cell.strip() for head, cell in fields(text) if _RESPONSE_HEADER.search(head)), None)


_ALL_AGREED = re.compile(r"\b(?:all|every|each)\b.*\b(?:accept|agree)\w*|\b(?:accept|agree)\w*\s+(?:all|every|each)\b",
                         re.I)
_RESPONSE_HEADER = re.compile(r"\b(?:response|decision|accepted|agreed)\b", re.I)
_AGREED = re.compile(r"\W*(?:accepted|agreed|yes)\b", re.I)
_NOT_WHOLLY = re.compile(r"^\W*\w+\s+(?:in part|with\b)|\b(?:partly|partially|not|rejected|declined)\b", re.I)


def _authorities_named(report: Report) -> frozenset[str]:
    """The names of the authorities a report's front matter gives, in any case ("ASHWORTH AND DALE DISTRICT
    COUNCIL"); read once per version of a report."""
    key = (report.id, report.sha256)
    if key not in _AUTHORITIES:
        if len(_AUTHORITIES) > REPORTS_KEPT:  # (a server over a large archive meets every report in time)
            _AUTHORITIES.clear()
        header = [p.text for p in report.paragraphs if p.label == "header"]
        said = "\n".join([report.title, *report.fields.values(), *header])
        said = "\n".join(line.title() if line.isupper() else line for line in said.split("\n"))
        _AUTHORITIES[key] = frozenset(m[0].lower() for m in AUTHORITY_NAME.finditer(said) if proper_names(m[1]))
    return _AUTHORITIES[key]


_AUTHORITIES: dict[tuple[str, str], frozenset[str]] = {}  # (report id, sha256) -> the authorities it names


def _none_of(sentence: str, terms: tuple[str, ...]) -> bool:
    """Whether a sentence says there is none of a thing asked of ("We found no significant weaknesses in ...")."""
    asked = set(stems(terms))
    return any(set(stems(words(m[1]))) & asked for m in _NONE_OF.finditer(sentence))


_NONE_OF = re.compile(r"\b(?:no|none of the|not any)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_NEGATED = re.compile(r"\b(?:no|not|none|never|n't|without)\b", re.I)


def _purpose_said(sentence: str, terms: tuple[str, ...]) -> bool:
    """Whether a sentence says what a thing asked of is for: "a payment of £750 to the complainant for distress"."""
    return any(re.search(rf"\b{re.escape(t)}\w*\b[^.;]{{0,60}}?\b(?:for\s+(?!\d)|to\s+(?:fund|pay|cover|support)\b)",
                         sentence, re.I) for t in stems(terms))


_DISTANCE = re.compile(r"\s*(?:miles?|kilometres?|km|metres?)\b", re.I)  # "4.2 miles away": said as a distance
_PAID_FROM = re.compile(r"\b(?:met|funded|financed|paid(?: for)?|covered|found)\s+(?:from|by|through|out of|within)\b|"
                        r"\bfunded\b|\bfunding from\b|\bcom(?:e|es|ing)\s+from\b", re.I)  # ("the savings come from")
_FOR_WHAT = re.compile(r"^(?:and\s+|so\s+)?what(?:'s|s|\s+is|\s+was|\s+are|\s+were)\b.*(?<!ing)\s+for\s*\??$", re.I)  # (not
# "what's the payment module waiting for?", what a thing is doing for)


def _table_extreme(q: Question, candidates: list[Candidate], asked: re.Match) -> Answer | None:
    """"Which service had the most complaints?", "which restriction had the least support?": of the rows of the table
    the best candidate is in, the one whose figure is highest (lowest) in the column the question names most, else in
    its first column of figures; None when the paragraphs found have no such table."""
    found = next(((c, t) for c in candidates[:FIGURE_DEPTH] if (t := _table_of(c.paragraph.text))), None)
    if found is None:
        return None
    (row, (heads, rows)), named = found, set(stems(words(asked[2])))
    figures = [h for h in heads[1:] if all(_figure(r.get(h, "")) is not None for r, _ in rows)]
    if len(rows) < 2 or not figures:
        return None
    near = {s for t, alike in q.near for s in stems(alike) if stems([t])[0] in named}  # ("overspend": "Variance"?)
    column = max(figures, key=lambda h: (len((named | near) & set(stems(words(h)))), -figures.index(h)))
    pick = (max if asked[1].lower() in _MOST else min)(rows, key=lambda r: _figure(r[0][column]))
    cite = citation_for(row.report, row.paragraph, pick[1])
    return Answer(q.text, f'{pick[0][heads[0]]} ({column}: {pick[0][column]}). "{pick[1]}" {cite.written()}', "text",
                  None, False, (cite,))


def _table_of(text: str) -> tuple[list[str], list[tuple[dict, str]]] | None:
    """A paragraph's table: its headers and its rows (cells by header, and the row's line), from rows as the reader
    writes them ("Service: Housing · Stage 1: 198 · ...") or lines of cells between bars; None without one."""
    written = [line for line in text.split("\n") if fields(line)]
    if len(written) >= 2:
        return [h for h, _ in fields(written[0])], [(dict(fields(line)), line) for line in written]
    barred = [line for line in text.split("\n") if line.count("|") >= 2]
    cells = [[c.strip() for c in line.strip().strip("|").split("|")] for line in barred]
    if len(cells) < 3 or any(len(c) != len(cells[0]) for c in cells):
        return None
    return cells[0], [(dict(zip(cells[0], c)), line) for c, line in zip(cells[1:], barred[1:])]


def _figure(cell: str) -> float | None:
    """A table cell's figure, in its unit ("£12.6m", "£800k", "44%", "£0.8m over"; "under" is less than none), or None."""
    m = re.fullmatch(r"\s*[£$€]?\s*(-?[\d,]*\.?\d+)\s*(%|m|k|bn)?\s*(over|under)?\s*", cell, re.I)
    if not m:
        return None
    unit = _UNITS.get((m[2] or "").lower(), 1)
    return (-1 if m[3] and m[3].lower() == "under" else 1) * float(m[1].replace(",", "")) * unit


_UNITS = {"k": 1e3, "m": 1e6, "bn": 1e9}


_MOST = {"most", "highest", "largest", "biggest", "greatest", "best", "top"}
_SUPERLATIVE = re.compile(r"^(?:and\s+)?(?:which|what)\b.*?\b(most|highest|largest|biggest|greatest|fewest|least|"
                          r"lowest|smallest)\b\s*((?:[\w-]+\s*){0,3})", re.I)
