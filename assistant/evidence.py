"""Score report sentences as evidence for a question.

A sentence scores by the share of the question's key-term weight (IDF) it carries, alone and with
its paragraph's headings; by holding a value of the kind asked (the one nearest the question's
rarest words); and by the retrieval rank of its paragraph.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import os
import re
from dataclasses import dataclass

from . import frontmatter
from .facts import (CLOCK, FINDERS, FREQUENCY, FUTURE, HOW_OFTEN, MONTHS, NUMBER_WORD, ORDINALS, RATING_RE, WHAT_TIME, Found,
                    days_asked, find_amounts, find_bodies, find_dates, find_numbers, find_ordinals, find_people,
                    firms as firms_in, human_date, is_firm, is_organisation, name_alone, proper_names, recorded_vote)
from .questions import (ADVICE_ASKED, AT_TIME_END, AUTHORITY_NAME, DONE_BY, EACH_ASKED, FUNCTION_WORDS, IN_YEAR,
                        IRREGULAR_PAST, KIND_OF_AUTHORITY, MEETS, NOW_SAID, PERSON_BACK, PLANNED, PLURALS, ROLE_WORDS,
                        SO_FAR, STOPWORDS, TO_BE, TYPE_WORDS, WHY, Question, key_terms, names_asked, words)
from .tables import OWNER_HEADER, STATUS_HEADER, done, fields, row_cells
from .reports import Paragraph, Report, recommends

_NEGATION = re.compile(r"\b(not|no|none|never|without|nor|bar|except|awaiting|pending|yet to)\b|n't\b", re.I)
_EXCEPTING = {"bar", "except"}  # words that take away what follows them, not all that is said
# a date or a figure shifted: "slipped from July to October", "deferred from March"
_SHIFTED = r"slipped|put back|pushed back|deferred|delayed|brought forward|extended"
# words a sentence answers to although it does not contain them: (pattern in the sentence, extra words)
_ALIASES = [
    (re.compile(r"\b(?:Report (?:of|by|from)|[Aa]uthor|(?:Prepared|Written) by)\b"),
     "author wrote written officer behind presented"),  # ("the officer
    # behind it"; who presents a report is whose it is, as "introduced the report" says in minutes)
    (re.compile(r"\bintroduced\s+(?:the|this|their|his|her)\s+(?:report|item|paper)\b", re.I), "presented"),
    # a field naming a person and the post they hold: "whats her job title?"
    (re.compile(r"^(?:Report (?:of|by|from)|Report author|Author|Contact officer|Lead (?:member|officer)|"
                r"Portfolio holder|Cabinet member)\b", re.I), "role job title position post"),
    (re.compile(r"\bMoved by\b"), "proposed proposer"),  # a motion is moved, and seconded
    # who took a decision, as a decision record's field names them: "who signed it off?", "who approved it?"
    (re.compile(r"^(?:Decision (?:maker|taker)|Decided by)\b", re.I), "decided signed approved agreed took"),
    # one after the first: "A further Best Value Notice was issued in January 2024"
    (re.compile(r"\b(?:a further|another|a subsequent)\b", re.I), "second next"),
    # what a thing is worth, as a valuation says it: "put the building's market value at £155,000"
    (re.compile(r"\b(?:market value|valued at|valuation|value of)\b", re.I), "worth"),
    # a member leaving, as minutes say it: "(Councillor Mensah left the meeting for this item.)"
    (re.compile(r"\bleft the (?:meeting|room|chamber)\b", re.I), "leave"),
    (re.compile(r"\bContact officer\b", re.I), "ask speak talk"),  # "who do I ask about it?"
    # who was at a meeting: "PRESENT: Councillor ..." (the members; officers "also present" or "in attendance")
    (re.compile(r"^(?:(?:members )?present|attendance)\b", re.I), "attended attending came present"),
    # what a thing is called: "the title for the Board moving forwards is ...", "renamed", "(formerly the ...)"
    (re.compile(r"\b(?:title|renamed|re-named|known as|new name)\b|\(now\s", re.I), "called named name turned become new"),
    (re.compile(r"\bformerly\b", re.I), "called named name old former"),  # ("X (formerly Y)": Y the old name)
    # what is still to do: "in progress", "awaiting sign off", "not yet agreed", "is being completed"
    (re.compile(r"\b(?:in progress|awaiting|not yet|ongoing|yet to|being (?:developed|completed|finalised|prepared))\b",
                re.I), "outstanding remaining pending"),
    # what a thing was first: "completion has moved from December 2025 to March 2026", "slipped from July to October"
    (re.compile(rf"\b(?:moved|changed|{_SHIFTED})\s+from\s+\S", re.I), "first originally initially previously"),
    # money in members' words: "what was said about the money for it?" of "an additional £250K to fund the programme"
    (re.compile(r"£\s?\d|\bbudgets?\b|\bfund(?:s|ed|ing)?\b|\bfinancial\b", re.I), "money finances"),
    # which way a thing is going: "Direction: Worsening" answers "is it getting any better?"
    (re.compile(r"\b(?:improv\w*|worsen\w*|deteriorat\w*|better|worse)\b", re.I), "better worse improving worsening"),
]
CODE_ASKED = re.compile(r"\b[a-z]{1,4}\d{2,4}[a-z]?\b")  # a reference as a question types it: "cm06", "a13"
_SENDER_ASKED = re.compile(r"\bwho\b.*\b(?:sent|send|sends|wrote|write|writes|written|signed)\b", re.I)
_FROM_SENDER = re.compile(r"\b(?:letter|note|email|memo)\b[^.;]{0,60}\bfrom\b", re.I)
POINTS_BACK = re.compile(r"(?:of |in |for |among )?(?:these|those|this|they|it|which)\b", re.I)
_DENYING = {"no", "not", "without", "none"}
_PAST_ASKED = re.compile(r"\b(?:was|were|did|had)\b", re.I)
_PERFECT_ASKED = re.compile(r"\b(?:was|were|did|had|has|have)\b", re.I)  # (and "has it been ...?")
_WILL_BEFORE = re.compile(r"\b(?:will|shall|would|(?:is|are) (?:expected |planned |due )?to)\s+(?:\w+\s+){0,2}$", re.I)  # the
# verb of a value to come: "It will plant 3,000 trees", "is expected to save £1.1m"
_REPLIED = re.compile(r"\b(?:replied|responded|answered)\b", re.I)  # a reply speaks of what the sentence before asked
_VALUE_KINDS = ("date", "amount", "number", "rating", "person")
_RESOLUTION_LABEL = re.compile(r"\(\w{1,3}\)$")  # "45(2)", "2.1(b)", "(a)": a part of a resolution
_SENTENCE_END = re.compile(r"(?<=[.!?])['’\"]?\s+(?=[A-Z‘'\"(£0-9])")
# a full stop that ends a title or an initial after one, not a sentence: "Cllr P. Hargreaves", "Dr. Quayle", "No. 4",
# "J. R. Smith" (but "set out in Appendix A. The letter ..." ends one)
_TITLE = r"Cllrs?|Councillors?|Mrs?|Ms|Dr|Prof|Rev|St|Nos?|Rt|Hon"
_NOT_AN_END = re.compile(rf"(?:^|[\s(])(?:(?:{_TITLE})|(?:(?:{_TITLE})\.?|[A-Z]\.)\s[A-Z])\.$")


@dataclass(frozen=True)
class Candidate:
    report: Report
    paragraph: Paragraph
    sentence: str
    score: float
    coverage: float  # share of the key-term weight in the sentence and its headings
    found: Found | None  # the value of the asked kind, when the sentence holds one
    dense: float  # the dense similarity of its chunk (0 when only BM25 found it)
    said: float = 0.0  # the dense similarity of the sentence itself to the question (for the leading candidates)
    unnamed: float = 0.0  # the share of the names the question asks of that its paragraph never gives


@functools.lru_cache(maxsize=1 << 16)
def _typed(finder, sentence: str, ref: dt.date | None) -> tuple[Found, ...]:
    """The values a finder reads in a sentence, kept: the same sentences are weighed for question after question."""
    return tuple(finder(sentence, ref) if ref is not None else finder(sentence))


def sentences(text: str, with_headings: bool = False) -> list[str]:
    """The sentences of a paragraph's clean text, each a verbatim substring of it."""
    return list(_sentences(text, with_headings))


@functools.lru_cache(maxsize=1 << 14)
def _sentences(text: str, with_headings: bool) -> tuple[str, ...]:
    out = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        line = re.sub(r"^[•○]\s*", "", line)
        is_heading = i == 0 and len(lines) > 1 and not line.endswith((".", ":")) and len(line) < 90 and not fields(line)
        if is_heading and not with_headings:
            continue
        start = 0
        for end in _SENTENCE_END.finditer(line) if not fields(line) else ():  # (a table's row is one, whatever its
            if not _NOT_AN_END.search(line[start: end.start()]):  # cells say: "Partly agreed. A reconciliation ...")
                out.append(line[start: end.start()].strip())
                start = end.end()
        out += [line[start:].strip()]
    return tuple(s for s in out if s)


def resolution_of(label: str) -> str | None:
    """The resolution a label is a part of ("48" for "48(2)", "2.1" for "2.1(b)", "" for "(a)"), or None."""
    m = _RESOLUTION_LABEL.search(label)
    return label[: m.start()] if m else None


REPORTS_KEPT = 10_000  # reports whose words (front matter, authorities, sub-headings) are kept between questions


