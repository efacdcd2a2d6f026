"""`make bench` measures issue 14's floors in the same run: a read while saves run on another
thread (and alone), and the key derivation the demo stores' unlock spends. Small here; nothing
asserts on time, only that the figures are taken the way they say."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from bench import frames
from bench import store as store_bench

from rondom_tui.domain.demo import demo_cases
from rondom_tui.store.envelope import DEFAULT_KDF, FAST_KDF, KdfParams
from rondom_tui.store.repository import Store


def test_reads_are_timed_alone_and_while_every_edit_is_saved_on_another_thread(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_bench, "EDITS", 4)
    monkeypatch.setattr(store_bench, "READS", 5)
    cases, _, _ = demo_cases(3)
    store.cases.add_many(cases, audit=False)
    ids = [case.id for case in cases]
    saves = store.saves
    alone, during, slowest = store_bench.reads_during_saves(store, ids, random.Random(1))
    assert store.saves - saves == 4  # the other thread saved every edit
    assert {store.cases.get(ident).school for ident in ids} >= {"School tijdens het lezen 3"}
    assert alone > 0 and 0 < during <= slowest


@pytest.mark.parametrize("kdf", [FAST_KDF, KdfParams(t=2, m_kib=16 * 1024, p=1)])
def test_the_key_derivation_is_timed_with_the_parameters_in_the_stores_header(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, kdf: KdfParams
) -> None:
    Store.create(store_path, "fictional passphrase", kdf=kdf).close()
    derived: list[KdfParams] = []
    monkeypatch.setattr(
        frames, "derive_key", lambda passphrase, params, salt: derived.append(params)
    )
    assert frames._kdf_seconds(store_path) >= 0
    assert derived and set(derived) == {kdf} and kdf != DEFAULT_KDF
