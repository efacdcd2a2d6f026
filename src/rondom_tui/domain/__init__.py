"""The domain: models, partial dates, the seven keys and pure calculations. No I/O, no UI."""
