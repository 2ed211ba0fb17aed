"""figtrace core: pure Python; imports neither Prefect nor pandera.

Stages, in the order data flows through them (each imports only from stages before it):

    records, settings, errors, spans   the ground every stage stands on
    ingest/    bytes in: files and sidecars, PDF, HTML, fetching, the raw store
    lang/      one module per language (numbers, dates, words) and the grammars built from them
    layout/    canonical text + offset map, zones, pages, blocks, markers, metadata
    sources/   footnote references, issuers, self-sourcing (records handed on)
    claims/    counts, dates and durations in the body, with their context
    flags/     the rule kit, one module per rule family, the report
    compare/   one figure across language versions, across letters, against reference data
    report/    what a person reads: values in words, review states, report.html
    run/       one document end to end, run bookkeeping, the atomic store
"""
__version__ = "0.1.0"
