"""Typed facts found in report text: dates, RAG ratings, amounts, numbers, people, decisions.

Pure functions over clean text; each match keeps its span so an answer can show where it came from.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .tables import OWNER_HEADER, labelled_fields

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH_NAMES = ("January February March April May June July August September October November December "
                "Sept Sep Jan Feb Mar Apr Jun Jul Aug Oct Nov Dec").split()
# as written in a sentence or in a heading's capitals ("COMMITTEE - 3 SEPTEMBER 2025"); not "march" or "may" the verbs
_MONTH = rf"({'|'.join(_MONTH_NAMES + [m.upper() for m in _MONTH_NAMES])})\b"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})\b"
# words that put what follows in the future: a plan or a deadline, not an event that happened
FUTURE = re.compile(r"\b(until|due|expected|anticipated|scheduled|will|shall|planned|coming|next|should|supposed to|meant to|set to|going to)\b", re.I)
# what a recommendation or resolution puts to come: "that a final report ... be presented to the Board on 26th March"
_TO_BE_DONE = re.compile(r"\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b", re.I)
# and what a paper must do: "the Council is required ... to publish ... by 31st October"
_OBLIGED = re.compile(r"\b(?:is|are) (?:required|obliged)\b|\bmust\b|\bha(?:s|ve) to\b|"
                      # and what it asks of others: "asks the Commissioner to report to its June meeting"
                      r"\b(?:asks?|request(?:s|ed)?|instructs?|invites?|requires?)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?to\s+\w+",
                      re.I)
_FUTURE_NEXT_TO = re.compile(r"\b(by|before|from|in)\s+(the\s+)?(end\s+of\s+)?$", re.I)  # "by December"
_DATE_PATTERNS = [
    # 12/03/2024 is 12 March (UK order)
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")),
    # financial year 2024/25 or 2024/2025: April to March
    ("fy", re.compile(r"\b(?:financial year\s+)?((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})\b(?!\s*/)")),
    # 8th September 2023, the 29th of November 2023, Tuesday 14 November
    ("day", re.compile(rf"\b(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?")),
    # September and October 2023
    ("range", re.compile(rf"\b{_MONTH}\s+(?:and|to|-|–)\s+{_MONTH}\s+{_YEAR}")),
    # summer 2026, the autumn of 2025: the season's months (meteorological, as the UK counts them)
    ("season", re.compile(rf"\b(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|winter)(?:\s+of)?\s+{_YEAR}", re.I)),
    # end of May 2025, November 2023, in November
    ("month", re.compile(rf"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?{_MONTH}(?:\s+{_YEAR})?")),
    ("year", re.compile(rf"\b{_YEAR}")),
]


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}  # the first month of each


@dataclass(frozen=True)
class Found:
    """One typed value found in a text: `value` normalised, `text` as written, at text[start:end]."""

    kind: str
    value: str
    text: str
    start: int
    end: int

    def overlaps(self, others) -> bool:
        """Whether any of some other values found in the same text shares a character with this one."""
        return any(o.start < self.end and self.start < o.end for o in others)


def parse_date(text: str) -> dt.date | None:
    """A whole-text date such as '27 November 2023' or '7th November 2024', else None."""
    m = re.fullmatch(rf"\s*(?:\w+day\s+)?{_DAY}\s+{_MONTH}\s+{_YEAR}\s*", text, re.I)
    if not m:
        return None
    try:
        return dt.date(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    except ValueError:
        return None


def _year_for(month: int, day: int, before: str, ref: dt.date | None) -> int | None:
    """The year a date written without one means: the report's, or the next/previous one."""
    if ref is None:
        return None
    ahead = FUTURE.search(before[-40:]) or _TO_BE_DONE.search(before[-60:]) or _OBLIGED.search(before)
    past = re.search(r"\b(took|was|were|had|has been)\b", before[-40:])
    future = bool(ahead and not past) or bool(_FUTURE_NEXT_TO.search(before) and FUTURE.search(before[-60:]))
    if future:
        return ref.year if (month, day or 31) >= (ref.month, 1 if not day else ref.day) else ref.year + 1
    return ref.year if (month, day or 1) <= (ref.month, ref.day) else ref.year - 1


