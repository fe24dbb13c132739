"""A report's front matter from its own text: label-value fields found by their layout, and the
committee, meeting date and title chosen among the lines that could give them.

Fields are found by shape, not by a list of one council's words: `Label: value`, `Label<TAB>value`
(a two-cell table row or a definition list arrives so), a label of at most six words. Which field or
line gives the meeting date is scored by the words councils use around it (meeting, decided, held on;
a publication date only where nothing names a meeting; deadlines and effective dates never).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import find_dates, in_capitals

# a line names a body that meets when it ends with one of these ("Sub-Committee" too; the authority itself ends in
# Council)
BODIES = ("Committee", "Board", "Cabinet", "Panel", "Commission", "Forum", "Executive", "Assembly")
_BODY = re.compile(rf"\b({'|'.join(BODIES)})$", re.I)
_AUTHORITY = re.compile(r"\b(Council|Authority)$", re.I)
_FIELD = re.compile(r"^([A-Z][A-Za-z0-9 ()'’&/,?-]{0,48}?)\s*:\s*(.*)$")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
# what a date's label or line says about it: the meeting's own date, or some other date of the paper
_MEETING = re.compile(r"\b(meeting|held|decided|decision|committee|board|cabinet)\b", re.I)
_OTHER = re.compile(r"\b(publication|published|effective|deadline|call[- ]in|period|position|due|expires?|report date|"
                    r"next|previous|last)\b", re.I)
# a line saying when the meeting it heads was held, not one to come or gone before ("the next meeting will be held on")
_HELD_ON = re.compile(r"^(?!.*\b(?:next|previous|last|will|to be)\b).*\bheld\b", re.I)
_PUBLISHED = re.compile(r"\b(publication|published)\b", re.I)
# a date said to be that of a body's decision: "Decision due: 10 Mar 2026 by Cabinet" (an issue page's meeting)
_BY_BODY = re.compile(rf"\bby\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+|(?:and|of|for)\s+){{0,6}}?"
                      rf"(?:{'|'.join(BODIES)}|Council))\b")
_COMMITTEE_LABEL = re.compile(r"^(meeting|committee|decision makers?|decided at meeting|report to|executive|body|"
                              r"decision takers?|forum)$", re.I)
_TITLE_LABEL = re.compile(r"^(?:\w+ )?(?:title|subject|proposal)$", re.I)  # Title, Report Subject, a planning Proposal
# "Minutes of the meeting of the Licensing Committee held on", "Minutes of the Full Council meeting held on"
# (not "Minutes of the meeting held at County Hall", which names no body)
_MINUTES_OF_LINE = re.compile(r"^(?:the\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?=\S)", re.I)
_MINUTES_OF = re.compile(r"\bmeeting of (?:the )?(.+?)\s+held\b|\bminutes of (?:the |a )?(?!(?:the|a)\s)(.+?) meeting\s+held\b",
                         re.I)
# "Minutes of the Planning Committee held in the Council Chamber"
_MINUTES_OF_BODY = re.compile(r"\bminutes of (?:the |a )?(?!(?:the|a|meeting)\s)([^,]+?)\s+held\b", re.I)


@dataclass(frozen=True)
class Line:
    text: str  # clean text (markup and heading marks removed)
    label: str = ""  # a field's label, as printed without its colon
    value: str = ""  # a field's value
    heading: int = 0  # heading level (1-6), 7 for an all-capitals line, 0 for neither


def field(text: str) -> tuple[str, str] | None:
    """(label, value) when the line is a label-value field by its layout, else None."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) == 2 and not cells[0].endswith(":") and _is_label(cells[0]) and not re.search(r"\d", cells[0]) \
            and not _BODY.search(cells[0]):
        return cells[0], cells[1]
    m = _FIELD.match(text.strip())
    if m and _is_label(m[1]):
        return m[1].strip(), re.sub(r"\s+", " ", m[2].replace("\t", " ")).strip()
    return None


def _is_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 6 and len(text) <= 48 and not text.rstrip().endswith((".", ",")) and \
        not re.search(r"[.;!]\s", text)


def dates_the_paper(label: str) -> bool:
    """A field's label that dates the meeting, its decision or the paper's publication ("Date of decision")."""
    return bool(_MEETING.search(label) and not _OTHER.search(label) or _PUBLISHED.search(label))


def names_meeting(label: str) -> bool:
    """A field's label that names the meeting or body: "Meeting", "Committee", "Decision maker"."""
    return bool(_COMMITTEE_LABEL.match(label.strip()))