class Scorer:
    """IDF weights over the indexed paragraphs; scores sentences against questions."""

    def __init__(self, df: dict[str, int], paragraphs: int, meeting_dates: list[str]):
        """`df`: stem -> the number of the `paragraphs` indexed that contain it (kept by the catalogue)."""
        self.idf = {s: math.log((paragraphs + 1) / (d + 0.5)) for s, d in df.items()}
        # a question word no paragraph contains weighs more than the rarest word
        self.unseen = max(self.idf.values(), default=1.0) + 1.0
        # between equally good sentences, the more recent report wins (0 oldest .. 1 newest)
        dates = sorted(set(meeting_dates))
        self.recency = {d: i / max(1, len(dates) - 1) for i, d in enumerate(dates)}
        self._fronts: dict[str, tuple[set[str], set[str]]] = {}

    def _front(self, report: Report) -> tuple[set[str], set[str]]:
        """The word stems of what a report as a whole goes by: its title, committee, front-matter fields and header,
        and the name of the authority it is written for wherever the report gives it ("Pennine Vale Combined
        Authority", "Harrowfield Borough Council"); and that name's stems alone."""
        if report.id not in self._fronts:
            if len(self._fronts) > REPORTS_KEPT:  # a server over a large archive meets every report in time
                self._fronts.clear()
            header = [p.text for p in report.paragraphs if p.label == "header"]
            said = [report.title, report.committee, *report.fields.values(), *header]
            text = "\n".join(said + [f"{p.section}\n{p.heading}\n{p.text}" for p in report.paragraphs])
            # (its name's own words: "Ravenholt", not "District", which other councils' names share)
            own = paragraph_stems(" ".join(m[1] for m in AUTHORITY_NAME.finditer(text) if proper_names(m[1])))
            own -= set(stems(KIND_OF_AUTHORITY.lower().split("|")))
            front = paragraph_stems(" ".join(said)) | own
            self._fronts[report.id] = front, own - STOPWORDS
        return self._fronts[report.id]

    def authority(self, report: Report) -> set[str]:
        """The word stems of the authority a report is written for, as far as it names one."""
        return self._front(report)[1]

    def weights(self, q: Question, whose: bool = True) -> dict[str, float]:
        """Each key term's weight: its rarity; half that for whose a thing is, which says which one and which a paper may
        leave unsaid ("the minister's letter": "the letter"), and for when a value is asked of ("at the end of October"),
        but not where its value lies (`whose` False: in full)."""
        owner = set(stems([owner.lower() for owner, _ in _POSSESSOR.findall(q.text)])) if whose else set()
        if whose and q.kind in ("amount", "number", "rating", "yes_no"):  # and when it is asked of, which the
            # sentences saying other months are not, and which sentences saying no month leave unsaid ("how was X
            # rated at the end of October 2023?": "X (Green)", not the programme's rating at the end of October)
            owner |= set(stems(words(" ".join(m[0] for m in _AT_MONTH.finditer(q.text)))))
        out = {s: self.idf.get(s, self.unseen) / (2 if s in owner else 1) for s in stems(q.terms)}
        # a name asked in words the papers shorten ("the improvement board", written "IIB") weighs as rare as its
        # acronym, not as its common words
        for short, long in q.short_forms:
            named = set(stems(words(long))) & set(out)
            total = sum(out[s] for s in named)
            if short not in q.terms and len(named) >= 2 and self.idf.get(short, 0.0) > total:
                out.update({s: out[s] * self.idf[short] / total for s in named})
        return out

    def candidates(self, q: Question, sources: list[tuple[int, Report, Paragraph, str, float]],
                   referred: set[tuple[str, str]] | None = frozenset()) -> list[Candidate]:
        """Every sentence of every (rank, report, paragraph, text, dense) source, best first. The paragraphs
        `referred` to (report id, key), those the conversation's last answer cited, speak of a follow-up's topic."""
        weights, in_full = self.weights(q), self.weights(q, whose=False)
        # a follow-up's topic, as the paragraphs the last answer cited speak of it, weighs half as much as its own
        # words, and does not place the value asked
        # (`referred` None: the last answer cited nothing, and its topic is wherever the papers found speak of it)
        spoken = set().union(*[paragraph_stems(f"{p.section} {p.heading} {text}") for _, r, p, text, _ in sources
                               if referred is None or (r.id, p.key) in referred])  # (under its headings: "31. Leisure
        # Centre Management Contract" speaks of the contract its "This item was deferred ..." does not name)
        referred = referred or set()
        # (a quarter where it stands only for whose the thing asked is: "what did his letter say?")
        share = 4 if _WHOSE_ONLY.search(q.text) and not _PRONOUN.search(q.text) else 2
        referent = {s: self.idf[s] / share for s in stems(q.referent)
                    if s in spoken and s in self.idf and s not in weights}
        every, topical = {**weights, **referent}, set(referent)
        # "BVN" asked and "Best Value Notice" written, or "Best Value Notice" asked and "BVN" written
        asked = set(stems(q.terms))
        short = [(stems([a])[0], set(stems(words(long)))) for a, long in q.short_forms if a in q.terms]
        spelt = [(stems([a])[0], set(stems(words(long)))) for a, long in q.short_forms if a not in q.terms]
        spelt = [(a, long) for a, long in spelt if long <= asked or len(long & asked) >= 2]
        near = [(stems([t])[0], set(stems(alike))) for t, alike in q.near]  # "extra": "additional"
        spoken_as = {s for _, long in short + spelt for s in long}  # "DFGs" asked of a row of "Disabled facilities grants"
        # "the pupil roll at Ardnish Academy" is not given by a paragraph on another school: the names asked of, less
        # those the report as a whole goes by (its council's, in its front matter)
        # "CM06": a reference asked of is a name too (not "s106", the Section 106 a report writes)
        shortened = set(stems([a for a, _ in q.short_forms]))
        codes = set(CODE_ASKED.findall(q.text.lower())) - shortened
        typed_names = names_asked(q.text)
        names = (set(stems(typed_names | codes)) & asked) - shortened
        # and one the papers found write as a name ("Kilbride Hall", not a member's "comms"): a paragraph that never
        # gives it, nor its headings, speaks of another thing
        retrieved = "\n".join(text for *_, text, _ in sources)
        written = names & set(stems([n for n in typed_names if re.search(rf"\b{re.escape(n.title())}\b", retrieved)]))
        out = []
        asked_in_series = in_series(q.text)
        letter_asked = re.search(r"\b(?:letter|note|email|memo)\b", " ".join([q.text, *q.referent]), re.I)
        # "the spend at the end of December" is not answered by a sentence giving it at the end of September
        at_months = _AT_MONTH.findall(q.text) if q.kind in ("amount", "number", "rating", "yes_no") else []
        months_asked = {MONTHS[m.lower()] for m, _ in at_months}
        # "what did the board agree in October 2024?" is not answered by what it agreed in March 2024
        decided_in = {MONTHS[m.lower()] for m in _IN_MONTH.findall(q.text)} if q.kind == "decision" else set()
        # and "what did the board decide on 16 October 2024?" by a sentence of that day, or the paper of its meeting
        decided_on = days_asked(q.text) if q.kind == "decision" else set()
        # and "how many were there at the end of March 2026?" is not answered by a paper of a meeting before it
        # nor "how many went to the Oct 2024 conference?" by a paper of a meeting before October 2024 (a month the
        # question dates what it asks of, not one naming the paper)
        dated = _months_of(_BY_MONTH.sub("", q.text), q.time_words) if q.kind not in ("date", "decision") and not \
            q.time[0] else set()  # (not a month it is to be done by: "on track for 40 by March 2027?")
        after = min({f"{y}-{MONTHS[m.lower()]:02d}" for m, y in at_months if y} | dated, default="") if not FUTURE.search(
            q.text) else ""
        votes_asked = _VOTED.search(q.text)
        views_asked = q.kind in ("text", "list") and _VIEWS_ASKED.search(q.text)
        pointing = q.follow_up and q.kind in _VALUE_KINDS and (_POINTING.search(q.text) or _GOING_ON.match(q.text))
        # ("when's that due?", "and how many at the drop-ins?")
        speaker = _speaker(q.text) if q.kind in ("text", "list") else None
        head = head_asked(q)
        every_word = asked_stems(q)
        kind_before = _kind_before(q.focus) if q.focus and q.kind in ("amount", "number") else None
        kind_of_it = kind_before.search(q.text) if kind_before else None  # ("licence" of "the licence fee")
        kind_of_it = kind_of_it[1].lower() if kind_of_it and kind_of_it[1].lower() in q.terms else ""
        who_are = q.kind == "text" and _WHO_ARE.match(q.text)
        unit = _unit_asked(q)
        bodies = _bodies(q.text)  # the bodies a question names by name ("the Pennine Vale Combined Authority Board")
        # a name asked that holds a rating's word ("the Green Council priority"): said in full, not the colour
        phrases = [m[0].lower() for m in _NAME_PHRASE.finditer(q.text) if m.start() > 0 and _RAG_ANY_CASE.search(m[0])]
        owned = {stems([head.lower()])[0] for _, head in _POSSESSOR.findall(q.text)}  # "the chief constable's salary"
        asked_words = set(words(q.text))
        person_back = PERSON_BACK.search(q.text)  # "when did she start?"
        # of the person the last answer named: "what date did she take up the post?" is not answered by a date of
        # something else in the paragraph that named her, nor "what was her previous job?" by another person's line
        backed = _people_named(q.quoted) if person_back and q.follow_up and q.kind != "person" else set()
        # "was there one in 2024?": of that year, a sentence saying so or one of that year's papers not saying another
        # (not "in the 2024 report", a paper named, asked of the others); and "how many went to it?" after "when is
        # the 2024 staff conference?" asks of that year's
        of_year = not q.time[0] and not q.time_words
        # "how many were approved in 2018/19?": a count of a span asked (a financial year, "between April and June") is
        # not one a sentence dates wholly after it ("between April and December 2019"; a sentence dating only an
        # earlier span may compare the figure asked with it: "204 days, compared with 241 days in 2022/23")
        span_ends = [f.value.split("/")[-1] for f in find_dates(q.text) if "/" in f.value] if q.kind in (
            "number", "amount") else []
        in_year = IN_YEAR.search(q.text) if of_year and q.kind in ("yes_no", "number", "amount", "date") else None
        in_year = in_year[1] if in_year else q.year_of if of_year and q.kind in _VALUE_KINDS else None
        # "was procurement rated green?": a heading's rating says yes or no ("Procurement (Green)")
        rated_asked = q.kind == "yes_no" and bool(_RAG_ANY_CASE.search(q.text))
        advice = ADVICE_ASKED.search(q.text)  # "what did the review recommend?": not the paper's own recommendations
        advised = set(stems(["recommend", "propose", "suggest", "advise"])) if advice else set()
        quoted = [m[1].lower() for m in _QUOTES_ASKED.finditer(q.text)]  # "named under 'Report of'": the words it quotes
        past = q.kind in ("amount", "number") and _PAST_ASKED.search(q.text) and not FUTURE.search(q.text)
        for rank, report, paragraph, text, dense in sources:
            if after and report.meeting_date and report.meeting_date < after:
                continue
            ref = dt.date.fromisoformat(report.meeting_date) if report.meeting_date else None
            # a paragraph speaks under its headings, and within its report: "the 2018/19 Annual Performance Report's
            # contact officer" is answered by a line of that report that does not repeat its title
            where = [paragraph.heading, paragraph.section, paragraph.subsection, human_date(report.meeting_date),
                     report.title, report.committee if paragraph.label == "header" else ""]  # (the front matter is
            # of its meeting: "Members of the Sub-Committee: Councillor X (Chair)" says who chaired the hearing)
            # what a recommendation or a resolution says, it says as one: "RESOLVED: (2) That ... be mandatory"
            governing = "asked recommend recommendation" if recommends(paragraph) and not advice else (
                "resolved resolution" if _RESOLUTION_LABEL.search(paragraph.label) else "")  # "45(2)", "2.1(b)"
            around = " ".join(where + [governing])
            context = set(stems(words(around))) | (topical if (report.id, paragraph.key) in referred else set())
            context -= advised  # (nor does a paper's "Recommendations" heading say the review recommends)
            context |= _parts_named(report, paragraph, text)  # "23/24 ICT 03 has already been revised once. ...": of
            # the row it names, in that row's words ("ICT Disaster Recovery"); of the item it names by reference
            context |= {a for a, long in short if long <= context}  # "PNA" under "PHARMACEUTICAL NEEDS ASSESSMENT"
            front, own_name = self._front(report)
            given = paragraph_stems(text) | context | front
            unnamed = len(names - given) / len(names) if names else 0.0
            other_row = q.codes and not any(c in f"{paragraph.label} {' '.join(text.upper().split())}" for c in q.codes)
            if (codes and not codes & given) or written - given or other_row:
                continue  # "how was CM06 rated?" is not answered by the row of CM03, nor "how much does it cost to
                # keep kilbride hall secure?" by the empty library's cost
            # "how much would Ashcombe borrow?" asks of Ashcombe's papers: within them its name neither weighs a
            # sentence nor places a value
            placing = {s: w for s, w in in_full.items() if s not in own_name}
            # (and where the paper says a word asked otherwise, the value it places: "extra fees" of "additional fees
            # of £35,212", not the scale fee before them)
            placing |= {s: placing[a] for a, alike in near if a in placing for s in alike if s not in placing}
            weighing = {s: w for s, w in every.items() if s not in own_name} or every
            total = sum(weighing.values()) or 1.0
            before: set[str] = set()
            asked_so_far: set[str] = set()  # what the paragraph's sentences so far say
            rows = sum(1 for line in text.split("\n") if fields(line))
            for sentence in sentences(text, with_headings=q.kind == "rating" or rated_asked):
                present = set(_said_stems(sentence, governing))
                if in_year and report.meeting_date[:4] != in_year and not _in_the_year(sentence, in_year):
                    continue
                if bodies and _another_body(bodies, sentence):
                    continue  # "who chaired the Combined Authority Board?" is not answered of the Programme Board
                if owned and any(stems([head])[0] in owned and owner.lower() not in asked_words and not (
                        owner.lower() in _OWN_BODY and set(stems(asked_words)) & own_name)
                                 for owner, head in _POSSESSOR.findall(sentence)):
                    continue  # nor "what is the chief constable's salary?" by the clerk's (but "carnbrook's advisers"
                    # by "the Council's advisers" in carnbrook's paper)
                if backed and not backed & set(words(sentence)) and not PERSON_BACK.search(sentence):
                    continue
                if letter_asked and _FROM_SENDER.search(sentence):  # "who wrote the letter?": "a letter ... from X"
                    present |= set(stems(["wrote", "written", "sent"]))
                # "Of these, 9 were overdue" speaks of what the sentence before it named, and "X replied that the
                # contract value was £86,400" of what it asked
                back = q.kind in _VALUE_KINDS and (POINTS_BACK.match(sentence) or _REPLIED.search(sentence))
                # and a sentence goes on from the one before ("... the fourth staff conference was held. Over 85 staff
                # attended"): its words say what the paragraph is about, if not what the sentence itself says
                prior = before if not rows and paragraph.label != "header" else set()  # (not a field before it)
                # (a reply, of all its exchange: "the contract value was £86,400" answers what was asked of the
                # footbridge two sentences before)
                before, present = present, present | (asked_so_far if back and _REPLIED.search(sentence) else
                                                      before if back else set())
                asked_so_far |= before
                present |= {a for a, long in short if long <= present}
                # (a word said only by a neighbour weighs as that neighbour: "end" for "finish", however rare "finish")
                stand_ins = {a: max(self.idf.get(s, 0.0) for s in alike & present) for a, alike in near
                             if alike & present and a not in present}
                present |= set(stand_ins)
                present |= {s for a, long in spelt if a in present for s in long}
                if advice and not advised & present:
                    continue  # "what did the review recommend?" is answered by a sentence saying what it recommends
                speech = views_asked and _REPORTED_SPEECH.search(sentence)
                if speaker and not (speaker.search(f"{report.committee} {report.title}") or _spoken_by(
                        speaker, sentence, speech, text)):  # (a body's own paper is what it says)
                    continue  # "what did the auditor say?" is not answered by "updates from the external auditor"
                if speech:  # "what did staff say about the conference?": "... staff saying:" speaks of what its
                    present |= paragraph_stems(text) | set(stems([views_asked[0].split()[-1]]))  # paragraph is about,
                    # and is the feedback asked
                if q.focus and said_otherwise(q.focus, sentence) and not person_back:  # the word asked said otherwise
                    present.add(stems([q.focus])[0])  # covers it: "when does it finish?" of "continue until the end of
                    # May 2025" (of a thing: what "she" did, the papers say of her)
                    stand_ins.pop(stems([q.focus])[0], None)
                # "Recommendation 2.2 is a recommendation to Council on 24 September 2025" speaks of what 2.2 says
                around_it = context | _referred_to(sentence, report)
                if votes_asked and tally(sentence):  # a vote's count is of what its minute put to the vote
                    around_it |= paragraph_stems(text)
                weigh = {s: min(w, stand_ins.get(s, w)) for s, w in weighing.items()}
                own = sum(w for s, w in weigh.items() if s in present) / total
                wide = sum(w for s, w in weigh.items() if s in present | around_it) / total
                coverage = sum(w for s, w in weigh.items() if s in present | around_it | prior) / total
                found = find_value(q, sentence, ref, paragraph, placing)
                if found and q.kind in _VALUE_KINDS and not wide and not q.follow_up:
                    continue  # "how much will the new station cost?" is not answered by a value of a sentence
                    # that, with its headings, says nothing of what is asked ("Eight new rescue pumps ... at a cost of
                    # £2.6 million")
                if in_year and found and q.kind == "date" and found.value[:4] != in_year:
                    continue  # "when is the 2024 staff conference?" is not answered by the day of 2023's
                score = own + 0.5 * wide + 0.3 / (rank + 1) + (0.3 if found else 0.0)
                if found and q.kind == "person" and set(words(found.value)) & ROLE_WORDS:
                    score -= 0.01  # of two lines alike, the one naming a person answers "who?" before an office
                label = frontmatter.field(sentence) if found and paragraph.label == "header" else None
                if label and set(stems(words(label[0]))) & every_word:  # "Decision maker: X" for "who made the
                    # decision?", its label saying what is asked, whatever words the kind took; all of it ("Decision
                    # due: 10 Mar 2026" for "when's the decision due?"), as a figure the word asked governs
                    whole = set(stems(words(label[0]))) <= every_word and q.kind in _VALUE_KINDS and not label[0].isupper()
                    score += 0.3 if whole else 0.02
                if quoted and any(p in f"{sentence} {around}".lower() for p in quoted):  # as it quotes them
                    score += 0.5
                if phrases and any(p in sentence.lower() for p in phrases):  # (not "Priority 1 - Supportive Council:
                    score += 0.3  # progress Green")
                if speech:  # and introduces what they said
                    score += 0.3
                if who_are and names_listed(sentence):  # "who are the partners?": a sentence naming
                    score += 0.3  # several ("the East of England LGA, the M10 Mayoral Group, the OxCam Partnership")
                if found and unit:  # "how much does each vehicle cost?": a sum said of one ("a vehicle costs"), not
                    score += 0.3 * (bool(unit[0].search(sentence)) - bool(unit[1].search(sentence)))  # of "8 vehicles"
                if found and past and _WILL_BEFORE.search(sentence[max(0, found.start - 40): found.start]):
                    score -= 0.3  # "how many trees were planted?": not the number that "will" be planted
                if found and governs(head, sentence, found, strictly=True):  # the figure of the thing asked: "the
                    score += 0.3  # minimum level of £15.0m" for "what is the minimum level of reserves?"
                elif found and head in _sums() and _governing(sentence, found) in _sums() - {head}:
                    score -= 0.3  # and not a sum of another kind: "how much does closing it save?" of "a cost of £1.1m"
                if found and q.kind == "date" and q.focus and any(stems([q.focus])[0] in stems(words(
                        sentence[: d.start])[-5:] + words(d.text)) for d in _typed(FINDERS["date"], sentence, ref)):
                    score += 0.3  # a date the verb asked is said of: "completed by 31 March 2025" for "when will it
                    # be completed?", "until the end of May 2025" for "when does it end?"
                done_to = [ahead for f, ahead in _named_after_verb(q.text, sentence) if f.overlaps([found])] if (
                    found and q.kind == "person") else []
                if done_to:  # whoever it says the verb asked was done to, with or by: "the Chair reported to the CA Board"
                    # for "who did the chair report back to?"; not what is still to be done, when what was done is
                    # asked ("who has progress been reported to?": not "will ... be reported to Corporate Management")
                    was_done = (_PERFECT_ASKED.search(q.text) or _WHO_DID.match(q.text)) and not FUTURE.search(q.text)
                    score += -0.3 if done_to[0] and was_done else 0.3  # ("who agreed it?": not "will be agreed by")
                score += 0.02 * self.recency.get(report.meeting_date, 0.0)
                if pointing and found and any(sentence[:40] == said[:40] for said in q.quoted):
                    # "when's it due?": the value of what the last answer quoted, before a neighbour's; first of all
                    # when it says all the question asks anew, in its words or others ("should be in place by")
                    anew = all(stems([t])[0] in present or said_otherwise(t, sentence) for t in q.terms)
                    score += 1.0 if anew else 0.05
                if found and q.kind == "date" and len(found.value) == 10:  # "when?" is answered by a day before a year
                    score += 0.02
                if (sentence.endswith(":") or q.kind == "list" and inline_items(sentence, asked)) and q.kind in (
                        "list", "text"):
                    score += 0.4 if q.kind == "list" else 0.2  # it introduces the items asked for, or lists them
                listing = field_items(sentence) if q.kind == "list" and paragraph.label == "header" else None
                if listing and set(stems(words(listing[0]))) & every_word:  # "Wards affected: Riverside; Castle"
                    score += 0.4
                name = next((v for _, v in fields(sentence) if not re.search(r"\d", re.sub(r"^\d+\s+", "", v))), "") if (
                    rows > 1 and (q.kind in _VALUE_KINDS or WHY.search(q.text))) else ""
                if q.kind == "person" and name and find_people(name):
                    name = ""  # (a row of people, "Attendee: Councillor Sarah Penhaligon · Role: Chair", names whom
                    # "who chaired?" asks for)
                if name and not set(stems(words(name))) & (asked | topical | spoken_as) and 2 * sum(
                        w for s, w in weighing.items() if s in _values_said(sentence, name)) < total:
                    continue  # one row of a table is about what its first named cell names: not the audit asked of
                    # (unless its other cells say most of what is asked: "Prevention · Comment: 2,940 Safe and Well
                    # visits completed by 30 September")
                cells = fields(sentence) if q.kind in _VALUE_KINDS and not q.follow_up else []
                if cells:  # a row of its own (a register's, a tracker's) says at least one thing asked of that its
                    # headers and its paper's title do not: "who owns the climate change risk?" is not answered by the
                    # row of the contractor risk
                    of_item = asked - set(stems(words(" ".join(head for head, _ in cells)))) - _kind_stems()
                    if len(of_item - context) >= 2 and not of_item & set(stems(words(" ".join(v for _, v in cells)))):
                        continue  # (what it asks beyond its paper's title, and nothing of it in the row)
                dates = _typed(FINDERS["date"], sentence, ref) if span_ends else ()
                if dates and all(later(d.value, end) for d in dates for end in span_ends):
                    continue
                said_months = {MONTHS[m.lower()] for m, _ in _AT_MONTH.findall(sentence)} if months_asked else set()
                said_months |= {MONTHS[m.lower()] for m in _A_MONTH.findall(sentence)} if decided_in else set()
                if said_months and not said_months & (months_asked | decided_in):
                    continue
                if decided_on and report.meeting_date not in decided_on and not decided_on & {
                        f.value for f in find_dates(sentence, ref)}:
                    continue
                if asked_in_series and _another_in_series(asked_in_series, f"{sentence} {around}"):
                    continue  # "the first survey" is not answered by a sentence about the second, nor Q1 by Q2
                starts = _STARTS.fullmatch(q.focus) and WHAT_TIME.search(q.text) and CLOCK.search(sentence)
                counted_in_row = q.kind in ("number", "amount") and bool(fields(sentence))  # (a row gives its figures
                # without the verb asked: "Places: 60" for "how many places will it add?")
                undone = bool(q.focus and _NOT_YET_ASKED.search(q.text)) and f"un{stems([q.focus])[0]}" in (
                    present | context)  # "how many are still waiting to be processed?": the unprocessed ones
                if q.focus and not starts and not counted_in_row and not undone and not _derived(
                        stems([q.focus])[0], present | context):
                    # (above; a meeting's time beside its name is when it starts: "Meeting: ..., 6.30 pm")
                    if q.kind == "text":  # "what is the pupil roll at X?" is not answered by a sentence about X
                        continue
                    coverage = 0.0  # "when was X appointed?" is not answered by a sentence about X advertised
                elif kind_of_it and stems([kind_of_it])[0] not in present | context and (
                        not _derived(stems([q.focus])[0], present - set(stand_ins))  # (the thing asked said only
                        # around it)
                        or (other := kind_before.search(sentence)) and other[1].lower() not in STOPWORDS):
                    coverage = 0.0  # "how much was the licence fee?" is not answered by "the scale fee", another kind,
                    # nor by a sum its headings call a fee ("Fees and Charges": "the charge for a garden waste permit")
                elif q.focus and q.kind == "date" and len(weigh) > 1 and not any(
                        s in present | around_it | prior for s in weigh if s != stems([q.focus])[0]):
                    coverage = 0.0  # nor "when will the mid-year reviews finish?" by one saying another thing ends
                if q.kind == "list":  # a list is asked for by its place in the report: "the recommendations"
                    score += 2 * sum(w for s, w in weights.items() if s in context) / total
                out.append(Candidate(report, paragraph, sentence, score, coverage, found, dense, unnamed=unnamed))
        # "when was it completed?": sentences that say the event asked before any that do not, however close
        return sorted(out, key=lambda c: (bool(q.focus) and not c.coverage, -c.score))


_NOT_YET_ASKED = re.compile(r"\b(?:still|yet|waiting)\s+(?:waiting\s+)?to\s+be\b|\bnot\s+yet\b", re.I)
_ANOTHER_NAME = re.compile(r"\b(?:formerly|previously|now|renamed(?: as)?|known as|(?:title|name) (?:for|of))\s+(?:the\s+)?$",
                           re.I)  # ("the title for the Board moving forwards is ...")
_STARTS = re.compile(r"start(?:s|ed)?|begin(?:s)?|began|commence(?:s|d)?", re.I)
_QUOTES_ASKED = re.compile(r"(?:^|(?<=\s))['‘\"“]([^'’\"”?]{2,60}?)['’\"”](?=\s|[?.,!;:]|$)")


def _speaker(text: str) -> re.Pattern | None:
    """For "what did the police say?", a pattern of the speaker's word as written ("policing", "Police"); None when
    the question asks what a paper says, or asks no one."""
    m = _SPEAKER_ASKED.search(text)
    word = m[1].lower() if m else ""
    one = re.sub(r"s$", "", word)  # (the word's stem as far as its forms share it: "polic", "councill", not "council")
    return re.compile(rf"\b{re.escape(one[:max(5, len(one) - 2)])}\w*", re.I) if word in _SPEAKERS else None


def _spoken_by(speaker: re.Pattern, sentence: str, speech, paragraph: str) -> bool:
    """Whether a sentence gives what a speaker said: it names them and then says they said it ("the neighbourhood
    policing team commented that ..."), or it introduces what was said ("Comments included:") where its paragraph
    names them."""
    named = speaker.search(sentence)
    return bool(named and _SPEAKING.search(sentence, named.end()) or speech and speaker.search(paragraph))


def _asked_of(name: str, asked: set[str]) -> bool:
    """Whether a name found is the one a question asks of: its last word and most of its words asked."""
    said = [w for w in words(name) if w not in STOPWORDS]
    return bool(said) and said[-1] in asked and 2 * len(set(said) & asked) > len(set(said))


def _derived(stem: str, present: set[str]) -> bool:
    """Whether a word stem is present, or one formed from the same word ("respond" of "responses": the stems share
    their first six letters; "signage" of "signs": the word with a noun's ending)."""
    return stem in present or (len(stem) >= 6 and any(s[:6] == stem[:6] for s in present)) or any(
        s.startswith(stem) and s[len(stem):] in _NOUN_ENDINGS for s in present)


_NOUN_ENDINGS = ("ag", "ment", "ur", "al")  # a noun made from the word (stemmed): "signage", "payment", "closure"


@functools.lru_cache(maxsize=1 << 16)
def _said_stems(sentence: str, governing: str) -> frozenset[str]:
    """The word stems a sentence says, with those of the words it answers to without saying them (`_ALIASES`) and
    those of what governs it (a recommendation, a resolution)."""
    aliases = " ".join(extra for pattern, extra in _ALIASES if pattern.search(sentence))
    return frozenset(stems(words(f"{_IDIOMS.sub(' ', sentence)} {aliases} {governing}")))


# English idioms whose words say nothing of their own: "As a result, discussions are taking place" gives no result
_IDIOMS = re.compile(r"\b(?:as a result(?: of)?|in (?:the )?light of|in terms of|in order to|on behalf of|in respect of|"
                     r"by way of)\b", re.I)


# a sentence about a paragraph of its report, named by its number: "Recommendation 2.2 is a recommendation to Council
# on 24 September 2025" (not one pointing to several: "as set out in paragraphs 2.2 to 2.9")
_ABOUT_PARAGRAPH = re.compile(r"^(?:the\s+)?(?:recommendation|paragraph|resolution|decision)\s+"
                              r"(\d+(?:\.\d+)*(?:\([a-z0-9]+\))?)(?!\s*(?:,|and|to|-|–)\s*\d)", re.I)


def _parts_named(report: Report, paragraph: Paragraph, text: str) -> set[str]:
    """The word stems of the parts of its report a paragraph names by their references: a table's rows by their codes
    (the row's words), an item by the number or reference its label or heading gives (the heading's words: "declared an
    interest in application LA05/2025/0812/F" speaks of the takeaway the item of that application is headed by)."""
    rows = [paragraph_stems(p.text) for p in report.paragraphs if p is not paragraph and p.label in text
            and ROW_CODE.fullmatch(p.label) and fields(p.text)]
    codes = set(_REFERENCE.findall(text))
    items = [paragraph_stems(p.section) for p in report.paragraphs if p is not paragraph and codes and (
        p.label in codes or codes & set(p.section.split()))] if codes else []
    return set().union(*rows, *items)


ROW_CODE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Z0-9][A-Z0-9/ .-]{2,}")  # "23/24 ICT 03", "KD/2026/006", "PE08"
# an item's number or reference: "LA05/2025/0812/F", "C18/26", "25/066" (not a financial year: "2025/26")
_REFERENCE = re.compile(r"\b(?!(?:19|20)?\d\d/\d\d\b)[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,6}){1,3}\b")


def _referred_to(sentence: str, report: Report) -> set[str]:
    """The word stems of the paragraph of its report a sentence is about, when it names it by its number first."""
    m = _ABOUT_PARAGRAPH.match(sentence)
    return set().union(*[paragraph_stems(p.text) for p in report.paragraphs if p.label == m[1]]) if m else set()


_JOINING = {"and", "of", "the", "for", "in", "on", "to", "&"}  # the small words an acronym's letters skip


def spelt_out(short: str, text: str) -> str | None:
    """The run of words in a text whose initials spell an acronym, skipping the small joining words and commas
    ("ehcp": "education, health and care plan"), or None."""
    tokens = list(re.finditer(r"[A-Za-z]+|&", text))
    for i, first in enumerate(tokens):
        if first[0][0].lower() != short[0] or first[0].lower() in _JOINING:
            continue
        letters, j = 1, i
        while letters < len(short) and j + 1 < len(tokens):
            j += 1
            gap = text[tokens[j - 1].end(): tokens[j].start()]
            word = tokens[j][0].lower()
            if not re.fullmatch(r"[\s,-]*", gap):
                break
            if word in _JOINING:
                continue
            if word[0] != short[letters]:
                break
            letters += 1
        if letters == len(short) and tokens[j][0].lower() not in _JOINING:
            return text[first.start(): tokens[j].end()]
    return None


