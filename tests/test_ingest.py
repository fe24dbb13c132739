"""Incremental ingest against a real Chroma folder: skip unchanged, replace only what changed."""

from assistant.chunks import chunk_report
from assistant.embed import Embedder
from assistant.index import Store, ingest
from assistant.settings import Settings

from conftest import REPORT_2023, REPORT_2024


class CountingEmbedder(Embedder):
    """The real model, counting the texts it is asked to embed."""

    def __init__(self, real: Embedder):
        self.__dict__.update(real.__dict__)
        self.embedded = 0

    def embed(self, texts):
        self.embedded += len(texts)
        return super().embed(texts)


def _ids(store: Store, report_id: str) -> set[str]:
    return set(store.collection.get(where={"report_id": report_id})["ids"])


def test_reingest_unchanged_embeds_nothing_and_a_change_replaces_only_its_chunks(tmp_path, corpus_copy, embedder):
    counting = CountingEmbedder(embedder)
    store = Store(Settings.load({"index_dir": tmp_path / "index"}, env={}), counting, create=True)
    assert [o.status for o in ingest(store, [corpus_copy])] == ["new", "new"]
    first = counting.embedded
    before_2024 = _ids(store, REPORT_2024)
    total = store.count()
    words = len(store.reports.word_vectors()[0])  # each word the reports use, embedded once
    assert first == total + words and total > 50

    assert [o.status for o in ingest(store, [corpus_copy])] == ["unchanged", "unchanged"]
    assert counting.embedded == first

    old_version = store.reports.summaries[REPORT_2023].generation
    path = corpus_copy / f"{REPORT_2023}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2.9\t<p>Conclusion of investigations", "2.9\t<p>Conclusion of the inquiry"), encoding="utf-8")
    outcomes = {o.report_id: o.status for o in ingest(store, [corpus_copy])}
    assert outcomes == {REPORT_2023: "updated", REPORT_2024: "unchanged"}
    new_words = len(store.reports.word_vectors()[0]) - words  # "inquiry"
    assert new_words == 1 and counting.embedded - first == len(_ids(store, REPORT_2023)) + new_words  # only the changed
    # report re-embedded, and only its new word
    assert _ids(store, REPORT_2024) == before_2024 and store.count() == total
    # the vectors of the new version replaced the old ones, and the catalogue names that version
    new_version = store.reports.summaries[REPORT_2023].generation
    assert new_version != old_version and {i.rpartition("@")[2] for i in _ids(store, REPORT_2023)} == {new_version}
    assert {i.rpartition("@")[0] for i in _ids(store, REPORT_2023)} == {c.id for c in chunk_report(store.reports[REPORT_2023])}

    reopened = Store(Settings.load({"index_dir": tmp_path / "index"}, env={}), embedder)
    assert reopened.reports[REPORT_2023].paragraph("2.9").heading == "Conclusion of the inquiry and safeguarding of staff"


def test_a_failed_file_does_not_stop_the_others(tmp_path, corpus_copy, embedder):
    (corpus_copy / "broken.txt").write_bytes(b"\x00\x00\x00")
    store = Store(Settings.load({"index_dir": tmp_path / "index"}, env={}), embedder, create=True)
    outcomes = {o.path.rsplit("/", 1)[-1]: (o.status, o.detail) for o in ingest(store, [corpus_copy])}
    assert outcomes["broken.txt"] == ("failed", "binary content, not text")
    assert len(store.reports) == 2


def test_an_index_of_the_earlier_format_is_refused_until_rebuilt(tmp_path, capsys):
    from assistant.cli import main

    from conftest import CORPUS

    index = tmp_path / "index"
    (index / "bm25").mkdir(parents=True)
    (index / "reports.json").write_text('{"format": 1, "reports": {}}')
    assert main(["ask", "When was the SAF reviewed?", "--index", str(index)]) == 2
    assert "built by an earlier version: rebuild it with `assistant ingest --rebuild`" in capsys.readouterr().err
    assert main(["ingest", str(CORPUS), "--index", str(index), "--rebuild"]) == 0
    assert not (index / "reports.json").exists() and not (index / "bm25").exists()
    assert main(["ask", "When did the Audit and Governance Committee review the draft SAF?", "--index", str(index)]) == 0
    assert "[OSC 27 Nov 2023, 2.5]" in capsys.readouterr().out
