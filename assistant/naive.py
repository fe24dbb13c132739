"""The naive pipeline evals and benchmarks compare against: llama-index defaults over the raw files.

Default `SentenceSplitter`, the same embedding model, an in-memory vector index, and the top three
chunks pasted together as the answer: no paragraphs, no types, no citations, no abstention.
"""

from __future__ import annotations

import time
from pathlib import Path

from .answer_types import Answer
from .embed import Embedder, go_offline
from .errors import AssistantError

TOP_K = 3


class NaivePipeline:
    def __init__(self, files: list[Path], embedder: Embedder):
        go_offline()
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter

        missing = [str(f) for f in files if not Path(f).is_file()]
        if missing:
            raise AssistantError(f"the naive pipeline reads the report files, and these are gone: {', '.join(missing)}")
        documents = [Document(text=Path(f).read_text(encoding="utf-8", errors="replace"), metadata={"file": Path(f).name})
                     for f in files]
        self.index = VectorStoreIndex.from_documents(documents, embed_model=embedder.as_llama(),
                                                     transformations=[SentenceSplitter()])
        self.retriever = self.index.as_retriever(similarity_top_k=TOP_K)

    def ask(self, question: str, history=()) -> Answer:
        start = time.perf_counter()
        nodes = self.retriever.retrieve(question)
        text = "\n---\n".join(n.node.get_content() for n in nodes)
        return Answer(question, text, "text", None, False, (), (time.perf_counter() - start) * 1000)