def lengthened(short: str, text: str, clipped: bool = False, alike=None) -> str | None:
    """The word of a text that a word nowhere in the reports shortens or misspells: the one that keeps its first and last
    letters and all of its letters in order ("cttee": "committee", "govt": "government", "procurment":
    "procurement"); or, when it may be `clipped` (no word of its own), that it begins ("refurb": "refurbishment") or
    that has two of its letters swapped ("wnat": "want"); the one it begins most like ("recs": "recommendations", not
    "resources"), then the nearest in meaning by `alike` (word, words -> similarities), if given ("comms":
    "communications", not "committees"), else the most used; or None."""
    counts: dict[str, int] = {}
    for word in re.findall(r"[a-z]+", text.lower()):
        if len(word) > len(short) and word[0] == short[0] and (word[-1] == short[-1] and in_order(short, word) or (
                clipped and len(short) >= 4 and word.startswith(short))) or (clipped and _swapped(short, word)):
            counts[word] = counts.get(word, 0) + 1  # (or clipped: "refurb" for "refurbishment"; or "wnat" for "want")
    if not counts:
        return None
    begun = max(len(os.path.commonprefix([short, w])) for w in counts)
    best = [w for w in counts if len(os.path.commonprefix([short, w])) == begun]
    near = dict(zip(best, alike(short, best))) if alike and len(best) > 1 else {}
    return max(best, key=lambda w: (near.get(w, 0.0), counts[w]))


def _swapped(typed: str, word: str) -> bool:
    """Whether a word typed is another with two letters side by side swapped ("wnat": "want", "recieve": "receive")."""
    differ = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b] if len(typed) == len(word) >= 4 else []
    return len(differ) == 2 and differ[1] == differ[0] + 1 and typed[differ[0]] == word[differ[1]] and \
        typed[differ[1]] == word[differ[0]]


def in_order(short: str, word: str) -> bool:
    letters = iter(word)
    return all(c in letters for c in short)


# a place in a series: "quarter 1", "Q2", "phase 3", "the first survey", "the second all-staff survey", and any
# noun numbered so ("management action 3", "actions 1 and 2", "Table 1"; not "dated 9 September", "over 12 months")
_SERIES_NOUN = r"quarter|q|phase|stage|tranche|round|wave|part|option|level|tier|version"
_IN_SERIES = re.compile(rf"\b(?:({_SERIES_NOUN})\s?(\d{{1,2}}|[A-E])\b|({'|'.join(ORDINALS)})\s+"
                        rf"((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)|"
                        rf"([a-z]{{3,}}?)s?\s(\d{{1,2}}(?:\s*(?:,|and|&|or)\s*\d{{1,2}})*)\b"
                        rf"(?![.,:/]\d|\s*%|\s+(?:[a-z]+s|{'|'.join(MONTHS)})\b))", re.I)


_FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s?[/-]\s?((?:19|20)?\d\d)\b")  # "2024/25", "2024-2025"


def in_series(text: str) -> set[tuple[str, str]]:
    """The (series, place) pairs a text names: ("quarter", "1") for "Quarter 1" or "Q2", ("survey", "1") for "the first
    survey", ("action", "1") and ("action", "2") for "actions 1 and 2", ("financial year", "2024/25")."""
    out = {("financial year", f"{m[1]}/{m[2][-2:]}") for m in _FINANCIAL_YEAR.finditer(text)}
    for m in _IN_SERIES.finditer(text):
        if m[1]:
            out.add(("quarter" if m[1].lower() == "q" else m[1].lower(), m[2].upper()))
        elif m[3]:  # (its place as a number: "the third action" is "action 3"; each word of the noun so placed, not
            # knowing which is its head: "the second member development session", "the first development session for")
            place = str(ORDINALS.index(m[3].lower()) + 1)
            named = itertools.takewhile(lambda w: w not in STOPWORDS and not re.fullmatch(NUMBER_WORD, w),
                                        m[4].lower().split())
            out |= {(stems([w])[0], place) for w in named if len(w) > 3}
        elif m[5].lower() not in STOPWORDS and m[5].lower() not in MONTHS:
            out |= {(stems([m[5].lower()])[0], n) for n in re.findall(r"\d+", m[6])}
    return out


def _another_in_series(asked: set[tuple[str, str]], text: str) -> bool:
    """Whether a text names places of a series the question names, but none of those it asks."""
    said = in_series(text)
    for series in {s for s, _ in asked}:
        there = {p for s, p in said if s == series}
        if there and not there & {p for s, p in asked if s == series}:
            return True
    return False


def later(value: str, date: str) -> bool:
    """Whether a date found (or a span's start) is later than another date, at the first's own precision."""
    start = value.split("/")[0]
    return bool(date) and start > date[: len(start)]


def paragraph_stems(text: str) -> set[str]:
    """The distinct word stems of a paragraph, as the scorer's document frequencies count them."""
    return set(stems(words(text)))


_WHOSE_ONLY = re.compile(r"\b(?:his|her|its|their)\s+[a-z]", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|it|they|them|him|this|that|these|those)\b", re.I)


def _kind_before(head: str) -> re.Pattern:
    """The word naming what kind of thing a head noun is, before it ("licence" in "the licence fee")."""
    return re.compile(rf"\b([a-z][\w'-]*)\s+{re.escape(head)}s?\b", re.I)  # (its plural: "one-off fees")


# whose a thing is, and the thing: "the minister's letter" ("minister", "letter")
_OWN_BODY = {"council", "authority"}  # what a paper calls the authority it is written for: "the Council's advisers"
_POSSESSOR = re.compile(r"\b(?!(?:what|who|that|it|there|here|where|how|let|he|she)['’]s\b)([a-z]{3,})['’]s\s+([a-z]+)",
                        re.I)


_TARGET = re.compile(r"\b(?:targets?|aim(?:ed|s)?|standards?|budget\w*|goals?|ambitions?|planned|expected|forecast\w*)\b", re.I)
_TARGET_ASKED = re.compile(r"\b(?:targets?|standards?|goals?|ambitions?|aims?)\b", re.I)
_TARGET_BEFORE = re.compile(r"\b(?:targets?|standards?|goal|ambition|aim)\s+(?:of|was|is|for \S+ (?:of|was|is))\s+"
                            r"(?:£|€|\$)?$", re.I)


_PLAN_ASKED = re.compile(rf"\b(?:{PLANNED}|originally|initially|first)\b", re.I)
_HAPPENED_WHEN = re.compile(r"^(?:and\s+|so\s+)?when\s+(?:did|was|were)\b", re.I)
_RAISED = re.compile(r"\b(?:raised|logged|added|opened|created|recorded)\b", re.I)  # a record's own date, not its event's


@functools.lru_cache(maxsize=4096)
def _months_of(text: str, besides: tuple[str, ...] = ()) -> frozenset[str]:
    """The months a text names with their years ("October 2024" -> "2024-10"), but for those naming a paper."""
    return frozenset(f"{y}-{MONTHS[m.lower()]:02d}" for m, y in _MONTH_YEAR.findall(text) if m.lower() not in besides)


def _values_said(row: str, name: str) -> set[str]:
    """The word stems a table row's cells say beyond its name and its headers."""
    return set(stems(words(" ".join(v for _, v in fields(row) if v != name))))


def inline_items(sentence: str, asked: frozenset[str] = frozenset()) -> list[str]:
    """The short items a sentence lists after a colon ("3 were rated red: SR02 Financial Sustainability, SR07 Cyber
    Security and SR11 Temporary Accommodation Demand."), or the names it lists within it ("cleared by the relevant
    review teams in DLUHC, DfE and DfT without any required amendment"), or none; none when one of them is what the
    question asks of (`asked`, word stems: "which bodies was the SAF presented to?" of "The SAF, the PMF and the RMF
    were presented to Board")."""
    found = _inline_items(sentence)
    named = all(len(item.split()) <= 8 for item in found)  # (names, not clauses: "that the closure be deferred
    return [] if asked and named and any(set(stems(words(item))) & asked for item in found) else found  # until ...")


def _inline_items(sentence: str) -> list[str]:
    listed = re.match(r"((?:[^:\s]+\s+){5,}[^:\s]+):\s+(.+?)\.?$", sentence)  # (a clause, not a field's label)
    items = re.split(r",\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+", listed[2]) if listed else []
    if len(items) >= 2 and all(len(i.split()) <= 8 for i in items):
        return items
    # "The three indicators rated Red were the average time ... (26 days ...), the number of households ... and the
    # percentage of ...", "made two recommendations to Cabinet: that the closure be deferred ..., and that transport
    # be ...": as many items, however long, as it says, each opening as the first does
    counted = _COUNTED_LIST.match(sentence) or listed
    if counted:
        first = re.escape(counted[2].split()[0])
        items = re.split(rf"(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?|\s+and\s+)(?={first}\b)", counted[2])
        number = find_numbers(counted[1])
        if len(items) >= 2 and number and number[-1].value == str(len(items)):
            return items
    named = names_listed(sentence)
    return named[1] if named else []


# a sentence that says how many things it goes on to name: "The three indicators rated Red were ..."
_COUNTED_LIST = re.compile(rf"^(?:The|These|Those|All)\s+((?:\d+|{NUMBER_WORD}))\s+(?:[\w-]+\s+){{1,6}}?"
                           r"(?:were|are|included|include|comprised|comprise)\s*:?\s+(.+?)\.?$", re.I)


def field_items(sentence: str) -> tuple[str, list[str]] | None:
    """A front matter field listing short values ("Wards affected: Riverside; Castle"): its label and the values."""
    f = frontmatter.field(sentence)
    items = re.split(r";\s*|,\s+(?:and\s+)?|\s+and\s+", f[1].rstrip(".")) if f else []
    return (f[0], items) if len(items) >= 2 and all(len(i.split()) <= 4 for i in items) else None


def names_listed(sentence: str) -> tuple[re.Match, list[str]] | None:
    """Where a sentence lists names within it ("in DLUHC, DfE and DfT"), and the names."""
    named = _NAMES_LISTED.search(sentence)
    if not named:
        return None
    *first, last = re.split(r",\s+(?:the\s+)?", re.sub(r"^[Tt]he\s+", "", named[0].rstrip(".")))
    if first[0].split()[-1].lower() in ROLE_WORDS:  # "the Executive Director, Resources and Performance": one post
        return None
    return named, first + list(re.match(r"(.+)\s+(?:and|or)\s+(?:also\s+)?(?:the\s+)?(.+)", last).groups())


def _rated_above(q: Question, sentence: str, paragraph: Paragraph) -> Found | None:
    """The rating a heading gives what is under it: a part a sub-heading names ("Recruitment, retention, reward, and
    resourcing") has its paragraph's heading's ("Confidence, culture and capacity (Green)"), and the lines under a
    rated sub-heading the question speaks of ("Management action 3 (Medium)" for "what priority was the action on
    ...?") that one's, the heading its text; None for anything else."""
    lines = [line.strip() for line in paragraph.text.split("\n")]
    at = next((i for i, line in enumerate(lines) if sentence in line), 0)
    if at and _a_heading(lines[at]) and paragraph.rating and lines[0] == paragraph.heading:
        return Found("rating", paragraph.rating, paragraph.heading, 0, 0)
    above = lines[at - 1] if at > 1 else ""
    spoken = set(stems(q.terms)) & set(stems(words(above)))
    rated = _typed(FINDERS["rating"], above, None) if spoken and _a_heading(above) else ()
    return Found("rating", rated[0].value, above, 0, 0) if rated else None


def _a_heading(line: str) -> bool:
    """Whether a line of a paragraph heads what follows it: a few words, capitalised, no bullet nor full stop."""
    return bool(line) and line[0].isupper() and len(words(line)) <= 12 and not re.search(r"[.:;,]$", line)


