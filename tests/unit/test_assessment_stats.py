"""Statistics of the seven-keys self-assessment: per key, overall, over time, evidence, bars."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rondom_tui.domain.assessment.bars import (
    DISAGREEMENT_GLYPH,
    mean_bar,
    range_marks,
    scale_ruler,
    sparkline,
    summary_lines,
)
from rondom_tui.domain.assessment.scale import SCALE, anchor_label, format_number, score_from_key
from rondom_tui.domain.assessment.stats import (
    Answer,
    Direction,
    compare,
    direction_glyph,
    evidence_by_key,
    history,
    key_series,
    key_stats,
    previous_of,
    same_subject,
    summarise,
)
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.models import (
    HINDERING,
    NEUTRAL,
    PROMOTING,
    AssessmentStatus,
    Event,
    KeyScores,
)
from tests.unit.assessment_data import MISSING, assessments, build

# -- the scale --------------------------------------------------------------------------


def test_scale_has_five_dutch_anchors_and_dont_know():
    assert [a.label(lang="nl") for a in SCALE] == [
        "nog niet",
        "een beetje",
        "deels",
        "grotendeels",
        "helemaal",
    ]
    assert anchor_label(None, lang="nl") == "weet niet"
    assert anchor_label(3, lang="en") == "partly"
    assert anchor_label(None, lang="en") == "don't know"


def test_anchor_label_refuses_a_score_off_the_scale():
    with pytest.raises(ValueError):
        anchor_label(6, lang="nl")


def test_one_key_press_is_a_score_or_dont_know():
    assert score_from_key("4").score == 4
    assert score_from_key("0").score is None
    assert score_from_key("minus").score is None
    assert score_from_key("-").score is None
    assert score_from_key("6") is None
    assert score_from_key("n") is None


def test_numbers_read_dutch_and_round_half_up():
    assert format_number(3.25, lang="nl") == "3,3"
    assert format_number(2.45, lang="nl") == "2,5"
    assert format_number(-0.25, lang="nl") == "-0,3"
    assert format_number(None, lang="nl") == "–"
    assert format_number(3.4, lang="en") == "3.4"


# -- one key ----------------------------------------------------------------------------


def test_key_stats_give_mean_lowest_highest_and_spread():
    stats = key_stats(build({1: [2, 4, 3]}), 1)
    assert (stats.scored, stats.mean, stats.minimum, stats.maximum) == (3, 3.0, 2, 4)
    assert stats.spread == 2
    assert stats.stdev == pytest.approx((2 / 3) ** 0.5)
    assert stats.distribution == (0, 1, 1, 1, 0)


def test_dont_know_and_missing_are_counted_apart_and_left_out_of_the_mean():
    stats = key_stats(build({1: [5, None, MISSING, 3]}), 1)
    assert (stats.scored, stats.dont_know, stats.missing, stats.without_score) == (2, 1, 1, 2)
    assert stats.mean == 4.0
    answers = [p.answer for p in stats.by_participant]
    assert answers == [Answer.SCORED, Answer.DONT_KNOW, Answer.MISSING, Answer.SCORED]


def test_a_key_with_only_dont_know_has_no_numbers_and_no_disagreement():
    stats = key_stats(build({1: [None, None]}), 1)
    assert stats.mean is stats.minimum is stats.maximum is stats.spread is stats.stdev is None
    assert not stats.disagreement
    assert stats.dont_know == 2


def test_one_participant_has_no_spread():
    stats = key_stats(build({1: [4]}), 1)
    assert (stats.mean, stats.spread, stats.stdev, stats.disagreement) == (4.0, 0, 0.0, False)


def test_disagreement_starts_at_two_points_apart():
    assert not key_stats(build({1: [3, 4, 4]}), 1).disagreement
    assert key_stats(build({1: [2, 4, 3]}), 1).disagreement


def test_scores_of_someone_no_longer_participating_are_ignored():
    assessment = build({1: [4, 4]})
    assessment.keys[0] = KeyScores(key=1, scores={**assessment.keys[0].scores, "gone": 1})
    stats = key_stats(assessment, 1)
    assert (stats.scored, stats.minimum) == (2, 4)


def test_anonymous_stats_keep_the_distribution_but_not_who():
    stats = key_stats(build({1: [1, 5, 5]}, anonymous=True), 1)
    assert stats.by_participant == ()
    assert stats.distribution == (1, 0, 0, 0, 2)


def test_repr_of_stats_shows_no_names_or_notes():
    assessment = build({1: [2, 3]}, notes={1: "Xqnotitie over het gezin"})
    text = repr(summarise(assessment))
    assert "Xq" not in text


# -- the whole assessment ---------------------------------------------------------------


def test_empty_assessment_has_seven_keys_and_no_picture():
    summary = summarise(build({}))
    assert [s.key for s in summary.keys] == [1, 2, 3, 4, 5, 6, 7]
    assert summary.overall_mean is None
    assert summary.strongest == summary.weakest == summary.disagreements == ()
    assert summary.ranking == (1, 2, 3, 4, 5, 6, 7)


def test_strongest_and_weakest_keys_include_ties():
    summary = summarise(build({1: [5], 2: [2], 3: [5], 4: [3], 5: [2]}))
    assert summary.strongest == (1, 3)
    assert summary.weakest == (2, 5)
    assert summary.ranking == (1, 3, 4, 2, 5, 6, 7)
    assert summary.overall_mean == pytest.approx(17 / 5)


def test_equal_means_everywhere_name_no_strongest_or_weakest():
    summary = summarise(build({k: [3, 3] for k in range(1, 8)}))
    assert summary.strongest == summary.weakest == ()


@given(assessments())
def test_numbers_of_every_key_hang_together(assessment):
    for stats in summarise(assessment).keys:
        assert stats.scored + stats.dont_know + stats.missing == len(assessment.participants)
        assert sum(stats.distribution) == stats.scored
        if stats.mean is not None:
            assert stats.minimum <= stats.mean <= stats.maximum
            assert stats.stdev <= stats.spread / 2 + 1e-9
            assert stats.disagreement == (stats.spread >= 2)


def _strings(value):
    """Every string inside a (nested) dataclass value."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)


