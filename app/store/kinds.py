"""How a training store is told from the real one, by its file names and by a marker in
its audit log. A leaf (no imports): the store layer's backup checks these and
``app.training.store`` makes them, so neither has to import the other."""

# The training store's file, and the key file beside it (app.training.store).
TRAINING_STORE_NAME = "training.cec"
TRAINING_KEY_NAME = "training.key"

# Written once into every training store's audit log: the marker travels inside a
# backup (sqlcipher_export copies the rows, not the header).
TRAINING_EVENT = "training_store"