def find_value(q: Question, sentence: str, ref, paragraph: Paragraph, weights: dict[str, float]) -> Found | None:
    """The value of the asked kind in a sentence: the one nearest the question's heaviest words."""
    kind = q.kind
    if kind == "rating" and paragraph.rating and sentence == paragraph.heading:
        i = sentence.rfind(paragraph.rating.split("/")[0])
        return Found("rating", paragraph.rating, paragraph.rating, i, i + len(paragraph.rating))
    if kind == "rating" and not _typed(FINDERS["rating"], sentence, None):
        return _rated_above(q, sentence, paragraph)
    if kind == "yes_no":
        put = _PUT.search(sentence.rstrip(" .")) if not _MOTION_ASKED.search(q.text) else None
        went = _as_the_motion_went(q, sentence, put, paragraph) if put else None
        if put and (went is None or went.value == "no"):  # (carried: what the motion says, read as any sentence)
            return went
        # a front matter field says yes or no only to what its label names ("Key decision: No")
        label = re.match(r"([^:]{1,40}):\s", sentence) if paragraph.label == "header" else None
        if not label:
            return _yes_no(q, sentence)
        asked, value = set(stems(words(q.text))), sentence[label.end():].strip(" .")
        if 0 < len(words(value)) <= 4 and set(stems(words(value))) <= asked:  # "Issue type: Key decision" for "is it a
            return Found("yes_no", "yes", value, label.end(), len(sentence))  # key decision?": it is what is asked
        return _yes_no(q, sentence) if set(stems(words(label[1]))) <= asked else None
    if kind == "text":  # "how often does it meet?" is answered by a sentence saying how often
        m = FREQUENCY.search(sentence) if HOW_OFTEN.search(q.text) else CLOCK.search(sentence) if WHAT_TIME.search(
            q.text) else None  # and "what time did it close?" by one saying a time of day
        return Found("text", m[0], m[0], m.start(), m.end()) if m else None
    finder = FINDERS.get(kind)
    if finder is None:
        return None
    if kind == "number" and _ORDINAL_ASKED.search(q.text):  # "which number conference was that?": a place in a series
        finder = find_ordinals
    found = list(_typed(finder, sentence, ref if kind == "date" else None))
    if kind == "amount" and not found and direction(q.text, ("up", "down")):  # "how much did footfall go up?": a
        # share where no sum is said ("rose by 14%")
        found = [Found("amount", f"{f.value}%", sentence[f.start: m.end()], f.start, m.end())
                 for f in find_numbers(sentence) if (m := PERCENT_AFTER.match(sentence, f.end))]
    # "and the other one?": not a value the last answer gave ("13 January 2025" again, or a day of "January 2025")
    found = [f for f in found if not any(_same(f.value, g) for g in q.given)]
    if kind == "date" and not _PERIOD_ASKED.search(q.text):  # "when did they note the progress report?" is not
        # answered by the period the report covers ("covering the period 1 November 2022 to 28 February 2023")
        covered = [(a, b) for a, b in zip(found, found[1:]) if _COVERING.search(sentence[: a.start])
                   and re.fullmatch(r"\s*(?:to|until|and|-|–)\s*", sentence[a.end: b.start])]
        found = [f for f in found if not any(f in pair for pair in covered)]
    if kind == "decision":  # "Amendment proposed by X, seconded by Y, that the extension be deferred": what was put
        found = [f for f in found if not _PUT.search(sentence[: f.start])]  # to the meeting, not what it decided
    # a value the question itself gives is what it asks about, not its answer ("placed more than 20 miles away")
    if kind in ("date", "amount", "number"):
        found = [f for f in found if not re.search(rf"(?<!\w){re.escape(f.text.strip())}(?!\w)", q.text, re.I)]
    of_month = _months_of(q.text, q.time_words) if kind == "date" else set()
    if of_month and not of_month & _months_of(sentence):  # "when was the October 2024 conference held?" is not
        # answered by a date of another month, unless the sentence names the month asked of too (a thing of that
        # month, done at another date)
        found = [f for f in found if f.value[:7] in of_month or f.value in {m[:4] for m in of_month}]
    if kind == "date" and ref and AHEAD.search(q.text) and not (q.focus and any(
            event_before(q.focus, sentence, f) for f in found)):  # "when will the committee get an update?": a date
        ends = [f.value.split("/")[-1] for f in found]  # still to come (at its precision), if the sentence gives one,
        found = [f for f, end in zip(found, ends) if end >= ref.isoformat()[: len(end)]] or found  # unless it says
        # the event asked on another ("closed on 24 November 2025")
    if kind == "date" and q.follow_up:  # and "until when?" after "how much was approved in July 2023?" asks another
        found = [f for f in found if not set(words(f.text)) <= set(q.referent)] or found
    vote = recorded_vote(sentence) if kind == "person" and VOTE_ASKED.search(q.text) else None
    if vote:  # "who abstained?" of "Abstaining (1): Councillor Ashby": the members on the side asked
        return Found("person", vote[1][0], ", ".join(vote[1]), 0, len(sentence)) if vote[1] and vote[0] == _side_asked(
            q.text) else None
    if kind == "person":
        found = _people_for(q, sentence, found, set(stems(words(f"{paragraph.section} {paragraph.heading}"))))
        # a person named in words quoted (a motion's, a question's) is what they say, not who acted
        quoted = [m.span() for m in _QUOTED.finditer(sentence)]
        found = [f for f in found if not any(a < f.start and f.end < b for a, b in quoted)]
        named, asked = frontmatter.field(sentence), _WHO_IS.match(q.text)
        if not found and named and named[1] and asked and stems(words(named[0])) == stems(words(asked[1])):
            # "who's the applicant?": the field it names answers, whoever it holds ("Applicant: Fenbrook Homes Ltd")
            start = sentence.rindex(named[1])
            return Found("person", named[1], named[1], start, start + len(named[1]))
        after = [f for f, _ in _named_after_verb(q.text, sentence)]  # "who will it report to?": whoever it names after
        if after:  # "report to" ("chaired by the Director of Public Health, to report to the Board"), no one else
            found = sorted([f for f in found if f.overlaps(after)] + [f for f in after if not f.overlaps(found)],
                           key=lambda f: f.start)
        put = _PUT_ASKED.search(q.text)
        if put and _SECONDED.search(sentence):  # "X, seconded by Y, moved ...": X moved it, Y seconded it
            seconder = [f for f in found if _SECONDED.search(sentence[max(0, f.start - 20): f.start])]
            found = (seconder if put[1].lower().startswith("second") else [f for f in found if f not in seconder]) \
                or found
        sender = _FROM_SENDER.search(sentence) if _SENDER_ASKED.search(q.text) else None
        if sender:  # "who sent it?" of "the Chief Executive received a letter ... from X": X, not who received it
            found = [f for f in found if f.start >= sender.end()] or found
        does = _WHO_DOES.match(q.text)
        agent = re.search(rf"\b{re.escape(stems([does[1]])[0])}\w*\s+by\s+((?:an?|the)\s+(?:[a-z-]+\s+){{0,3}}?"
                          rf"(?:{'|'.join(sorted(ROLE_WORDS))}))\b", sentence) if does else None
        if agent and not any(f.start < agent.end(1) and agent.start(1) < f.end for f in found):  # "who reviews
            found.append(Found("person", agent[1], agent[1], agent.start(1), agent.end(1)))  # them?": "reviewed by a
            # senior manager"
        if _BY_WHOM.search(q.text):  # "by whom?": the agent of a verb done ("agreed by the Combined Authority Board")
            found += [b for b in find_bodies(sentence) if _DONE_BY.search(sentence[: b.start])
                      and not b.overlaps(found)]
        if _ACTED.search(q.text):  # "who agreed it?" is answered by a body as well as by a person, not by a firm
            found = sorted([f for f in found if not is_firm(f.value)] + [b for b in find_bodies(sentence) if not b.overlaps(
                found) and set(words(b.value)) - set(words(q.text)) - set(q.referent)],
                key=lambda f: f.start)
        # nor is the very body asked of who it is: "who will chair the new support group?" is not answered by "the
        # Independent Support Group" (the name's head and most of its words asked)
        found = [f for f in found if not _asked_of(f.value, set(words(q.text)))]
        # nor another name of it: "the Independent Advisory and Support Group (formerly the Independent Improvement
        # Board)", "the title for the Board moving forwards is ..." do not say who chairs the group
        found = [f for f in found if not _ANOTHER_NAME.search(sentence[: f.start])]
        doer = _WHO_DOES_IT.match(q.text)  # "who does the new assistant director of HR report to?" is not answered by
        doing = set(key_terms(doer[1])) if doer else set()  # that assistant director
        found = [f for f in found if not (doing and len(doing & set(words(f.text))) >= max(2, len(doing) - 1))]
        which = _WHICH_BODY.search(q.text)
        if which:  # "which council will do the peer review?": a body of the kind asked, not a post; a firm for "which
            # contractor?" (whatever bodies the sentence names)
            kind_asked = (which[1] or which[2]).lower()
            bodies = [] if kind_asked in _FIRM_KINDS else [
                b for b in bodies_of_kind(sentence, kind_asked) if not set(words(b.value.lower())) <= ROLE_WORDS
                and not _asked_of(b.value, set(words(q.text)))]
            firms = [f for f in found if is_firm(f.value)] or [  # (the firm a person works for too, "Jonathan Reeve,
                Found("person", sentence[a:b], sentence[a:b], a, b) for a, b in firms_in(sentence)]  # Engagement Lead,
            # Hartley Rowe LLP (external auditor)", when a firm is asked for)
            found = sorted(firms + [b for b in bodies if not b.overlaps(firms)],
                           key=lambda f: f.start)
    by = BY_ASKED.search(q.text) if kind in ("amount", "number") else None
    if by:  # "how much is it going up by?": "increase ... by £14", and only that; "by how much?": that first
        after_by = [f for f in found if _BY_BEFORE.search(sentence[max(0, f.start - 20): f.start])
                    or by[2] and _THAN_AFTER.match(sentence, f.end)]  # ("how much more than budgeted?" is answered by
        # the difference said: "£1.4m more than budgeted")
        # "how much more than last year?": a difference not said is not one to work out ("how many more pupils would
        # be eligible?" asks how many more there would be)
        found = after_by if by[1] or by[2] else after_by or found
    periods = _rates_asked(q.text) if kind in ("amount", "number") else frozenset()
    if periods:  # "how many homes a year?": a figure said a year ("781 homes a year"), not the plan period's 13,277
        found = [f for f in found if periods & _rates(_A_TIME_AGO.sub("", _clause_around(sentence, f)))] or found
    days = _days_asked(q.text) if kind in ("amount", "number") else frozenset()
    if days:  # "what were the investments at 31 March 2025?": the figure said at that date ("£38.6 million, down from
        # £44.2 million at 31 March 2025")
        found = [f for f in found if days & {d.value for d in find_dates(sentence[f.end: f.end + 25])}] or found
    was = [f for f in found if _WAS_BEFORE.search(sentence[max(0, f.start - 30): f.start])] if kind in (
        "amount", "number") and not days else []
    if was and len(was) < len(found) and not EARLIER_ASKED.search(q.text):  # "78% ..., up from 74% in 2023/24":
        found = [f for f in found if f not in was]  # 78% now, 74% before
    ending = _EVENT_ASKED.search(q.text) if kind == "date" else None
    event = q.focus or (ending[1] if ending else "")
    moved = _MOVED.search(sentence) if kind in ("amount", "number", "date") else None
    if moved and kind == "date" and event and any(event_before(event, sentence, f) for f in found):
        moved = None  # (not when the event asked is said of a date of its own: "... because the consultation closes on")
    to_share = moved and re.match(r"\S*%|\S+\s+per\s?cent\b", sentence[moved.start(1):], re.I)
    if moved and _PERCENT_ASKED.search(q.text) and not to_share:
        moved = None  # (a share asked of a sentence moving counts: "rose from 1,870 to 2,614, an increase of 40%")
    if moved and kind != "date":  # nor the figures of a move when another figure is said of more of what is asked ("or
        asked = set(stems(q.terms))  # 13,277 homes over the plan period" for "how many homes over the plan period?")
        said_of = lambda f: len(asked & set(stems(words(re.split(r"[,;(]", sentence[f.end: f.end + 50])[0]))))
        pair = [f for f in found if moved.start() < f.start <= moved.start(1)]
        if pair and any(said_of(f) > max(map(said_of, pair)) for f in found if f not in pair):
            moved = None
    if moved and not by:  # "increased from £42 to £48", "completion has moved from December 2025 to March 2026": what
        # it is now, unless the question asks what it was
        start = sentence.rindex("from", moved.start(), moved.start(1))
        # (but a change proposed, "the charge rises from £52 to £58", is not yet what it is now)
        proposed = re.match(r"\w+s\b", moved[0]) and not re.search(r"\b(?:has|have|had)\s+$", sentence[: moved.start()])
        now = not _BEFORE_ASKED.search(q.text) and not (proposed and NOW_SAID.search(q.text))
        both = [f for f in found if start < f.start <= moved.start(1)]
        months = {d.value for d in find_dates(_months_cased(q.text))}
        dated = [f for f in both if months & {d.value for d in find_dates(sentence[f.end: f.end + 25])}]
        found = dated[:1] or [f for f in both if (f.start == moved.start(1)) == now] or found  # ("fell from 96 in
        # October 2024 to 31 in March 2025": the one of the month asked)
    if kind == "date":  # "completion moved from March to June 2025": when it is now, unless asked when it was
        found = [_moved_date(f, sentence, _BEFORE_ASKED.search(q.text)) for f in found]
        if not _BEFORE_ASKED.search(q.text):  # "originally due to open in April 2026; it is now expected to open in
            found = [f for f in found if not _ONCE_BEFORE.search(sentence[max(0, f.start - 40): f.start])] or found
            # October 2026": when it is now
        span = _SPAN.search(sentence) if _SPAN_END_WORD.fullmatch(event) or _SPAN_START_WORD.fullmatch(event) else None
        if span:  # "when did it close?" of "ran from 5 January to 15 February 2026": the span's end (its start for
            ends = _SPAN_END_WORD.fullmatch(event)  # "when did it open?")
            found = [f for f in found if (f.start >= span.end()) == bool(ends)] or found
        if event and not _MOVED.search(sentence) and (
                _SPAN_END_WORD.fullmatch(event) or _SPAN_START_WORD.fullmatch(event)):
            # "when will the trial end?" is not answered by when it starts ("trialling ... from February 2026"), nor
            # "when does it start?" by when it runs until (a date moved from is no start: "moved from March to June")
            said_as = _SAID_FROM if _SPAN_END_WORD.fullmatch(event) else _SAID_UNTIL
            found = [f for f in found if not said_as.search(sentence[max(0, f.start - 25): f.start])]
        if _NEW_DATE_ASKED.search(q.text):  # "what's the new date?": the one said to be now ("now booked for ...")
            found = [f for f in found if _NOW_BEFORE.search(sentence[max(0, f.start - 30): f.start])] or found
    if kind in ("amount", "number"):  # "4,912 visits were completed against a target of 4,500": what was done, not
        # the target, unless a target (or a budget, a standard) is asked; the target when one is
        targets = [f for f in found if _TARGET_BEFORE.search(sentence[max(0, f.start - 30): f.start])]
        if not _TARGET.search(q.text):
            found = [f for f in found if f not in targets] or found
        elif _TARGET_ASKED.search(q.text):
            found = targets or found
    if kind == "number" and _SCORE_ASKED.search(q.text) and not (_SCORE_ASKED.search(sentence) or frontmatter.field(
            sentence) or row_cells(sentence)):  # "what was the score for X?": a figure said as a score, or a field's
        return None  # ("Strategic Value: 2"), not "five planned sessions"
    if kind in ("amount", "number") and not _LIMIT_ASKED.search(q.text):  # "quotes ... up to a limit of £1,500" is
        found = [f for f in found if not _LIMIT_BEFORE.search(sentence[max(0, f.start - 30): f.start])]  # no cost
    said_per = _rates(sentence) if kind == "amount" and periods else frozenset()
    if said_per and not periods & said_per:  # "how much does it cost each year?" is not answered by what a night costs
        found = []
    if kind == "amount" and _COST_ASKED.search(q.text) and not _COMING_IN.search(q.text):  # "how much does it cost?" is
        # not answered by a sum saved or coming in ("expected to save £1.1m a year", "secured £2.3 million of funding")
        found = [f for f in found if not _COMING_IN.search(" ".join(words(sentence[: f.start])[-4:])) and not
                 _COMING_IN_AFTER.match(sentence, f.end)]
    over = _OVER_ASKED.search(q.text) if kind in ("amount", "number") else None
    if over:  # "how much over budget is it?": the sum said to be over ("£0.8m over"), not the budget
        found = [f for f in found if re.match(_BEYOND[over[1].lower()], sentence[f.end:], re.I)] or found
    if kind == "number" and not found and sentence.endswith(":"):  # "The following actions have been identified:"
        listed = listed_count(q.text, sentence, paragraph.text)  # then "Management action 1 ... 3": three
        return Found("number", str(listed), str(listed), len(sentence), len(sentence)) if listed else None
    if kind == "number" and finder is not find_ordinals:  # "pupils in Primary 6", "under Priority 2": part of a name
        found = [f for f in found if not _NAMED_NUMBER.search(sentence[: f.start])]
    if kind == "number" and not _SHARE_ASKED.search(q.text):  # "one in eight reviews" is a share, not how many
        found = [f for f in found if not (_RATIO_BEFORE.search(sentence[: f.start]) or _RATIO_AFTER.match(
            sentence, f.end))] or found
    if kind == "number":
        near = q.near + tuple((short, tuple(words(long))) for short, long in q.short_forms)  # "recs": recommendations
        ahead = bool(FUTURE.search(q.text) or re.search(r"\bgoing to\b", q.text, re.I))
        found = _lasting(sentence, found, ahead) if _HOW_LONG.search(q.text) else _counting(
            q.text, sentence, found, paragraph.text, near, q.short_forms)
        many = HOW_MANY.search(q.text) if not found and finder is not find_ordinals else None
        if many and SO_FAR.search(q.text):  # "how many induction sessions have there been so far?": "a second
            # Corporate Staff Induction session has taken place", the place in the series of the thing counted
            head = stems([counted_noun(words(many[1]))])[0] if words(many[1]) else ""
            found = [f for f in find_ordinals(sentence) if head in stems(words(sentence[f.end: f.end + 60])[:5])]
        if _PERCENT_ASKED.search(q.text):  # "what percentage ...?" is answered by a percentage
            found = [f for f in found if PERCENT_AFTER.match(sentence, f.end)]
        elif _RATE_ASKED.search(q.text):  # a rate by a percentage or a figure per something ("4.2 per 1,000")
            found = [f for f in found if PERCENT_AFTER.match(sentence, f.end) or _PER_AFTER.match(sentence, f.end)]
    if kind == "rating":  # "what priority was it given?" is not answered by a RAG colour or an assurance opinion
        asked = _scales_asked(q.text)
        found = [f for f in found if not asked or _scale(f.value) in asked]
    listed = names_listed(sentence) if kind == "person" and found else None
    inside = [b for b in find_bodies(sentence) if listed[0].start() <= b.start < listed[0].end()] if listed else []
    if len(inside) >= 2 and all(any(b.start <= f.start < b.end for b in inside) for f in found if (
            listed[0].start() <= f.start < listed[0].end())):  # "who has progress been reported to?": every body the
        # sentence lists ("the Combined Authority Board, Audit and Governance Committee, ... and also the Independent
        # Improvement Board"), not the first (not names with their roles: "Councillors Femi Adebayo, Carol Jessop")
        text = listed[0][0].rstrip(".")  # (not the sentence's full stop)
        return Found("person", ", ".join(listed[1]), text, listed[0].start(), listed[0].start() + len(text))
    if not found:
        return None
    # an acronym asked ("EHCP") is near a value where its long form is written ("education, health and care plan")
    spelt = {w: stems([short])[0] for short, long in q.short_forms if short in q.terms
             for w in stems(words(long)) if w not in STOPWORDS}
    tokens = [(m.start(), m.end(), spelt.get(s, s)) for m, s in zip(re.finditer(r"[A-Za-z0-9£]+", sentence),
                                                                    stems(re.findall(r"[A-Za-z0-9£]+", sentence.lower())))]
    precision = {10: 0.3, 7: 0.15} if kind == "date" else {}  # a day before a month, a month before a year

    # in a table row a value is read with its own cell ("Target date: 31 October 2024"), not its neighbours', and a
    # column is chosen by the words of its header, "date" and "who" among them
    row = row_cells(sentence)
    cells = [(m.start(), m.end(), m[1]) for m in row]
    # (a value in a column's header is none of the row's: "LDS March 2024: December 2027")
    found = [f for f in found if not any(m.start() <= f.start < m.start(2) for m in row)] or found

    def cell(f: Found) -> tuple[int, int, str]:
        return next(((a, b, head) for a, b, head in cells if a <= f.start < b), (0, len(sentence), ""))

    # "when is it booked for now?", "when does it start?": the date the event is said on ("now booked for 15 January
    # 2026", "takes effect on 1 January 2026"), whichever column holds it
    said_at = found  # (a value said more precisely beside the one chosen counts, whatever is said before it)
    if kind == "date" and event:
        found = [f for f in found if event_before(event, sentence, f)] or found
    if cells:
        # the cell naming the row ("Measure: Working days lost ... (rolling 12 months)") holds no value of it
        naming = next(((m.start(2), m.end(2)) for m in row if len(re.findall(r"[A-Za-z]{2,}", m[2])) >= 3), None)
        found = [f for f in found if not (naming and naming[0] <= f.start < naming[1])] or found
        kind_words = set(stems(w for w in words(q.text) if w in TYPE_WORDS))
        weights = {**{s: max(weights.values(), default=1.0) for s in kind_words}, **weights}
        header = _KIND_HEADERS.get(kind)
        found = [f for f in found if header and header.search(cell(f)[2])] or found
        if kind == "date" and not _RAISED.search(q.text):  # "when did the visit happen?" is not answered by when the
            found = [f for f in found if not _RAISED.search(cell(f)[2])]  # action was raised ("Date raised: 11 June"),
            if _HAPPENED_WHEN.match(q.text) and not _AHEAD_ASKED.search(q.text) and not _PLAN_ASKED.search(q.text):
                # nor by when it was due (unless when it was meant to be is asked)
                found = [f for f in found if not _DUE_ASKED.search(cell(f)[2])]
            if not found:
                return None
        if kind == "date" and _AHEAD_ASKED.search(q.text):  # "by when should it be done?": the target date's column,
            found = [f for f in found if _DUE_ASKED.search(cell(f)[2])] or found  # not the date it was raised

    years_asked = re.findall(r"\b(?:19|20)\d\d(?:[/-]\d\d)?\b", q.text) if kind in ("amount", "number") else []
    meeting_of = _meetings_asked(q.text) if kind == "date" else None
    head = head_asked(q)
    asked_words = asked_stems(q)

    def closeness(f: Found) -> float:
        """Each of the question's words by its nearest use to the value, nearer counting more, and half as much
        across each clause break ("the scale fee of £61,238 and additional fees of £35,212": "additional fees"
        describes the second)."""
        near: dict[str, float] = {}
        first, last, _ = cell(f)
        # a value in brackets restates the one before it ("thirty-eight (seventy-six per cent) met or exceeded"): its
        # own brackets do not set it apart from the clause it is in
        opened, closed = sentence.rfind("(", 0, f.start), sentence.find(")", f.end)
        own = sentence
        if opened >= 0 and ")" not in sentence[opened:f.start] and closed >= 0 and "(" not in sentence[f.end:closed]:
            # (but in a list of items each with its figure, "the depot (£160,000), the library ...", what follows
            # its bracket and a comma is the next item)
            after = ")" if re.match(r"\s*[,;]", sentence[closed + 1:]) else " "
            own = f"{sentence[:opened]} {sentence[opened + 1:closed]}{after}{sentence[closed + 1:]}"
        for start, end, s in tokens:
            if s in weights and first <= start < last:
                if f.start <= start < f.end:
                    gap, between = 0, ""
                else:
                    gap = min(abs(start - f.end), abs(f.start - end))
                    between = own[f.end:start] if start >= f.end else own[end:f.start]
                near[s] = max(near.get(s, 0.0), weights[s] / (1 + gap / 15) / 2 ** len(_CLAUSE_BREAK.findall(between)))
        # "until when?" is answered by the date a span runs to ("to the end of January 2024"), not the one it began
        until = kind == "date" and (_UNTIL_ASKED.search(q.text) and _UNTIL_BEFORE.search(sentence[: f.start]) or
                                    _START_ASKED.search(q.text) and _RUNS_FROM.search(sentence[: f.start]))
        # "when was it withdrawn?" is answered by the date the event asked is said on ("withdrawn on 22 September");
        # "what was the target for X?" by the figure the word asked governs ("against a target of 150")
        said = (kind == "date" and event and event_before(event, sentence, f)) or bool(
            meeting_of and meeting_of.search(sentence[: f.start]))
        # (a figure the word asked governs weighs as that word said at it, not as the heaviest word asked: "the
        # savings of £450,000" is not what "shutting the office" saves, "the office (£180,000)" is)
        governed = not said and governs(head, sentence, f)
        # "progress Green; outcome Green/Amber": a rating is of the word just before it, when that word is asked
        label = stems(words(sentence[: f.start])[-1:])  # (any word asked, those the kind took too: "outcome")
        said = said or (kind == "rating" and bool(label) and label[0] in asked_words)
        # "£13.6 million in 2024/25" is the sum for the year asked, "from £9.2 million in 2022/23" another year's
        said = said or any(re.search(rf"^\s*(?:in|for|during)\s+{re.escape(year)}\b", sentence[f.end:]) or re.search(
            rf"\b{re.escape(year)},?\s+(?:was|were|of)?\s*$", sentence[: f.start]) for year in years_asked)
        heaviest = max(weights.values(), default=1.0)
        bonus = heaviest if until or said else weights.get(head, heaviest) if governed else 0.0
        return sum(near.values()) + precision.get(len(f.value), 0.0) + bonus

    # a row with a column per period ("Q1: 64 · Q2: 71"): the latest, or the one before it when that is asked ("and
    # last quarter?"), unless the question names a period itself
    periods = [f for f in found if cells and in_series(cell(f)[2])] if kind in ("number", "amount") else []
    if len(periods) > 1 and not in_series(q.text) and not any(closeness(f) for f in periods):
        return periods[-2] if EARLIER_ASKED.search(q.text) else periods[-1]
    # and the column of the period it names ("and at q3?" of "Target: 8.0 · Q3 result: 9.7")
    named = [f for f in periods if in_series(cell(f)[2]) & in_series(q.text)]
    best = max(named or found, key=closeness)
    # "end of May 2025 (last working day 30 May 2025)": the same date said more precisely beside it
    finer = [f for f in said_at if kind == "date" and f.value.startswith(best.value) and len(f.value) > len(best.value)
             and abs(f.start - best.start) <= 40]
    return max(finer, key=lambda f: len(f.value)) if finer else best


def asked_stems(q: Question) -> set[str]:
    """Every word the question asks with, those its kind took too ("outcome", "decision"), as stems."""
    return set(stems(w for w in words(q.text) if w not in STOPWORDS))


@functools.cache
def _sums() -> frozenset[str]:
    """The kinds of sum a figure is said as ("a cost of £1.1m", "to save £212,000"), stemmed."""
    return frozenset(stems(["cost", "saving", "save", "spend", "budget", "fee", "charge", "price", "grant", "deficit",
                            "surplus", "overspend", "underspend", "income", "borrow", "value", "salary", "rent"]))


@functools.cache
def _kind_stems() -> frozenset[str]:
    """The stems of the words that say what kind of answer is asked ("date", "owner", "rating")."""
    return frozenset(stems(TYPE_WORDS))


def head_asked(q: Question) -> str:
    """The stem of the thing a "what is the X?" question asks the figure of ("level" of "what is the minimum level of
    reserves?"), or ""."""
    asked = _HEAD_ASKED.match(q.text) if q.kind in ("amount", "number") else None
    if asked and asked[1].lower() not in TYPE_WORDS:
        return stems([asked[1].lower()])[0]
    # "how much will the 30 homes cost?", "how much does closing it save?": the sum is of what the money does
    money = [m[1].lower() for m in _MONEY_VERB.finditer(q.text)] if q.kind == "amount" else []
    return stems([_MONEY_FORMS.get(money[-1], money[-1])])[0] if money else ""


# a sum said as a limit, which is no sum spent unless a limit is asked: "up to a limit of £1,500", "capped at £5m"
_LIMIT_BEFORE = re.compile(r"\b(?:(?:limit|maximum|ceiling|cap) of|capped at|no more than|not more than|at most)\s*$",
                           re.I)
_SCORE_ASKED = re.compile(r"\bscor(?:e|es|ed|ing)\b", re.I)
_LIMIT_ASKED = re.compile(r"\b(?:limit|maximum|max|ceiling|cap|capped|most)\b", re.I)
_WHICH_BODY = re.compile(r"\bwhich (?:[\w-]+ )?(body|organisation|organization|company|firm|contractor|supplier|council|"
                         r"authority|department)\b|\bwho(?:'s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?:[\w-]+\s+)?"
                         r"(company|firm|contractor|supplier)\b", re.I)  # ("who is the contractor?": a firm)
_FIRM_KINDS = {"company", "firm", "contractor", "supplier"}


def bodies_of_kind(sentence: str, kind: str) -> list[Found]:
    """The bodies a sentence names of the kind asked, singular or plural: a council for "council", a committee for
    "committees", a ministry too for "department", any for "body", "organisations" or "partners"."""
    kind = kind.lower()[:5]
    return [b for b in find_bodies(sentence) if len(words(b.value)) > 1 and (
        kind in ("body", "bodie", "organ", "partn") or kind in b.value.lower()
        or kind == "depar" and b.value.startswith("Ministry"))]
_MONEY_VERB = re.compile(r"\b(cost(?:s|ing)?|sav(?:e|es|ing|ings)|spen(?:d|ds|t|ding)|pa(?:y|ys|id)|earn(?:s|ed)?|"
                         r"rais(?:e|es|ed)|generat(?:e|es|ed)|borrow(?:s|ed|ing)?)\b", re.I)
_MONEY_FORMS = {"spent": "spend", "paid": "pay", "savings": "saving"}
_LINKING = {"of", "is", "was", "are", "were", "at", "stood", "around", "about", "some", "approximately", "estimated",
            "total", "a", "an", "up", "to"}