@given(assessments(anonymous=True))
def test_anonymous_summary_never_holds_a_participant_name(assessment):
    text = "\n".join(_strings(summarise(assessment)))
    for person in assessment.participants:
        assert person.label not in text
        assert person.id not in text


# -- comparison and history -------------------------------------------------------------


def test_compare_shows_delta_and_direction_per_key():
    before = summarise(build({1: [2, 2], 2: [4], 3: [3], 4: [3]}))
    now = summarise(build({1: [3, 4], 2: [3], 3: [3], 5: [4]}))
    changes = compare(now, before)
    assert changes[0].delta == pytest.approx(1.5) and changes[0].direction is Direction.UP
    assert changes[1].direction is Direction.DOWN
    assert changes[2].direction is Direction.SAME
    assert changes[3].direction is Direction.UNKNOWN and changes[3].delta is None
    assert changes[4].direction is Direction.UNKNOWN


def test_direction_glyphs_have_an_ascii_fallback():
    assert [direction_glyph(d) for d in Direction] == ["▲", "▼", "=", "·"]
    assert [direction_glyph(d, ascii=True) for d in Direction] == ["^", "v", "=", "."]


def _final(assessment, held_on):
    assessment.held_on = held_on
    assessment.status = AssessmentStatus.FINAL
    return assessment


def test_previous_is_the_latest_earlier_final_one_of_the_same_case():
    current = build({1: [3]}, held_on=date(2026, 3, 1))
    oldest = _final(build({1: [1]}), date(2025, 1, 1))
    latest = _final(build({1: [2]}), date(2025, 9, 1))
    draft = build({1: [5]}, held_on=date(2025, 12, 1))
    other_case = _final(build({1: [5]}, case_id="other"), date(2026, 1, 1))
    later = _final(build({1: [5]}), date(2026, 6, 1))
    others = [oldest, latest, draft, other_case, later, current]
    assert previous_of(current, others) is latest
    assert previous_of(current, others, final_only=False) is draft
    assert previous_of(oldest, others) is None


def test_team_assessments_match_by_label_not_case():
    a = build({}, case_id=None, label="Team Zuid")
    b = build({}, case_id=None, label=" team zuid")
    c = build({}, case_id="case-x", label="Team Zuid")
    assert same_subject(a, b)
    assert not same_subject(a, c)


def test_history_lists_means_oldest_first():
    spring = build({1: [4, 5]}, held_on=date(2026, 4, 1))
    autumn = build({1: [2], 2: [3]}, held_on=date(2025, 10, 1))
    points = history([spring, autumn])
    assert [p.held_on for p in points] == [date(2025, 10, 1), date(2026, 4, 1)]
    assert key_series(points, 1) == (2.0, 4.5)
    assert key_series(points, 2) == (3.0, None)


# -- evidence from the timeline ---------------------------------------------------------


def _event(title, start, valence, keys):
    return Event(
        title=title, start=PartialDate.parse(start), valence=valence, keys=keys, case_id="c"
    )


