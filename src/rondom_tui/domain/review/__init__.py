"""The casusreview: what a whole caseload teaches, safe to show outside the case team.

Pure functions and models, no I/O, the language passed in:
- `facts`: the lean facts a review reads of cases, events and self-assessments;
- `selection`: which cases and which months (`months`) a review covers;
- `figures`: counting them per school (`overview`), as `cells` that add up (`cells.merge`);
- `suppression`: every figure on fewer than 5 cases withheld as ``<5``;
- `sections`, `schools`: the review laid out in words and numbers for screen and reports;
- `models`, `policy`: the policy action points agreed on a review, carried over to the next.
"""
