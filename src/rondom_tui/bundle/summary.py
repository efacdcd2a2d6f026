"""The words for a bundle's preview and an import's outcome, in the language asked for.

One place for them, so `rondom import` and the app's import dialog describe a bundle the same
way: cases by code (never by name), counts, who made the bundle and when, and what happens to
each case. Every outcome has a glyph as well as a word, so it reads without colour.
"""

from __future__ import annotations

from rondom_tui.bundle.importer import BundlePreview, CasePreview, ImportResult, Outcome
from rondom_tui.domain.text import clean_line
from rondom_tui.i18n.texts import translate, translate_count

OUTCOME_GLYPHS = {
    Outcome.ADDED: "+",
    Outcome.REPLACED: "↻",
    Outcome.COPIED: "⧉",
    Outcome.SKIPPED: "=",
}
"""How each outcome is marked next to a case."""

CONFLICT_GLYPH = "⚠"

_COUNTED = {
    "cases": ("bundle.summary.case", "bundle.summary.cases"),
    "events": ("bundle.summary.event", "bundle.summary.events"),
    "assessments": ("bundle.summary.assessment", "bundle.summary.assessments"),
    "links": ("bundle.summary.link", "bundle.summary.links"),
    "plan_items": ("bundle.summary.plan_item", "bundle.summary.plan_items"),
}
_PLANNED = {
    Outcome.ADDED: "bundle.summary.plan.added",
    Outcome.REPLACED: "bundle.summary.plan.replaced",
    Outcome.COPIED: "bundle.summary.plan.copied",
    Outcome.SKIPPED: "bundle.summary.plan.skipped",
}
"""What will happen to a case (a dry run's plan)."""
_DONE = {
    Outcome.ADDED: "bundle.summary.done.added",
    Outcome.REPLACED: "bundle.summary.done.replaced",
    Outcome.COPIED: "bundle.summary.done.copied",
    Outcome.SKIPPED: "bundle.summary.done.skipped",
}
"""How many cases an import added, replaced ..."""


def counted(kind: str, number: int, *, lang: str) -> str:
    """``1 dossier``, ``3 gebeurtenissen``: `kind` is cases, events, assessments, links or
    plan_items."""
    one, many = _COUNTED[kind]
    return translate(lang, one if number == 1 else many, n=number)


def _analysis_counts(links: int, plan_items: int, *, lang: str) -> tuple[str, ...]:
    """Links and plan items, each only when there are any: a bundle from before them, or a
    case without an analysis, reads as it always did."""
    return tuple(
        counted(kind, number, lang=lang)
        for kind, number in (("links", links), ("plan_items", plan_items))
        if number
    )


def counts_line(
    cases: int, events: int, assessments: int, *, lang: str, links: int = 0, plan_items: int = 0
) -> str:
    """``3 dossiers · 45 gebeurtenissen · 2 zelfevaluaties · 4 verklaringen · 3 plandoelen``."""
    return " · ".join(
        (
            counted("cases", cases, lang=lang),
            counted("events", events, lang=lang),
            counted("assessments", assessments, lang=lang),
            *_analysis_counts(links, plan_items, lang=lang),
        )
    )


def preview_totals(preview: BundlePreview, *, lang: str) -> str:
    """A received bundle's `counts_line`, links and plan items included."""
    return counts_line(
        len(preview.cases),
        preview.events,
        preview.assessments,
        links=preview.links,
        plan_items=preview.plan_items,
        lang=lang,
    )


def preview_case_counts(case: CasePreview, *, lang: str) -> str:
    """One received case's `case_counts`, links and plan items included."""
    return case_counts(
        case.events, case.assessments, links=case.links, plan_items=case.plan_items, lang=lang
    )


def origin_line(preview: BundlePreview, *, lang: str) -> str:
    """Who made the bundle and when, and whether it is pseudonymised."""
    when = preview.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
    line = translate(lang, "bundle.summary.origin", user=clean_line(preview.created_by), when=when)
    if preview.pseudonymised:
        line += " · " + translate_count(
            lang, "bundle.summary.pseudonymised", preview.to_review, review=preview.to_review
        )
    return line


def pseudonymised_note(preview: BundlePreview, *, lang: str) -> str | None:
    """What a pseudonymised bundle is and what an import does with it, in words; None for a
    bundle that is not pseudonymised."""
    if not preview.pseudonymised:
        return None
    return translate(lang, "bundle.summary.pseudonymised_meaning")


def case_counts(
    events: int, assessments: int, *, lang: str, links: int = 0, plan_items: int = 0
) -> str:
    """One case's records: ``15 gebeurtenissen, 1 zelfevaluatie, 2 verklaringen``."""
    return ", ".join(
        (
            counted("events", events, lang=lang),
            counted("assessments", assessments, lang=lang),
            *_analysis_counts(links, plan_items, lang=lang),
        )
    )


def case_fate(case: CasePreview, outcome: Outcome | None, *, lang: str) -> str:
    """What is in the store already and what the import does with the case: ``+ nieuw``,
    ``⚠ bestaat al → = overslaan`` or ``⚠ bestaat al als K-7F3A → ↻ vervangen``."""
    if not case.exists:
        new = translate(lang, "bundle.summary.new")
        return f"{OUTCOME_GLYPHS[Outcome.ADDED]} {new}"
    exists = (
        translate(lang, "bundle.summary.exists_as", code=case.existing_code)
        if case.existing_code and case.existing_code != case.code
        else translate(lang, "bundle.summary.exists")
    )
    text = f"{CONFLICT_GLYPH} {exists}"
    if outcome is not None:
        text += f" → {OUTCOME_GLYPHS[outcome]} {translate(lang, _PLANNED[outcome])}"
    return text


def outcomes_by_case(result: ImportResult | None) -> dict[str, Outcome]:
    """Bundle case id -> outcome, for `case_fate`."""
    if result is None:
        return {}
    return {case.source_id: case.outcome for case in result.cases}


def result_line(result: ImportResult, *, lang: str) -> str:
    """``Geïmporteerd: 2 toegevoegd, 1 overgeslagen.`` (or what a dry run would do)."""
    parts = [
        f"{OUTCOME_GLYPHS[outcome]} {translate(lang, _DONE[outcome], n=result.count(outcome))}"
        for outcome in Outcome
        if result.count(outcome)
    ]
    key = "bundle.summary.result_dry_run" if result.dry_run else "bundle.summary.result"
    return translate(lang, key, outcomes=", ".join(parts))