def figure_asked(q: Question, said: list[str]) -> str:
    """"number" or "amount" when a "what is the X?" question's X is, where the sentences found speak of it, mostly
    given a figure after it ("uptake ... was 71%", "a net gain of 12%", "the pupil roll of 412"); else "". What a
    word asks is read from how the papers use it, not from a list of words."""
    text = _WHEN_ENDING.sub("", AT_TIME_END.sub("", q.text))  # "what was meal uptake last session?"
    asked = _HEAD_ASKED.match(text) if q.kind == "text" and not WHY.search(q.text) else None
    if not asked or asked[1].lower() in TYPE_WORDS:
        return ""
    head, speaking, figures, sums = stems([asked[1].lower()])[0], 0, 0, 0
    of = set(stems(q.terms)) - {head}  # (what it is asked of: "what's the payment module waiting for?" is not read
    for sentence in said:  # from sentences on people waiting for care)
        at = next((m for m in re.finditer(r"[A-Za-z][\w'-]*", sentence) if stems([m[0].lower()])[0] == head), None)
        if at is None or of and not of & set(stems(words(sentence))):
            continue
        speaking += 1
        within = lambda f: at.end() <= f.start < at.end() + _FIGURE_AFTER  # (read whole: a date cut is no figure)
        amounts = [f for f in find_amounts(sentence) if within(f)]
        sums += bool(amounts)
        figures += bool(amounts or [n for n in find_numbers(sentence)
                                    if within(n) and not re.match(r"\s*-", sentence[n.end:])])
    return ("amount" if 2 * sums >= figures else "number") if figures and 2 * figures >= speaking else ""


_WHEN_ENDING = re.compile(r"\s+(?:last|this|next|previous|latest)\s+\w+(?=\W*$)", re.I)
_FIGURE_AFTER = 60  # the characters after a word within which a figure is its figure ("uptake of school meals in
# primary schools was 71%")


def governs(head: str, sentence: str, f: Found, strictly: bool = False) -> bool:
    """Whether the word asked the figure of is said just before it ("below the minimum level of £15.0m"); `strictly`,
    as what it is ("level of", "charge: £38", "target is"), not what it moved to ("reduces the charge to £20")."""
    if not strictly:
        return bool(head) and head in stems(words(sentence[: f.start])[-3:])
    return bool(head) and _governing(sentence, f) == head


def _governing(sentence: str, f: Found) -> str:
    """The stem of the word a figure is said as ("level" of "the minimum level of £15.0m"), or ""."""
    before = words(sentence[: f.start])[-6:]
    while before and before[-1] in _LINKING and not (before[-1] == "to" and before[-2:-1] != ["up"]):
        before = before[:-1]  # ("a total cost of up to £7.2m", not "reduces the charge to £20")
    return stems([_MONEY_FORMS.get(w, w) for w in before[-1:]])[0] if before else ""


# the thing a "what is the X?" question asks the figure of: "what was the target for ...", "whats the borrowing limit?"
# "what is the X?", "what's band d going to be?", "what will the charge be?" (the word before a grade's letter)
_HEAD_ASKED = re.compile(r"^what(?:'s|s|\s+is|\s+was|\s+are|\s+were|\s+will)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?([a-z][\w'-]+)"
                         rf"(?:\s+[a-z](?=\s))?(?:\s+{TO_BE})?\s*(?:\?|$|\s+(?:of|at|for|in|on|to)\b)", re.I)
_WHO_IS = re.compile(r"who(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?([a-z][\w ]{0,38}?)\s*\??$", re.I)


@functools.lru_cache(maxsize=256)
def _meetings_asked(question: str) -> re.Pattern | None:
    """"When does it go to cabinet?": a date said of the meeting of a body the question names ("to Cabinet on 22 July
    2025"), as the words before it end; None when it names none."""
    bodies = [b for b in sorted(MEETS) if re.search(rf"\b{b}\b", question, re.I)]
    return re.compile(rf"\b(?:{'|'.join(bodies)})\s+(?:meeting\s+)?on\s+$", re.I) if bodies else None


# the rating scales a question can name, and the values of each
# (a risk is rated by level or by colour: "the programme risk is rated Amber")
_SCALES = {"rag": re.compile(r"\b(?:rag|green|amber|red|colou?r)\b|\brisk (?:rating|level)", re.I),
           "level": re.compile(r"\b(?:what|which) (?:priority|risk)\b|\b(?:priority|risk) (?:rating|level)|"
                               r"\b(?:high|medium|low)\b", re.I),
           "assurance": re.compile(r"\bassurance\b", re.I),
           "grade": re.compile(r"\b(?:grade|graded|band|condition|category)\b", re.I)}


@functools.lru_cache(maxsize=256)
def _scales_asked(question: str) -> frozenset[str]:
    """The rating scales a question names."""
    return frozenset(scale for scale, pattern in _SCALES.items() if pattern.search(question))


def _scale(value: str) -> str:
    if RATING_RE.fullmatch(value.split("/")[0]):
        return "rag"
    if value in ("High", "Medium", "Low"):
        return "level"
    return "grade" if len(value) == 1 else "assurance"


EARLIER_ASKED = re.compile(r"\b(?:last (?:quarter|year|month|time)|previous(?:ly)?|prior|preceding|before|earlier|"
                            r"ago)\b", re.I)
# work said to be still going on, not done: "in progress", "underway", "being developed", "awaiting sign off"
STILL_GOING = re.compile(r"\b(?:in progress|under ?way|ongoing|being (?:developed|completed|prepared|drafted|finalised|"
                         r"updated|reviewed)|not yet|yet to be|awaiting|expected completion|due to be completed|"
                         r"scheduled for|planned for)\b", re.I)
_DONE_ASKED = re.compile(r"\b(?:done|complete[sd]?|completed|completion|implemented|finished|delivered|closed|achieved|"
                         r"up and running|in place|live|operational|ready|launched|set up|in use|signed off|"
                         r"finali[sz]ed|happened|taken place)\b", re.I)  # (a state reached: "is the hub up and
# running?")
# "when is it due?": a target date, a deadline or a timescale says when
_DUE_ASKED = re.compile(r"\b(?:due|target|deadline|timescale|expected|(?:implementation|completion|revised) dates?|"
                        r"(?:should|to|will) be (?:[\w-]+ ){0,6}?by)\b", re.I)  # ("should be in place ... by the end of")
_END_ASKED = re.compile(r"\b(?:finish(?:es|ed)?|end(?:s|ed)?|clos(?:e|es|ed)|stop(?:s|ped)?|expire[sd]?|until|conclude[sd]?|"
                        r"run(?:s|ning)?(?: out)?|extend(?:s|ed)? (?:to|until))\b", re.I)  # ("extended to 31 March 2029")
_FINISH_ASKED = re.compile(r"\b(?:finish(?:es|ed|ing)?|complet(?:e[sd]?|ing|ion)|clos(?:ed|ing))\b", re.I)  # "finish" said
# "completion", "the meeting closed"
# the words that say an event asked ("finished", "due") in other words: "completed", "until", "target date"
_SET_UP_ASKED = re.compile(r"\b(?:set(?: up)?|establish(?:e[sd])?|creat(?:e[sd]?|ing)|form(?:e[sd])?|founded|"
                           r"launch(?:e[sd])?)\b", re.I)
_STARTED = (r"start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun|tak(?:es?|en|ing) effect|took effect|"
            r"(?:come|comes|came|coming) into (?:force|effect)|in force|go(?:es)? live|went live|from")
_START_ASKED = re.compile(rf"\b(?:{_STARTED}|commenc\w*|launch\w*|open(?:s|ed|ing)?)\b", re.I)
# a start said in other words ("introduced in March 2023", "established in October 2022"); not work commencing, a
# launch or an opening, which are of a thing, not of a person taking up a post ("when did she start?")
_STARTED_SAID = re.compile(rf"\b(?:{_STARTED}|introduc\w*|brought(?: in)?|establish\w*)\b", re.I)
# actions, recommendations or issues brought up, in any of the words for it: "raised", "identified", "made"
_RAISED_ASKED = re.compile(r"\b(?:rais(?:e|es|ed|ing)|identif(?:y|ies|ied|ying)|ma(?:de|ke|kes|king)|set out|"
                           r"issu(?:e|es|ed))\b", re.I)
# "until when will they be kept on?" of "the extension of the framework until 30 September": a thing going on, said as
# going on or as lasting until a day
_LASTING_ASKED = re.compile(r"\b(?:kept|keep(?:s|ing)?|continu\w*|last(?:s|ed|ing)?|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|"
                            r"extend\w*|extension|until)\b", re.I)
_WON_ASKED = re.compile(r"\b(?:won|wins?|award(?:s|ed|ing)?|accepted|successful|preferred (?:bidder|supplier|provider))\b",
                        re.I)
# "when does the consultation run?" of "approved for consultation from 22 September to 17 November": a span says it
_RUN_ASKED = re.compile(r"\b(?:run(?:s|ning)?|from\s+[^.;]{1,30}?\s(?:to|until|till)\s)", re.I)
# whether a thing goes on: "is the board being scrapped?" of "the board will be retained"
GOES_ON = re.compile(r"\b(?:retain\w*|continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|kept|keep(?:s|ing)?|"
                     r"still (?:going|running|in place|exists?|meeting|operating|open))\b", re.I)
ENDS = re.compile(r"\b(?:scrap\w*|abolish\w*|disband\w*|(?:close|closed|closes|closing|shut|shutting) down|"
                  r"wound up|wind(?:ing)? up|ceas(?:e|ed|es|ing)|discontinu\w*|stood down|stand(?:s|ing)? down|"
                  r"(?:will|to|has|have) end|ended|expir(?:e|ed|es|ing))\b", re.I)
# "how many people went?": those who attended, took part, were present
_ATTENDED_ASKED = re.compile(r"\b(?:went|came|come|attend\w*|participat\w*|took part|present)\b", re.I)
# whether a thing was decided, either way: "was the pavilion approved?" of "planning permission be GRANTED"
_DECIDED_ASKED = re.compile(r"\b(?:approv\w*|grant(?:s|ed|ing)?|agree[sd]?|endors\w*|adopt\w*|refus\w*|reject\w*|"
                           r"accept(?:s|ed)?|passed|carried|resolved|sign(?:s|ed|ing)?(?: off)?)\b", re.I)
# a span of dates, and the words asking its end or its start
_SPAN = re.compile(r"\bfrom\s+[^.;]{1,40}?\s(?:to|until|till)\s+")
_SPAN_END_WORD = re.compile(r"clos\w*|end(?:s|ed)?|finish\w*|conclude[sd]?|expire[sd]?", re.I)
_SPAN_START_WORD = re.compile(r"open(?:s|ed)?|start\w*|begin|began|begun|begins|launch\w*|commence[sd]?", re.I)
# an end asked, said by a span's end: "when did the consultation close?" of "ran from 5 January to 15 February 2026"
_SPAN_ENDED = re.compile(rf"\b(?:{_SPAN_END_WORD.pattern})\b|{_SPAN.pattern}\d", re.I)
# who took another's place: "replaced", "succeeded", "successor", "took over from", "in place of"
_REPLACED_SAID = re.compile(r"\b(?:replac\w*|succeed\w*|successor|t(?:ook|aken|akes|aking) over|in place of)\b", re.I)
_PUT_ASKED = re.compile(r"\b(moved|proposed|put|seconded)\b", re.I)  # "who moved the amendment?"
_SECONDED = re.compile(r"\bseconded\s+by\b", re.I)
# who put a motion: "Moved by Councillor ...", "proposed by", "seconded by"
_MOVED_SAID = re.compile(r"\b(?:moved|proposed|seconded|put forward|tabled)\b", re.I)
# a thing done, of an event: "when was it done?" of "an Internal Audit ... was undertaken"
_HELD_SAID = re.compile(r"\b(?:done|undertaken|carried out|conducted|held|took place|taken place|happened)\b", re.I)
# a paper or recommendation put before a body: "when will cabinet consider it?" of "be reported to Cabinet on ..."
_CONSIDERED_SAID = re.compile(r"\b(?:consider(?:s|ed|ing)?|hear(?:s|d|ing)?|(?:reported|presented|submitted|taken|brought|"
                              r"referred|recommendation|recommended) to)\b", re.I)  # (and "when will the authority hear
# the outcome?"; "a recommendation to Council on 24 September 2025" is put to Council then)
# a letter written, sent or dated: "when did the auditor write the letter?" of "the auditor's letter dated June 2022"
_WRITTEN_SAID = re.compile(r"\b(?:writ(?:e|es|ing|ten)|wrote|sen[dt]|sends|sending|dated)\b", re.I)
# a thing to come, as planned: "how many topics are planned?" of "the first of four topics to be covered"
_PLANNED_SAID = re.compile(r"\b(?:plann(?:ed|ing)|scheduled|proposed|intended|"
                           r"to be (?:[a-z]+ed|held|done|run|made|taken|given)|over the coming (?:weeks|months|year))\b",
                           re.I)
_SAID_OTHERWISE = (_WRITTEN_SAID, _CONSIDERED_SAID, _HELD_SAID, _DECIDED_ASKED, _REPLACED_SAID, _MOVED_SAID,
                   _SPAN_ENDED, _DONE_ASKED, _END_ASKED, _FINISH_ASKED, _DUE_ASKED, _SET_UP_ASKED, _LASTING_ASKED, _WON_ASKED,
                   _RUN_ASKED, GOES_ON, ENDS, _ATTENDED_ASKED, _RAISED_ASKED, _STARTED_SAID, _PLANNED_SAID)
_SAID_FROM = re.compile(r"\b(?:from|starting(?:\s+(?:in|on))?|(?:starts?|begins?|commences?)\s+(?:in|on))\s+(?:the\s+)?$",
                        re.I)