def find_dates(text: str, ref: dt.date | None = None) -> list[Found]:
    """Dates in `text`, most precise first where they overlap; `ref` is the report's meeting date."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _date_value(kind, m, text[: m.start()], ref, text[m.end():])
            if value:
                found.append(Found("date", value, m[0], m.start(), m.end()))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


_DAY_MONTH_ASKED = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)([a-z]{3,9})\b", re.I)


def days_asked(question: str, ref: dt.date | None = None) -> set[str]:
    """The days a question names, its months as a member types them: "16 october 2024" is the day 2024-10-16 (a month
    after a day is no verb)."""
    cased = _DAY_MONTH_ASKED.sub(lambda m: m[1] + m[2].title() if m[2].lower() in MONTHS else m[0], question)
    return {f.value for f in find_dates(cased, ref) if len(f.value) == 10}


# the end of a span that names the year its start leaves out: "from 29 September to 24 November 2025"
_SPAN_END = re.compile(rf"\s*(?:to|until|till|and|-|–)\s+(?:{_DAY}\s+)?{_MONTH}\s+{_YEAR}", re.I)


def _date_value(kind: str, m: re.Match, before: str, ref: dt.date | None, after: str = "") -> str | None:
    if kind == "year":  # not a year that is part of a name: "the Local Government Act 1972", "(Wales) Measure 2009",
        # nor the end of a span that is ("Leisure Management Contract 2026-2036", "Corporate Strategy 2023 to 2027")
        named = re.search(r"\b(?!(?:In|Since|From|By|During|Until|Of|Before|After|To)\b)[A-Z][a-z]+\)?\s+"
                          r"(?:(?:19|20)\d\d\s*(?:[-–]|to)\s*)?$", before)
        return None if named else m[1]
    if kind == "numeric":
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            return None
    if kind == "fy":
        start, end = int(m[1]), int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
        return f"{start}-04/{end}-03" if end == start + 1 else None
    if kind == "season":  # (winter runs from December into the next year: "winter 2025" is December 2025 to February)
        first, year = _SEASONS[m[1].lower()], int(m[2])
        last_year, last = (year + 1, 2) if first == 12 else (year, first + 2)
        return f"{year}-{first:02d}/{last_year}-{last:02d}"
    if kind == "range":
        year = int(m[3])
        return f"{year}-{MONTHS[m[1].lower()]:02d}/{year}-{MONTHS[m[2].lower()]:02d}"
    if kind == "day":
        day, month, year = int(m[1]), MONTHS[m[2].lower()], m[3]
        end = _SPAN_END.match(after) if not year else None
        if end:  # (a span running into the next year starts in the year before: "from 1 December to 31 January 2026")
            year = int(end[3]) - (month > MONTHS[end[2].lower()])
        year = int(year) if year else _year_for(month, day, before, ref)
        try:
            return dt.date(year, month, day).isoformat() if year else None
        except ValueError:
            return None
    month_word = m[1]
    bare = not m[2] and m[0] == month_word
    if month_word.lower() == "may" and bare and not re.search(r"\b(in|during|since|until|by|from)\s+$", before):
        return None  # a bare "May" is more often the verb
    month = MONTHS[month_word.lower()]
    year = int(m[2]) if m[2] else _year_for(month, 0, before, ref)
    return f"{year}-{month:02d}" if year else None


def elapsed(first: str, then: str, unit: str = "") -> tuple[int, str]:
    """The whole days, weeks, months or years (`unit`; months unless asked, and unless both dates give their day)
    from one ISO date or month to a later one: `2023-11-27`, `2024-11-07` -> (11, "months")."""
    y1, m1, *d1 = map(int, first.split("-"))
    y2, m2, *d2 = map(int, then.split("-"))
    months = (y2 - y1) * 12 + m2 - m1 - (1 if d1 and d2 and d2[0] < d1[0] else 0)
    if unit in ("days", "weeks") and d1 and d2:
        days = (dt.date(y2, m2, d2[0]) - dt.date(y1, m1, d1[0])).days
        return (days, "days") if unit == "days" else (days // 7, "weeks")
    return (months // 12, "years") if unit == "years" else (months, "months")


def human_date(iso: str) -> str:
    """`2023-09-08` -> `8 September 2023`; `2023-11` -> `November 2023`; ranges joined with an en dash."""
    if not iso:
        return ""
    if "/" in iso:
        a, b = iso.split("/")
        return f"{human_date(a).split()[0]}–{human_date(b)}" if a[:4] == b[:4] else f"{human_date(a)}–{human_date(b)}"
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return f"{d.day} {d:%B %Y}"
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1).strftime("%B %Y")
    return iso


RATING_RE = re.compile(r"\b(Green|Amber|Red)((?:\s*/\s*(?:Green|Amber|Red))*)\b")


# a grade on a letter scale: "rated C (Poor) for condition", "rated A or B", "EPC rating: D", "graded B"
_GRADE_RE = re.compile(r"\b(?:rated|rating|graded|grade|band|category)\s*:?\s+([A-E])\b(?!['’])(?:\s*\([A-Za-z]+\))?"
                       r"(?:\s+(?:or|and|to)\s+([A-E])\b)?")


# the levels of the scales audit and risk reports use: "6 high priority recommendations", "Management action 3
# (Medium)", "priority: Low", "a Limited assurance opinion", "reasonable assurance", a table's "Opinion: Limited"
_LEVEL_RE = re.compile(r"\b(high|medium|low)(?=\s+(?:priority|risk)\b)|\((high|medium|low)\)|"
                       r"\b(?:priority|risk)(?:\s+(?:rating|level))?\s*:\s*(high|medium|low)\b|"
                       r"\b(full|substantial|reasonable|moderate|satisfactory|adequate|limited|minimal|no)"
                       r"(?=\s+assurance\b)|\b(?:opinion|assurance)\s*:\s*(full|substantial|reasonable|moderate|"
                       r"satisfactory|adequate|limited|minimal|no)\b", re.I)


def find_ratings(text: str) -> list[Found]:
    """RAG ratings as written ('Green', 'Green/Amber'), capitalised as reports print them; grades on a letter
    scale ('rated C (Poor) for condition' -> 'C'); priority, risk and assurance levels ('High', 'Limited')."""
    found = [Found("rating", re.sub(r"\s+", "", m[0]), m[0], m.start(), m.end()) for m in RATING_RE.finditer(text)]
    for m in _GRADE_RE.finditer(text):
        found += [Found("rating", m[i], m[0], m.start(i), m.end(i)) for i in (1, 2) if m[i]]
    for m in _LEVEL_RE.finditer(text):
        i = next(i for i in range(1, 6) if m[i])
        found.append(Found("rating", m[i].capitalize(), m[0], m.start(i), m.end(i)))
    return sorted(found, key=lambda f: f.start)


_AMOUNT_RE = re.compile(
    r"£\s?(\d[\d,]*(?:\.\d+)?)\s*(bn|billion|m|million|k|thousand)?\b", re.I
)
_SCALE = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "k": 10**3, "thousand": 10**3}


def find_amounts(text: str) -> list[Found]:
    """Sums of money, normalised: '£1.2m' -> '£1,200,000', '£250K' -> '£250,000', '£14.00' -> '£14'; pence kept
    where they are printed: '£282.47'."""
    found = []
    for m in _AMOUNT_RE.finditer(text):
        if re.fullmatch(r"£'?0+", m[0]) and text[m.start() - 1: m.start()] == "(":  # "Budget (£000)": a column's unit
            continue
        number = float(m[1].replace(",", "")) * _SCALE.get((m[2] or "").lower(), 1)
        value = f"£{round(number):,}" if round(number, 2) == round(number) else f"£{number:,.2f}"
        found.append(Found("amount", value, m[0], m.start(), m.end()))
    return found


_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORD = rf"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS)}"
# "ninety-six", "two hundred and seventy-one": a run of number words, read by text2num
_WORDS_RUN = rf"(?:{NUMBER_WORD})(?:(?:\s+and)?\s+(?:{NUMBER_WORD}|hundred|thousand|million)\b)*"
_NUMBER_RE = re.compile(
    r"(?<![\d.,£/])\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?![.\d/]\d)|\b(" + _WORDS_RUN + r")\b", re.I
)
# "paragraph 2.10", "in 3.2", "minute 45.2": a decimal that is a label, not a figure
_DECIMAL_LABEL = re.compile(r"\b(?:paragraphs?|paras?|sections?|appendix|items?|minutes?|tables?|figures?|pages?|"
                            r"clauses?|recommendations?|see|in|under)\s+$|\d\.\d+\s*(?:to|and|or|-|–)\s*$", re.I)
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL_RE = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(" + "|".join(ORDINALS) + r")\b", re.I)


def _words_value(text: str) -> str | None:
    """'ninety-six' -> '96', 'two hundred and seventy-one' -> '271' (text2num); None when the words are no number."""
    from text_to_num import text2num

    try:
        return str(text2num(re.sub(r"\s+", " ", text.lower()), "en"))
    except ValueError:
        return None


def _in_dates(text: str, kinds: set[str]):
    """Whether a position of the text falls inside a date of the given pattern kinds."""
    spans = [m.span() for kind, pattern in _DATE_PATTERNS if kind in kinds for m in pattern.finditer(text)]
    return lambda at: any(s <= at < e for s, e in spans)


def quantity(value: str) -> float | None:
    """The number a sum or a count stands for ("£1,500" -> 1500.0, "9.7" -> 9.7), or None."""
    m = re.fullmatch(r"£?(\d[\d,]*(?:\.\d+)?)%?", value.strip())
    return float(m[1].replace(",", "")) if m else None


def find_numbers(text: str) -> list[Found]:
    """Counts written as digits or words ('Over 85 staff', 'ninety-six new homes'); years and dates excluded."""
    in_date = _in_dates(text, {kind for kind, _ in _DATE_PATTERNS} - {"year"})
    found = []
    for m in _NUMBER_RE.finditer(text):
        label = m[1] and "." in m[1] and _DECIMAL_LABEL.search(text[max(0, m.start() - 20): m.start()])
        if in_date(m.start()) or label or m[0].lower() == "zero" and re.search(r"\bnet[\s-]$", text[: m.start()], re.I):
            continue  # ("net zero" names a goal, not a count)
        value = m[1].replace(",", "") if m[1] else _words_value(m[2])
        if value is not None:
            found.append(Found("number", value, m[0], m.start(), m.end()))
    return found


def find_ordinals(text: str) -> list[Found]:
    """Places in a series ('the fourth staff conference', '4th'): what "which number ...?" asks for."""
    in_date = _in_dates(text, {"day"})  # "4th May" is a date
    return [Found("number", m[1] or str(ORDINALS.index(m[2].lower()) + 1), m[0], m.start(), m.end())
            for m in _ORDINAL_RE.finditer(text) if not in_date(m.start())]


_NAME = r"[A-Z][^\W\d_A-Z]+(?:[ -][A-Z][\w'’-]+){1,2}"  # "Siân Pritchard", "Nicky McLoughlin"
# a role as printed after a name: "Head of Finance", "Engagement Lead", "Senior Audit Manager"
_ROLE = (r"(?:Interim |Acting |Deputy |Assistant |Executive |Chief |Managing |Senior |Principal |(?:[A-Z][a-z]+ ){1,2}(?="
         r"(?:Director|Executive|Head|Chair|Manager|Officer|Leader|Lead|Auditor|Adviser|Advisor|Secretary)\b))*"
         r"(?:Director|Chief Executive|Executive|Head|Chair|Mayor|Manager|Officer|Leader|Monitoring Officer|Lead|"
         r"Auditor|Adviser|Advisor|Secretary)[^.;()\n]*?")
# the titles printed before a name, police ranks among them ("PC Laura Finch")
TITLES = (r"Dr|Mr|Mrs|Ms|Miss|Mx|Cllrs?|Councillors?|Aldermen|Alderman|Alderwoman|Professor|Prof|Rev|Revd|"
          r"PC|PCSO|DC|DS|DI|DCI|Sgt|Insp|Inspector|Supt|Superintendent")
_PEOPLE_RES = [
    # Max Soule, Deputy Director, Local Government ...
    re.compile(rf"\b(?:(?:{TITLES})\.? )?(?P<name>{_NAME}),\s+(?P<role>{_ROLE})(?=[,.;\n]|$| and| [A-Z][a-z]+ [A-Z][a-z]+,)"),
    # Elaine Marsh (Chief Finance Officer), Kate Summers (Engagement Lead, Pryor Leigh LLP, external auditor)
    re.compile(rf"\b(?:(?:{TITLES})\.? )?(?P<name>{_NAME})\s+\((?P<role>{_ROLE})(?=[,)])[^()\n]*\)"),
    # Assistant Director of HR (Nicky McLoughlin), The Lord Mayor (Councillor Ann Whitlock)
    re.compile(rf"(?P<role>{_ROLE})\s+\((?:(?:{TITLES})\.?\s+)?(?P<name>{_NAME})\)"),
    # Mayor, Dr Nik Johnson
    re.compile(rf"\b(?P<role>Mayor),\s+(?P<name>(?:{TITLES})\.? {_NAME})"),
    # the Director of Finance, Susan Achebe, explained ...
    re.compile(rf"\b[Tt]he\s+(?P<role>{_ROLE}),\s+(?:(?:{TITLES})\.?\s+)?(?P<name>{_NAME})(?=,)"),
]
# "Councillor Colin Drury", "Cllr P. Hargreaves", "Councillor Duggan moved refusal": a person by the title before the
# name, initials and all, or the surname alone
# ("Cllr J Thwaite", "Dr A. B. Smith")
_TITLED = re.compile(rf"\b(?:{TITLES})\.? ({_NAME}|(?:[A-Z](?:\.\s?|\s)){{1,3}}[A-Z][\w'’-]+|[A-Z][a-z][\w'’-]+\b)")
_LISTED_NAMES = re.compile(rf"(?:,\s*|,?\s+and\s+)({_NAME})")  # the names a plural title goes on to list
_ROLE_WORD = re.compile(r"\b(?:Manager|Director|Officer|Head|Chief|Executive|Member|Chair|Leader|Holder|Secretary|"
                        r"Auditor|Lead|Team|Services?)\b")
_FIELD_NAME = re.compile(rf"(?:(?:{TITLES})\.?\s+)?({_NAME})\s*(?:,|\(|$)")


def name_alone(text: str) -> str | None:
    """The person a text is no more than the name of ("Nicky McLoughlin.", "Dr Lorna Quayle"), else None."""
    m = _FIELD_NAME.fullmatch(text.strip().rstrip("."))
    return m[1] if m and not _NOT_NAMES.search(m[1]) else None


# a run of capitalised words, and a last word that may be a legal form in any case ("Acme plc")
_NAME_RUN = re.compile(r"\b(?:[A-Z][\w&'’-]*\s+(?:&\s+|and\s+|of\s+)?){1,5}(?:[A-Z][\w.]*|[a-z]{2,4}\b\.?)")


def firms(text: str) -> list[tuple[int, int]]:
    """The spans of firms named by the legal form their name ends in ("Greenline Turfcare Ltd", "Bishop Fleming
    LLP"), the forms as cleanco (MIT; a maintained list of them, country by country) knows them."""
    out = []
    for run in _NAME_RUN.finditer(text):
        tokens = [(run.start() + m.start(), run.start() + m.end()) for m in re.finditer(r"[^\s.]+", run[0])]
        first = 0
        for i in range(1, len(tokens)):  # a name ending in a form where the run ends or goes on to another ("Smith &
            # Jones Limited and Bishop Fleming LLP"; not "Grant Thornton UK" of "Grant Thornton UK LLP")
            after = text[slice(*tokens[i + 1])] if i + 1 < len(tokens) else ""
            closes = not after or after.lower() in ("and", "&") or after.islower()
            if i > first and closes and is_firm(text[tokens[first][0]: tokens[i][1]]):
                out.append((tokens[first][0], tokens[i][1]))
                first = i + 1
                while first < len(tokens) and text[slice(*tokens[first])].lower() in ("and", "&", "of"):
                    first += 1
    return out


# the nouns an organisation's name ends in that no person's or place's does ("Active Communities Trust", "Kestrel
# Treasury Services", "Fenland Leisure Partnership")
_ORGANISATION_NOUN = re.compile(r"(?:Trust|Partnership|Services|Foundation|Agency|Consortium|Alliance|Network|"
                                r"Institute|Charity|Company|Co-operative|Cooperative|Commission|Federation|"
                                r"Enterprises|Solutions|Consultants|Associates|Ombudsman|Regulator)")


def organisations(text: str) -> list[tuple[int, int]]:
    """The spans of organisations a text names by a name of two words or more ending in a noun only organisations
    end in (not "the Trust" alone, nor a name a sentence starts with its article: "The Partnership"; nor an office,
    "Head of Legal Services")."""
    out = []
    for run in _NAME_RUN.finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", run[0])
        last = re.search(r"([A-Za-z-]+)\W*$", name)
        if last and _ORGANISATION_NOUN.fullmatch(last[1]) and len(name.split()) >= 2 and not _ROLE_WORD.search(
                name[: last.start(1)]):  # (an office is no organisation: "Director of Children's Services")
            start = run.end() - len(name)
            out.append((start, start + last.end(1)))
    return out


def is_organisation(name: str) -> bool:
    """Whether a name is all of one organisation's ("Kestrel Treasury Services")."""
    return organisations(name) == [(0, len(name))]


@functools.lru_cache(maxsize=4096)
def is_firm(name: str) -> bool:
    """Whether a name ends in a legal form: a firm's, not a person's or a council's."""
    from cleanco import basename
    from simplemma import is_known

    *rest, last = name.split() or [""]
    if not rest or not last.isalpha() or last.islower() and (len(last) < 3 or is_known(last, lang="en")):
        return False  # (a form in small letters is no English word: "plc", not "at")
    base = basename(name)
    return bool(base) and base != name and " ".join(rest).startswith(base)  # the last word a form, taken off
_NOT_NAMES = re.compile(r"\b(Combined|Authority|Board|Committee|Council|Group|Government|Best|Value|Notice|Framework|Plan|Team|Department|Ministry|Local|Improvement)\b")


# a body that acts: a capitalised name ending in Board, Committee, Group ..., or an acronym (not one being defined,
# as in "Grant Funding Agreements (GFA)"), or an office
_WORD = r"(?!The\b)[A-Z][A-Za-z]*\s+(?:(?:&|and|of)\s+)?"
BODY = re.compile(rf"\b((?:the )?(?:(?:{_WORD})*(?:Board|Committee|Cabinet|Council)|(?:{_WORD})+(?:Group|Team|Panel)|"
                  r"(?:Department|Ministry) (?:of|for) [A-Z][A-Za-z]*(?:(?:,? and |, | )[A-Z][A-Za-z]*)*|"
                  r"(?:Combined|Local) Authority|(?<!\()[A-Z]{2,5}\b(?!\))(?: Board)?|Internal Audit|Chief Executive|"
                  r"department))\b")


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’-]*(?:,?(?:[ \t]+(?:of|and|for|the|on|in|to|&)){0,2}[ \t]+[A-Z][A-Za-z'’-]*)+")
_DEFINED = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")


def acronyms(text: str) -> list[tuple[str, str]]:
    """(short form, long form) pairs a text gives: a definition, "Single Assurance Framework (SAF)", the initials
    of each run of capitalised words, "Independent Improvement Board" -> IIB (minor words skipped), and a numbered
    section of an Act, "Section 106" -> s106."""
    out = []
    for m in _DEFINED.finditer(text):
        short = m[1]
        letters = [c for c in short if c.isupper()]
        before = re.findall(r"[A-Za-z'’-]+|&", text[max(0, m.start() - 120): m.start()].split("\n")[-1])
        capitals, taken = 0, []
        for word in reversed(before):
            taken.insert(0, word)
            capitals += word[0].isupper()
            if capitals == len(letters):
                break
        initials = [w[0] for w in taken if w[0].isupper()]
        if initials == letters and len(letters) >= 2:
            out.append((short, " ".join(taken)))
    for m in _CAPITALISED.finditer(text):
        # a run, its parts between commas, and the names "and the" joins ("the Board and the Department for Levelling
        # Up, Housing and Communities": IIB, DLU, HC and DLUHC)
        named = re.split(r",?\s+(?:and\s+)?the\s+", m[0])
        for part in dict.fromkeys([m[0], *named, *(piece for name in named for piece in re.split(r",\s*", name))]):
            phrase = re.sub(r"^(?:(?:The|A|An|This|That|These|Those|In|On|At|For|Of|And|By|To|From|With)\s+)+", "",
                            part).rstrip("'’-")  # (not the quote closing it: "'Learning, ... and Performance'")
            initials = "".join(w[0] for w in phrase.split() if w[0].isupper())
            if 2 <= len(initials) <= 6 and not re.search(r"\b[A-Z]\b", phrase):  # (not a label: "Appendix D")
                out.append((initials, phrase))
    out += [(f"s{m[1]}", m[0]) for m in _SECTION.finditer(text)]  # "Section 106" is written "s106" ("the s106")
    return out


_SECTION = re.compile(r"\bSection\s+(\d{1,3}[A-Z]?)\b")


def proper_names(text: str, written: bool = True) -> set[str]:
    """Names rather than English words, lower case: a council's, a place's or a person's ("Harrowfield"), as the
    dictionary of simplemma does not know them. In a report only words written with a capital count (not short
    acronyms such as "EHCP", nor lower-case jargon); in a question (`written` False) any word may be one: members type in
    lower case."""
    from simplemma import is_known

    shape = r"[A-Z][a-z]{3,}|[A-Z]{5,}" if written else r"[A-Za-z]{4,}"  # "Harrowfield", "HARROWFIELD"
    return {w.lower() for w in re.findall(rf"(?<![\w'’-])({shape})(?:['’]s)?(?![\w'’-])", text)
            if not is_known(w.lower(), lang="en") and not re.fullmatch(TITLES, w, re.I)}  # ("cllr" is a title)


# a line of a recorded vote: "For the motion (5): Councillors Khan, Ormerod and Vaughan.", "Abstaining (1): Cllr Ashby"
_RECORDED_VOTE = re.compile(r"^(?:voting\s+)?(for|against|in favour|abstain\w*|abstentions?)\b(?:\s+(?:of\s+)?the\s+"
                            r"(?:motion|amendment|recommendations?|proposal|resolution))?\s*(?:\(\d+\))?\s*:\s*(.+?)\.?$",
                            re.I)


def recorded_vote(sentence: str) -> tuple[str, list[str]] | None:
    """The side ("for", "against", "abstain") and the members' names of one line of a recorded vote, or None."""
    m = _RECORDED_VOTE.match(sentence.strip())
    if not m:
        return None
    side = {"for": "for", "in favour": "for", "against": "against"}.get(m[1].lower(), "abstain")
    return side, [re.sub(rf"^(?:{TITLES})\.?\s+", "", name).strip() for name in re.split(r",\s*|\s+and\s+", m[2])
                  if name.strip()]


def find_bodies(text: str) -> list[Found]:
    """Bodies that act ("the Combined Authority Board", "Cabinet", "CMT"): who agreed, approved or decided."""
    capitals = in_capitals(text)  # a heading in capitals has words, not acronyms
    return [Found("person", m[1].removeprefix("the "), m[1], m.start(1), m.end(1)) for m in BODY.finditer(text)
            if not (capitals and m[1].isupper())]


def in_capitals(text: str) -> bool:
    """Whether a text is written mostly in capitals, as a heading may be ("WEXLEY CITY COUNCIL")."""
    letters = re.findall(r"[A-Za-z]", text)
    return sum(c.isupper() for c in letters) > len(letters) / 2


def find_people(text: str) -> list[Found]:
    """People with their roles (value the name, text name and role as written), then offices named
    without a person ("chaired by the Executive Director, Resources and Performance")."""
    found = []
    for pattern in _PEOPLE_RES:
        for m in pattern.finditer(text):
            name = m["name"]
            if _NOT_NAMES.search(name) or any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            found.append(Found("person", name.strip(), m[0].strip(), m.start(), m.end()))
    found += [r for r in find_roles(text) if not r.overlaps(found)]
    for start, end in firms(text):  # "awarded to Greenline Turfcare Ltd": a firm answers who won, applied, supplies
        employer = re.search(r"\b(?:\w+\s+){0,3}\w+,\s*$", text[:start])  # (not "Jo Bloggs, Audit Lead, X LLP")
        if not any(n.start < end and start < n.end for n in found) and not (
                employer and _ROLE_WORD.search(employer[0])):
            found.append(Found("person", text[start:end], text[start:end], start, end))
    for start, end in organisations(text):  # "award the contract to Active Communities Trust": who won it
        if not any(n.start < end and start < n.end for n in found):
            found.append(Found("person", text[start:end], text[start:end], start, end))
    for m in _TITLED.finditer(text):  # "Councillor Colin Drury declared ...": a person by the title before the name
        if not _NOT_NAMES.search(m[1]) and not any(n.start < m.end() and m.start() < n.end for n in found):
            found.append(Found("person", m[1], m[0], m.start(), m.end()))
            if re.match(r"(?:Councillors|Cllrs)\b", m[0]):  # "Councillors Eleri Vaughan, Tom Whitfield and Aisha Khan"
                at = m.end()
                while (more := _LISTED_NAMES.match(text, at)) and not _NOT_NAMES.search(more[1]):
                    found.append(Found("person", more[1], more[1], more.start(1), more.end(1)))
                    at = more.end()
    for line in re.finditer(r"[^\n]+", text):  # the members a recorded vote names: "Abstaining (1): Councillor Ashby"
        for name in (recorded_vote(line[0]) or ("", []))[1]:
            start = line.start() + line[0].find(name)
            if name and not any(n.start < start + len(name) and start < n.end for n in found):
                found.append(Found("person", name, name, start, start + len(name)))
    for m in labelled_fields(text):  # "Owner: HR Manager", "Report author: Jo Bloggs, Head of X": who, in any form
        if not OWNER_HEADER.search(m[1]):
            continue
        named = _FIELD_NAME.match(m[2])
        if named and not _NOT_NAMES.search(named[1]) and not _ROLE_WORD.search(named[1]):
            start, end = m.start(2) + named.start(1), m.start(2) + named.end(1)  # the field's name, over any form in it
            if not any(n.value == named[1] for n in found):
                found = [n for n in found if not (n.start < end and start < n.end)]
                found.append(Found("person", named[1], m[2], m.start(2), m.end(2)))
        elif not any(n.start < m.end(2) and m.start(2) < n.end for n in found):
            found.append(Found("person", m[2].strip(), m[2], m.start(2), m.end(2)))
    return sorted(found, key=lambda f: f.start)


_ROLE_ONLY_RE = re.compile(
    r"\b(?:Interim |Acting |Deputy |Assistant )?(?:Chief Executive|Executive Director(?:, [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?"
    r"|Corporate Management Team|Monitoring Officer|Director of [A-Z][A-Za-z]+(?: (?:and |& )?[A-Z][A-Za-z]+)*)"
)


def find_roles(text: str) -> list[Found]:
    """Office-holders named by role alone: 'the Executive Director, Resources and Performance'."""
    return [Found("person", m[0], m[0], m.start(), m.end()) for m in _ROLE_ONLY_RE.finditer(text)]


_DECISION_RE = re.compile(
    r"\b(unanimously supported|unanimously agreed|agreed in principle|not (?:be |being )?re-?(?:issu|new)(?:ed|ing)|"
    r"not (?:yet )?(?:been )?(?:agreed|approved|accepted|endorsed|supported)|re-?issued|full support|approved|agreed|noted|accepted|endorsed|retained|rejected|"
    r"supported|resolved|cleared|carried|(?<=and )lost|(?<=and )fell|defeated|"  # a motion "carried", an amendment
    # "put to the vote and lost" or "put to the meeting and fell"
    r"granted|refused|deferred|withdrawn|declined|upheld|dismissed|revoked)\b",  # a licence, an application, an appeal
    re.I,
)
# a recommendation's or resolution's leading verb, in any case and as "approves" or "to approve", after the body it
# is put to: "That the Audit and Governance Committee approves ..."
_RECOMMENDATION_RE = re.compile(r"^(?:(?i:that)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+|(?:and|of|for)\s+){1,8}?|"
                                # "The Committee is asked to approve ...", "Members are invited to note ..."
                                r"(?:The\s+)?(?:[A-Z][\w&'’-]*\s+|(?:and|of|for)\s+){1,8}?(?:is|are)\s+"
                                r"(?:asked|invited|recommended|requested)\s+(?=to\s))?"
                                r"(?i:(?:to\s+)?(note|recognise|consider|approve|agree|endorse|comment on|review|delegate|"
                                r"instruct|adopt|accept|defer|reject|ask|request|invite|require|authori[sz]e|support|"
                                r"welcome|confirm|refer)s?)\b"
                                r"(?!\s+(?:from|of)\b)")  # (a title: "Note from the Chair", "Review of ...")


def find_decisions(text: str) -> list[Found]:
    """Decision verbs as written ('approved', 'unanimously supported', 'not be reissued');
    a recommendation's leading verb ('Note', 'Recognise') counts too."""
    found = [
        Found("decision", _decision_value(m[0]), m[0], m.start(), m.end())
        for m in _DECISION_RE.finditer(text)
    ]
    lead = _RECOMMENDATION_RE.match(text)
    if lead:  # what a recommendation asks is said as its outcome: "Note the letter" -> "noted"
        found.insert(0, Found("decision", _done(lead[1].lower()), lead[0], 0, lead.end()))
    elif not found and _RESOLUTION_RE.match(text):  # "That training be mandatory": a resolution, whatever its verb
        found.append(Found("decision", "resolved", text[:4], 0, 4))
    return found


_RESOLUTION_RE = re.compile(r"That\b(?!\s+(?:is|was|said|being)\b)")  # "That the centres close on Wednesdays"


def asked_verb(text: str) -> str | None:
    """A recommendation's leading verb as asked: "Notes the progress" -> "note"; None when it opens with none."""
    lead = _RECOMMENDATION_RE.match(text)
    return lead[1].lower() if lead else None


def _done(verb: str) -> str:
    """A recommendation's verb as an outcome: "note" -> "noted", "defer" -> "deferred", "comment on" -> "commented on"."""
    head, _, rest = verb.partition(" ")
    head = head + "d" if head.endswith("e") else head + "red" if head.endswith("fer") else head + "ed"
    return f"{head} {rest}".strip()


def _decision_value(words: str) -> str:
    """'not be re-issued' -> 'not reissued', 'not being renewed' -> 'not renewed', else lower case."""
    words = re.sub(r"\s+", " ", words.lower())
    words = re.sub(r"^not (?:yet )?(?:been )?(?=agreed|approved|accepted|endorsed|supported)", "not ", words)
    return re.sub(r"^not (?:be |being )?re-?(issu|new)\w*", r"not re\1ed", words)


# "how often does it meet?" and the phrases that answer it: "on a bi-monthly basis", "twice a year"
HOW_OFTEN = re.compile(r"\bhow (?:often|frequently|regularly)\b", re.I)
WHAT_TIME = re.compile(r"\b(?:what|which) time\b", re.I)  # a time of day asked: "what time did the meeting close?"
CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:noon|midday|"
                   r"midnight)\b", re.I)
FREQUENCY = re.compile(r"\b(?:(?:bi-?|half-?)?(?:weekly|monthly|quarterly|annually|yearly|daily)|fortnightly|"
                        r"(?:once|twice|three times|\w+ times) (?:a|an|per|each|every) \w+|every (?:\w+ )?(?:days?|"
                        r"weeks?|months?|years?|quarters?)|each (?:week|month|quarter|year)|a year|per (?:year|annum|month)|"
                        r"regular(?:ly)?|on a \w+(?:-\w+)? basis|frequency (?:will |would |may )?depends?)\b", re.I)  # (or
# a frequency it leaves open: "Frequency will depend upon the number of staff onboarded")
# the words that give a cause or a purpose: what "why ...?" asks for
# a cause said as such, never a time ("as", "since", "following" may be either)
# (or a purpose: "deferred ... so that further legal advice could be obtained")
STRONG_CAUSE = re.compile(r"\b(?:because|due to|owing to|caused by|(?:as )?a result of|result(?:ed|ing)? from|driven by|"
                          r"attributable to|in (?:the )?light of|so that|in order to|so as to|on the grounds (?:that|of)|"
                          r"(?<!as )follow(?:s|ed) (?:the|a|an)(?= \w+ of\b))\b", re.I)  # ("the shortfall follows the loss of")
# ("as" of a cause, not of a role or a manner: "as a private landlord", "as set out", "such as", "as part of", "as
# scheduled", "considered as best practice", "rebranded as 'LEAP'")
_AS_CAUSE = (r"(?<!such )(?<!same )\bas\b(?!\s+(?:an?|well|set|part|at|of|follows|soon|much|many|far|long|if|though|per|"
             r"shown|appropriate|necessary|possible|such|best|leading|usual|normal|before|[a-z]+ed)\b)"
             r"(?<!rebranded as)(?<!renamed as)(?<!known as)(?<!considered as)(?<!regarded as)(?<!seen as)")
_ANY_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # "september", "sept", "sep" (longest first)
# ("since" and "following" of a time are no cause: "since 4 August 2025", "following the May meeting")
_AFTER_TIME = (r"(?<!\bthe )(?<!\bas )\b(?:since|following)\b(?!\s+(?:\d|then|last|the (?:start|end|beginning|last|previous|"
               rf"meeting)|{_ANY_MONTH})\b)")  # (nor a list's "the following", "as follows")
# what a thing waits on is why it has not happened: "cannot take place until the migration is completed"
# (not a time it waits for: "will not be met until summer 2026")
_WAITING = (r"\b(?:cannot|can't|could not|couldn't|will not|won't|not be able to)\b[^.;]{0,60}?\buntil\b(?!\s+(?:\d|"
            rf"summer|spring|autumn|winter|next|early|late|mid|the (?:end|start|beginning)|q\d|{_ANY_MONTH})\b)")
_CAUSE_RE = re.compile(rf"{STRONG_CAUSE.pattern}|{_AS_CAUSE}|{_AFTER_TIME}|{_WAITING}|\b(?:delayed by|reasons?|"
                       r"on the basis of|based on|"
                       r"to avoid|to ensure|arising from|(?:mainly|largely|mostly|partly|primarily) "
                       r"(?:in|from|on|because|due))\b", re.I)


def find_causes(text: str) -> list[Found]:
    """The cause or purpose a sentence gives ("because the supplier delayed the upgrade", "in order to join")."""
    return [Found("text", "", m[0], m.start(), m.end()) for m in _CAUSE_RE.finditer(text)]


FINDERS = {
    "date": find_dates,
    "rating": find_ratings,
    "amount": find_amounts,
    "number": find_numbers,
    "person": find_people,
    "decision": find_decisions,
}
