"""The encrypted store: envelope, TinyDB storage, lock, repository API. No UI here."""