def names_body(text: str) -> bool:
    """`Overview and Scrutiny Committee`, `CABINET`: a short line naming a body that meets."""
    return len(text.split()) <= 10 and bool(_BODY.search(text.strip())) and not re.search(r"[.:]$", text)


def capitalised(text: str) -> str:
    """An all-capitals line as a title: `AUDIT AND STANDARDS COMMITTEE` -> `Audit and Standards Committee`."""
    if re.search(r"[a-z]", text) or not re.search(r"[A-Z]{2}", text):
        return text
    words = text.lower().split(" ")
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def full_dates(text: str) -> list[str]:
    """Dates to the day written in a line (`16/10/2024`, `Tuesday, 22nd October 2019`), ISO."""
    return [f.value for f in find_dates(capitalised(text)) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.value)]


def _without_dates(text: str) -> str:
    """`16/10/2024 - Cabinet (Item 9)` -> `Cabinet`; `COMMITTEE - 12 SEPTEMBER 2024` -> `COMMITTEE`."""
    text = re.sub(r"\([^)]*\)", " ", text)
    parts = [p.strip() for p in re.split(r"\s+[-–—|]\s+|\t", text) if p.strip()]
    parts = [p for p in parts if not full_dates(p) and not re.match(r"(agenda )?item\b", p, re.I)]
    if not parts and full_dates(text):  # "Licensing Committee, Tuesday, 20th January, 2026 6.30 pm": the body before
        first = text.split(",")[0].strip()  # its date
        parts = [first] if _BODY.search(first) and not full_dates(first) else []
    return parts[0] if parts else ""


def meeting_date(lines: list[Line]) -> str:
    """The document's own meeting date: the best-scored full date of the front matter."""
    best, score = "", 0.0
    for i, line in enumerate(lines):
        about = line.label or line.text
        dates = full_dates(line.value if line.label else line.text)
        if not dates:
            continue
        rest = _without_dates(line.text)
        if line.label and _BY_BODY.search(line.value):
            points = 4.0
        elif not line.label and _HELD_ON.search(line.text):
            points = 3.0  # "a meeting of the Call-in Sub-Committee held ... on Tuesday, 3 March 2026" (whatever the
            # body is called)
        elif _PUBLISHED.search(about):
            points = 0.5  # a forward plan's date, where no line names a meeting
        elif _OTHER.search(about):
            points = 0.0
        elif _MEETING.search(about):
            points = 4.0 if line.label else 3.0
        elif line.label and re.search(r"\bdate\b", line.label, re.I):
            points = 2.0
        elif _BODY.search(rest) or line.heading:
            points = 2.5  # `CABINET - 12 MAY 2024`
        elif not rest:
            points = 1.5  # a date alone: a front sheet's `27 November 2023`
        else:
            points = 0.2
        points -= 0.01 * i  # earlier lines first among equals
        if points > score:
            best, score = dates[0], points
    return best


def committee(lines: list[Line]) -> str:
    """The body whose meeting it is: a field naming it, a line ending in Committee, Board, Cabinet ...,
    "meeting of the X held on"; the authority only where nothing else is named."""
    found: list[tuple[float, str]] = []
    for i, line in enumerate(lines):
        if line.label and _COMMITTEE_LABEL.match(line.label):
            name = _without_dates(line.value)
            first = line.value.split(",")[0].strip()  # ("Meeting: Local Plan Working Group, Thursday, 15th October,
            name = name or (first if full_dates(line.value) and not full_dates(first) else "")  # 2026": a body by its
            # label, whatever it is called)
            if name and len(name.split()) <= 10:
                found.append((3.0 if _BODY.search(name) else 2.0, name))
            continue
        by = _BY_BODY.search(line.value) if line.label and full_dates(line.value) else None
        if by:  # "Decision due: 10 Mar 2026 by Cabinet"
            found.append((2.5, by[1]))
        if line.label:
            continue
        m = _MINUTES_OF.search(line.text)
        body = _MINUTES_OF_BODY.search(line.text) if not m else None
        if m or body and _BODY.search(body[1]):
            found.append((2.5, m[1] or m[2] if m else body[1]))
        # ("MINUTES OF THE PLANNING COMMITTEE" over its "Held on ..." line: the committee named)
        name = _MINUTES_OF_LINE.sub("", _without_dates(line.text.split("\t")[0]))
        if name and len(name.split()) <= 10 and not re.search(r"[.:]$", name):
            if _BODY.search(name):
                found.append((2.0 - 0.01 * i, name))
            elif _AUTHORITY.search(name) and len(name.split()) <= 2 and name != line.text.strip():
                found.append((1.5 - 0.01 * i, name))  # "Council - Thursday, 17th July, 2025": a meeting of the Council
    if not found:
        return ""
    return capitalised(max(found, key=lambda f: f[0])[1]).strip()


