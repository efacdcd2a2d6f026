"""The audit trail: who, when, which action, from which computer, which case (by code); old
entries without a host still read; the rows, the filter, the Markdown and CSV for an
inzageverzoek; `rondom audit` by id or code, and an unknown case is an error."""

from __future__ import annotations

import codecs
import csv
import io
import socket
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from rondom_tui.cli.program import main
from rondom_tui.domain.audit import (
    AuditFilter,
    CaseLabel,
    audit_rows,
    case_labels,
    erase_detail,
    find_case,
    select_rows,
)
from rondom_tui.domain.codec import from_document
from rondom_tui.domain.models import AuditAction, AuditEntry
from rondom_tui.report.audit import AuditReport, audit_csv, audit_markdown
from rondom_tui.report.csv_dialect import CsvDialect
from rondom_tui.store.audit import this_host
from rondom_tui.store.repository import Store
from tests.conftest import PASSPHRASE, SECRET_FAMILY, SECRET_NAME, secret_case

FIXTURE_V1 = Path(__file__).parents[1] / "fixtures" / "store-v1.rondom"


def _entry(action: AuditAction, case_id: str | None, at: datetime, **fields: str) -> AuditEntry:
    return AuditEntry(action=action, case_id=case_id, at=at, **fields)


# -- recording --------------------------------------------------------------------------


def test_every_entry_names_the_computer_it_came_from(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("SSH_CLIENT", raising=False)
    monkeypatch.setattr(socket, "gethostname", lambda: "werkplek-12")
    case = store.cases.add(secret_case())
    assert store.audit.entries(case.id)[-1].host == "werkplek-12"
    assert store.audit.entries()[0].host  # the store's creation too

    monkeypatch.setenv("SSH_CONNECTION", "192.0.2.7 50022 198.51.100.1 22")
    store.audit.record(AuditAction.VIEW, case.id)
    assert store.audit.entries(case.id)[-1].host == "werkplek-12 via 192.0.2.7"


def test_the_host_is_plain_words_whatever_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(socket, "gethostname", lambda: "werk\x1b]0;titel\x07plek")
    monkeypatch.setenv("SSH_CONNECTION", "\x1b[31mgeen-adres 1 2 3")
    assert this_host() == "werk]0;titelplek"


def test_entries_written_before_the_host_was_recorded_still_read(tmp_path: Path) -> None:
    old = {"at": "2025-01-02T03:04:05+00:00", "user": "juf", "action": "open", "case_id": None}
    assert from_document(old, AuditEntry).host == ""
    copy = tmp_path / "store-v1.rondom"
    copy.write_bytes(FIXTURE_V1.read_bytes())
    with Store.open(copy, "fixture passphrase v1") as store:
        entries = store.audit.entries()
        assert entries[0].host == ""  # written by version 1, before the field existed
        assert entries[-1].host == this_host()  # this opening
        assert store.verify()["audit"] == 5  # its three, OPEN, its goals moved to the plan


# -- rows, labels, filter ---------------------------------------------------------------


def test_an_erased_case_is_still_found_by_the_code_its_erase_entry_kept() -> None:
    day = datetime(2026, 3, 1, 9, tzinfo=UTC)
    entries = [
        _entry(AuditAction.VIEW, "gone-id", day, user="juf"),
        _entry(AuditAction.ERASE, "gone-id", day, user="juf", detail=erase_detail("K-GONE")),
    ]
    labels = case_labels({"here-id": CaseLabel("K-HERE", "Sanne Veld")}, entries)
    assert labels["gone-id"] == CaseLabel("K-GONE", erased=True)
    assert find_case("k-gone", labels) == "gone-id"
    assert find_case(" K-here ", labels) == "here-id"
    assert find_case("here-id", labels) == "here-id"
    assert find_case("K-NONE", labels) is None
    rows = audit_rows(entries, labels)
    assert [row.case_code for row in rows] == ["K-GONE", "K-GONE"]


def test_rows_name_the_case_by_code_and_by_name_only_when_allowed() -> None:
    labels = {"c1": CaseLabel("K-7F3A", f"{SECRET_NAME} {SECRET_FAMILY}")}
    [row] = audit_rows([_entry(AuditAction.VIEW, "c1", datetime.now(UTC), user="j")], labels)
    assert row.case_text(names=False) == "K-7F3A"
    assert row.case_text(names=True) == f"K-7F3A ({SECRET_NAME} {SECRET_FAMILY})"
    assert SECRET_NAME not in repr(row)


def test_stored_words_reach_the_rows_without_control_characters() -> None:
    entry = _entry(AuditAction.OPEN, None, datetime.now(UTC), user="a\x1b[2Jb", host="h\u202eost")
    [row] = audit_rows([entry], {})
    assert row.user == "a[2Jb" and row.host == "host"


def test_the_filter_chooses_by_action_user_and_period() -> None:
    def at(day: int) -> datetime:
        return datetime(2026, 3, day, 12, tzinfo=UTC)

    rows = audit_rows(
        [
            _entry(AuditAction.VIEW, None, at(1), user="Juf.Jansen"),
            _entry(AuditAction.EXPORT, None, at(5), user="meester.bos"),
            _entry(AuditAction.VIEW, None, at(9), user="meester.bos"),
        ],
        {},
    )
    assert select_rows(rows, AuditFilter()) == rows
    assert [r.at.day for r in select_rows(rows, AuditFilter(action=AuditAction.VIEW))] == [1, 9]
    assert [r.at.day for r in select_rows(rows, AuditFilter(user="JANSEN"))] == [1]
    period = AuditFilter(since=date(2026, 3, 5), until=date(2026, 3, 9))
    assert [r.at.day for r in select_rows(rows, period)] == [5, 9]  # both days included
    both = AuditFilter(action=AuditAction.VIEW, user="bos", until=date(2026, 3, 9))
    assert both.describe(lang="nl") == (
        "actie: bekeken · gebruiker: bos · periode: … t/m 09-03-2026"
    )
    assert AuditFilter().describe(lang="nl") == ""


# -- the files for an inzageverzoek ----------------------------------------------------


def _report(names: bool) -> AuditReport:
    labels = {"c1": CaseLabel("K-7F3A", f"{SECRET_NAME} {SECRET_FAMILY}")}
    rows = audit_rows(
        [
            _entry(AuditAction.VIEW, "c1", datetime(2026, 3, 1, 9, tzinfo=UTC), user="juf|x"),
            _entry(
                AuditAction.EXPORT,
                "c1",
                datetime(2026, 3, 2, 9, tzinfo=UTC),
                user="=HYPERLINK(1)",
                host="werkplek",
                detail="consent=yes;pseudo=no",
            ),
        ],
        labels,
    )
    return AuditReport(rows=rows, subject="K-7F3A", selection="actie: bekeken", names=names)


def test_the_markdown_lists_every_entry_by_code_with_names_only_when_asked() -> None:
    text = audit_markdown(_report(names=False), lang="nl")
    assert text.startswith("# Toegangslog: K-7F3A")
    assert "Selectie: actie: bekeken." in text
    assert "| Wanneer | Wie | Computer | Actie | Dossier | Toelichting |" in text
    assert "juf\\|x" in text  # a | in a user name cannot break the table
    assert "bekeken" in text and "geëxporteerd" in text and "werkplek" in text
    assert SECRET_NAME not in text
    assert "2 regels." in text
    assert SECRET_NAME in audit_markdown(_report(names=True), lang="nl")


def _csv_rows(data: bytes, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))


