"""The encrypted store: envelope, vault, TinyDB storage, lock, and the repository API
(`repository.Store` with its parts `cases`, `events`, `assessments`, `audit`, and `imports`
for a bundle's one-pass import). The only package that knows TinyDB; it imports `domain`
only, never `bundle`, `ui` or `cli`."""