def title(lines: list[Line], committee_name: str) -> str:
    """A field labelled as the title or subject; else the longest heading that is not the authority,
    the committee or a date line; else the first sentence-like line ("Minutes of the meeting of ...")."""
    for line in lines:
        if line.label and _TITLE_LABEL.search(line.label) and line.value:
            return capitalised(line.value)
    known = committee_name.lower()

    def plain(text: str) -> bool:
        name = _without_dates(text)
        return bool(name) and name.lower() != known and not _AUTHORITY.search(name) and not _BODY.search(name) \
            and not full_dates(text) and len(text.split()) >= 2

    headings = [capitalised(l.text) for l in lines if l.heading and not l.label and plain(l.text)]
    if headings:
        return _named_part(max(headings, key=len))
    for line in lines:  # a title comes before the fields
        if line.label:
            break
        if full_dates(line.text) and _without_dates(capitalised(line.text)).lower() == known:
            continue  # the meeting's line: "Housing Committee - Tuesday, 16 September 2025 6.30 pm"
        text = re.split(r"\s+held\b|,", capitalised(line.text))[0].strip()
        text = re.sub(r"^[A-Z]{2,}\b", lambda m: m[0].capitalize(), text)  # "MINUTES of a meeting of ..."
        unnamed = re.fullmatch(r"(\w+) of (?:the|a) meeting", text, re.I)  # "Minutes of the meeting held at ..."
        if unnamed and committee_name:
            return f"{unnamed[1]} - {committee_name}"
        named = all(w[0].isupper() or w in ("and", "of", "the", "&") for w in text.split())
        if len(text.split()) >= 4 and text.lower() != known and not full_dates(text) and not (
                named and _AUTHORITY.search(text) and not re.search(r"\bof\b", text)):  # (not the authority's name
            return text  # above it; "Minutes of the meeting of the Parish Council", "Minutes of Proceedings of the
            # Monthly Meeting of X District Council" are more)
    # a page headed by what it is ("Minutes", "Decisions") under the body's name: "Minutes - Cabinet"
    kind = next((capitalised(l.text) for l in lines if l.heading and re.fullmatch(r"[A-Za-z]+", l.text)), "")
    return f"{kind} - {committee_name}" if kind and committee_name else ""


def _named_part(heading: str) -> str:
    """A page's heading without the words of what kind of page it is before its name: "Issue - items at meetings -
    Leisure Centre Management Contract" -> "Leisure Centre Management Contract" (a leading part of a few words,
    none capitalised after its first, is the page's kind)."""
    while (kind := re.match(r"([^-–—]+?)\s+[-–—]\s+(?=\S)", heading)) and len(kind[1].split()) <= 4 and not re.search(
            r"\s[A-Z]", kind[1]):
        heading = heading[kind.end():]
    return heading


# the authority whose paper it is: "Kestrelford County Council", "WEXLEY CITY COUNCIL", "Cambridgeshire and
# Peterborough Combined Authority" (a name of up to five capitalised words, its kind of council among them)
_NAMED_AS = r"\b((?:(?!(?:The|This|That|Full|Each|Every|Our|Its|A|An)\b)[A-Z][\w'’-]+\s+(?:and\s+)?){{1,5}}(?:{}))\b"
_PUBLISHER = re.compile(_NAMED_AS.format("Council|Combined Authority"))
# in the front matter, any authority or partnership heading the paper ("Glenvar Health and Social Care Partnership",
# "Northfell Fire and Rescue Authority")
_FRONT_PUBLISHER = re.compile(_NAMED_AS.format("Council|Combined Authority|(?<!Combined )Authority|Partnership"))


def publisher(front: str, body: str) -> str:
    """The authority whose paper it is: the first its front matter names, else the one its text names most; or ""."""
    names: dict[str, int] = {}
    for part, text in enumerate((front, body)):
        for line in text.splitlines():
            if in_capitals(line):  # a heading in capitals
                line = re.sub(r"\b(And|Of)\b", lambda m: m[0].lower(), line.title())
            for m in (_FRONT_PUBLISHER if part == 0 else _PUBLISHER).finditer(line):
                if part == 0:
                    return m[1]
                names[m[1]] = names.get(m[1], 0) + 1
    return max(names, key=lambda n: (names[n], len(n)), default="")
