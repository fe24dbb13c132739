"""HTML and text the chat shows: the answer card with its value or rating chip, citation labels,
the evidence panel, the report reader and the plain-text copy for a briefing note.

Pure functions of the core's records; every piece of report or user text is escaped.
"""

from __future__ import annotations

import html
import re

from .answer_types import Answer
from .facts import human_date
from .reports import Paragraph, Report

RAG_COLOURS = {"Green": "#1e7b34", "Amber": "#b86e00", "Red": "#b3261e"}
# what the answer card calls each kind of answer, in everyday words (a passage of text needs no name)
KIND_WORDS = {"date": "Date", "rating": "Rating", "decision": "Decision", "person": "Who", "amount": "Amount",
              "number": "Number", "list": "List", "yes_no": "Yes or no"}
e = html.escape


def rating_chip(rating: str) -> str:
    """A rating as colour swatches with the words beside them: never colour alone."""
    swatches = "".join(f"<span class='swatch' style='background:{RAG_COLOURS.get(part, '#777')}'></span>"
                       for part in rating.split("/"))
    return f"<span class='chip rating' role='img' aria-label='Rating: {e(rating)}'>{swatches}{e(rating)}</span>"


def value_html(answer: Answer) -> str:
    if answer.value is None or answer.answer_type == "list":
        return ""
    if answer.answer_type == "rating":
        return rating_chip(str(answer.value))
    shown = human_date(answer.value) if answer.answer_type == "date" else str(answer.value)
    return f"<span class='chip value' aria-label='{e(answer.answer_type)}'>{e(shown)}</span>"


def card_html(answer: Answer | None, error: str = "") -> str:
    """The latest answer at a glance: its value, or that the reports don't say, or what went wrong."""
    if error:
        return f"<div class='card error' role='alert'><strong>{e(error)}</strong></div>"
    if answer is None:
        return "<div class='card empty'>Ask a question to see the answer and its sources here.</div>"
    if answer.abstained:
        said = ("What other reports say on it is cited below." if answer.citations else
                "The nearest paragraphs are listed under Citations, if you want to read them.")
        return f"<div class='card abstained' role='status'><strong>The reports don't say.</strong> {said}</div>"
    kind = KIND_WORDS.get(answer.answer_type, "")
    label = f"<span class='kind'>{e(kind)}</span> " if kind else ""
    return (f"<div class='card answered' role='status'>{label}{value_html(answer)}"
            f"<span class='count'>{len(answer.citations)} source{'s' if len(answer.citations) != 1 else ''}</span></div>")


def citation_label(report: Report, paragraph: Paragraph) -> str:
    return f"{report.short} · {paragraph.label}"


def highlight(text: str, quote: str) -> str:
    """The paragraph's text, escaped, with the quoted span marked."""
    body = e(text)
    if quote and e(quote) in body:
        body = body.replace(e(quote), f"<mark>{e(quote)}</mark>", 1)
    return body.replace("\n", "<br>")


def evidence_html(report: Report | None, paragraph: Paragraph | None, quote: str = "") -> str:
    """One paragraph in full, with where it sits and which paragraphs stand either side."""
    if report is None or paragraph is None:
        return "<p class='muted'>Choose a citation to read its paragraph in full.</p>"
    i = report.paragraphs.index(paragraph)
    before = report.paragraphs[i - 1].label if i > 0 else "none"
    after = report.paragraphs[i + 1].label if i + 1 < len(report.paragraphs) else "none"
    where = " · ".join(e(x) for x in (paragraph.section, paragraph.subsection, paragraph.heading) if x)
    meeting = human_date(report.meeting_date) if report.meeting_date else "date unknown"
    return (f"<div class='evidence'><h3>{e(report.short)} · paragraph {e(paragraph.label)}</h3>"
            f"<p class='where'>{e(report.committee)}, {e(meeting)}<br>{e(report.title)}<br>{where}</p>"
            f"<div class='paragraph'>{highlight(paragraph.text, quote)}</div>"
            f"<p class='muted'>Previous paragraph: {e(before)} · next paragraph: {e(after)}</p></div>")


