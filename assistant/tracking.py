"""Questions answered from the officers' records rather than from one sentence: what was due by a
date, what was committed to since an event, how a workstream's rating moved from report to report,
and what changed between the two newest reports on a topic. Every row is cited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

from .answer_types import Answer, citation_for
from .evidence import ROW_CODE, paragraph_stems, sentences, stems
from .facts import NUMBER_WORD, find_dates, find_numbers
from .questions import ABSTAINED, COUNT_ASKED, Question, key_terms, words
from .records import RecordStore, names_a_kind, overdue
from .tables import fields
from .catalogue import Catalogue

# "what was due by ...", "which commitments ...", "list the deadlines": asking for the items, not a date
_DUE = re.compile(r"^(what|which|list|show)\b.*\b(due(?! date)|deadlines|committed|commitments?|promised|promises)\b",
                  re.I)
_OVER_TIME = re.compile(r"\b(over time|history|moved|changed|trend|each report|across (the )?reports|so far|"
                        r"over the (?:two|three|four|last few) (?:reports|papers|quarters|updates)|(?:each|every) quarter|"
                        r"quarter by quarter|report by report|over the year)\b|\b(?:change|move)\b.*\b(?:since|between|over)\b",
                        re.I)
# "how did its rating change?": over time too, if a report rates it
_HOW_CHANGED = re.compile(r"^how\s+(?:did|has|have)\b.*\b(?:change|move)\s*\??$", re.I)
# "what changed on X?", "what happened to X between the two reports?"
_STATUS_ONLY = re.compile(r"^(?!.*\b(?:rag|rated|rating|ratings|colou?r|red|amber|green)\b).*\bstatus\b", re.I)  # a
# status asked in no rating's words
_CHANGED = re.compile(r"\bwhat (has |have )?changed\b|\bwhat(?: has|'s|s)? happened (?:to|with) .+\b(?:between|since)\b",
                      re.I)
# "how did the board's role change between the 2023 and 2024 reports?" (a rating asked so is its history)
_CHANGED_BETWEEN = re.compile(r"^how\s+(?:did|has|have)\b.*\b(?:change|move|develop|evolve)d?\b.*\b(?:between|since)\b",
                              re.I)
_SINCE = re.compile(r"\bsince\s+(.+?)[?.]?$", re.I)
# "which indicators were rated Red?", "which recommendations are overdue?": rows of the records, not one sentence
_WHICH = re.compile(r"^(?:which|what|list|show|name|any)\b(?!\s+(?:does|do|did)\b)", re.I)
# a level of priority or risk asked ("were low priority", "rated medium")
_LEVEL = r"(?:high|medium|low)(?=\s+(?:priority|risk)\b|\s*\??$)"
# "rated Red", "were Amber"; "wasn't fully green", "the workstream not fully green" (its group 1 the negation)
_COLOUR = re.compile(r"\b(?:rated|rag|status|were|are|was|is|many|(?:was|were|is|are)?(n't|nt| not|not)(?: been)?(?: rated)?"
                     r"(?: fully| all| plain| entirely| completely| wholly)?)\s+(?:as\s+|of\s+)?"
                     rf"((?:red|amber|green)(?:\s*[/-]\s*(?:red|amber|green))?|{_LEVEL})\b", re.I)  # ("green/amber" too)
# "were any workstreams red?", "is anything not green?": whether any row is rated so (or not only so)
_ANY_COLOUR = re.compile(r"^(?:and\s+|so\s+)?(?:were|was|are|is|has|have|did)\b.*?\bany(?:thing|one)?\b.*?"
                         rf"\b(?:(not|n't)\s+)?((?:red|amber|green)(?:\s*[/-]\s*(?:red|amber|green))?|{_LEVEL})\b", re.I)
# "red in every quarter", "amber in both reports", "at each update": rated so in each report, not in one
_EVERY = re.compile(r"\b(?:in|at|for)\s+(?:every|each|all|both)\b|\bthroughout\b|\b(?:all|every|each)\s+(?:two|three|four)?\s*"
                    r"(?:quarters?|reports?|papers?|updates?)\b", re.I)
# "what are the four workstreams?", "list the five priorities": a number of things asked for by name
_NUMBERED = re.compile(rf"^(?:what|which|list|name)\b.*?\b(?:the|its|their)\s+({NUMBER_WORD}|\d{{1,2}})\s+"
                       rf"((?:[a-z-]+\s+){{0,2}}?)([a-z]+s)\b", re.I)
_OVERDUE = re.compile(r"\b(overdue|late|behind schedule|past (?:its|their) due dates?)\b", re.I)
_LATE_STATUS = re.compile(r"\b(overdue|late|delayed|behind)\b", re.I)
_NOT_TOPIC = {"changed", "change", "changes", "last", "two", "between", "newest", "latest", "time", "move", "moves",
              "moved", "history", "trend", "over", "happened", "reports", "papers", "updates", "update", "documents", "meetings", "quarters",
              "since", "better", "worse", "improved", "worsened", "deteriorated"}
# "did it get better or worse since june?": how its rating moved, when it is rated
_BETTER_OR_WORSE = re.compile(r"\b(?:better|improv\w*)\s+or\s+(?:worse|deteriorat\w*)\b|"
                              r"\b(?:worse|deteriorat\w*)\s+or\s+(?:better|improv\w*)\b", re.I)
# "has its rating improved?", "did the rating get worse?", "did its rating change?": how a rating moved, asked yes or no
_WORSE = re.compile(r"\b(?:worse\w*|deteriorat\w*|slipp\w*|(?:gone|go|went|moved?) down)\b", re.I)
_RATING_MOVED = re.compile(rf"^(?=.*\b(?:rat(?:ed|ing)|rag)\b).*(?:\b(?:better|improv\w*|(?:gone|go|went|moved?) up|"
                           rf"chang\w*)\b|{_WORSE.pattern})", re.I)
# an event said in other words: a notice "lifted" is one "not re-issued" or "not renewed"
_EVENT_WORDS = {"lift": "reissu renew expir", "lifted": "reissu renew expir", "end": "expir until", "ended": "expir"}


# "which workstream had the lowest rating?", "the worst-rated indicator": the end of the RAG scale asked
_LOW, _HIGH = r"(lowest|worst|poorest|weakest)", r"(?:highest|best(?!\s+value\b)|strongest)"  # (not the Best Value duty)
_EXTREME = re.compile(rf"\b(?:{_LOW}|{_HIGH})(?:[- ]rated\b|\s+(?:[\w-]+\s+){{0,2}}?(?:rating|rag|priority|risk)\b)|"
                      rf"\brated\s+(?:the\s+)?(?:{_LOW}|{_HIGH})\b", re.I)
# the scales rows are rated on, lowest first: RAG, and a level of priority or risk (asked of first when named)
_SCALES = ({"Red": 0, "Amber": 1, "Green": 2}, {"Low": 0, "Medium": 1, "High": 2})
_LEVEL_ASKED = re.compile(r"\b(?:priority|priorities|risks?)\b", re.I)
_RISK_ASKED = re.compile(r"\brisks?\b", re.I)


def _place(rating: str, scale: dict[str, int]) -> float | None:
    """A rating's place on a scale (Red 0 to Green 2); one of two ratings between them; None for another."""
    parts = [scale.get(part) for part in (rating or "").split("/")]
    return sum(parts) / len(parts) if parts and None not in parts else None


