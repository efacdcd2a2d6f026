"""Case bundles: age-encrypted files to hand cases to a colleague elsewhere. No UI here."""
