"""``doctor`` lists the community packs and names a damaged one."""

from __future__ import annotations

from pathlib import Path

from engine import Library


def test_doctor_lists_packs_and_warns_about_a_damaged_one(film_lib: Library, planted: Path) -> None:
    film_lib.import_community(planted, sequential=False)
    report = film_lib.doctor(fingerprint=False)
    assert [p["name"] for p in report["community"]] == ["pack"]
    assert report["community"][0]["items"] == 20 and not report["community"][0]["sequential"]
    (film_lib.home / "community" / "pack" / "pack.npz").write_bytes(b"not a pack")
    report = film_lib.doctor(fingerprint=False)
    assert report["community"] == []
    assert any("community pack pack is damaged" in w for w in report["warnings"])
