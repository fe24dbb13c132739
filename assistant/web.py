"""The Gradio app: chat with streamed, cited answers; the evidence panel; the report browser; scope.

API endpoints for `gradio_client`: `/chat` (message, history) -> the answer text with its
citations written out (the contract's); `/ask` (message, history, reports, since, until) -> the
answer's JSON; `/paragraph` (report id, paragraph label) -> that paragraph in full (a section's number, all of it).
One `Assistant` (model + index) serves everyone.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import tempfile
from pathlib import Path

from . import views
from .answer import Assistant
from .answer_types import Answer
from .embed import embedder_for, go_offline
from .errors import AssistantError, BadSetting, IndexMissing
from .index import Store, ingest
from .records import overdue
from .retrieve import Scope
from .settings import Settings

TITLE = "Committee reports assistant"
INTRO = (
    "Ask about the indexed committee reports in your own words. Each answer states the fact first, "
    "quotes the report and cites the meeting and paragraph: choose a citation to read the paragraph in "
    "full. When the reports don't say, the assistant says so rather than guess."
)
EXAMPLES = [
    "When did the Audit and Governance Committee review the draft assurance framework?",
    "How was partnership working rated?",
    "Will the Best Value Notice be reissued?",
    "What are the recommendations of the 2024 report?",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
STREAM_STEPS = 6
UPLOAD_LIMIT = 1  # bytes: the app takes no files, so Gradio's upload route refuses every one


def open_assistant(settings: Settings) -> Assistant:
    """Load the model and the index once; build the index from the corpus when there is none."""
    embedder = embedder_for(settings)
    try:
        store = Store(settings, embedder)
    except IndexMissing:
        store = Store(settings, embedder, create=True)
        ingest(store, [settings.corpus_dir])
    return Assistant(settings, embedder, store)


def credentials(settings: Settings) -> list[tuple[str, str]]:
    """ASSISTANT_AUTH "user:password[,user:password]" as pairs; a malformed entry is refused."""
    pairs = []
    for item in filter(None, (x.strip() for x in settings.auth.split(","))):
        user, sep, password = item.partition(":")
        if not sep or not user or not password:
            raise BadSetting("ASSISTANT_AUTH must be user:password (comma-separated for several users)")
        pairs.append((user, password))
    return pairs


class ChatApp:
    """The handlers behind the page and the API, sharing one assistant."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        self.reports = assistant.store.reports
        self.summaries = assistant.store.reports.summaries

    def chat(self, message: str, history: list[dict] | None = None) -> str:
        """Answer one message of a conversation; the reply carries its citations written out."""
        try:
            return self.assistant.ask(message, _history(history)).answer
        except AssistantError as e:
            return str(e)

    def ask(self, message: str, history: list[dict] | None = None, report_ids: list[str] | None = None,
            since: str = "", until: str = "") -> dict:
        """A scoped question; the answer's JSON as `assistant ask --json` prints it, or {"error": ...}."""
        try:
            return self.assistant.ask(message, _history(history), _scope(report_ids, since, until)).to_json()
        except AssistantError as e:
            return {"question": message, "error": str(e)}

    def paragraph(self, report_id: str, label: str) -> dict:
        """One paragraph in full with its place in the report, or {"error": ...}."""
        report = self.reports.get(report_id)
        passage = report.passage(label) if report else ()
        if not passage:
            return {"error": f"no paragraph {label} in report {report_id}"}
        first, last = report.paragraphs.index(passage[0]), report.paragraphs.index(passage[-1])
        whole = len(passage) > 1  # a section's number: its paragraphs, each under its own label
        return {"report_id": report_id, "paragraph": label, "section": passage[0].section,
                "heading": "" if whole else passage[0].heading,
                "text": "\n".join(f"{p.label} {p.text}" for p in passage) if whole else passage[0].text,
                "previous": report.paragraphs[first - 1].label if first else None,
                "next": report.paragraphs[last + 1].label if last + 1 < len(report.paragraphs) else None}

    def respond(self, message: str, history: list[dict], report_ids: list[str], since: str, until: str):
        """The page's handler: streams the answer into the chat and fills the card, citations and evidence."""
        import gradio as gr

        history = list(history or [])
        try:
            scoped = _scope(report_ids, since, until)
            answer = self.assistant.ask(message, _history(history), scoped)
        except AssistantError as e:
            history += [{"role": "user", "content": _shown(message)}, {"role": "assistant", "content": _shown(str(e))}]
            yield "", history, views.card_html(None, str(e)), gr.update(choices=[], value=None), \
                views.evidence_html(None, None), "", None, None, None
            return
        refs = self._refs(answer)
        first = next(iter(refs), None)
        history += [{"role": "user", "content": _shown(message)}, {"role": "assistant", "content": ""}]
        words = answer.answer.split(" ")
        for step in range(1, STREAM_STEPS + 1):
            history[-1] = {"role": "assistant", "content": _shown(" ".join(words[: len(words) * step // STREAM_STEPS]))}
            yield "", history, views.card_html(answer), \
                gr.update(choices=[(label, ref) for ref, (label, _) in refs.items()], value=first), \
                self.evidence(first, refs), views.plain_text(answer), answer, refs, first

    def _refs(self, answer: Answer) -> dict[str, tuple[str, str]]:
        """ref ("report-id#key") -> (chip label, quote): the citations (an abstention's say what other reports
        give), or the nearest paragraphs of an abstention without any."""
        if answer.citations:
            return {f"{c.report_id}#{c.key}": (f"{c.short} · {c.paragraph}", c.quote) for c in answer.citations}
        refs = {}
        for hit in answer.hits[:3]:
            report = self.reports[hit.report_id]
            refs.setdefault(f"{hit.report_id}#{hit.key}",
                            (f"nearest: {views.citation_label(report, report.paragraph(hit.key))}", ""))
        return refs

    def evidence(self, ref: str | None, refs: dict | None) -> str:
        report, paragraph = self._locate(ref)
        return views.evidence_html(report, paragraph, ((refs or {}).get(ref) or ("", ""))[1])

    def neighbour(self, ref: str | None, step: int, refs: dict | None):
        """Move the evidence panel to the previous or next paragraph of the same report."""
        report, paragraph = self._locate(ref)
        if paragraph is None:
            return views.evidence_html(None, None), ref
        i = min(max(report.paragraphs.index(paragraph) + step, 0), len(report.paragraphs) - 1)
        target = f"{report.id}#{report.paragraphs[i].key}"
        return self.evidence(target, refs), target

    def reader(self, ref_or_report: str | None):
        """The report reader at a paragraph ("report#key") or at the top of a report ("report")."""
        report, paragraph = self._locate(ref_or_report)
        return report.id if report else None, views.reader_html(report, paragraph.key if paragraph else "")

    def _locate(self, ref: str | None):
        report_id, _, key = (ref or "").partition("#")
        report = self.reports.get(report_id)
        return report, (report.paragraph(key) if report and key else None)

    def commitment_rows(self, words: str = "", only_overdue: bool = False, today: dt.date | None = None):
        """Rows for the Commitments tab, and the paragraph ref of each (for opening it)."""
        today = today or dt.date.today()
        rows, refs = [], []
        records = self.assistant.store.records
        for c in records.commitments():
            late = overdue(c, today)
            text = f"{c.text} {c.owner} {c.workstream}".lower()
            if (words and words.lower() not in text) or (only_overdue and not late):
                continue
            later = "; ".join(f"{self.summaries[m.report_id].short} · {m.paragraph}" for m in records.later_mentions(c))
            rows.append([c.due, c.revised, "overdue" if late else "", f"{self.summaries[c.report_id].short} · {c.paragraph}",
                         c.text, c.owner, c.status, c.complete, c.workstream, later])
            refs.append(f"{c.report_id}#{c.key}")
        return rows, refs

    def decision_rows(self, words: str = ""):
        """Rows for the Decisions tab (those with the words given in their kind, verb, body or text), and the
        paragraph ref of each."""
        rows, refs = [], []
        for d in self.assistant.store.records.decisions():
            if words and words.lower() not in f"{d.kind} {d.verb} {d.body} {d.text}".lower():
                continue
            rows.append([d.kind, d.verb, d.body, d.date, d.text, f"{self.summaries[d.report_id].short} · {d.paragraph}"])
            refs.append(f"{d.report_id}#{d.key}")
        return rows, refs

    def ratings_chart(self) -> str:
        return views.ratings_chart(self.assistant.store.records.ratings(), self.summaries)

    def report_rows(self) -> list[list[str]]:
        return [[r.committee, r.meeting_date, r.title, r.author, str(r.paragraphs)]
                for r in sorted(self.summaries.values(), key=lambda r: r.meeting_date, reverse=True)]

    def report_choices(self) -> list[tuple[str, str]]:
        return [(f"{r.short}: {r.title}", r.id) for r in sorted(self.summaries.values(), key=lambda r: r.meeting_date)]


def _scope(report_ids, since, until) -> Scope:
    return Scope.from_flags(report_ids or (), (since or "").strip() or None, (until or "").strip() or None)


def _scope_text(report_ids, since, until) -> str:
    try:
        scope = _scope(report_ids, since, until)
    except AssistantError as e:
        return str(e)
    return "all indexed reports" if scope.empty else "reports " + scope.describe()


def _history(history) -> list[dict]:
    """The conversation as the assistant reads it: the page's escaped text turned back into what was typed."""
    return [{"role": t.get("role", "user"), "content": html.unescape(t["content"])} for t in history or []
            if isinstance(t, dict) and isinstance(t.get("content"), str)]


def _shown(text: str) -> str:
    """Text for the chat's Markdown view: HTML in a question or a report is shown, never rendered."""
    return html.escape(text, quote=False)


def build(assistant: Assistant):
    go_offline()
    import gradio as gr

    app = ChatApp(assistant)
    with gr.Blocks(title=TITLE) as demo:
        gr.Markdown(f"## {TITLE}\n{INTRO}")
        with gr.Tabs() as tabs:
            with gr.Tab("Ask", id="ask"):
                with gr.Row():
                    with gr.Column(scale=3):
                        with gr.Accordion("Scope: which reports to answer from", open=False):
                            reports = gr.CheckboxGroup(app.report_choices(), label="Reports (none ticked: all)")
                            with gr.Row():
                                since = gr.Textbox(label="Meetings on or after (YYYY-MM-DD)", placeholder="2024-01-01")
                                until = gr.Textbox(label="Meetings on or before (YYYY-MM-DD)", placeholder="2024-12-31")
                        scope_line = gr.Markdown("Answering from: all indexed reports", elem_id="scope")
                        card = gr.HTML(views.card_html(None), elem_id="answer-card")
                        chatbot = gr.Chatbot(label="Conversation", height=420, buttons=["copy"], elem_id="chat")
                        box = gr.Textbox(label="Your question", placeholder="e.g. " + EXAMPLES[0], elem_id="question")
                        with gr.Row():
                            ask = gr.Button("Ask", variant="primary")
                            new = gr.Button("New conversation")
                        gr.Markdown("**Example questions** (click one to ask it)")
                        with gr.Row():
                            examples = [gr.Button(text, size="sm", elem_classes=["example"]) for text in EXAMPLES]
                    with gr.Column(scale=2):
                        citations = gr.Radio([], label="Citations (choose one to read the paragraph)",
                                             elem_id="citations", elem_classes=["citations"])
                        evidence = gr.HTML(views.evidence_html(None, None), elem_id="evidence")
                        with gr.Row():
                            previous = gr.Button("◀ Previous paragraph", size="sm")
                            following = gr.Button("Next paragraph ▶", size="sm")
                            open_reader = gr.Button("Open in report", size="sm")
                        copy = gr.Textbox(label="Answer with citations, as plain text for a briefing note",
                                          lines=4, buttons=["copy"], interactive=False, elem_id="copy")
            with gr.Tab("Commitments", id="commitments"):
                gr.Markdown("What the reports say will be done, and by when. Overdue is judged against today's date; "
                            "choose a row to open its paragraph in the report reader.")
                with gr.Row():
                    commitment_filter = gr.Textbox(label="Filter (words in the commitment, owner or workstream)")
                    only_overdue = gr.Checkbox(label="Only overdue")
                first_rows, first_refs = app.commitment_rows()
                commitments = gr.Dataframe(first_rows, headers=["Due", "Revised due", "Overdue", "Cited", "Commitment",
                                                                "Owner", "Status", "Complete", "Workstream", "Said later"],
                                           label="Commitments", interactive=False, wrap=True, elem_id="commitments",
                                           column_widths=["7%", "7%", "6%", "10%", "30%", "10%", "7%", "5%", "9%", "9%"])
                commitment_refs = gr.State(first_refs)
            with gr.Tab("Decisions", id="decisions"):
                decision_filter = gr.Textbox(label="Filter (words in the decision, its kind, verb or body)")
                decision_rows, decision_refs_value = app.decision_rows()
                decisions = gr.Dataframe(decision_rows, headers=["Kind", "Verb", "Body", "Date", "Text", "Cited"],
                                         label="Recommendations and decisions", interactive=False, wrap=True,
                                         elem_id="decisions", column_widths=["10%", "10%", "14%", "9%", "45%", "12%"])
                decision_refs = gr.State(decision_refs_value)
            with gr.Tab("Ratings", id="ratings"):
                gr.Markdown("Each workstream's RAG rating in each report (the words are shown beside the colour).")
                gr.HTML(app.ratings_chart(), elem_id="ratings-chart")
            with gr.Tab("Reports", id="reports"):
                gr.Dataframe(app.report_rows(), headers=["Committee", "Meeting", "Title", "Report of", "Paragraphs"],
                             label="Indexed reports", interactive=False)
                chosen = gr.Dropdown(app.report_choices(), label="Report to read", value=None)
                reader = gr.HTML(views.reader_html(None), elem_id="reader")
        answer_state, refs_state, shown = gr.State(None), gr.State(None), gr.State(None)  # shown: the panel's paragraph

        scope_inputs = [reports, since, until]
        outputs = [box, chatbot, card, citations, evidence, copy, answer_state, refs_state, shown]
        for trigger in (box.submit, ask.click):
            trigger(app.respond, [box, chatbot, *scope_inputs], outputs, api_visibility="private")
        for button, text in zip(examples, EXAMPLES):
            button.click(lambda t=text: t, None, box, api_visibility="private").then(
                app.respond, [box, chatbot, *scope_inputs], outputs, api_visibility="private")
        for control in scope_inputs:
            control.change(lambda r, s, u: f"Answering from: {_scope_text(r, s, u)}", scope_inputs, scope_line,
                           api_visibility="private")
        new.click(lambda: ("", [], views.card_html(None), gr.update(choices=[], value=None),
                           views.evidence_html(None, None), "", None, None, None), None, outputs, api_visibility="private")
        citations.input(lambda ref, refs: (app.evidence(ref, refs), ref), [citations, refs_state], [evidence, shown],
                        api_visibility="private")
        previous.click(lambda ref, refs: app.neighbour(ref, -1, refs), [shown, refs_state], [evidence, shown],
                       api_visibility="private")
        following.click(lambda ref, refs: app.neighbour(ref, 1, refs), [shown, refs_state], [evidence, shown],
                        api_visibility="private")
        open_reader.click(lambda ref: (gr.Tabs(selected="reports"), *app.reader(ref)), shown,
                          [tabs, chosen, reader], api_visibility="private").then(
            None, None, None, js="() => setTimeout(() => document.querySelector('#reader .focus')"
                                 "?.scrollIntoView({block: 'center'}), 400)")
        chosen.input(lambda rid: app.reader(rid)[1], chosen, reader, api_visibility="private")
        for control in (commitment_filter, only_overdue):
            control.change(lambda words, late: app.commitment_rows(words, late), [commitment_filter, only_overdue],
                           [commitments, commitment_refs], api_visibility="private")
        decision_filter.change(app.decision_rows, decision_filter, [decisions, decision_refs], api_visibility="private")

        def open_row(refs, event: gr.SelectData):
            ref = refs[event.index[0]] if refs and event.index and event.index[0] < len(refs) else None
            return (gr.Tabs(selected="reports"), *app.reader(ref))

        open_row.__annotations__["event"] = gr.SelectData  # a real class: this module's annotations are strings

        for table, refs in ((commitments, commitment_refs), (decisions, decision_refs)):
            table.select(open_row, refs, [tabs, chosen, reader], api_visibility="private").then(
                None, None, None, js="() => setTimeout(() => document.querySelector('#reader .focus')"
                                     "?.scrollIntoView({block: 'center'}), 400)")
        gr.api(app.chat, api_name="chat")
        gr.api(app.ask, api_name="ask")
        gr.api(app.paragraph, api_name="paragraph")
    demo.queue(default_concurrency_limit=2)
    return demo


def serve(settings: Settings, assistant: Assistant | None = None, block: bool = True):
    """Start the app on settings.host:settings.port (127.0.0.1:7860 by default)."""
    go_offline()
    auth = credentials(settings)
    if settings.host not in LOCAL_HOSTS and not auth:
        raise AssistantError(f"refusing to listen on {settings.host} without authentication: "
                             "set ASSISTANT_AUTH=user:password, or serve on 127.0.0.1")
    os.environ.setdefault("GRADIO_TEMP_DIR", str(Path(tempfile.gettempdir()) / "assistant-gradio"))
    demo = build(assistant or open_assistant(settings))
    demo.launch(server_name=settings.host, server_port=settings.port, share=False, css=views.CSS,
                auth=auth or None, prevent_thread_lock=not block, show_error=True, footer_links=["api"],
                max_file_size=UPLOAD_LIMIT)
    return demo
