"""Documents for the compare tests, through the real layout and claim stages.

``ged_row`` writes an event line in UCDP GED's CSV shape. ``letter_doc`` writes a letter with its own symbol and author (a sidecar gives
symbol and language, as for a fetched document); ``corpus_of`` puts parsed documents into the
``Corpus`` the compare stage reads, with their real claims and passages.
"""
from __future__ import annotations

import hashlib

from figtrace.compare.corpus import Corpus, info_of_parsed
from figtrace.layout.parse import parse_document
from figtrace.records import Extraction, ParsedDocument, SourceInfo
from figtrace.run.pipeline import all_passages
from figtrace.settings import Settings
from tests.stages import claims_of

# Two fictitious States, so that no figure below is put in a real government's mouth.
TITLE_EN = ("Letter dated {date} from the Permanent Representative of {state} to the United Nations "
            "addressed to the Secretary-General")
TITLE_ZH = "{date}{state}常驻联合国代表给秘书长的信"


def letter_doc(paragraphs: list[str], symbol: str, language: str, title: str | None = None,
               sidecar: bool = True) -> tuple[ParsedDocument, str]:
    """(a letter parsed by the real layout stage, its source URI): a title line and indented
    paragraphs; with ``sidecar`` its symbol and language are given, else layout finds what it can."""
    lines = ([title] if title else []) + [" " + p for p in paragraphs]
    text = "\n".join(lines) + "\n"
    name = f"{symbol.replace('/', '_')}.{language}.txt"
    source = SourceInfo(name, f"file:///letters/{name}", hashlib.sha256(text.encode("utf-8")).hexdigest(),
                        (symbol,) if sidecar else (), language if sidecar else None)
    return parse_document(Extraction(text, "text"), source, Settings()), source.source_uri


def corpus_of(docs: list[tuple[ParsedDocument, str]]) -> Corpus:
    """A corpus of (parsed document, source URI) with each document's real claims and passages."""
    corpus = Corpus()
    for doc, uri in docs:
        corpus.add(info_of_parsed(doc, uri), claims_of(doc), all_passages(doc))
    return corpus


# The columns of UCDP GED's published event CSV (GED codebook), in its order.
GED_COLUMNS = ("id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,"
               "dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,"
               "side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,"
               "where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,"
               "country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
               "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob")


def ged_row(event: int, day: int, low: int, best: int, high: int, civilians: int) -> str:
    """One invented GED event at Ganja on a day of October 2020, as a CSV line (other columns empty)."""
    values = {"id": str(event), "relid": f"X-2020-1-{event}", "year": "2020", "where_coordinates": "Ganja town",
              "where_description": "Ganja city, residential area", "adm_1": "Ganja city", "country": "Azerbaijan",
              "date_start": f"2020-10-{day:02d} 00:00:00.000", "date_end": f"2020-10-{day:02d} 00:00:00.000",
              "deaths_civilians": str(civilians), "best": str(best), "high": str(high), "low": str(low)}
    return ",".join(f'"{values[c]}"' if c in values else "" for c in GED_COLUMNS.split(","))
