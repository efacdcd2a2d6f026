"""The words for a bundle's preview and an import's outcome, in the current language.

One place for them, so `rondom import` and the app's import dialog describe a bundle the same
way: cases by code (never by name), counts, who made the bundle and when, and what happens to
each case. Every outcome has a glyph as well as a word, so it reads without colour.
"""

from __future__ import annotations

from rondom_tui.bundle.importer import BundlePreview, CasePreview, ImportResult, Outcome
from rondom_tui.i18n import t

OUTCOME_GLYPHS = {
    Outcome.ADDED: "+",
    Outcome.REPLACED: "↻",
    Outcome.COPIED: "⧉",
    Outcome.SKIPPED: "=",
}
"""How each outcome is marked next to a case."""

CONFLICT_GLYPH = "⚠"


def counted(kind: str, number: int) -> str:
    """``1 dossier``, ``3 gebeurtenissen``: `kind` is cases, events or assessments."""
    return t(f"summary.{kind}.{'one' if number == 1 else 'many'}", n=number)


def counts_line(cases: int, events: int, assessments: int) -> str:
    """``3 dossiers · 45 gebeurtenissen · 2 zelfevaluaties``."""
    return " · ".join(
        (counted("cases", cases), counted("events", events), counted("assessments", assessments))
    )


def origin_line(preview: BundlePreview) -> str:
    """Who made the bundle and when, and whether it is pseudonymised."""
    when = preview.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
    line = t("summary.origin", user=preview.created_by, when=when)
    if preview.pseudonymised:
        line += " · " + t("summary.pseudonymised", review=preview.to_review)
    return line


def case_counts(case: CasePreview) -> str:
    """``15 gebeurtenissen, 1 zelfevaluatie``."""
    return f"{counted('events', case.events)}, {counted('assessments', case.assessments)}"


def case_fate(case: CasePreview, outcome: Outcome | None) -> str:
    """What is in the store already and what the import does with the case:
    ``+ nieuw`` or ``⚠ bestaat al (K-7F3A) → = overslaan``."""
    if not case.exists:
        return f"{OUTCOME_GLYPHS[Outcome.ADDED]} {t('summary.new')}"
    text = f"{CONFLICT_GLYPH} {t('summary.exists', code=case.existing_code or '?')}"
    if outcome is not None:
        text += f" → {OUTCOME_GLYPHS[outcome]} {t(f'summary.plan.{outcome.value}')}"
    return text


def outcomes_by_case(result: ImportResult | None) -> dict[str, Outcome]:
    """Bundle case id -> outcome, for `case_fate`."""
    if result is None:
        return {}
    return {case.source_id: case.outcome for case in result.cases}


def result_line(result: ImportResult) -> str:
    """``Geïmporteerd: 2 toegevoegd, 1 overgeslagen.`` (or what a dry run would do)."""
    parts = [
        f"{OUTCOME_GLYPHS[outcome]} {t(f'summary.done.{outcome.value}', n=result.count(outcome))}"
        for outcome in Outcome
        if result.count(outcome)
    ]
    key = "summary.result_dry_run" if result.dry_run else "summary.result"
    return t(key, outcomes=", ".join(parts))