_SAID_UNTIL = re.compile(r"\b(?:until|till|ending(?:\s+(?:in|on))?|(?:ends?|finish(?:es)?|expires?)\s+(?:in|on))\s+"
                         r"(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_EVENT_ASKED = re.compile(r"\b(start|begin|end|finish|close|open|expire|launch|commence)s?\s*\??$", re.I)  # "when does it start?"


_AGENT = re.compile(r"\bby (?:the )?(?:[A-Z][\w&'’-]*\s+){1,6}(?=(?:in|on|at|during)\s*$)")


def event_before(event: str, sentence: str, f: Found) -> bool:
    """Whether a value is said of the event asked, in its words or others ("takes effect on 1 January" for
    "when does it start?"; a start said as "from" tells one value from another, not what a sentence is about)."""
    # (past the body named as its agent: "established by the Combined Authority Board in October 2022")
    before = words(_AGENT.sub(" ", sentence[max(0, f.start - 120): f.start]))[-3:]
    return stems([event])[0] in stems(before) or said_otherwise(event, " ".join(before), _SAID_OTHERWISE + (_START_ASKED,))


def _people_named(said: tuple[str, ...]) -> set[str]:
    """The words of the people the last answer named, in its quotes or as its own words ("Nicky McLoughlin.")."""
    people = [f.value for text in said for f in find_people(text)] + [
        name for text in said if (name := name_alone(text.split("[")[0]))]
    return {w for name in people for w in words(name)} - STOPWORDS


def said_otherwise(word: str, text: str, among=_SAID_OTHERWISE) -> bool:
    """Whether a text says a word asked in other words: "finished" as "completed", "set up" as "established"."""
    return any(said.fullmatch(word) and said.search(text) for said in among)


_IN_FULL = re.compile(r"\b(?:in full|fully|completely|entirely|in its entirety|wholly)\b", re.I)
_IN_PART = re.compile(r"\b(?:partially|partly|in part|part(?:ly)?[- ]accepted)\b", re.I)


# whether a matter is taken in public or in private (exempt or confidential information): asked, a table's column
# of it ("Open or exempt", "Exempt?"), and said in prose
_PRIVATE_ASKED = re.compile(r"\b(?:in public|publicly|in the open|openly|in private|privately|behind closed doors|exempt|"
                            r"confidential)\b", re.I)
_PRIVACY_HEADER = re.compile(r"exempt|confidential|open|public|private", re.I)
_HELD_SAID = re.compile(r"\b(?:exempt (?:report|appendix|information|item)|press and public (?:be|were|was) excluded|"
                        r"in private|in public|confidential (?:report|appendix|information|item))\b", re.I)


def _yes_no(q: Question, sentence: str) -> Found | None:
    """Yes, or no when the sentence denies it ("has no revised due date"). A table row answers "has it been done?"
    by its status ("Status: In progress" is a no), and only its cells' values can deny: a "No." column is a label."""
    cells = row_cells(sentence)
    status = next((m for m in cells if STATUS_HEADER.search(m[1])), None)
    if cells and _DONE_ASKED.search(q.text):  # (a row without a status does not say)
        if status is None:
            return None
        return Found("yes_no", "yes" if done(status[2]) else "no", status[2], status.start(2), status.end(2))
    private = _PRIVATE_ASKED.search(q.text)
    if private:  # "will it be decided in public?" of "Open or exempt: Exempt (paragraph 3)": no; "was it discussed in
        # private?" of "... the press and public be excluded", "an exempt report": yes
        column = next((m for m in cells if _PRIVACY_HEADER.search(m[1])), None)
        held = column.span(2) if column else next((m.span() for m in _HELD_SAID.finditer(sentence)), None)
        if held:
            said = sentence[held[0]: held[1]]
            said_private = bool(re.search(r"exempt|confidential|private|excluded|closed|part (?:2|b|ii)\b", said, re.I))
            asked_private = not re.search(r"\bpublic(?:ly)?\b|\bopen(?:ly)?\b", private[0], re.I)
            return Found("yes_no", "yes" if said_private == asked_private else "no", said, *held)
    part = _IN_PART.search(sentence) if _IN_FULL.search(q.text) else None
    if part:  # "accepted in full?" of "Partially accepted"
        return Found("yes_no", "no", part[0], part.start(), part.end())
    # the clause that says most of what is asked: "missed its target for discharges ..., but had met its targets for
    # avoidable admissions"
    asked_stems = set(stems(key_terms(q.text)))
    offset, clause = max(_clauses(sentence), key=lambda part: len(asked_stems & set(stems(words(part[1])))))
    if cells or not asked_stems & set(stems(words(clause))):  # (no clause says it: the sentence as a whole,
        offset, clause = 0, sentence  # "Direction: Worsening" for "is it getting any better?"; a table's row is one)
    vote = recorded_vote(sentence) if _VOTED.search(q.text) else None
    if vote:  # "did councillor whitfield vote to refer it back?" of "Against the motion (2): Councillors Whitfield ..."
        named = [n for n in vote[1] if set(words(n)) & set(words(q.text))]
        return Found("yes_no", "yes" if vote[0] == _side_asked(q.text) else "no", named[0], 0, 0) if named else None
    asked = direction(q.text, ("kept", "ended")) or direction(q.text) or direction(q.text, ("changed", "present")) or \
        direction(q.text, ("proceeds",))
    # ("is the improvement board scrapped?")
    pair = next((pair for pair in _OPPOSITES if asked in pair), ())
    moved = _row_moved(cells) if asked in ("up", "down") else None
    if moved:  # "is the taxi licence going up?" of a row "2025/26: £240.00 · 2026/27: £240.00": no
        cell, went = moved
        return Found("yes_no", "yes" if went == asked else "no", cell[2], cell.start(2), cell.end(2))
    said = direction(clause, pair)
    if asked == "met" and not said and direction(sentence, pair):  # (a target's, in the sentence's other clause:
        offset, clause, said = 0, sentence, direction(sentence, pair)  # "enrolled 212 learners, below its target")
    if asked and said and asked != said:  # "did it go up?" of a sentence saying it fell; "did it hit its target?" of
        m = _DIRECTIONS[said].search(clause)  # one saying it missed it
        return Found("yes_no", "no", m[0], offset + m.start(), offset + m.end())
    kept = _DIRECTIONS["unchanged"].search(clause) if asked in ("up", "down") and not said else None
    if kept:  # "are garage rents going up?" of "garage rents are frozen at £14.50 a week"
        return Found("yes_no", "no", kept[0], offset + kept.start(), offset + kept.end())
    part = _part_of_all(q.text, sentence)
    if part:  # "did it find enough evidence for every action it tested?" of "tested 15 ... found sufficient evidence
        return part  # for 13": not all
    against = _against_target(sentence) if asked == "met" and not said else None
    if against:  # "did it hit its target?" of "88% ... answered within the target (target 95%)": a share under it
        return against
    later = _later_than(q.text, sentence)
    if later:  # "is it expected to continue beyond May 2025?" of "end date ... end of May 2025": no
        return later
    place = _PLACE_ASKED.search(q.text)
    places = find_ordinals(sentence) if place else []
    if places and all(f.value != (place[1] or str(ORDINALS.index(place[2].lower()) + 1)) for f in places):
        # "was that the first one?" of "the fourth staff conference": no, the fourth
        return Found("yes_no", "no", places[0].text, places[0].start, places[0].end)
    other = _other_value(q.text, clause, offset) or _other_value(q.text, sentence, 0)
    if other:  # "is it still expected in May 2026?" of "Expected: July 2026 (previously May 2026)"
        return other
    lost = _MOTION_LOST.search(sentence) if not _MOTION_ASKED.search(q.text) else None
    if lost and asked_stems & set(stems(words(lost[1]))):  # "was the decision referred back?" of "the motion to refer
        return Found("yes_no", "no", lost[0], lost.start(), lost.end())  # the decision back to Cabinet was lost"
    ahead = _still_to_do(q.text, sentence, asked_stems)
    if ahead:  # "had they agreed how to check the changes stick?" of "The CPCA will agree and document a clear
        return Found("yes_no", "no", ahead[0], ahead.start(), ahead.end())  # approach ...": not yet
    going = STILL_GOING.search(sentence, offset) if _DONE_ASKED.search(q.text) and not FUTURE.search(q.text) else None
    if going and going.start() >= offset + len(clause):  # said after the clause asked of: of what the words before it
        said_of = asked_stems & set(stems(words(sentence[max(0, going.start() - 90): going.start()])))  # name, if they
        going = going if len(said_of) >= len(asked_stems & set(stems(words(clause)))) else None  # say as much of it
    # (in what it says of the thing asked; a plan asked, "was it expected to be in place by November?", is not a state)
    if going:  # "are the templates finished?" of "... is in progress, with an expected completion date"
        return Found("yes_no", "no", going[0], going.start(), going.end())
    for start, text in [(m.start(2), m[2]) for m in cells] or [(0, sentence)]:
        denied = next((m for m in _NEGATION.finditer(text) if _denies(m, text, q.text, asked_stems)), None)
        if denied:
            return Found("yes_no", "no", denied[0], start + denied.start(), start + denied.end())
    return Found("yes_no", "yes", "", 0, 0)


# a proposal's words before a decision's verb, no decision said between: "proposed by X, seconded by Y, that it be ..."
# (a motion, its mover named: not a report's "it is proposed that ...")
_PUT = re.compile(r"\b(?:proposed|moved|seconded)\s+by\b(?![^.;]*\b(?:agreed|resolved|carried)\b)[^.;]*\bthat\b[^.;]*$",
                  re.I)


def _as_the_motion_went(q: Question, sentence: str, put: re.Match, paragraph: Paragraph) -> Found | None:
    """"Was the collection extended?" of "Proposed by X, seconded by Y, that the collection be extended": as the
    paragraph goes on to say the proposal went ("The substantive proposal ... was CARRIED": yes; "The amendment ...
    fell": no); None when it does not say, or the motion is of another act ("that the application be refused" for "was
    it approved?")."""
    done = set(stems(re.findall(rf"\b(?:[a-z]+ed|{IRREGULAR_PAST})\b", q.text, re.I)))  # the act asked of
    if not done & set(stems(words(sentence[put.start():]))):
        return None
    at = paragraph.text.find(sentence)
    noun = r"amendment" if re.match(r"\s*(?:an\s+|the\s+)?amendment\b", sentence, re.I) else r"proposal|motion"
    fate = re.search(rf"\b(?:{noun})\b[^.]*?\b(carried|agreed|approved|{_FAILED})\b",
                     paragraph.text[at + len(sentence):] if at >= 0 else "", re.I)
    if not fate:
        return None
    return Found("yes_no", "no" if re.fullmatch(_FAILED, fate[1], re.I) else "yes", fate[0], 0, 0)


# a motion put and not passed, and what it would have done: "the motion to refer the decision back was lost"
_FAILED = r"lost|fell|defeated|rejected|not carried|not agreed|withdrawn"  # what becomes of a motion not passed
_MOTION_LOST = re.compile(rf"\b(?:motion|amendment|proposal)\s+(to\s+[^,;.]+?)\s+(?:was|were|had been)\s+"
                          rf"(?:{_FAILED})\b", re.I)
_MOTION_ASKED = re.compile(r"\b(?:motion|amendment|lost|defeated|rejected|carried|passed)\b", re.I)  # (its fate asked)


# a question asking whether a thing was done ("had they agreed ...?", "Per the audit, were the methods agreed?")
_DONE_BEFORE = re.compile(r"^(?:[^?,;]{0,60}(?:,|\s[-–—])\s*)?(?:had|has|have|did|was|were)\b", re.I)
_TO_DO = re.compile(r"\b(?:will|shall|(?:is|are)\s+to|due\s+to|going\s+to)\s+(?:(?:now|then|also|be|need\s+to)\s+)?"
                    r"([a-z]+)\b", re.I)


def _still_to_do(question: str, sentence: str, asked: set[str]) -> re.Match | None:
    """Where a sentence puts an act a question asks was done still to come: "had they agreed ...?" of "will agree",
    "is to be agreed"."""
    if not _DONE_BEFORE.search(question):
        return None
    return next((m for m in _TO_DO.finditer(sentence) if stems([m[1].lower()])[0] in asked), None)


def _denies(m: re.Match, text: str, question: str, asked: set[str]) -> bool:
    """Whether a negation denies what is asked. An exception ("completed bar the Contract Manager post") denies "has
    all of it been done?", not "is the rest done?", unless it names what is asked; "without" denies what it is said of
    only when nothing asked is said before it ("cleared ... without any required amendment" for "did they want any
    changes?"; not "supports the proposed precept ... without qualification" for "did the panel back the precept?");
    one in a condition ("if it is not reduced, ...") denies only what it names of what is asked."""
    word, after = m[0].lower(), asked & set(stems(words(" ".join(text[m.end():].split()[:5]))))
    if _IF_CLAUSE.search(text[: m.start()]) and not after:  # "If the overspend is not reduced, they would fall ...
        return False  # below the minimum": the condition's "not", not what is said of it
    if word in ("without", "not"):  # ("has expired and is not being renewed" does not deny it expired)
        return bool(after) or not asked & set(stems(words(text[: m.start()])))
    return word not in _EXCEPTING or bool(_ALL_ASKED.search(question)) or bool(after)


_IF_CLAUSE = re.compile(r"\b(?:if|unless)\b[^,;:]*$", re.I)
_MONTH_YEAR = re.compile(rf"(?<!\d\s)\b({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+((?:19|20)\d\d)\b", re.I)
_ALL_ASKED = re.compile(r"\b(?:every|all|each)\b", re.I)


def _part_of_all(question: str, sentence: str) -> Found | None:
    """No, with the part, when the question asks of every one and the sentence counts fewer of them than there are:
    "tested 15 completed actions and found sufficient evidence for 13", "12 of the 14 were complete"."""
    if not _ALL_ASKED.search(question):
        return None
    counts = [f for f in find_numbers(sentence) if "." not in f.value and not PERCENT_AFTER.match(sentence, f.end)
              and not re.search(r"\b(?:19|20)\d\d\b", f.text)]
    if len(counts) != 2 or int(counts[0].value) == int(counts[1].value):
        return None
    fewer = min(counts, key=lambda f: int(f.value))
    return Found("yes_no", "no", fewer.text, fewer.start, fewer.end)


# a value said to be no longer the one: "(previously May 2026)", "originally £2m", "not May as planned"
_FORMER = re.compile(r"\b(?:previously|originally|formerly|was|were|from|not|instead of|rather than)\s+(?:the\s+)?$",
                     re.I)
_RAG_ANY_CASE = re.compile(RATING_RE.pattern, re.I)  # "was it rated green?"
_REPORT_AFTER = re.compile(r"(?:'s)?\s+(?:\w+\s+)?(?:report|paper|meeting|update|agenda|minutes)\b", re.I)
_COMPARED_ASKED = re.compile(r"\b(?:more|less|fewer|over|under|above|below|at least|at most|up to|within|before|after|"
                             r"by|until|since|between|than)\b", re.I)


def _row_moved(cells: list[re.Match]) -> tuple[re.Match, str] | None:
    """The last of a row's figures by period ("2025/26: £52.00 · 2026/27: £58.00") and which way it went from the one
    before ("up", "down" or "unchanged"); None for a row without two."""
    figures = [(m, float(re.sub(r"[^\d.]", "", m[2]))) for m in cells
               if in_series(m[1]) and re.fullmatch(r"\s*£?[\d,]+(?:\.\d+)?%?\s*", m[2])]
    if len(figures) < 2:
        return None
    (_, before), (last, now) = figures[-2:]
    return last, "up" if now > before else "down" if now < before else "unchanged"


def _against_target(sentence: str) -> Found | None:
    """Whether a share said met the target (or benchmark) said beside it ("88% of complaints were answered on time
    (target 95%)": no), a share being the better the higher; None unless the sentence gives one share and its target."""
    shares = [f for f in find_numbers(sentence) if PERCENT_AFTER.match(sentence, f.end)]
    targets = [f for f in shares if _TARGET_SAID.search(sentence[max(0, f.start - 20): f.start])]
    done = [f for f in shares if f not in targets and not re.search(r"[+\-−]\s*$", sentence[: f.start])]  # (not a
    # difference: "Relative: -0.7%")
    if len(targets) != 1 or len(done) != 1:
        return None
    met = float(done[0].value) >= float(targets[0].value)
    return Found("yes_no", "yes" if met else "no", done[0].text, done[0].start, done[0].end)


_TARGET_SAID = re.compile(r"\b(?:targets?|benchmarks?)\s*(?:of|was|is|:)?\s*$", re.I)


def _later_than(question: str, sentence: str) -> Found | None:
    """Yes or no, with the date said, when the question asks whether a thing goes on or happens beyond, after or
    before a date ("continue beyond May 2025?") and the sentence dates it (to the precision asked); None otherwise."""
    question = _months_cased(question)
    asked = next((a for a in find_dates(question) if _LATER_ASKED.search(question[: a.start])), None)
    said = [f for f in find_dates(sentence) if len(f.value) >= len(asked.value)] if asked else []
    if not said:
        return None
    later = _LATER_ASKED.search(question[: asked.start])[1].lower() != "before"
    f = max(said, key=lambda f: f.value) if later else min(said, key=lambda f: f.value)
    beyond = f.value[: len(asked.value)] > asked.value if later else f.value[: len(asked.value)] < asked.value
    return Found("yes_no", "yes" if beyond else "no", f.text, f.start, f.end)


def _months_cased(text: str) -> str:
    """A question's months as the date reader reads them ("before january 2024", typed in small letters)."""
    return _MONTH_NAME.sub(lambda m: m[0].title(), text)


_MONTH_NAME = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)
_LATER_ASKED = re.compile(r"\b(beyond|after|past|later than|before)\s+(?:the\s+(?:end\s+of\s+)?)?$", re.I)


# a place in a series asked as what a thing is: "was that the first one?", "is this the 3rd?"
_PLACE_ASKED = re.compile(rf"\b(?:is|was|are|were)\s+(?:that|this|it|they|these|those)\s+(?:the\s+)?"
                          rf"(?:(\d{{1,3}})(?:st|nd|rd|th)|({'|'.join(ORDINALS)}))\b", re.I)


def _other_value(question: str, text: str, offset: int) -> Found | None:
    """No, with the value said, when the question names a date, sum or rating and the text gives another of that
    kind, or gives it as what it was ("Expected: July 2026 (previously May 2026)"); None when it does not say."""
    rag = lambda said: [Found("rating", m[0].title(), m[0], m.start(), m.end()) for m in _RAG_ANY_CASE.finditer(said)]
    for finder in (rag, find_amounts, find_dates):
        asked, said = finder(question), finder(text)
        # (not the date naming a report: "green in the November 2023 paper?")
        asked = [a for a in asked if not _REPORT_AFTER.match(question, a.end)]
        if not asked or not said or _COMPARED_ASKED.search(question[max(0, asked[0].start - 12): asked[0].start]):
            continue  # ("more than £2m?", "by March?": a comparison, not a value to match)
        # (as precisely as asked: "3 March 2026" is in March 2026, a bare "2026" says nothing of it)
        said = [f for f in said if len(f.value) >= min(len(a.value) for a in asked)]
        same = [f for f in said if any(_same(f.value, a.value) for a in asked)]
        if any(not _FORMER.search(text[max(0, f.start - 25): f.start]) for f in same):
            return None  # (said as it is: whether it is so is for the words around it)
        shown = next((f for f in said if f not in same), None)
        if shown or same:
            shown = shown or same[0]
            return Found("yes_no", "no", shown.text, offset + shown.start, offset + shown.end)
    return None


# which way a figure moved, as a question asks it and a sentence says it
_DIRECTIONS = {
    "up": re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|(?:go|goes|went|gone|going|come|comes|came|coming) up|"
                     r"gr[eo]w\w*|higher|more)\b", re.I),
    "down": re.compile(r"\b(?:f[ae]ll(?:s|en|ing)?|decreas\w*|(?:go|goes|went|gone|going|come|comes|came|coming) down|"
                       r"reduc\w*|dropp?\w*|lower|fewer|less)\b", re.I),
    "met": re.compile(r"\b(?:hit|meet|meets|met|achiev\w*|reach\w*|exceed\w*|on track|beat(?:s|en)?|outperform\w*)\b",
                      re.I),  # (a target, or a benchmark beaten)
    "missed": re.compile(r"\b(?:miss\w*|fell short|failed to|not (?:been )?(?:met|achieved|reached)|off track|at risk|"
                        r"underperform\w*|(?:below|short of|behind|off)\s+(?:(?:its|the|their)\s+)?(?:[\d.,]+%?\s+)?"
                        r"(?:target|benchmark))\b", re.I),
    "above": re.compile(r"\babove\b", re.I),  # ("is it above the national average?")
    "below": re.compile(r"\bbelow\b", re.I),
    "better": re.compile(r"\b(?:better|improv\w*)\b", re.I),
    "worse": re.compile(r"\b(?:worse\w*|deteriorat\w*)\b", re.I),
    "kept": GOES_ON,
    "ended": ENDS,
    # a change asked ("is the primary distance changing?") and none said ("remains at two miles")
    "changed": re.compile(r"\b(?:chang(?:e|es|ed|ing)|alter\w*|different|amend\w*)\b", re.I),
    "unchanged": re.compile(r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|unchanged|unaltered|no change|the same|"
                           r"frozen|freez(?:e|es|ing))\b", re.I),
    # whether a proposal goes ahead ("are they going ahead with the loading ban?") and one saying it was dropped
    "proceeds": re.compile(r"\b(?:go(?:es|ing)? ahead|went ahead|(?<!not )proceed(?:s|ed|ing)?)\b", re.I),
    "dropped": re.compile(r"\b(?:withdraw\w*|(?:not|no longer) (?:be )?(?:proceed\w*|go(?:ing)? ahead)|dropped|"
                          r"abandon\w*|shelved)\b", re.I),
    # whether one was at a meeting ("was Councillor X there?") and a register saying not ("Attendance: Absent")
    "present": re.compile(r"\b(?:attend(?:s|ed|ing)?|in attendance|present|there|"
                          r"at (?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}(?:meeting|committee|session))\b", re.I),
    "absent": re.compile(r"\b(?:absent|apologies|not (?:present|attend\w*)|did not attend)\b", re.I),
}


_OPPOSITES = (("up", "down"), ("met", "missed"), ("above", "below"), ("better", "worse"), ("kept", "ended"),
              ("changed", "unchanged"), ("present", "absent"), ("proceeds", "dropped"))
_MOVES = ("up", "down", "met", "missed", "above", "below", "better", "worse")  # how a figure or a target went


def direction(text: str, among=_MOVES) -> str:
    """"up" or "down" when a text says a figure moved one way only ("met" or "missed" when it says how a target
    went; "kept" or "ended" of a thing going on, when asked among them), else ""."""
    ways = [way for way in among if _DIRECTIONS[way].search(text)]
    return ways[0] if len(ways) == 1 else ""


def _people_for(q: Question, sentence: str, found: list[Found], titled: set[str] = frozenset()) -> list[Found]:
    """When the question names a role ("who is the Chief Executive?"), only people said to hold it, beside them or
    in the heading their paragraph is under (`titled`: "6. CONTACT OFFICER"); never the role itself as its own
    answer."""
    roles = _role_stems(_role_phrase(q.text))
    asked = set(words(q.text))
    named = [f for f in found if not set(words(f.value)) & ROLE_WORDS]  # people, not offices
    keep = []
    for f in found:
        if set(words(f.value)) <= asked:
            continue
        if is_organisation(f.value) and (asked & ROLE_WORDS or names_listed(sentence) or re.search(
                rf"\bthe\s+{re.escape(f.value.split()[-1])}\b", q.text, re.I)):
            continue  # an organisation is not the officer or member asked for, nor one of many a sentence lists (who
            # "worked with many partners, including ..." did not do what is asked), nor the one the question asks of
            # ("who will lead the pilot at the trust?" is not answered by "Fenbrook Community Trust")
        # "X, the highest scoring bidder," is not the one another word asks for: "who was the runner-up bidder?"
        described = re.match(r",\s+the\s+((?:[\w-]+\s+){1,3}?)(\w+)(?=\s*[,;.)]|$)", sentence[f.end:])
        kind_asked = re.search(rf"\b([\w-]+)\s+{described[2]}\b", q.text, re.I) if described else None
        if kind_asked and kind_asked[1].lower() not in STOPWORDS and not set(words(described[1])) & asked:
            continue
        if f.value == f.text and roles & set(stems(w for w in words(f.value) if w in ROLE_WORDS)):
            continue  # another holder of the office asked about ("Assistant Director" for "the Director"), unnamed
        # "Councillor X (Leader, in the Chair)", "The Lord Mayor (Councillor X) in the Chair"
        aside = re.match(r"\s*(?:\([^)]{0,60}\)|,?\s+in the chair\b)", sentence[f.end:], re.I)
        near = _role_stems(words(sentence[max(0, f.start - 40): f.end + (aside.end() if aside else 0)])) | titled
        if named == [f] and len(sentence) <= 120 and not re.search(r"[.\n]", sentence):  # a list's line of one person
            near |= _role_stems(words(sentence))  # says their roles: "Dr X - Clinical Director, Partnership
            # (Vice-Chair)"
        if roles <= near:
            keep.append(f)
    return keep


def _role_stems(said: list[str]) -> set[str]:
    """Word stems, the chair's in any form one ("Chairman", "chairwoman", "chaired": "chair")."""
    return {"chair" if re.fullmatch(r"chair(?:man|woman|person)?", s) else s for s in stems(said)}


HOW_MANY = re.compile(r"\b(?:how many|number of)\s+(?:of\s+the\s+|of\s+|the\s+)?"
                      r"(?!(?:at|in|on|from|by|for|under|across|during)\s)"  # "how many at the drop-ins?" names none
                      r"((?:[a-z][\w'-]*\s+){0,5}?[a-z][\w'-]*?)"
                       r"(?=\s+(?:were|was|are|is|have|has|had|did|do|does|will|would|could|can|in|on|at|for|from|by|"
                       rf"of|to|per|that|which|who|under|across|during|since|so|[a-z]+ed|{IRREGULAR_PAST})\b|\s*[?.]|\s*$)",
                       re.I)  # "staff attended", "letters came in": the thing counted ends at its verb


def _counted_after(sentence: str, f: Found) -> set[str]:
    """The word stems of what a number counts: the few words after it, past any compound that says what kind ("40 two-
    and three-bedroom homes")."""
    return set(stems(words(_COMPOUND.sub("", sentence[f.end: f.end + 60]))[:4]))


def _same(value: str, given: str) -> bool:
    """The same value; a date at the precision either gives ("2025-01-13" and "2025-01"), or an end of a span of
    dates ("2025-07/2025-10")."""
    if value != given and re.fullmatch(r"[\d-]+/[\d-]+", value):
        return any(_same(end, given) for end in value.split("/"))
    if re.match(r"\d{4}(-\d\d)*$", value) and re.match(r"\d{4}(-\d\d)*$", given):
        return value.startswith(given) or given.startswith(value)
    return value == given


_ORDINAL_ASKED = re.compile(r"\b(?:which|what)\s+(?:number|place|position)\b(?!\s+of\b)", re.I)
# a point in time a figure is given at: "at the end of December", "as at 31 March", "to the end of September"
_AT_MONTH = re.compile(rf"\b(?:end of|as at|at)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                       rf"({'|'.join(m for m in MONTHS if len(m) > 3 or m == 'may')})\b(?:\s+((?:19|20)\d\d)\b)?", re.I)
_BY_MONTH = re.compile(rf"\b(?:by|before|until|till)\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                       rf"(?:{'|'.join(MONTHS)})\s+(?:19|20)\d\d\b", re.I)
_A_MONTH = re.compile(rf"\b({'|'.join(m for m in MONTHS if len(m) > 3)}|(?-i:May))\b", re.I)  # (not "may" the verb)
_IN_MONTH = re.compile(rf"\b(?:in|on|during|at (?:its|the) \w+ meeting (?:in|on))\s+"
                       rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_A_MONTH.pattern}", re.I)
# "when will it ...?", "when is it coming back?", "when does it end?": a date still to come
AHEAD = re.compile(r"^(?:by\s+)?(?:when|(?:on |by )?what date)(?:\s+(?:will|should|must|shall)|"
                   r"(?:'s|s|\s+is|\s+are)\s+(?:[\w'-]+\s+){1,8}?(?:coming|going|due|expected|scheduled|planned|back)|"
                   r"\s+(?:does|do)\s+(?:[\w'-]+\s+){1,8}?(?:end|finish|close|expire|conclude|stop|open|start|begin|"
                   r"launch))\b", re.I)  # ("when does it end?": the end still to come)
_AHEAD_ASKED = re.compile(r"\b(?:by when|should|due|deadline|target|expected|supposed to)\b", re.I)
_COVERING = re.compile(r"\b(?:cover\w*|for|between)\s+(?:the\s+)?(?:period\s+)?(?:from\s+)?$|\bperiod\s+(?:from\s+)?$", re.I)
_PERIOD_ASKED = re.compile(r"\b(?:period|cover\w*|start\w*|begin\w*|end\w*|clos\w*|open\w*|from|until|till|how long|"
                           r"run\w*)\b", re.I)
# "until when?", "when does the consultation close?": the date a span runs to; "when does it open?": the one it
# runs from
_UNTIL_ASKED = re.compile(r"\b(?:until|till|up to|by when|end date|deadline|expir\w*|clos(?:e|es|ing)|ends?|ending|"
                          r"finish(?:es|ing)?|conclud\w*)\b", re.I)
_RUNS_FROM = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|to|by|through|before)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;()]|\b(?:and|but|while|whereas|with)\b")


