"""The benchmarks' interviews: made by the shared test helpers (tests/helpers/records.py)."""

from tests.helpers.records import bank_ids, full_interview, realistic_interview

__all__ = ["bank_ids", "full_interview", "realistic_interview"]
