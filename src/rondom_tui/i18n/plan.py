"""Messages of the plan (onderwijs- en hulpverleningsplan): id -> (Dutch, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the item form ------------------------------------------------------------------
    "plan.item.new": ("Nieuw plandoel", "New plan item"),
    "plan.item.new_for": ("Nieuw plandoel bij: {answers}", "New plan item for: {answers}"),
    "plan.item.edit": ("Plandoel wijzigen", "Edit plan item"),
    "plan.item.goal": ("Doel", "Goal"),
    "plan.item.action": ("Wat gaan we doen", "What will be done"),
    "plan.item.by_whom": ("Door wie (rol)", "By whom (role)"),
    "plan.item.start": ("Vanaf", "From"),
    "plan.item.until": ("Tot en met", "Until"),
    "plan.item.evaluate_on": ("Evalueren op", "Evaluate on"),
    "plan.item.date_placeholder": (
        "bijv. 03-2027, ~2027 of 14-03-2027",
        "e.g. 03-2027, ~2027 or 14-03-2027",
    ),
    "plan.item.keys": ("Sleutels (spatie kiest)", "Seven keys (space selects)"),
    "plan.item.status": ("Stand", "Status"),
    "plan.item.saved": ("Plandoel bewaard", "Plan item saved"),
    # -- keys -------------------------------------------------------------------------------
    "plan.key.draft": ("Plan", "Plan"),
    "plan.key.view": ("Plan", "Plan"),
}
