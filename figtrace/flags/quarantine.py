"""The flag a row raises when it fails validation and goes to quarantine (``row-quarantined``).

Raised by the writers (``flows.stage``, ``flows.compare``), not by a rule: the check
that failed is the table's pandera model.  Kept apart from the rules so that a writer
needs none of the stages to raise it.
"""
from __future__ import annotations

import hashlib
import json

from figtrace.records import FlagRow


def quarantine_flag(doc_id: str, table: str, key: str, check: str, run_id: str) -> FlagRow:
    """The flag raised for a row that failed validation and went to quarantine.

    >>> quarantine_flag("A/1:en", "claims", "c1", "bounds_ordered", "r1").rule
    'row-quarantined'
    """
    evidence = json.dumps({"table": table, "row": key, "failed_check": check}, ensure_ascii=False, sort_keys=True)
    flag_id = hashlib.sha1(f"{doc_id}|row-quarantined|{evidence}".encode()).hexdigest()[:16]
    return FlagRow(
        flag_id=flag_id, run_id=run_id, doc_id=doc_id, rule="row-quarantined", severity="error",
        claim_id=None, message=f"A {table} row failed validation ({check}) and was written to quarantine, not to the table.",
        evidence=evidence,
    )