def test_evidence_lists_tagged_events_per_key_by_valence_oldest_first():
    later_help = _event("Gezinscoach gestart", "2024", PROMOTING, [1, 2])
    waiting = _event("Wachtlijst jeugdhulp", "2022", HINDERING, [5])
    early_help = _event("Schoolmaatschappelijk werk", "2021", PROMOTING, [1])
    meeting = _event("Overleg school en ouders", "2023", NEUTRAL, [1])
    untagged = _event("Verhuizing", "2020", HINDERING, [])
    evidence = evidence_by_key([later_help, waiting, early_help, meeting, untagged])
    assert len(evidence) == 7
    assert evidence[0].promoting == (early_help, later_help)
    assert evidence[0].neutral == (meeting,)
    assert evidence[0].hindering == ()
    assert evidence[1].promoting == (later_help,)
    assert evidence[4].hindering == (waiting,)
    assert evidence[6].total == 0


# -- text bars --------------------------------------------------------------------------


def test_mean_bar_is_exactly_as_wide_as_asked_and_draws_eighths():
    assert mean_bar(5, 20) == "█" * 20
    assert mean_bar(None, 8) == " " * 8
    assert mean_bar(3.4, 10) == "██████▊   "
    assert mean_bar(3.4, 10, ascii=True) == "#######   "


def test_range_marks_span_lowest_to_highest_and_line_up_with_the_bar():
    assert range_marks(2, 4, 10) == "   ├───┤  "
    assert range_marks(3, 3, 10) == "     │    "
    assert range_marks(2, 4, 10, ascii=True) == "   [---]  "
    assert range_marks(None, None, 4) == "    "
    # a bar of mean 3 ends in the cell that marks a score of 3
    assert len(mean_bar(3, 10).rstrip()) - 1 == range_marks(3, 3, 10).index("│")
    assert scale_ruler(10) == " 1 2 3 4 5"


@given(st.floats(0, 5), st.floats(0, 5), st.integers(1, 60))
def test_a_higher_mean_never_draws_a_shorter_bar(a, b, width):
    low, high = sorted((a, b))
    assert len(mean_bar(low, width)) == len(mean_bar(high, width)) == width
    assert len(mean_bar(low, width).rstrip()) <= len(mean_bar(high, width).rstrip())


def test_sparkline_reads_on_the_fixed_scale():
    assert sparkline([1, 3, 5, None]) == "▁▅█·"
    assert sparkline([2, 4]) == "▃▆"
    assert sparkline([1, 3, 5, None], ascii=True) == "135."


def test_summary_lines_flag_disagreement_and_show_the_change():
    now = summarise(build({1: [1, 5], 2: [3, 3]}))
    before = summarise(build({1: [2, 2], 2: [4, 4]}))
    lines = summary_lines(now, changes=compare(now, before), lang="nl")
    key1 = next(line for line in lines if line.startswith(" 1 "))
    key2 = next(line for line in lines if line.startswith(" 2 "))
    assert f" {DISAGREEMENT_GLYPH} " in key1 and "▲ +1,0" in key1 and "1–5" in key1
    assert DISAGREEMENT_GLYPH not in key2 and "▼ -1,0" in key2
    assert lines[-1].startswith(DISAGREEMENT_GLYPH)


@given(assessments(), st.integers(60, 200), st.booleans())
def test_summary_lines_fit_the_width(assessment, width, ascii):
    summary = summarise(assessment)
    lines = summary_lines(
        summary, total_width=width, changes=compare(summary, summary), ascii=ascii, lang="nl"
    )
    assert all(len(line) <= width for line in lines[:-1])
    if ascii:
        assert all(ord(ch) < 128 for line in lines[:-1] for ch in line if not ch.isalpha())


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_bars_tell_dont_know_apart_from_not_answered_yet(lang):
    summary = summarise(build({1: [5, None, MISSING], 2: [None, None, 3], 3: [MISSING, 4, 4]}))
    lines = summary_lines(summary, total_width=60, lang=lang)
    under = {k: lines[2 * k] for k in (1, 2, 3, 4)}  # the line under each key's bar
    words = {"nl": ("weet niet", "open"), "en": ("don't know", "open")}[lang]
    assert under[1].endswith(f"  {words[0]} 1, {words[1]} 1")
    assert under[2].endswith(f"  {words[0]} 2")
    assert under[3].endswith(f"  {words[1]} 1")
    assert under[4].strip() == f"{words[1]} 3"  # nobody asked yet: no bar, all open
    assert all(len(line) <= 60 for line in lines[:-1])


def test_no_change_reads_as_equal_without_a_sign():
    same = summarise(build({1: [3, 4]}))
    assert "= 0,0" in summary_lines(same, changes=compare(same, same), lang="nl")[1]