def reader_html(report: Report | None, focus_key: str = "") -> str:
    """A whole report: front matter, recommendations and every paragraph under its label."""
    if report is None:
        return "<p class='muted'>Choose a report to read it.</p>"
    rows = []
    for p in report.paragraphs:
        focus = " focus" if p.key == focus_key else ""
        heading = f"<div class='section'>{e(p.section)}{' · ' + e(p.subsection) if p.subsection else ''}</div>"
        rows.append(f"<div class='para{focus}' id='p-{_anchor(report.id, p.key)}'>{heading}"
                    f"<span class='label'>{e(p.label)}</span><div>{highlight(p.text, '')}</div></div>")
    meeting = human_date(report.meeting_date) if report.meeting_date else "date unknown"
    return (f"<div class='reader'><h3>{e(report.title)}</h3><p class='where'>{e(report.committee)}, {e(meeting)}"
            f" · {e(report.fields.get('Report of', ''))}</p>{''.join(rows)}</div>")


def _anchor(report_id: str, key: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]", "_", f"{report_id}-{key}")


def anchor(report_id: str, key: str) -> str:
    """The element id of a paragraph in the reader."""
    return "p-" + _anchor(report_id, key)


def ratings_chart(rows, reports: dict[str, Report]) -> str:
    """Workstreams down, reports across (oldest first), each rating a chip with its words."""
    if not rows:
        return "<p class='muted'>No ratings in the indexed reports.</p>"
    order = sorted({r.report_id for r in rows}, key=lambda rid: reports[rid].meeting_date)
    grid: dict[str, dict[str, str]] = {}
    for r in rows:
        grid.setdefault(r.workstream, {})[r.report_id] = r.rating
    head = "".join(f"<th scope='col'>{e(reports[rid].short)}</th>" for rid in order)
    body = "".join(
        f"<tr><th scope='row'>{e(workstream)}</th>" + "".join(
            f"<td>{rating_chip(cells[rid]) if rid in cells else '<span class=muted>not rated</span>'}</td>" for rid in order)
        + "</tr>" for workstream, cells in sorted(grid.items()))
    return f"<table class='ratings'><thead><tr><th scope='col'>Workstream</th>{head}</tr></thead><tbody>{body}</tbody></table>"


def plain_text(answer: Answer | None) -> str:
    """The answer and its sources as plain text, for a briefing note."""
    if answer is None:
        return ""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "Sources:"]
        lines += [f"- {c.short}, paragraph {c.paragraph}: {c.title} ({c.committee}, "
                  f"{human_date(c.meeting_date) if c.meeting_date else 'date unknown'})" for c in answer.citations]
    return "\n".join(lines)


CSS = """
.card { border-radius: 8px; padding: .6em .9em; margin-bottom: .3em; font-size: 1.05em; }
.card.answered { background: #eef6ee; border: 1px solid #9cc59c; }
.card.abstained { background: #fff6e0; border: 1px dashed #c99a2e; }
.card.error { background: #fdecea; border: 1px solid #d08a84; }
.card.empty { background: #f4f4f4; color: #555; }
.card .kind { font-size: .8em; letter-spacing: .02em; color: #355; margin-right: .5em; }
.card .count { color: #555; font-size: .85em; margin-left: .6em; }
.chip { display: inline-flex; align-items: center; gap: .35em; border-radius: 999px; padding: .15em .7em;
        font-weight: 600; background: #fff; border: 1px solid #aaa; }
.chip.value { font-size: 1.1em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 50%; border: 1px solid #0003; }
.evidence .where, .reader .where { color: #555; font-size: .9em; }
.evidence mark { background: #fff2a8; }
.paragraph { line-height: 1.45; }
.muted { color: #666; }
.reader .para { padding: .4em .2em; border-bottom: 1px solid #eee; }
.reader .para.focus { background: #fff8d6; }
.reader .label { font-weight: 700; margin-right: .5em; }
.reader .section { color: #777; font-size: .8em; }
.citations label { border-radius: 999px !important; }
table.ratings { border-collapse: collapse; }
table.ratings th, table.ratings td { border: 1px solid #ddd; padding: .35em .6em; text-align: left; }
"""
