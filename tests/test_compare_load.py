"""The compare stage's reading of an output folder (``figtrace.compare.load``): the records it builds
are those the pipeline made, whatever it shares between them to hold a large folder in less memory."""
from __future__ import annotations

import dataclasses

from figtrace.compare import load
from figtrace.run.pipeline import process_document
from figtrace.settings import Settings
from tests.outfolder import EN_LETTER, SEED, run_into

RUN = "20990325T100000000Z-test0001"


def test_the_corpus_read_back_holds_the_claims_the_pipeline_made(tmp_path):
    run_into(tmp_path, [SEED, EN_LETTER], RUN)
    corpus = load.load_corpus(tmp_path)
    for path in (SEED, EN_LETTER):
        made = process_document(path, Settings(), RUN).tables["claims"]
        blank = {k: (list(v) if isinstance(v, list) else v) for k, v in load._UNREAD.items()}
        expected = sorted((dataclasses.replace(c, **blank) for c in made), key=lambda c: c.claim_id)
        read = sorted(corpus.claims[made[0].doc_id], key=lambda c: c.claim_id)
        assert read == expected and len(read) > 10
    sentences = {id(c.sentence) for c in corpus.claims[made[0].doc_id]}
    assert len(sentences) == len({c.sentence for c in corpus.claims[made[0].doc_id]})  # one object per sentence


def test_rows_come_a_file_at_a_time_and_only_of_the_documents_asked(tmp_path):
    run_into(tmp_path, [SEED, EN_LETTER], RUN)
    files = list(load.file_rows(tmp_path, "documents", ("doc_id", "language")))
    assert sorted(r["doc_id"] for rows in files for r in rows) == ["A/75/709:zh", "A/99/123:en"] and len(files) == 2
    only = load.read_rows(tmp_path, "claims", ("doc_id", "surface"), docs={"A/99/123:en"})
    assert only and {r["doc_id"] for r in only} == {"A/99/123:en"}