# the columns that hold a kind of value: a date question is answered from a date column, a "who" from an owner's
_KIND_HEADERS = {"date": re.compile(r"\b(?:dates?|due|deadline|when|timescales?|expected)\b", re.I),
                 "person": OWNER_HEADER}


# "who does the plan have to be agreed with?", "who was it referred to?": the question ends in its verb and preposition
_ENDS_IN_PREPOSITION = re.compile(r"\b([a-z]{3,})\s+(?:back\s+)?(with|to|by|from)(?:\s+(?:after|before|about|on|at|over)\s+"
                                  r"(?:it|this|that|them|these|those))?\s*\??\s*$", re.I)  # ("report back to after it?")
_PROPER_RUN = r"((?:[A-Z][\w&'’-]*\s+(?:(?:of|for|&|and(?:\s+the)?)\s+)?)*[A-Z][\w&'’-]*)"  # ("Cabinet and the Audit
# Committee")


@functools.lru_cache(maxsize=1 << 14)
def _named_after_verb(question: str, sentence: str) -> tuple[tuple[Found, bool], ...]:
    """Whoever a sentence names after the verb and preposition a "who" question ends in, a body as well as a person:
    "a noise management plan must be agreed with Environmental Health" for "... agreed with?"; or whoever it says did
    what a "who" question's verb asks: "led by the Area Manager, Response" for "who led the review?". Each with
    whether the sentence says the verb is still to be done ("will ... be reported to", "to report to")."""
    m = _ENDS_IN_PREPOSITION.search(question)
    if m and m[1].lower() not in FUNCTION_WORDS:  # ("report to", "get from" are verbs of asking, not of papers)
        verb, by = m[1], m[2]
    else:
        m = _WHO_DID.match(question)
        if not m:
            return ()
        verb, by = m[1], "by"
    said = "|".join(re.escape(w) for w in {verb.lower(), stems([verb.lower()])[0]})  # ("led", "lead")
    out = []
    for n in re.finditer(rf"(?i:\b(?:(will|shall|be|to)\s+(?:be\s+)?(?:\w+ly\s+)?)?(?:{said})\w*\s+(?:back\s+)?{by}\s+"
                         rf"(?:the\s+)?){_PROPER_RUN}(?=[\s,.;:)]|$)", sentence):
        end = n.end(2)
        of = _POST_OF.match(sentence, end) if n[2].split()[-1].lower() in ROLE_WORDS else None
        end = of.end(1) if of else end  # a post and what it is of: "the Area Manager, Response"
        found = Found("person", sentence[n.start(2): end], sentence[n.start(2): end], n.start(2), end)
        out.append((found, bool(n[1]) or bool(_WILL_BEFORE.search(sentence[: n.start()]))))
    return tuple(out)


_POST_OF = re.compile(r",\s+([A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*)*)(?=\s*(?:[.;:)]|$))")


# "who does the new assistant director report to?": what it asks of, its subject
_WHO_DOES_IT = re.compile(r"^(?:and\s+|so\s+)?who\s+(?:does|did|do|will|would|should)\s+(?:the\s+|their\s+|its\s+)?"
                          r"((?:[\w'-]+\s+){1,6}?)[a-z]+\s+(?:to|for|with)\s*\??$", re.I)
_WHO_DOES = re.compile(r"^(?:and\s+|so\s+)?who\s+(?!(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|"
                       r"should)\b)([a-z]{3,})\b", re.I)  # "who reviews them?"
_WHO_DID = re.compile(rf"^(?:and\s+|so\s+)?who\s+({IRREGULAR_PAST}|led|ran|[a-z]{{3,}}ed)\b(?!\s+(?:by|to|with|from)\b)",
                      re.I)  # "who led the review?"


_BY_WHOM = re.compile(r"\bby whom\b|\bwho\b.*\bby\W*$", re.I)
_DONE_BY = re.compile(r"\b\w+(?:ed|en|wn)\s+by\s+(?:the\s+)?$", re.I)
_ACTED = re.compile(r"\bwho\b.*\b(agree|approve|deci(?:de|sion)|endorse|support|sign|clear|accept|reject|resolve|object|oppos|"
                    r"commission|ask|request|recommend|set(?: \w+)? up|establish|creat|launch|introduc|train|consult|"
                    r"inform|brief|notif)\w*",
                    re.I)  # "who set it up?", "who's been trained on it?" (teams, bodies)


def _counting(question: str, sentence: str, found: list[Found], paragraph: str, near=(), spelt=()) -> list[Found]:
    """"How many posts ...?" is answered by a number of posts ("fourteen libraries" is not one): the thing
    counted follows the number within a few words; a table row counts what its row is about."""
    if _COUNT.search(question) and not _AVERAGE_ASKED.search(question) and not _TIME_COUNTED.search(question):
        found = [f for f in found if "." not in f.value]  # "8.7" (days per employee, "3.2 hectares") is no number of
        # complaints or homes (but may be days: "how many days were lost to sickness?")
    side = VOTE_ASKED.search(question)
    if side:  # "how many voted against?": the count a recorded vote gives that side, if the sentence records one
        counts = _vote(sentence, side[1] or side[2])
        if counts or tally(sentence):
            return [f for f in found if (f.start, f.end) in counts]  # (else what it counts, as any count's)
    if not _LABELLED_ASKED.search(question):  # "Agenda item: 6", "Minute No. 45" name a thing, they measure nothing
        found = [f for f in found if not _LABELLED.search(sentence[: f.start])]  # (unless an item is asked for)
    m = HOW_MANY.search(question)
    if not m:
        return found
    years = {(d.start, d.end) for d in _typed(find_dates, sentence, None) if re.fullmatch(r"\d{4}", d.value)}
    found = [f for f in found if (f.start, f.end) not in years]  # "a full review in 2022" counts nothing
    asked = words(m[1])
    # "how many turned up?" names no thing counted: a number of whatever the conversation is about
    # ("how many looked after children ...?" does: a participle before its noun)
    verb = re.fullmatch(rf"(?:[a-z]+ed|{IRREGULAR_PAST})(?:\s+(?:up|in|out|off|down|on|back|away|over))?", m[1].lower())
    noun = counted_noun(asked) if asked and not verb else ""
    head = "" if noun in _ANYONE else stems([noun])[0]  # "how many people came?": whoever is counted
    if not _PERCENT_ASKED.search(question):  # "(40%)" is a share, not a number of homes
        found = [f for f in found if not PERCENT_AFTER.match(sentence, f.end)]
    # "the number of households ... rose from 38 to 57": the one of the two asked (not when another figure counts them
    # itself: "a trial in 2,400 households, which had raised the recycling rate from 48% to 61%")
    itself = [f for f in found if head and head in _counted_after(sentence, f)]
    moved = _MOVED.search(sentence)
    if moved and head in stems(words(sentence[: moved.start()])) and all(
            moved.start() < f.start <= moved.start(1) for f in itself):
        return [f for f in found if moved.start() < f.start <= moved.start(1)]
    moved_to = _MOVED_TO.search(sentence)  # "Visits to the two centres had risen to 612,000 in 2024/25, from 548,000"
    if moved_to and head in stems(words(sentence[: moved_to.start()])) and all(
            f.start == moved_to.start(1) for f in itself):
        return [f for f in found if f.start == moved_to.start(1)]
    named = next((m for m in _NUMBER_OF.finditer(sentence) if head in stems(words(m[1]))), None)
    said_of = [f for f in found if 0 <= f.start - named.end() <= 40
               and not re.search(r"\bto\b|target|[·;:]", sentence[named.end(): f.start], re.I)] if named else []
    if said_of:  # "the number of households in temporary accommodation (142 against a target of 110)": the first
        return said_of[:1]  # said of it (not what it is to be brought down to: "to reduce the number ... to 140")
    spans = [f for f in found if (_SPAN_TO.match(sentence, f.end) or _SPAN_FROM.search(sentence[: f.start])) and not (
        moved and moved.start() < f.start <= moved.start(1))]  # (a figure moved is no span: "raises it from 612 to 781")
    found = [f for f in found if not _LABELLED.search(sentence[: f.start])  # "item 48", "2025 to 2030", "23-24"
             and not _LABELLED_AFTER.search(sentence[: f.start])  # "sections 3 and 4"
             and f not in spans and not sentence.startswith("-", f.end)]  # "two-bedroom", "a three-year plan": a
    # kind, not a count
    if not TIME_UNIT.fullmatch(f" {head}s" if head else ""):  # "over the last 12 months" is a time, not a count
        found = [f for f in found if not TIME_UNIT.match(sentence, f.end)]
    else:  # nor a span in another unit than the one asked: "how many days were lost?" of "(rolling 12 months)"
        found = [f for f in found if not (unit := TIME_UNIT.match(sentence, f.end)) or head in stems(words(unit[0]))]
    if noun in _ANYONE and not verb:  # "how many people signed it?" is not answered by "by two buses"
        found = [f for f in found if _of_people(sentence, f, words(question))]
    if not head:
        return found
    heads = {head} | {stems([w])[0] for t, alike in near for w in alike if stems([t])[0] == head}  # "kids": "children"
    # the thing counted follows its number, past any compound that says what kind ("40 two- and three-bedroom homes")
    counted = [f for f in found if heads & _counted_after(sentence, f)]
    if _DID_TO.match(m[1]):  # "how many attended the first board session?" counts who did it, not what was done to
        done_to = set(stems(words(m[1])[-1:]))  # ("the first of five sessions")
        found = [f for f in found
                 if not done_to & _counted_after(sentence, f)]
        counted = [f for f in counted if f in found]
    # "Of these, 37 had been implemented ... and 9 were overdue": numbers that are the subject count what went before
    counted = counted or [f for f in found if _COUNT_SUBJECT.match(sentence, f.end)]
    # "eleven responded" for "how many owners responded?": a number that did what the question's things did
    did = re.match(rf"\s+([a-z]+ed|{IRREGULAR_PAST})\b", question[m.end():], re.I)
    counted = counted or [f for f in found if did and stems(words(sentence[f.end: f.end + 30])[:1]) == stems([did[1]])]
    # "eleven of the 26 machines are more than ten years old": the count is the number before "of the"
    if not _WHOLE_ASKED.search(question):
        counted = [next((p for p in found if _PART_OF.fullmatch(sentence[p.end: f.start])), f) for f in counted]
    # "2,140 children each day, of whom 1,015 have an EHCP": a part counts what its whole counts (and is said what the
    # whole is), when it is the part the question asks of (what it is said to have is asked)
    parts = [f for f in found if f not in counted and any(c.end <= f.start and (
        _PART_AFTER.search(sentence[c.end: f.start]) or _PART_FIRST.match(sentence, f.end)) for c in counted)]
    if parts:
        asked_of = set(stems(key_terms(question))) | {s for t, long in spelt if t in question.lower()
                                                      for s in stems(words(long))}
        denied = lambda text: {"no" if w in _DENYING else w for w in stems(words(text))}  # ("no place": "without any")
        asked_of = denied(" ".join(asked_of)) | ({"no"} & denied(question))
        parts = [f for f in parts if asked_of & (denied(" ".join(words(sentence[f.end: f.end + 60])[:6])) - denied(
            sentence[max(c.end for c in counted if c.end <= f.start): f.start]))]  # (what the part says that the
        # whole does not: "212 children waiting for a specialist school place, of whom 58 are without any school
        # place" is 212 waiting, and 58 without one)
        if parts:
            return parts
    # "how many kids are in external residential placements?": "41 children in external residential placements",
    # the thing counted in other words, but what is said of it in the question's
    if not counted and head not in paragraph_stems(paragraph):  # the paragraph does not speak of them in its word
        said = set(stems(key_terms(question[m.end():]))) - set(stems(names_asked(question)))  # (not the council's
        # name: "how many bids did kilverstone get?" is not answered by "three leisure centres (Kilverstone ...)")
        counted = [f for f in found if len(said & set(stems(words(sentence[f.end: f.end + 60])[:6]))) >= 2]
    cells = row_cells(sentence)  # a table row's count may be of what its row is about (not of the rows themselves:
    # (not "how many measures ...?" by a figure in the row of one "Measure", nor by "14 injury collisions" in the
    # row of an objection: a number said of another thing)
    counted = counted or ([f for f in found if not _counts_another(sentence, f, past_kind=True)]
                          if cells and stems(words(cells[0][1]))[-1:] != [head] else [])
    # what it says of them ("rejected"), but for the time it is asked at ("had been fixed by june") and the body that
    # did it ("how many did cabinet accept?": "accepted")
    asked = AT_TIME_END.sub("", question)
    done = DONE_BY.search(asked[m.end():])
    predicate = [done[1]] if done else [w for w in words(asked[m.end():]) if w not in _SAYING]
    predicate += [w for w in words(asked[m.end():]) if w in _STANDING and w not in predicate]  # "below target"
    return _said_of(sentence, found, predicate, counted) or counted


# the side of a vote a question asks of: "voted against", "vote to refer it back", "in favour", "abstained"
VOTE_ASKED = re.compile(r"\bvot\w*\s+(against|for|in favour|to)\b|\b(in favour|abstain\w*|abstentions?)\b", re.I)
_SIDE = {"against": "against", "for": "for", "in favour": "for", "to": "for"}
_VOTE_COUNT = r"(\d+|[a-z]+(?:-[a-z]+)?)"
# "For 34, Against 12, Abstentions 5"; "34 in favour and 12 against"; "by 6 votes to 2"
_SIDE_FIRST = re.compile(rf"\b(for|against|in favour|abstentions?|abstaining)(?:\s+the\s+(?:motion|amendment|proposal))?"
                         rf"\s*:?\s+\(?{_VOTE_COUNT}\b", re.I)  # "Against the motion (2): ..."
_COUNT_FIRST = re.compile(rf"\b{_VOTE_COUNT}\s+(?:votes?\s+|members?\s+|councillors?\s+)?"
                          r"(?:were\s+|voted\s+|voting\s+)?(for|against|in favour|abstentions?|abstained)\b", re.I)
_VOTES_TO = re.compile(rf"\bby\s+{_VOTE_COUNT}\s+votes?\s+to\s+{_VOTE_COUNT}\b", re.I)


def _side(word: str) -> str:
    return _SIDE.get(word.lower(), "abstain")


def tally(sentence: str) -> bool:
    """Whether a sentence gives a vote's count: "carried by 6 votes to 2", "For the motion (5): ...", "unanimously"."""
    counted = [m[2] for m in _SIDE_FIRST.finditer(sentence)] + [m[1] for m in _COUNT_FIRST.finditer(sentence)]
    return bool(recorded_vote(sentence) or _VOTES_TO.search(sentence) or any(
        re.fullmatch(rf"\d+|{NUMBER_WORD}", n, re.I) for n in counted) or re.search(
        r"\bunanimous(?:ly)?\b|\bnem(?:\.|ine)? con", sentence, re.I))


# what people said or thought: "what did staff say about the conference?", "what was the feedback?"
_VIEWS_ASKED = re.compile(r"\bwhat (?:(?:did|do|does|have|has) |(?!(?:did|do|does|have|has)\b))"
                          r"(?!(?:it|the (?:report|paper|letter|audit)|was|is|were|are)\b)[\w' ]{1,40}? "
                          r"(?:say|said|think|thought|feel|felt|make of|comment)\b|"
                          r"\b(?:views|feedback|comments|reactions?|responses|opinions?)\b", re.I)
# "what did the ward councillors say about it?": people who speak, not a paper ("what does the letter say?")
_SPEAKER_ASKED = re.compile(r"\bwhat (?:(?:did|do|does|have|has) )?(?:the |its |their |our )?(?:[\w'-]+ ){0,3}?([a-z]+) "
                            r"(?:say|said|think|thought|feel|felt|make of|comment)\b", re.I)
_SPEAKERS = set("""staff residents resident members member councillors councillor officers officer police auditor auditors
    association group public respondents parents pupils tenants businesses cabinet committee board chair chairman mayor
    leader minister ministers government department inspectors governors commissioner applicant objectors campaigners
    partners union unions speakers agent""".split())
# what a speaker is said to do when they speak: "X said", "X commented that", "X supported the order"
_SPEAKING = re.compile(r"\b(?:sa(?:y|ys|ying|id)|stat(?:ed|es|ing)|comment(?:ed|s|ing)?|told|felt|feels?|"
                       r"th(?:ink|inks|ought)|believ(?:ed|es)|argu(?:ed|es)|raised|asked|not(?:ed|es)|welcom(?:ed|es)|support(?:ed|s)?|"
                       r"oppos(?:ed|es)|object(?:ed|s)|agreed|disagreed|suggest(?:ed|s)|report(?:ed|s)|advis(?:ed|es)|"
                       r"confirm(?:ed|s)|express(?:ed|es)|recommend(?:ed|s)|highlight(?:ed|s)|explain(?:ed|s)|"
                       r"respond(?:ed|s)|repl(?:ied|ies)|want(?:ed|s)?|called|urged|warned|accepted|rejected)\b", re.I)
# a sentence introducing what people said: "... staff saying:", "Comments included:", "respondents said that"
_REPORTED_SPEECH = re.compile(r"\b(?:say|says|saying|said|stated|commented|told us|felt|views?|comments?|feedback)\b"
                              r"[^.:;]{0,40}(?::\s*$|\s+that\b|\s*[‘'“\"])", re.I)
# a year an end is set in, not one a thing happened in: "to fund the programme to the end of January 2024"
_UNTIL_YEAR = re.compile(r"\b(?:to|until|till|up to)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?$")


def _in_the_year(sentence: str, year: str) -> bool:
    """Whether a sentence says a thing happened in a year: the year written, not as the end of a span."""
    return any(not _UNTIL_YEAR.search(sentence[: m.start()]) for m in re.finditer(rf"\b{year}\b", sentence))


_VOTED = re.compile(r"\bvot(?:e|es|ed|ing)\b|\babstain\w*", re.I)


def _side_asked(question: str) -> str:
    """The side of a vote a question asks of: "against", "abstain", else "for" ("vote to refer it back")."""
    side = VOTE_ASKED.search(question)
    return _side(side[1] or side[2]) if side else "for"


def _vote(sentence: str, asked: str) -> set[tuple[int, int]]:
    """The spans of the count a recorded vote in the sentence gives the side asked ("against", "in favour",
    "abstained")."""
    side = _side(asked)
    out = {m.span(2) for m in _SIDE_FIRST.finditer(sentence) if _side(m[1]) == side}
    out |= {m.span(1) for m in _COUNT_FIRST.finditer(sentence) if _side(m[2]) == side}
    for m in _VOTES_TO.finditer(sentence):  # "carried by 6 votes to 2": for, then against
        out |= {m.span(1)} if side == "for" else {m.span(2)} if side == "against" else set()
    return out