def test_the_csv_has_one_row_per_entry_and_defuses_formulas() -> None:
    plain = audit_csv(_report(names=False), lang="en", dialect=CsvDialect.COMMA)
    rows = _csv_rows(plain, ",")
    assert rows[0] == ["When", "Who", "Computer", "Action", "Action code", "Case", "Detail"]
    assert rows[1][3:6] == ["viewed", "view", "K-7F3A"]
    assert rows[2][0] == "2026-03-02T09:00:00+00:00"
    assert rows[2][1] == "'=HYPERLINK(1)"
    assert rows[2][-1] == "consent=yes;pseudo=no"
    assert not any(SECRET_NAME in cell for row in rows for cell in row)


def test_the_csv_opens_in_a_dutch_excel_by_default_with_names_only_when_asked() -> None:
    data = audit_csv(_report(names=True), lang="nl")
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data
    named = _csv_rows(data, ";")
    assert named[0][6] == "Naam" and named[1][6] == f"{SECRET_NAME} {SECRET_FAMILY}"
    assert named[2][-1] == "consent=yes;pseudo=no"  # quoted: the ; inside stays in its cell


# -- rondom audit ------------------------------------------------------------------------


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def _audit(store_path: Path, passfile: Path, *case: str) -> int:
    return main(["audit", *case, "--store", str(store_path), "--passphrase-file", str(passfile)])


def test_audit_takes_a_code_in_any_case_and_records_the_viewing(
    store: Store, store_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = store.cases.add(secret_case())
    other = store.cases.add(secret_case(given_name="Ander"))
    store.close()
    assert _audit(store_path, passfile, case.code.lower()) == 0
    out = capsys.readouterr().out.splitlines()
    assert out and all(case.code in line for line in out)
    assert not any(other.code in line for line in out)
    assert "create" in out[0] and this_host() in out[0]
    assert "view" in out[-1] and out[-1].endswith("audit")  # this very look is recorded
    assert _audit(store_path, passfile, case.id) == 0
    again = capsys.readouterr().out
    assert len(again.splitlines()) == len(out) + 1
    assert SECRET_NAME not in again


def test_audit_of_an_unknown_case_is_an_error_in_one_line(
    store: Store, store_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.cases.add(secret_case())
    store.close()
    assert _audit(store_path, passfile, "K-ZZZZ") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "K-ZZZZ" in captured.err


def test_audit_still_finds_an_erased_case_by_its_code(
    store: Store, store_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = store.cases.add(secret_case())
    store.cases.erase(case.id)
    store.close()
    assert _audit(store_path, passfile, case.code) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[4] for line in lines[:2]] == ["create", "erase"]
    assert all(case.code in line for line in lines)
