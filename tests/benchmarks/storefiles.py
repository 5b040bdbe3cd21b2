"""The benchmarks' store files: the shared test helpers' template (tests/helpers/stores.py)."""

from tests.helpers import PASSPHRASE
from tests.helpers.stores import copy_store, folder_digest, template

__all__ = ["PASSPHRASE", "copy_store", "folder_digest", "template"]
