"""Erasing a case when its keep-until day has come: the case and everything that belongs to
it go, in one save; only an audit entry without content (code, date, who) and the erasure's
id and time in the store's meta stay. No trace of the child's name is left in the store: the
file is decrypted and searched. `rondom erase` needs `--yes` without a terminal."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from tinydb.table import Document

from rondom_tui.cli.program import main
from rondom_tui.domain.dates import PartialDate
from rondom_tui.domain.links import Link
from rondom_tui.domain.models import (
    Assessment,
    AssessmentStatus,
    AuditAction,
    Event,
    KeyScores,
)
from rondom_tui.store.errors import NotFound
from rondom_tui.store.repository import Store
from rondom_tui.store.vault import Vault
from tests.conftest import (
    PASSPHRASE,
    SECRET_FAMILY,
    SECRET_NAME,
    SECRET_SCHOOL,
    files_containing,
    secret_case,
)

EVENT_TITLE = "Verhuizing naar Snoezelstee"
NOTE = "Gesprek over Wobbelientje en haar broertje Snoezeltje"
LINK_WORDING = "Verhuizing verklaart de Kwetterdoos-onrust"


def _fill(store: Store) -> tuple[str, str]:
    """A case with two events linked ("may explain"), a final and a draft assessment and a
    record in a table a later version might add; and a second case that must stay."""
    case = store.cases.add(secret_case(retention_until=date(2020, 1, 1)))
    kept = store.cases.add(
        secret_case(
            given_name="Blijftbestaan",
            family_name="Anders",
            school="De Wilg",
            question="",
            parties=[],
            consents=[],
        )
    )
    events = [
        store.events.add(Event(case_id=case.id, title=EVENT_TITLE, start=PartialDate(year)))
        for year in (2019, 2021)
    ]
    store.links.add(
        Link(case_id=case.id, causes=[events[0].id], effect=events[1].id, wording=LINK_WORDING)
    )
    store.events.add(Event(case_id=kept.id, title="Blijft", start=PartialDate(2020)))
    for status in (AssessmentStatus.FINAL, AssessmentStatus.DRAFT):
        assessment = Assessment(
            case_id=case.id,
            held_on=date(2025, 10, 1),
            status=status,
            keys=[KeyScores(key=1, note=NOTE)],
        )
        store.assessments.save(assessment)
    later = {"id": "later-1", "case_id": case.id, "note": NOTE}
    with store.batch():
        store._table("later").insert(Document(later, doc_id="later-1"))  # type: ignore[arg-type]
    return case.id, kept.id


def _decrypted(path: Path) -> bytes:
    """Everything the store file holds, decrypted (the snapshot and every journal record), as
    a thief with the passphrase would read it."""
    vault, contents = Vault.unlock(path, PASSPHRASE, read_only=True)
    vault.close()
    return b"\n".join([contents.snapshot, *contents.records])


def test_the_confirmation_can_name_what_goes(store: Store) -> None:
    case_id, _ = _fill(store)
    plan = store.cases.erasure_plan(case_id)
    assert (plan.events, plan.assessments, plan.drafts, plan.links) == (2, 1, 1, 2)
    assert plan.code == store.cases.get(case_id).code
    with pytest.raises(NotFound):
        store.cases.erasure_plan("no-such-case")


def test_erasing_removes_the_case_with_everything_that_belongs_to_it(
    store: Store, store_path: Path
) -> None:
    case_id, kept_id = _fill(store)
    code = store.cases.get(case_id).code
    saves = store.saves
    store.cases.erase(case_id)
    assert store.saves == saves + 1  # one save: all of it or nothing
    with pytest.raises(NotFound):
        store.cases.get(case_id)
    assert store.events.for_case(case_id) == [] and store.assessments.for_case(case_id) == []
    assert store.links.for_case(case_id) == []
    assert store.cases.get(kept_id).given_name == "Blijftbestaan"
    assert len(store.events.for_case(kept_id)) == 1
    erase = store.audit.entries(case_id)[-1]
    assert (erase.action, erase.detail, erase.user) == (
        AuditAction.ERASE,
        f"code={code}",
        store.user,
    )
    assert store.cases.erasures()[0].case_id == case_id

    # While the session still runs: the erasure was a rewrite, so the snapshot and journal
    # records that held the case are gone now, not at the next compaction.
    plaintext = _decrypted(store_path)
    traces = (SECRET_NAME, SECRET_FAMILY, SECRET_SCHOOL, EVENT_TITLE, "Snoezeltje", "06-1111")
    for trace in (*traces, LINK_WORDING):
        assert trace.encode() not in plaintext, trace
    assert b"Blijftbestaan" in plaintext  # the search would have found it
    assert files_containing(store_path.parent, SECRET_NAME, SECRET_FAMILY) == []
    store.close()


def test_the_erasure_is_kept_in_the_meta_for_a_restored_backup(
    store: Store, store_path: Path
) -> None:
    first, second = (store.cases.add(secret_case()).id for _ in range(2))
    store.cases.erase(first)
    store.cases.erase(second)
    store.close()
    with Store.open(store_path, PASSPHRASE) as again:
        erased = again.cases.erasures()
        assert [e.case_id for e in erased] == [first, second]
        assert erased[0].at <= erased[1].at
        meta = again._document("meta", "store")
        assert meta is not None and [e["case_id"] for e in meta["erased"]] == [first, second]
        with pytest.raises(NotFound):
            again.cases.erase(first)  # gone is gone


# -- rondom erase ------------------------------------------------------------------------


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def _erase(store_path: Path, passfile: Path, *args: str) -> int:
    return main(["erase", *args, "--store", str(store_path), "--passphrase-file", str(passfile)])


def test_rondom_erase_with_yes_erases_the_cases_named_by_code(
    store: Store, store_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case_id, kept_id = _fill(store)
    code = store.cases.get(case_id).code
    store.close()
    assert _erase(store_path, passfile, code.lower(), "--yes") == 0
    captured = capsys.readouterr()
    assert f"Dossier {code} gewist." in captured.out
    assert "2 gebeurtenissen, 1 zelfevaluatie, 1 concept en 2 koppelingen" in captured.err
    assert SECRET_NAME not in captured.out + captured.err
    with Store.open(store_path, PASSPHRASE) as again:
        assert [c.id for c in again.cases.list()] == [kept_id]
    assert SECRET_NAME.encode() not in _decrypted(store_path)


def test_rondom_erase_refuses_without_yes_and_without_a_terminal(
    store: Store,
    store_path: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = store.cases.add(secret_case())
    store.close()
    monkeypatch.setattr(sys, "stdin", io.StringIO("j\n"))  # a pipe, not a person
    assert _erase(store_path, passfile, case.code) == 5
    assert "--yes" in capsys.readouterr().err
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.cases.count() == 1


def test_rondom_erase_with_an_unknown_case_erases_nothing(
    store: Store, store_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = store.cases.add(secret_case())
    store.close()
    assert _erase(store_path, passfile, case.code, "K-ZZZZ", "--yes") == 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "K-ZZZZ" in err
    with Store.open(store_path, PASSPHRASE) as again:
        assert again.cases.count() == 1
        assert AuditAction.ERASE not in [e.action for e in again.audit.entries()]
