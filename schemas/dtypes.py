"""The calendar-date dtype of the tables: any day of years 1 to 9999, as Arrow ``date32`` stores it.

pandera's own ``Date`` coerces through ``datetime64[ns]``, which ends in 1677 and 2262: a
treaty of 1391 or a date in 1357 would fail coercion and take the row to quarantine.  This
dtype coerces through ``datetime64[s]`` (years 1-9999, like ``datetime.date`` and
``date32``) and keeps ``datetime.date`` cells; its name stays ``date``, so the README
types, the column kinds and serialised schemas read it as before.

>>> import datetime as dt, pandas as pd
>>> Date32().coerce(pd.Series([dt.date(1357, 6, 10), None, "9999-12-31"], dtype=object)).tolist()
[datetime.date(1357, 6, 10), NaT, datetime.date(9999, 12, 31)]
"""
from __future__ import annotations

from pandera.dtypes import immutable
from pandera.engines import pandas_engine


@pandas_engine.Engine.register_dtype
@immutable(init=True)
class Date32(pandas_engine.Date):
    """A calendar day of years 1-9999, held as ``datetime.date`` (coerced through ``datetime64[s]``)."""

    def coerce(self, data_container):
        return self._coerce(data_container, pandas_dtype="datetime64[s]")

    def __str__(self) -> str:
        return "date"
