"""Stage ingest: bytes in.

In: a path or URL (and its sidecar).  Out: an ``Extraction`` (raw text, page breaks,
superscripts, furniture) and a ``SourceInfo`` (hashes, symbols, language, origin).
Reading files and sidecars (``files``), PDF (``pdf``), HTML (``html``), fetching over HTTP
(``fetch``, ``httpcheck``; where it may connect: ``netpolicy``; guarded connections and
deadlines: ``transport``) and the content-addressed raw store (``rawstore``).
"""
