"""Age-encrypted case bundles: export, import, validation. No Textual, no plaintext on disk.

The public API, re-exported here so the app and the command line import from one place.
"""

from rondom_tui.bundle.age_format import MAX_BUNDLE_BYTES, MAX_WORK_FACTOR
from rondom_tui.bundle.crypto import decrypt, encrypt
from rondom_tui.bundle.errors import BundleError, BundleInvalid, ExportRefused, KeyInvalid
from rondom_tui.bundle.export import (
    ConsentGap,
    ExportResult,
    cases_without_consent,
    export_bundle,
    resolve_cases,
)
from rondom_tui.bundle.files import read_bundle_file, read_bundle_stream, write_bundle_file
from rondom_tui.bundle.format import Bundle, Manifest, decode_bundle, encode_bundle
from rondom_tui.bundle.importer import (
    BundlePreview,
    CaseOutcome,
    CasePreview,
    ConflictPolicy,
    ImportResult,
    Outcome,
    PseudonymisedReplace,
    import_bundle,
    open_bundle,
    open_bundle_for_store,
    preview_bundle,
)
from rondom_tui.bundle.keys import (
    Identity,
    RecipientKey,
    parse_identities,
    parse_recipient,
    read_identity_file,
    read_recipients_file,
    recipients_from_arguments,
    store_identity,
    store_recipient,
)

__all__ = [
    "MAX_BUNDLE_BYTES",
    "MAX_WORK_FACTOR",
    "Bundle",
    "BundleError",
    "BundleInvalid",
    "BundlePreview",
    "CaseOutcome",
    "CasePreview",
    "ConflictPolicy",
    "ConsentGap",
    "ExportRefused",
    "ExportResult",
    "Identity",
    "ImportResult",
    "KeyInvalid",
    "Manifest",
    "Outcome",
    "PseudonymisedReplace",
    "RecipientKey",
    "cases_without_consent",
    "decode_bundle",
    "decrypt",
    "encode_bundle",
    "encrypt",
    "export_bundle",
    "import_bundle",
    "open_bundle",
    "open_bundle_for_store",
    "parse_identities",
    "parse_recipient",
    "preview_bundle",
    "read_bundle_file",
    "read_bundle_stream",
    "read_identity_file",
    "read_recipients_file",
    "recipients_from_arguments",
    "resolve_cases",
    "store_identity",
    "store_recipient",
    "write_bundle_file",
]
