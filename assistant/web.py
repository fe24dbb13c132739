"""The Gradio chat: answers with citations, and the cited paragraphs in full beside them.

`/chat` (message, history) -> answer text with its citations written out, for `gradio_client`.
The page's own handler also fills the evidence panel. One `Assistant` (model + index) serves everyone.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from .answer import Answer, Assistant
from .embed import embedder_for, go_offline
from .errors import AssistantError, IndexMissing
from .index import Store, ingest
from .settings import Settings

TITLE = "Committee reports assistant"
INTRO = (
    "Ask about the indexed committee reports in your own words. Every answer quotes the report "
    "and cites its meeting and paragraph; open a citation on the right to read the whole paragraph. "
    "When the reports don't say, the assistant says so."
)
EXAMPLES = [
    "When did the Audit and Governance Committee review the draft SAF?",
    "How was partnership working rated?",
    "Will the Best Value Notice be reissued?",
    "Who is the lead member?",
]


def open_assistant(settings: Settings) -> Assistant:
    """Load the model and the index once; build the index from the corpus when there is none."""
    embedder = embedder_for(settings)
    try:
        store = Store(settings, embedder)
    except IndexMissing:
        store = Store(settings, embedder, create=True)
        ingest(store, [settings.corpus_dir])
    return Assistant(settings, embedder, store)


def reply(assistant: Assistant, message: str, history: list[dict] | None) -> tuple[str, Answer | None]:
    """The chat's answer text, or the error's sentence for a person."""
    try:
        answer = assistant.ask(message, _history(history))
    except AssistantError as e:
        return str(e), None
    return answer.answer, answer


def evidence_html(assistant: Assistant, answer: Answer | None) -> str:
    """Each cited paragraph in full, its quoted sentence highlighted, under a clickable citation."""
    if answer is None or not answer.citations:
        return "<p class='muted'>Cited paragraphs appear here.</p>"
    blocks = []
    for i, c in enumerate(answer.citations):
        report = assistant.store.reports[c.report_id]
        paragraph = report.paragraph(c.key)
        body = html.escape(paragraph.text).replace(html.escape(c.quote), f"<mark>{html.escape(c.quote)}</mark>", 1)
        where = " · ".join(html.escape(x) for x in (paragraph.section, paragraph.subsection, paragraph.heading) if x)
        blocks.append(
            f"<details{' open' if i == 0 else ''} class='citation'><summary>{html.escape(c.short)} · {html.escape(c.paragraph)}"
            f"</summary><p class='where'>{html.escape(report.title)}<br>{where}</p>"
            f"<div class='paragraph'>{body.replace(chr(10), '<br>')}</div></details>"
        )
    return "".join(blocks)


def _history(history) -> list[dict]:
    out = []
    for turn in history or []:
        if isinstance(turn, dict) and isinstance(turn.get("content"), str):
            out.append({"role": turn.get("role", "user"), "content": turn["content"]})
    return out


CSS = """
.citation summary { cursor: pointer; font-weight: 600; }
.citation .where { color: #555; font-size: 0.9em; margin: 0.3em 0; }
.citation .paragraph { white-space: normal; line-height: 1.45; }
.citation mark { background: #fff2a8; }
.muted { color: #777; }
"""


def build(assistant: Assistant):
    go_offline()
    import gradio as gr

    def chat(message: str, history: list[dict]) -> str:
        """Answer one message of a conversation; the reply carries its citations written out."""
        return reply(assistant, message, history)[0]

    def respond(message: str, history: list[dict]):
        text, answer = reply(assistant, message, history)
        history = (history or []) + [{"role": "user", "content": message}, {"role": "assistant", "content": text}]
        return "", history, evidence_html(assistant, answer)

    with gr.Blocks(title=TITLE) as demo:
        gr.Markdown(f"## {TITLE}\n{INTRO}")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Conversation", height=480, sanitize_html=True, buttons=["copy", "copy_all"])
                box = gr.Textbox(label="Your question", placeholder="e.g. " + EXAMPLES[0], lines=1)
                with gr.Row():
                    ask = gr.Button("Ask", variant="primary")
                    new = gr.Button("New conversation")
                gr.Examples(EXAMPLES, inputs=box)
            with gr.Column(scale=2):
                gr.Markdown("### Cited paragraphs")
                evidence = gr.HTML(evidence_html(assistant, None))
        for trigger in (box.submit, ask.click):
            trigger(respond, [box, chatbot], [box, chatbot, evidence], api_visibility="private")
        new.click(lambda: ("", [], evidence_html(assistant, None)), None, [box, chatbot, evidence],
                  api_visibility="private")
        gr.api(chat, api_name="chat")
    demo.queue(default_concurrency_limit=2)
    return demo, CSS


def serve(settings: Settings, assistant: Assistant | None = None, block: bool = True):
    """Start the chat on settings.host:settings.port (127.0.0.1:7860 by default)."""
    go_offline()
    os.environ.setdefault("GRADIO_TEMP_DIR", str(Path(tempfile.gettempdir()) / "assistant-gradio"))
    demo, css = build(assistant or open_assistant(settings))
    demo.launch(server_name=settings.host, server_port=settings.port, share=False, css=css,
                prevent_thread_lock=not block, show_error=True)
    return demo
