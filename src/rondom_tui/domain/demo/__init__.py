"""Fictional demo cases whose timelines look like real ones.

Every name, school and event here is invented. The first cases follow full stories (a divorce,
a move, a school change, a referral with a waiting time, help started and ended, debts, a new
job); further cases, for large demo stores and benchmarks, get shorter variations.
"""

from rondom_tui.domain.demo.cases import demo_cases

__all__ = ["demo_cases"]