_WHOLE = re.compile(r"(?:overall|total|all)\b", re.I)


def _under_heading(report, r) -> bool:
    """Whether a rating is a rated sub-heading's within its paragraph ("Management action 3 (Medium)"), not its
    paragraph heading's, a table row's or the whole's."""
    return r.text.split("\n")[0] != report.paragraph(r.key).heading and not fields(r.text) and not _WHOLE.match(
        r.workstream)


def _named_in(r, question: str) -> bool:
    """Whether a question names what a row is by the words of its name, its number aside ("the three management
    actions" of "Management action 3")."""
    return set(stems(re.findall(r"[a-z]{2,}", r.workstream.lower()))) <= set(stems(words(question)))


def _row_line(r) -> str:
    """A rated row as an answer lists it: its name and rating, and what a rated sub-heading's line under it says."""
    return f"{r.workstream}: {r.rating}" + "".join(f". {under}" for under in r.text.split("\n")[1:])


def _rating_named(text: str) -> str:
    """A rating as a question writes it, as the records hold it: "green/amber" -> Green/Amber."""
    return "/".join(part.capitalize() for part in re.split(r"\s*[/-]\s*", text.strip()))


class Tracker:
    def __init__(self, reports: Catalogue, records: RecordStore, best_sentence, reports_about=None):
        self.reports = reports
        self.records = records
        self.best_sentence = best_sentence  # (question, report id) -> (report, paragraph, sentence) or None
        self.reports_about = reports_about  # (question, report ids or None) -> the reports retrieval finds, best first

    def answer(self, q: Question, report_ids: list[str] | None) -> Answer | None:
        """An answer from the records, or None when the question is not one of theirs."""
        allowed = set(report_ids) if report_ids is not None else set(self.reports)
        if _CHANGED.search(q.text) or q.kind != "rating" and _CHANGED_BETWEEN.search(q.text):
            return self.changes(q, allowed)
        if q.kind == "rating" and _HOW_CHANGED.search(q.text) and not _OVER_TIME.search(q.text):
            history = self.rating_history(q, allowed)  # (else it is asked of what the papers say)
            if not history.abstained:
                return history
        elif q.kind == "rating" and _OVER_TIME.search(q.text):
            history = self.rating_history(q, allowed)  # ("how did the status of the board change?" of a board no
            # report rates: what each report says of it)
            return self.changes(q, allowed) if history.abstained and _STATUS_ONLY.search(q.text) else history
        if _BETTER_OR_WORSE.search(q.text) or q.kind == "yes_no" and _RATING_MOVED.search(q.text):
            # ("has its rating improved since 2023?": how its rating moved)
            history = self.rating_history(q, allowed)  # (a move only one report rates is said so, with that rating)
            return None if history.abstained and not history.citations else history
        if _DUE.search(q.text) and q.kind in ("list", "text"):  # (not "what rating did inspections completed when
            return self.commitments(q, allowed)  # due get?", which asks a value)
        numbered = _NUMBERED.search(q.text) if q.kind in ("list", "text") and self.reports_about else None
        if numbered:  # "what are the four workstreams?": a paper rating that many, if retrieval finds one
            named = self.named_rows(q, numbered, [rid for rid in self.reports_about(q, report_ids) if rid in allowed])
            if named:
                return named
        extreme = _EXTREME.search(q.text) if self.reports_about else None
        if extreme:  # "which workstream had the lowest rating?": the rows rated lowest (or highest) on the RAG scale
            located = [rid for rid in self.reports_about(q, report_ids) if rid in allowed]
            ranked = self.extreme(q, bool(extreme[1] or extreme[2]), located)
            if ranked:
                return ranked
        if self.reports_about and ((_WHICH.search(q.text) and (_COLOUR.search(q.text) or _OVERDUE.search(q.text)))
                                   or (COUNT_ASKED.search(q.text) and _COLOUR.search(q.text))  # or those counted,
                                   or q.kind == "yes_no" and _ANY_COLOUR.search(q.text)):  # or whether there are any
            return self.rows(q, [rid for rid in self.reports_about(q, report_ids) if rid in allowed])
        return None

    def rows(self, q: Question, located: list[str]) -> Answer | None:
        """The rated or overdue rows of the first report retrieval finds that has any: a RAG table's indicators rated
        Red, a tracker's recommendations past their (revised) due date at the meeting; their number when the question
        asks how many. None: answer from sentences."""
        colour = (_ANY_COLOUR.search(q.text) if q.kind == "yes_no" else None) or _COLOUR.search(q.text)
        if colour and not colour[1] and _EVERY.search(q.text):
            return self._rated_throughout(q, _rating_named(colour[2]), located)
        # a report found after the first answers only when its rows speak of what is asked ("the strategy's priority
        # actions" are not a capital programme's schemes)
        topic = set(stems(key_terms(_COLOUR.sub(" ", q.text)))) - {"red", "amber", "green"}
        for n, rid in enumerate(located[:3]):
            report = self.reports[rid]
            records = self.records.all("ratings" if colour else "commitments", rid)
            recorded = {r.key for r in records}  # (its rows, and the paragraphs it rates)
            spoken = " ".join(p.text for p in report.paragraphs if fields(p.text) or p.key in recorded)
            if n and topic and not topic & set(stems(words(spoken))):
                continue
            if colour:  # (the whole's rating, "Overall programme", is not one of the things asked of, unless asked;
                asked = _rating_named(colour[2])  # nor a row rated on another scale than the one asked)
                scale = next((s for s in _SCALES if _place(asked, s) is not None), None)
                ratings = [r for r in records if (not _WHOLE.match(r.workstream) or _WHOLE.search(q.text))
                           and (scale is None or _place(r.rating, scale) is not None)]
                if colour[1]:  # "which workstream wasn't fully green?": any other rating
                    rows, said = [r for r in ratings if r.rating and r.rating != asked], f"not rated {asked}"
                else:  # "Green/Amber" is rated Green only when no row is rated Green alone
                    rated = [r for r in ratings if r.rating == asked or asked in r.rating.split("/")]
                    rows, said = [r for r in rated if r.rating == asked] or rated, f"rated {asked}"
                lines = [_row_line(r) for r in rows]
            else:
                rows = [c for c in records if _late(c, report.meeting_date)]
                lines = [f"{c.paragraph}: {c.text} ({'; '.join(x for x in (c.owner, 'due ' + (c.revised or c.due), c.status) if x)})"
                         for c in rows]
                said = "overdue"
            if rows:
                cites = [citation_for(report, report.paragraph(r.key), r.text) for r in rows]
                kind, value = ("number", str(len(rows))) if COUNT_ASKED.search(q.text) else (
                    "list", [r.paragraph if ROW_CODE.fullmatch(r.paragraph) else r.workstream for r in rows])  # (a
                # row's code, else its name: not the label of the table holding it)
                lead, own = f"{len(rows)} {said} in {report.short}:", []
                counted = _count_said(report, len(rows), colour[2] if colour else said) if kind == "number" else None
                if counted:  # the paper's own words giving the count first: "Three indicators were rated Red."
                    own = [citation_for(report, *counted)]
                    lead = f'{len(rows)} {said} in {report.short}. "{counted[1]}" {own[0].written()}'
                body = "\n".join(f"- {line} {cite.written()}" for line, cite in zip(lines, cites))
                if q.kind == "yes_no":
                    return Answer(q.text, f"Yes: {lead}\n{body}", "yes_no", "yes", False, tuple(cites))
                return Answer(q.text, f"{lead}\n{body}", kind, value, False, tuple(own + cites))
            if q.kind == "yes_no" and colour and len(ratings) > 1:
                cites = [citation_for(report, report.paragraph(r.key), r.text) for r in ratings]  # none so: every
                body = "\n".join(f"- {r.workstream}: {r.rating} {cite.written()}" for r, cite in zip(ratings, cites))
                return Answer(q.text, f"No: none of the {len(ratings)} ratings in {report.short} is {said}.\n{body}",
                              "yes_no", "no", False, tuple(cites))  # (each rating, cited)
        return None

    def extreme(self, q: Question, lowest: bool, located: list[str]) -> Answer | None:
        """The rows of the first report found that rates any, rated lowest (or highest): Red under Amber under Green,
        a rating of two colours between them ("Green/Amber")."""
        scales = _SCALES[::-1] if _LEVEL_ASKED.search(q.text) else _SCALES
        # a report found after the first answers only when it says what is asked of ("the pension fund risk register"
        # is not another paper's)
        topic = set(stems(key_terms(_EXTREME.sub(" ", q.text))))
        located = [rid for n, rid in enumerate(located[:3]) if not n or topic <= paragraph_stems(
            " ".join([self.reports[rid].title] + [p.text for p in self.reports[rid].paragraphs]))]
        for rid, scale in itertools.product(located, scales):
            report = self.reports[rid]
            rated = [(r, place) for r in self.records.all("ratings", rid) if (place := _place(r.rating, scale)) is not None]
            if len({v for _, v in rated}) < 2:  # (all rated alike: none is lowest)
                continue
            # (a risk rated Red is the highest risk)
            end = (min if lowest != (scale is _SCALES[0] and bool(_RISK_ASKED.search(q.text))) else max)(
                v for _, v in rated)
            rows = [r for r, v in rated if v == end]
            cites = [citation_for(report, report.paragraph(r.key), r.text) for r in rows]
            lines = [f"- {_row_line(r)} {cite.written()}" for r, cite in zip(rows, cites)]
            lead = f"Rated {'lowest' if lowest else 'highest'} in {report.short}:"
            return Answer(q.text, "\n".join([lead, *lines]), "list", [r.workstream for r in rows], False, tuple(cites))
        return None

    def named_rows(self, q: Question, numbered: re.Match, located: list[str]) -> Answer | None:
        """The things a paper rates, when the question asks for as many of them as it rates ("the four workstreams"),
        each with its rating and cited. None: answer from sentences."""
        count = next((int(n.value) for n in find_numbers(numbered[1])), 0)
        kind = set(stems(words(numbered[2])))  # "the eight corporate measures": a paper speaking of corporate ones
        for rid in located[:3] if count >= 2 else []:
            report, rated = self.reports[rid], self.records.all("ratings", rid)
            if not kind <= paragraph_stems(" ".join([report.title] + [p.text for p in report.paragraphs])):
                continue
            order = [p.key for p in report.paragraphs]  # (in the paper's order)
            rated = sorted(rated, key=lambda r: order.index(r.key) if r.key in order else len(order))
            # the things the paper rates in its headings, else those of its rated sub-headings if named so ("the
            # three management actions")
            under = [r for r in rated if _under_heading(report, r)]
            named = [r for r in under if _named_in(r, q.text)]
            for rows in [[r for r in rated if r not in under]] + ([named] if named else []):
                names = list(dict.fromkeys(r.workstream for r in rows))
                if len(names) != count:  # ("Overall programme" rates the whole, not one of the things counted)
                    names = [n for n in names if not _WHOLE.match(n)]
                if len(names) == count:
                    break
            if len(names) == count:
                rows = [next(r for r in rows if r.workstream == name) for name in names]
                cites = [citation_for(report, report.paragraph(r.key), r.text) for r in rows]
                lines = [f"- {_row_line(r)} {cite.written()}" for r, cite in zip(rows, cites)]
                lead = f"The {numbered[1]} {numbered[2]}{numbered[3]} in {report.short}:"
                return Answer(q.text, "\n".join([lead, *lines]), "list", names, False, tuple(cites))
        return None

    def _rated_throughout(self, q: Question, asked: str, located: list[str]) -> Answer | None:
        """The rows rated a colour in every report of theirs retrieval finds ("which measure was red in every
        quarter?"), each report's row cited, oldest first. None: answer from sentences."""
        rated = {rid: rows for rid in located if (rows := self.records.all("ratings", rid))}
        if len(rated) < 2:
            return None
        order = sorted(rated, key=lambda rid: self.reports.summaries[rid].meeting_date)
        names = set.intersection(*({r.workstream for r in rows if r.rating == asked} for rows in rated.values()))
        rows = [r for rid in order for r in rated[rid] if r.workstream in names]
        if not rows:
            return Answer(q.text, f"{ABSTAINED}: no row is rated {asked} in every one of the {len(order)} reports that "
                          "rate them.", "list", None, True)
        cites = [citation_for(self.reports[r.report_id], self.reports[r.report_id].paragraph(r.key), r.text) for r in rows]
        lines = [f"- {name}: " + " ".join(c.written() for r, c in zip(rows, cites) if r.workstream == name)
                 for name in sorted(names)]
        return Answer(q.text, f"{len(names)} rated {asked} in each of {len(order)} reports:\n" + "\n".join(lines),
                      "list", sorted(names), False, tuple(cites))

    def commitments(self, q: Question, allowed: set[str]) -> Answer | None:
        rows = [c for c in self.records.commitments() if c.report_id in allowed]
        bound = [d.value for d in find_dates(q.text) if len(d.value) >= 7]
        since = _SINCE.search(q.text)
        said = "commitments in the reports"
        if bound and re.search(r"\b(by|before|until|up to)\b", q.text, re.I):
            rows = [c for c in rows if re.match(r"\d{4}", c.due) and c.due.split("/")[-1][: len(bound[0])] <= bound[0]]
            said = f"commitments due by {bound[0]}"
        elif bound and re.search(r"\b(after|from)\b", q.text, re.I):
            rows = [c for c in rows if re.match(r"\d{4}", c.due) and c.due.split("/")[0] >= bound[0][: len(c.due.split("/")[0])]]
            said = f"commitments due after {bound[0]}"
        elif since:
            start, event = self._event_date(since[1])
            if start:
                rows = [c for c in rows if c.meeting_date >= start]
                said = f"commitments made since {event} ({start})"
        if not rows:  # answered from the sentences, which may say what the records do not hold
            return None
        cites = [citation_for(self.reports[c.report_id], self.reports[c.report_id].paragraph(c.key), c.text) for c in rows]
        lines = [f"- {c.due_text or c.due} ({c.due}){': ' + c.owner if c.owner else ''}. \"{cite.quote}\" {cite.written()}"
                 for c, cite in zip(rows, cites)]
        return Answer(q.text, f"{len(rows)} {said}:\n" + "\n".join(lines), "list", [c.due for c in rows], False,
                      tuple(cites))

    def _event_date(self, phrase: str) -> tuple[str, str]:
        """The date of the event a phrase describes ("the notice was lifted"), from the timeline."""
        terms = key_terms(phrase)
        wanted = set(stems(terms))
        also = set(" ".join(_EVENT_WORDS.get(t, "") for t in terms).split())
        best, best_score = None, 0.0
        for e in self.records.timeline():
            present = set(stems(words(e.text)))
            score = (len(wanted & present) + bool(also & present)) / (len(wanted) or 1)
            if score > best_score or (score == best_score and best and e.date > best.date):
                best, best_score = e, score
        return (best.date, phrase.strip()) if best and best_score >= 0.5 else ("", "")

    def rating_history(self, q: Question, allowed: set[str]) -> Answer:
        named = set(words(" ".join(re.findall(r"\w+(?:-\w+)+", q.text))))  # "the move-on workstream": a name's words
        topic = [t for t in q.terms if (t not in _NOT_TOPIC or t in named) and t not in q.time_words]
        topic = [t for t in topic if not names_a_kind(t)]  # "the cyber security action": "cyber security"
        if not topic:  # "how did the workstream ratings move?": every rated thing's
            return self._every_rating(q, allowed)
        # the rated things (a workstream, a table row) that say most of the topic ("the cyber security action": "Cyber
        # security"), by their names and rows
        asked = set(stems(topic))
        rated = [r for r in self.records.ratings() if r.report_id in allowed]
        # by their names first: "Protection", not a row on "data protection training" (its text says the word too)
        by_name = {r: len(asked & set(stems(words(r.workstream)))) for r in rated}
        in_text = {r: len(asked & set(stems(words(f"{r.workstream} {r.text}")))) for r in rated}
        said = by_name if any(by_name.values()) else in_text
        most = max(said.values(), default=0)
        named = {t for t in asked if not t.isdigit()}  # (a row saying most of what it names: not the programme's row
        most = 0 if len(named) >= 2 and 2 * most < len(named) else most  # for "the improvement board")
        # of names saying as much, those mostly of it (not "Refresh data protection training for all staff"), and the
        # rows of their codes in other reports, whatever those name them ("Move-on: a revised allocations policy ...")
        share = {r: said[r] / max(1, len(words(r.workstream))) for r in said if most and said[r] == most}
        top = max(share.values(), default=0.0)
        chosen = {r for r in share if 2 * share[r] >= top}
        codes = {r.key for r in chosen if ROW_CODE.fullmatch(r.key)}
        rows = sorted((r for r in rated if r in chosen or in_text[r] and r.key in codes), key=lambda r: r.meeting_date)
        if not rows:
            return Answer(q.text, f"{ABSTAINED}: no report rates {' '.join(topic) or 'that'}.", "rating", None, True)
        cites = [citation_for(self.reports[r.report_id], self.reports[r.report_id].paragraph(r.key), r.text) for r in rows]
        lines = [f"- {cite.short}: {r.rating}. \"{cite.quote}\" {cite.written()}" for r, cite in zip(rows, cites)]
        rated_in = {r.report_id for r in rows}
        note = "" if len(rated_in) > 1 else (f"\nOnly one of the {len(allowed)} reports in scope rates it." if len(allowed) > 1 else "")
        history = f"{rows[-1].workstream}, report by report:\n" + "\n".join(lines) + note
        worse = _WORSE.search(q.text)
        if q.kind == "yes_no" and not _BETTER_OR_WORSE.search(q.text):  # "has it improved?": yes or no by how its
            # rating moved from the first report to the last
            first, last = (_place(r.rating, _SCALES[0]) for r in (rows[0], rows[-1]))
            if len(rated_in) < 2 or first is None or last is None:  # (a move no two reports rate is not said)
                return Answer(q.text, f"{ABSTAINED} how it moved: {history}", "yes_no", None, True, tuple(cites))
            moved = (first > last) if worse else (last > first)
            return Answer(q.text, f"{'Yes' if moved else 'No'}: {history}", "yes_no", "yes" if moved else "no", False,
                          tuple(cites))
        # the value is the latest rating, and its row is cited first
        return Answer(q.text, history, "rating", rows[-1].rating, False, tuple(cites[-1:] + cites[:-1]))

    def _every_rating(self, q: Question, allowed: set[str]) -> Answer:
        """Each report's ratings, oldest report first; a report that rates nothing said so."""
        rows = [r for r in self.records.ratings() if r.report_id in allowed and (
            not _under_heading(self.reports[r.report_id], r) or _named_in(r, q.text))]  # (a sub-heading's rating
        # only when named: "the workstream ratings" are not an audit's actions)
        place = {(rid, p.key): i for rid in {r.report_id for r in rows} for i, p in enumerate(self.reports[rid].paragraphs)}
        rows.sort(key=lambda r: (r.meeting_date, place[r.report_id, r.key]))
        if not rows:
            return Answer(q.text, f"{ABSTAINED}: no report rates them.", "rating", None, True)
        cites = [citation_for(self.reports[r.report_id], self.reports[r.report_id].paragraph(r.key), r.text) for r in rows]
        lines = [f"- {cite.short}, {r.workstream}: {r.rating}. {cite.written()}" for r, cite in zip(rows, cites)]
        unrated = sorted((rid for rid in allowed if rid not in {r.report_id for r in rows}),
                         key=lambda rid: self.reports[rid].meeting_date) if q.time[0] else []  # (of the papers named)
        lines += [f"- {self.reports[rid].short} gives no ratings." for rid in unrated]
        return Answer(q.text, "Ratings, report by report:\n" + "\n".join(lines), "rating", None, False, tuple(cites))

    def changes(self, q: Question, allowed: set[str]) -> Answer:
        """The newest two reports on the topic, their paragraphs side by side (oldest first)."""
        topic = tuple(t for t in q.terms if t not in _NOT_TOPIC) or q.terms
        about = dataclasses.replace(q, terms=topic, query=" ".join(topic))
        on_topic = [rid for rid in self.reports_about(about, sorted(allowed)) if rid in allowed] if self.reports_about \
            else sorted(allowed)
        if len(on_topic) < 2 and self.reports_about:  # "since the 2023 report": that report and the one after it
            on_topic = self.reports_about(about, None)
        newest = sorted(on_topic, key=lambda rid: self.reports.summaries[rid].meeting_date)[-2:]
        # the older report as it stood, on the topic; the newer by what it says was done ("what happened to X?")
        parts = [self.best_sentence(about if rid == newest[-1] else dataclasses.replace(about, kind="text"), rid)
                 for rid in newest]
        found = [p for p in parts if p]
        if len(newest) < 2 or not found:
            return Answer(q.text, f"{ABSTAINED}: there are not two reports on this to compare.", "text", None, True)
        cites, lines = [], []
        for rid, part in zip(newest, parts):
            report = self.reports[rid]
            if part is None:
                lines.append(f"{report.short}: nothing on this topic.")
                continue
            cite = citation_for(report, part[1], part[2])
            cites.append(cite)
            lines.append(f"{report.short}: \"{cite.quote}\" {cite.written()}")
        return Answer(q.text, "The two newest reports on this, side by side:\n" + "\n".join(lines), "text", None, False,
                      tuple(cites))


def _count_said(report, count: int, said: str):
    """The paragraph and sentence of a report's own text (not a table's row) that give a count of rows and what they
    are ("Three indicators were rated Red, two of them in waste"), or None."""
    for paragraph in report.paragraphs:
        if paragraph.label == "header" or fields(paragraph.text):
            continue
        for sentence in sentences(paragraph.text):
            if any(n.value == str(count) and re.match(rf"(?:\s+[\w-]+){{0,4}}?\s+{re.escape(said)}\b", sentence[n.end:],
                                                     re.I) for n in find_numbers(sentence)):  # "two are Amber"
                return paragraph, sentence
    return None


def _late(c, meeting_date: str) -> bool:
    """Overdue at the meeting: as its status says, or, with no status, past its (revised) due date."""
    if c.status:
        return bool(_LATE_STATUS.search(c.status))
    return bool(meeting_date) and overdue(c, dt.date.fromisoformat(meeting_date))