# the clauses of a sentence: "accepted five recommendations, partially accepted two and rejected one"
_CLAUSE_SPLIT = re.compile(r"[,;:]\s*|\s+(?:and|but|while|whereas)\s+")


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence, each with where it starts."""
    cuts = [0] + [c.end() for c in _CLAUSE_SPLIT.finditer(sentence)] + [len(sentence)]
    return [(a, sentence[a:b]) for a, b in zip(cuts, cuts[1:])]


def clause_at(sentence: str, at: int) -> str:
    """The clause of a sentence a position falls in ("none was rated D" of "Thirteen were rated C and none was
    rated D")."""
    return next((text for a, text in reversed(_clauses(sentence)) if a <= at), sentence)


_SAYING = set(STOPWORDS) - {"off", "on", "up", "down", "out", "over", "under", "not", "no", "more", "few"}


def _said_of(sentence: str, found: list[Found], asked: list[str], counted: list[Found]) -> list[Found]:
    """"How many were rejected?", "how many measures are off track?": of the counts a sentence lists clause by clause
    ("seven were on track, three were at risk and two were off track"), those whose clause says what the question
    says of the things counted, when a clause says all of it and the counts found for the noun do not."""
    said = set(stems([w for w in asked if not _PERIOD_WORD.fullmatch(w)]))  # (not when: "below target in q3")
    if not said or len(found) < 2:
        return []
    clause = lambda f: clause_at(sentence, f.start)
    score = {id(f): len(said & set(stems(words(clause(f))))) for f in found}
    # (a clause saying it in part or not at all does not say it: "one is partially accepted" of "how many accepted?")
    hedged = lambda text: bool(_IN_PART.search(text) or _NEGATION.search(text))
    full = [f for f in found if score[id(f)] == len(said) and (hedged(" ".join(asked)) or not hedged(clause(f)))]
    if counted:  # (not one that counts another thing: "how many pensioners does the fund have?" of "The Fund has
        full = [f for f in full if f in counted or not _counts_another(sentence, f)]  # 68,400 members: ... and
    return [f for f in full if f in counted] or full  # 17,400 pensioners" is the pensioners')


def _counts_another(sentence: str, f: Found, past_kind: bool = False) -> bool:
    """Whether a number is followed by the things it counts, a plural ("68,400 members"), not by a verb or a word
    of another kind ("seven were on track", "two got worse", "488 online"); `past_kind`, past words that say what kind
    ("14 injury collisions")."""
    after = words(_COMPOUND.sub("", sentence[f.end: f.end + 40]))[: 3 if past_kind else 1]
    after = list(itertools.takewhile(lambda w: w not in FUNCTION_WORDS, after))
    return bool(after) and re.fullmatch(r"[a-z]+[^s]s", after[-1]) is not None


_STANDING = {"below", "above", "under", "over", "behind", "ahead", "off"}  # how a thing stands against a mark
_PERIOD_WORD = re.compile(rf"q[1-4]|quarter|(?:19|20)\d\d(?:/\d\d)?|{'|'.join(MONTHS)}", re.I)
# a change from one figure to another: "increased from £42 to £48", "an increase of £14, from £268.47 to £282.47"
_MOVE_WORDS = (r"rose|risen|rises?|rising|rais(?:e|es|ed|ing)|fell|fallen|falls?|increas\w*|decreas\w*|grew|grown|grows?|"
               r"growth|dropp?\w*|"
               r"reduc\w*|(?:went|goes) (?:up|down)|chang\w*|cut|moved?")
_MOVED = re.compile(rf"\b(?:{_MOVE_WORDS}|{_SHIFTED})\b[^;]*?\bfrom\s+(?:\S+\s+){{1,5}}?to\s+(\S)", re.I)
_BEYOND = {"over": r"\s*(?:over|above|more than|higher than)\b",  # "£0.8m over", "£240,000 more than the budget"
           "under": r"\s*(?:under|below|less than|lower than)\b"}
_OVER_ASKED = re.compile(r"\b(over|under)\s+(?:the\s+)?(?:budget|spen[dt]|target|forecast|estimate)\b", re.I)
_MOVED_TO = re.compile(rf"\b(?:(?:{_MOVE_WORDS})\s+to|reached|totall?ed|stood at)\s+(\d)", re.I)  # ("Requests ... reached
# 1,120 in 2025")
_NUMBER_OF = re.compile(r"\bnumber of\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)  # the thing a number is of, before it
_WAS_BEFORE = re.compile(r"\b(?:up|down|rising|falling|increas(?:ed|ing)|decreas(?:ed|ing)|compared)\s+(?:from|with)\s+"
                         r"(?:the\s+)?$", re.I)  # "78%, up from 74%", "42 incidents, compared with 27": the earlier
_MOVED_FROM = re.compile(rf"\b(?:{_MOVE_WORDS}|{_SHIFTED}|revised)\s+from\s+$", re.I)


def _moved_date(f: Found, sentence: str, before: bool) -> Found:
    """A span of months said to have moved ("moved from March to June 2025") is the month it moved to (or from)."""
    if "/" not in f.value or not _MOVED_FROM.search(sentence[: f.start]):
        return f
    value = f.value.split("/")[0 if before else 1]
    return Found(f.kind, value, f.text, f.start, f.end)


_COMPOUND = re.compile(r"\b[\w]+-\s*(?:(?:and|or|to)\s+)?")  # "two- and three-", "three-": a compound's first parts
# the size of a change asked: "how much is it going up by?", "by how much did it fall?": a value after "by"
BY_ASKED = re.compile(r"\b((?:up|down|rise|rising|rose|increas\w*|fall\w*|fell|reduc\w*|cut|grow\w*|grew)\s+by)\b|"
                       r"\bby how (?:much|many)\b|\b(how (?:much|many) (?:more|less|fewer|higher|lower))\b(?=.*\bthan\b)", re.I)
_RATE = re.compile(r"\b(?:a|an|per|each|every)\s+(night|day|week|fortnight|month|quarter|year|annum)\b|"
                   r"\b(annual(?:ly)?|yearly|weekly|monthly|daily|nightly|fortnightly|quarterly)\b", re.I)


@functools.lru_cache(maxsize=1024)
def _rates_asked(question: str) -> frozenset[str]:
    """The periods a question asks a figure per ("how many homes a year?"); "a year ago" asks none."""
    return frozenset(_rates(_A_TIME_AGO.sub("", question)))


@functools.lru_cache(maxsize=1024)
def _days_asked(question: str) -> frozenset[str]:
    """The dates a question names ("at 31 March 2025"), as values."""
    return frozenset(d.value for d in find_dates(_months_cased(question)))


_A_TIME_AGO = re.compile(r"\b(?:a|one)\s+(?:year|month|week|day)\s+(?:ago|earlier|before|later|on)\b", re.I)  # no rate


def _clause_around(sentence: str, f: Found, reach: int = 6) -> str:
    """The few words either side of a value within its clause: "annual loan charges of around £420,000", "781 homes a
    year"."""
    before = re.split(r"[,;:(]", sentence[: f.start])[-1]
    after = re.split(r"[,;:)]", sentence[f.end:])[0]
    return " ".join(words(before)[-reach:] + words(after)[:reach])


def _rates(text: str) -> set[str]:
    """The periods a text says sums are per: "each year", "per annum", "annually" -> {"year"}; "a night" -> {"night"}."""
    out = set()
    for m in _RATE.finditer(text):
        period = (m[1] or m[2]).lower().removesuffix("ly").removesuffix("ual")
        out.add({"annum": "year", "ann": "year", "dai": "day", "night": "night"}.get(period, period))
    return out


_COST_ASKED = re.compile(r"\b(?:cost(?:s|ing)?|spen[dt]|spending|pa(?:y|ys|id|ying))\b", re.I)  # money going out
# and money saved or coming in: a saving, funding secured, a grant, income
_COMING_IN = re.compile(r"\b(?:sav(?:e|es|ed|ing|ings)|secur(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|grants?|funding|income|"
                        r"rais(?:e|es|ed|ing)|generat(?:e|es|ed|ing))\b", re.I)
_COMING_IN_AFTER = re.compile(r"\s*(?:of\s+(?:[\w-]+\s+){0,5}(?:funding|grant|income)|(?:in\s+)?savings?)\b", re.I)
_RATIO_BEFORE = re.compile(rf"\b(?:\d+|{NUMBER_WORD}|a)\s+in\s+(?:every\s+)?$", re.I)  # "one in eight", "1 in 5"
_RATIO_AFTER = re.compile(rf"\s+in\s+(?:every\s+)?(?:(?!(?:19|20)\d\d\b)\d+|{NUMBER_WORD})\b", re.I)  # (not "in 2024/25")
_SHARE_ASKED = re.compile(r"\b(?:proportion|share|ratio|fraction|per ?cent|percentage|in every|in (?:\d+|ten))\b", re.I)
_THAN_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|above|below|over|under)\s+(?:than\s+)?", re.I)
# the sum a change is by: "up by £14", "an increase of £21,900", "a reduction of 12"
_BY_BEFORE = re.compile(r"(?:\bby|\b(?:increase|rise|reduction|decrease|cut|fall|drop|growth|uplift)s?\s+of)\s+$", re.I)
_NEW_DATE_ASKED = re.compile(r"\b(?:new|revised|latest|current|updated)\s+(?:\w+\s+)?(?:date|deadline|timescale)\b|"
                             r"\bnow\s*\??\s*$", re.I)  # "when's it opening now?"
_NOW_BEFORE = re.compile(r"\b(?:now|revised|new|rescheduled|re-?arranged|re-?booked|moved to|put back to|deferred to|"
                         r"postponed to|extended to)\b[^.;·]*$", re.I)
_ONCE_BEFORE = re.compile(r"\b(?:originally|initially|previously|first)\s+(?:\w+\s+){0,4}$", re.I)  # a date once set
_BEFORE_ASKED = re.compile(rf"\b(?:old|previous|previously|before|originally|used to|was it|from|first (?:{PLANNED}))\b",
                           re.I)
# "37 had been implemented", "Twenty-six of the dwellings (40%) will be affordable": a count that is the subject
_COUNT_SUBJECT = re.compile(r"\s+(?:of\s+(?:the|these|those|them)\s+(?:[\w-]+\s+){0,2}?)?(?:\(\d+%\)\s+)?"
                            r"(?:were|was|are|is|have|has|had|will|would|remain|remained)\b", re.I)
_PERCENT_ASKED = re.compile(r"\b(?:percentage|per ?cent|proportion|what share|which share)\b|%", re.I)
PERCENT_AFTER = re.compile(r"\s?(?:%|per ?cent\b)", re.I)
_RATE_ASKED = re.compile(r"\brates?\b", re.I)
_PER_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:per|for every)\s+\S", re.I)  # "9.7 days per employee"
_HOW_LONG = re.compile(r"\bhow long\b|\b(?:length|duration)\b", re.I)
TIME_UNIT = re.compile(r"(?:\s*|-)(?:calendar\s+|working\s+|more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b",
                       re.I)


_ANYONE = {"", "people", "persons", "individuals", "folk"}


def _of_people(sentence: str, f: Found, asked: list[str]) -> bool:
    """Whether a number may count people: no plural noun straight after it, or one of people, or of what the question
    says they did ("31,400 visits" for "how many people visited?"; not "two buses")."""
    phrase = list(itertools.takewhile(lambda w: w not in STOPWORDS, words(sentence[f.end: f.end + 60])[:4]))
    thing = phrase[-1] if phrase and _PLURAL.fullmatch(phrase[-1]) else ""  # the noun its phrase ends on: "two
    # buses", "five planned Board Activity sessions"
    return not thing or thing in _PEOPLE or any(w[:4] == thing[:4] for w in asked)


_PLURAL = re.compile(r"[a-z]{3,}s")
_PEOPLE = {"residents", "members", "councillors", "officers", "attendees", "participants", "respondents", "pupils",
           "adults", "households", "families", "users", "visitors", "volunteers", "applicants", "petitioners",
           "signatories", "tenants", "employees", "customers", "patients", "delegates", "parents", "carers", "others"}
_DID_TO = re.compile(rf"(?:[a-z]+ed|{IRREGULAR_PAST})\s+(?:the|a|an|this|that|its|their|our|his|her)\s", re.I)
# nouns that count or list whatever a sentence names, not a thing of their own: "what categories ...?", "how many times?"
KINDS_OF_THING = _ANYONE | {"things", "items", "ones", "categories", "types", "kinds", "sorts", "ways", "options", "times",
                            "groups", "parts", "areas", "steps", "stages", "words"}


def listed_count(question: str, intro: str, text: str) -> int:
    """How many of the things "how many ...?" counts a line introducing them ("The following actions have been
    identified:") is followed by: items numbered by the thing's name ("Management action 1 (Low)", "Action 2"), else
    the bullets after it; 0 when it introduces none, or only one."""
    m = HOW_MANY.search(question)
    noun = counted_noun(words(m[1])) if m else ""
    head = stems([noun])[0] if noun else ""
    named = [w for w in words(intro) if stems([w])[0] == head]
    if not named:
        return 0
    after = text[text.find(intro) + len(intro):] if intro in text else ""
    lines = [line.strip() for line in after.split("\n") if line.strip()]
    items = [_ITEM_NUMBERED.match(line) for line in lines]
    numbered = {m[2] for m in items if m and stems([m[1].lower()])[0] == head}
    # bullets are the things a line names in the plural ("The following actions ...:"), not one it names in the
    # singular, as a kind of the things listed ("Review governance / policy / process changes:")
    plural = any(w in PLURALS or w.endswith("s") and not w.endswith("ss") for w in named)
    listed = list(itertools.takewhile(lambda line: bool(BULLET.match(line)), lines)) if plural else []
    count = len(numbered) or len(listed)
    return count if count >= 2 else 0


_ITEM_NUMBERED = re.compile(r"^(?:[\w-]+\s+){0,3}?([a-z]+)\s+(\d{1,2}|[A-Z])\b(?!\.\d)", re.I)  # "Management action 1"
BULLET = re.compile(r"^[•○]\s*")  # a list's line, as the reader writes every bullet


def counted_noun(asked: list[str]) -> str:
    """The noun "how many ...?" counts: the last of the first run of plurals ("families" in "families owe money",
    "machines" in "grounds machines"), else the last word ("how many staff")."""
    plural = [w in PLURALS or (w.endswith("s") and not w.endswith("ss") and len(w) > 3) for w in asked]
    if True not in plural:
        return asked[-1]
    end = plural.index(True)
    while end + 1 < len(asked) and plural[end + 1]:
        end += 1
    return asked[end]


_COUNT = re.compile(r"\b(?:how many|number of)\b", re.I)
_TIME_COUNTED = re.compile(rf"\bhow many{TIME_UNIT.pattern}", re.I)  # "how many working days ...?"
_AVERAGE_ASKED = re.compile(r"\b(?:per|average|mean|each)\b", re.I)  # a count that may be a fraction
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|our|all)\s+)?(?:[\w-]+['’]s\s+)?", re.I)  # "of the Council's"
_WHOLE_ASKED = re.compile(r"\b(?:in total|altogether|total|all told|(?:does|do|did) (?:\w+\s+){1,3}"
                          r"(?:have|own|hold|run))\b", re.I)  # "how many bridges does the council have?": the whole
_PART_AFTER = re.compile(r"\bof (?:whom|which|these|those|them),?\s+$", re.I)
_PART_FIRST = re.compile(r"\s+of (?:whom|which|these|those|them)\b", re.I)  # "14 collisions, two of them serious"


def _lasting(sentence: str, found: list[Found], ahead: bool) -> list[Found]:
    """"How long ...?" is answered by a number of years, months, weeks or days ("for 12 months"); how long a thing
    will go on, not by one looking back ("over the last 12 months")."""
    return [f for f in found if TIME_UNIT.match(sentence, f.end)
            and not (ahead and _LOOKING_BACK.search(sentence[:f.start]))]


_LOOKING_BACK = re.compile(r"\b(?:last|past|previous|recent|preceding)\s+$", re.I)
_POINTING = re.compile(r"\b(?:that|this|it|they|those|these)\b", re.I)  # what a follow-up points back at
_GOING_ON = re.compile(r"\s*(?:and|what about|how about)\b", re.I)  # a follow-up going on from the last answer


# a number that names something rather than counts it: "item 48", "page 3", "the Act 1999"
_LABEL = r"items?|pages?|paragraphs?|paras?|sections?|tables?|appendix|minutes?|acts?|refs?|numbers?"
_LABELLED = re.compile(rf"\b(?:{_LABEL}|no\.?|(?:{_SERIES_NOUN})s?)\s*:?\s*$", re.I)
_LABELLED_ASKED = re.compile(rf"\b(?:{_LABEL}|references?)\b", re.I)  # "what item number was it?"

# and the numbers after it in a list of them: "set out in sections 3 and 4", "paragraphs 2.2 to 2.9"
_LABELLED_AFTER = re.compile(r"\b(?:items|pages|paragraphs|paras|sections|tables|appendices|minutes)\s+[\w.()]+"
                             r"(?:\s*,\s*[\w.()]+)*\s*(?:,|and|&|or|to|-|–)\s*$", re.I)


def _unit_asked(q: Question) -> tuple[re.Pattern, re.Pattern] | None:
    """For an amount asked of one thing ("each battery electric RCV"): patterns of a sentence speaking of one
    ("a battery electric RCV costs", "per RCV") and of a sentence speaking of several counted ("8 battery electric
    RCVs"); None for any other question."""
    m = EACH_ASKED.search(q.text) if q.kind == "amount" else None
    if not m:
        return None
    thing = re.escape(m[2])
    return (re.compile(rf"\b(?:a|an|each|per|one|every)\s+(?:[\w-]+\s+){{0,3}}?{thing}\b(?!s)", re.I),
            re.compile(rf"\b\d+\s+(?:[\w-]+\s+){{0,3}}?{thing}s\b", re.I))


_BODY = re.compile(r"\b((?:[A-Z][\w&'’-]*\s+){1,5})(Board|Committee|Panel|Group|Forum|Commission|Cabinet)\b")


def _bodies(text: str) -> list[tuple[set[str], str]]:
    """The bodies a text names by name: (the words naming it, lower case, and their initials; its kind)."""
    out = []
    for m in _BODY.finditer(text):
        named = [w for w in m[1].lower().split() if w not in STOPWORDS]
        if named:  # (and the initials of every run of its words: "CA" of "Combined Authority")
            runs = {"".join(w[0] for w in named[i:j]) for i in range(len(named)) for j in range(i + 2, len(named) + 1)}
            out.append(({*named, *runs}, m[2].lower()))
    return out


def _another_body(asked: list[tuple[set[str], str]], sentence: str) -> bool:
    """Whether a sentence names only other bodies of the kind a question names one of ("the Improvement Programme
    Board" for "the Combined Authority Board"); a body it names in initials ("CA Board") is the same."""
    said = _bodies(sentence)
    kinds = {kind for _, kind in asked}
    same_kind = [named for named, kind in said if kind in kinds]
    return bool(same_kind) and not any(named & words for named in same_kind for words, _ in asked)


_NAME_PHRASE = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][a-z]+)+\b")  # "the Green Council priority"
_WHO_ARE = re.compile(r"^(?:and\s+|so\s+)?who(?:'re|\s+are|\s+were|\s+has|\s+have)\b", re.I)
# one of several names a sentence lists: a capitalised phrase between commas ("the OxCam Partnership,")
# names listed within a sentence, after its first word or a word in lower case: "in DLUHC, DfE and DfT", "to the Combined
# Authority Board, Audit and Governance Committee, Overview and Scrutiny Committee and also the Independent Improvement
# Board" (not a title's words: "Appendix 2 - Confidence, Culture and Capacity deep dive")
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|and|&|for|the)\s+)?[A-Z0-9][\w&'’.-]*)*"
_NAMES_LISTED = re.compile(rf"(?:^|(?<=[a-z] ))(?:the\s+)?{_NAME}(?:,\s+(?:the\s+)?{_NAME})+,?\s+(?:and|or)\s+(?:also\s+)?(?:the\s+)?{_NAME}")
_QUOTED = re.compile(r'"[^"]{12,}"|“[^”]{12,}”')
# a capitalised word within a sentence, then the number; or a word the number is joined to ("post-16", "A614")
_NAMED_NUMBER = re.compile(r"[a-z)]\s+[A-Z][a-z]+\s+$|[A-Za-z]-?$")
_SPAN_TO = re.compile(r"\s*(?:to|-|–|/)\s*\d")
_SPAN_FROM = re.compile(r"\d\s*(?:to|-|–|/)\s*$")


def _role_phrase(question: str) -> list[str]:
    """The first run of role words in a question: "the Chief Executive of ..." -> [chief, executive]; none in the
    kind of person a question asks for ("which cabinet member holds ...?" is answered by a portfolio holder)."""
    run = []
    # (nor one the question names as another party: "who sent the letter to the chief executive?")
    if re.match(r"\W*who\s+(?!is\b|was\b|are\b|were\b|'s\b)", question, re.I):
        question = re.sub(r"\b(?:to|from|for|with)\s+(?:the|a|an|our|their|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*\??$", "",
                          question, flags=re.I)
    for w in words(re.sub(r"^\W*(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:member|officer|councillor|director|manager)s?\b",
                          "", question, flags=re.I)):
        if w in ROLE_WORDS:
            run.append(w)
        elif run:
            break
    return run


_DAY_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


@functools.lru_cache(maxsize=1 << 17)
def _stem(token: str) -> str:
    from simplemma import lemmatize

    if _DAY_ORDINAL.fullmatch(token):  # "16th" is the day "16" asked
        return token[:-2]
    if len(token) < 3:  # a short form keeps its letters: the dictionary reads "CA" as the "ca" of "can't"
        return token.lower()
    lemma = lemmatize(token, lang="en").lower()  # its dictionary may give a capitalised form ("govt" -> "Govt")
    # a noun in -ity keeps its form: Snowball would make "authority" "author" and "community" meet "communal"
    return lemma if lemma.endswith("ity") else _stemmer().stemWord(lemma)


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def stems(tokens) -> list[str]:
    """Word stems, each word first put in its dictionary form (simplemma: "stood" -> "stand", "children" -> "child"),
    so that irregular forms meet."""
    return [_stem(t) for t in tokens]

