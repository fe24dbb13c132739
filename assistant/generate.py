"""Optional generative answers: an LLM (through llama-index) rewrites the extractive answer more
fluently from the retrieved paragraphs, and its reply is checked before anyone sees it.

The reply must cite only paragraphs it was given, and every span it quotes must occur verbatim in
a paragraph it cites. A reply that fails, or an LLM that fails, leaves the extractive answer in
place and logs why. The typed value always comes from the extractive answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from importlib import resources
from string import Template

from .errors import AssistantError, BadSetting
from .reports import Paragraph, Report
from .settings import Settings

log = logging.getLogger("assistant.generate")
MAX_PARAGRAPHS = 5
_QUOTE_RE = re.compile(r"[\"“]([^\"”]{12,}?)[\"”]")
_CITE_RE = re.compile(r"\[([^\[\]]+?),\s*([^\[\],]+?)\]")


@dataclass(frozen=True)
class Evidence:
    report: Report
    paragraph: Paragraph

    @property
    def label(self) -> str:
        return f"[{self.report.short}, {self.paragraph.label}]"


def render(name: str, **values: str) -> str:
    """A prompt from assistant/prompts/, every $variable filled; a missing one is an error."""
    template = Template(resources.files("assistant").joinpath("prompts", name).read_text(encoding="utf-8"))
    try:
        return template.substitute(values)
    except (KeyError, ValueError) as e:
        raise AssistantError(f"prompt {name} needs the value {e}") from None


def make_llm(settings: Settings):
    """The llama-index LLM the settings name, or None for extractive answers only."""
    provider = settings.llm_provider.lower()
    if not provider:
        return None
    if not settings.llm_model:
        raise BadSetting("ASSISTANT_LLM_PROVIDER is set but ASSISTANT_LLM_MODEL is not: name the model to use")
    if provider == "openai":
        from llama_index.llms.openai_like import OpenAILike

        return OpenAILike(model=settings.llm_model, api_base=settings.llm_base_url or None,
                          api_key=settings.llm_api_key or "unused", is_chat_model=True, temperature=0.0,
                          timeout=settings.llm_timeout, max_retries=0, context_window=8192)
    if provider == "ollama":
        from llama_index.llms.ollama import Ollama

        return Ollama(model=settings.llm_model, base_url=settings.llm_base_url or "http://127.0.0.1:11434",
                      request_timeout=settings.llm_timeout, temperature=0.0)
    raise BadSetting(f"ASSISTANT_LLM_PROVIDER {settings.llm_provider!r} is not known: use openai or ollama")


def check(reply: str, evidence: list[Evidence]) -> tuple[list[tuple[Evidence, str]], str]:
    """(cited evidence with the span quoted from each, "") when the reply is faithful; else ([], reason)."""
    offered = {e.label: e for e in evidence}
    cited = []
    for m in _CITE_RE.finditer(reply):
        label = f"[{m[1].strip()}, {m[2].strip()}]"
        if label not in offered:
            return [], f"it cites {label}, which is not among the retrieved paragraphs"
        if offered[label] not in cited:
            cited.append(offered[label])
    if not cited:
        return [], "it cites no paragraph"
    quotes = [q.strip() for q in _QUOTE_RE.findall(reply)]
    pairs = []
    for quote in quotes:
        home = next((e for e in cited if quote in e.paragraph.text), None)
        if home is None:
            return [], f"its quote \"{quote[:60]}\" is not in the paragraphs it cites"
        pairs.append((home, quote))
    for e in cited:
        if not any(home is e for home, _ in pairs):
            pairs.append((e, ""))
    return pairs, ""


class Writer:
    """Asks the LLM for a fluent answer and keeps it only when `check` passes."""

    def __init__(self, llm):
        self.llm = llm

    def rewrite(self, question: str, draft: str, evidence: list[Evidence]) -> tuple[str, list[tuple[Evidence, str]]] | None:
        """(reply, cited evidence with quotes), or None when the extractive draft must stand."""
        evidence = evidence[:MAX_PARAGRAPHS]
        prompt = render("answer.txt", question=question, draft=draft, example=evidence[0].label,
                        paragraphs="\n\n".join(f"{e.label}\n{e.paragraph.text}" for e in evidence))
        try:
            reply = str(self.llm.complete(prompt).text).strip()
        except Exception as e:  # any failure of the endpoint: the extractive answer stands
            log.warning("LLM answer not used: the endpoint failed (%s: %s)", type(e).__name__, e)
            return None
        if not reply or "NOT IN THE REPORTS" in reply:
            log.warning("LLM answer not used: it found no answer in the paragraphs")
            return None
        cited, reason = check(reply, evidence)
        if reason:
            log.warning("LLM answer not used: %s", reason)
            return None
        return reply, cited
