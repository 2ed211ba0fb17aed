"""figtrace core: pure Python; imports neither Prefect nor pandera."""
__version__ = "0.1.0"
