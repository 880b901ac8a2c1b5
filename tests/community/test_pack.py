"""Importing a community pack: EASE, user-based CF, bad rows, refused files, cancel, crash, reload, damage."""

from __future__ import annotations

import hashlib
import json
import logging
import math
import subprocess
import sys
from pathlib import Path

import pytest

from engine import Library
from engine.community.pack import CommunityPack, PackInfo, import_pack, load_packs, pack_infos, remove_pack
from engine.errors import Cancelled, ImportFormatError, NotFoundError, UserError
from engine.progress import CancelToken
from tests.community.support import TINY_SASREC, library_id, write_ratings


def _import(lib: Library, path: Path, **options: object) -> PackInfo:
    options.setdefault("sequential", False)
    return import_pack(lib.store, lib.home, path, **options)  # type: ignore[arg-type]


def _pack(lib: Library, name: str) -> CommunityPack:
    return CommunityPack.load(lib.home / "community" / name)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_planted_co_occurrence_is_recovered(film_lib: Library, planted: Path) -> None:
    info = _import(film_lib, planted)
    assert info.name == "pack" and info.format == "movielens" and info.users == 60
    assert info.mapped == info.items == 20 and info.mapped_by_route == {"movielens": 20}
    assert not info.sequential and info.malformed_rows == 0
    pack = _pack(film_lib, "pack")
    one, two = library_id(film_lib, 1), library_id(film_lib, 2)
    scores = pack.ease_scores({one: 1.0}, limit=5)
    assert next(iter(scores)) == two and one not in scores and len(scores) <= 5
    assert list(scores.values()) == sorted(scores.values(), reverse=True)
    history = {one: 1.0, library_id(film_lib, 7): 1.0}
    assert pack.ease_contributors(two, history, top=2)[0][0] == one
    assert pack.ease_scores({one: -1.0}).get(two) is None  # a dislike pushes its partner down
    assert pack.covers(one) and not pack.covers(10**9)
    assert pack.popularity()[one] == 30.0
    assert pack.sequence_scores([one, two]) == {}  # no sequential model in this pack
    assert pack.ease_scores({10**9: 1.0}) == {}


def test_predict_ratings_on_a_hand_checked_example(film_lib: Library, tmp_path: Path) -> None:
    # items a..e = films 1..5; the person rates a=5, b=1 (mean 3, deviations +2, -2)
    rows = [
        ("v1", 1, 5), ("v1", 2, 1), ("v1", 4, 4), ("v1", 5, 4),
        ("v2", 1, 4), ("v2", 2, 2), ("v2", 4, 5),
        ("v3", 1, 1), ("v3", 2, 5), ("v3", 4, 2), ("v3", 5, 1),
    ]
    path = write_ratings(tmp_path / "hand" / "ratings.csv", rows, header="user,movieId,rating")
    _import(film_lib, path)
    pack = _pack(film_lib, "hand")
    a, b, c, d, e = (library_id(film_lib, i) for i in range(1, 6))

    def centred_cosine(person: dict[str, float], other: dict[str, float]) -> tuple[float, float]:
        pm, om = sum(person.values()) / len(person), sum(other.values()) / len(other)
        dot = sum((person[k] - pm) * (other[k] - om) for k in person if k in other)
        norms = math.sqrt(sum((v - pm) ** 2 for v in person.values())) * math.sqrt(
            sum((v - om) ** 2 for v in other.values()))
        return dot / norms, om

    person = {"a": 5.0, "b": 1.0}
    s1, m1 = centred_cosine(person, {"a": 5, "b": 1, "d": 4, "e": 4})
    s2, m2 = centred_cosine(person, {"a": 4, "b": 2, "d": 5})
    s3, _ = centred_cosine(person, {"a": 1, "b": 5, "d": 2, "e": 1})
    assert s1 > 0 and s2 > 0 and s3 < 0  # v3 dislikes what the person likes: not a neighbour
    expected_d = 3 + (s1 * (4 - m1) + s2 * (5 - m2)) / (s1 + s2)
    predicted = pack.predict_ratings({a: 5.0, b: 1.0}, [d, e, c])
    assert predicted.keys() == {d}  # e has one positive neighbour, c no rater: not enough evidence
    assert predicted[d] == pytest.approx(expected_d, abs=1e-5)

    # an extra user like the person who rated e gives e its second neighbour
    extra = {a: 4.0, b: 2.0, e: 5.0}
    s_extra, m_extra = centred_cosine(person, {"a": 4, "b": 2, "e": 5})
    expected_e = 3 + (s1 * (4 - m1) + s_extra * (5 - m_extra)) / (s1 + s_extra)
    with_extra = pack.predict_ratings({a: 5.0, b: 1.0}, [d, e], extra_users=[extra])
    assert with_extra[e] == pytest.approx(min(5.0, expected_e), abs=1e-5)
    assert pack.predict_ratings({a: 3.0, b: 3.0}, [d]) == {}  # no spread in the ratings: no similarity


def test_malformed_rows_are_reported_by_line_and_the_rest_used(film_lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "bad" / "ratings.csv"
    path.parent.mkdir()
    path.write_text(
        "userId,movieId,rating,timestamp\n"
        "1,1,4.0,100\n"
        "1,2,lots,101\n"  # line 3
        "2,1,3.5,102\n"
        "2,3\n"  # line 5
        "3,2,4.0,103\n"
        ",4,4.0,104\n"  # line 7
        "3,1,5.0,105\n",
        encoding="utf-8",
    )
    info = _import(film_lib, path)
    assert info.malformed_rows == 3 and info.ratings == 4
    assert [p["line"] for p in info.problems] == [3, 5, 7]
    assert "lots" in info.problems[0]["message"]


@pytest.mark.parametrize("content", [b"", b"   \n\n", bytes(range(256)) * 40, b"name,colour\nx,red\n",
                                     b"userId,movieId,rating\nnot,a,rating\nstill,not,one\n"])
def test_refused_files_leave_the_existing_pack_alone(film_lib: Library, planted: Path, tmp_path: Path,
                                                     content: bytes) -> None:
    _import(film_lib, planted, name="keep")
    folder = film_lib.home / "community" / "keep"
    before = _fingerprint(folder)
    bad = tmp_path / "broken.csv"
    bad.write_bytes(content)
    with pytest.raises(ImportFormatError):
        _import(film_lib, bad, name="keep")
    assert _fingerprint(folder) == before
    assert sorted(p.name for p in folder.parent.iterdir()) == ["keep"]


def test_missing_file_and_unmapped_pack_are_refused(film_lib: Library, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        _import(film_lib, tmp_path / "absent.csv")
    nothing = write_ratings(tmp_path / "other" / "ratings.csv", [(1, 900, 4.0, 1), (2, 901, 3.0, 2)])
    with pytest.raises(ImportFormatError, match="none of the 2 items"):
        _import(film_lib, nothing)
    assert not (film_lib.home / "community" / "other").exists()


@pytest.mark.parametrize("stage", ["EASE", "training sequential model"])
def test_cancel_leaves_the_previous_pack(film_lib: Library, planted: Path, stage: str) -> None:
    first = _import(film_lib, planted)
    folder = film_lib.home / "community" / "pack"
    before = _fingerprint(folder)
    token = CancelToken()

    def progress(done: int, total: int | None, message: str) -> None:
        if stage in message and done >= 1:
            token.cancel()

    with pytest.raises(Cancelled):
        _import(film_lib, planted, sequential=True, sasrec_config=TINY_SASREC, progress=progress, cancel=token)
    assert _fingerprint(folder) == before
    assert [p.name for p in folder.parent.iterdir()] == ["pack"]
    assert pack_infos(film_lib.home) == [first]


def test_a_crash_while_saving_leaves_the_previous_pack(film_lib: Library, planted: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _import(film_lib, planted)
    folder = film_lib.home / "community" / "pack"
    before = _fingerprint(folder)

    def crash(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("engine.community.storage.install", crash)
    with pytest.raises(OSError):
        _import(film_lib, planted)
    assert _fingerprint(folder) == before
    assert [p.name for p in folder.parent.iterdir()] == ["pack"]


def test_reload_gives_identical_scores_and_replacing_works(film_lib: Library, planted: Path) -> None:
    info = _import(film_lib, planted, sequential=True, sasrec_config=TINY_SASREC)
    assert info.sequential and info.sequential_items == 20 and info.seconds["sequential"] > 0
    ids = [library_id(film_lib, i) for i in range(1, 21)]
    history = {ids[0]: 1.0, ids[5]: 1.0, ids[9]: -1.0}
    ratings = {ids[0]: 5.0, ids[5]: 2.0, ids[9]: 4.0}

    def answers(pack: CommunityPack) -> tuple[object, ...]:
        return (pack.ease_scores(history), pack.sequence_scores([ids[0], ids[5], ids[9]]),
                pack.predict_ratings(ratings, ids), pack.popularity(), pack.ease_contributors(ids[1], history))

    first = answers(_pack(film_lib, "pack"))
    assert first[1] and ids[0] not in first[1]  # type: ignore[operator]
    (loaded,) = load_packs(film_lib.home)
    assert answers(loaded) == first and loaded.info == info
    again = _import(film_lib, planted, sequential=False)  # replaced in place
    assert [p.info for p in load_packs(film_lib.home)] == [again]


def test_damaged_packs_are_refused_with_a_clear_error(film_lib: Library, planted: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    _import(film_lib, planted, name="arrays")
    _import(film_lib, planted, name="model", sequential=True, sasrec_config=TINY_SASREC)
    _import(film_lib, planted, name="meta")
    _import(film_lib, planted, name="good")
    root = film_lib.home / "community"
    npz = root / "arrays" / "pack.npz"
    data = bytearray(npz.read_bytes())
    data[len(data) // 2] ^= 0xFF
    npz.write_bytes(bytes(data))
    model = root / "model" / "sequential.pt"
    model.write_bytes(model.read_bytes()[:-10] + b"0123456789")
    (root / "meta" / "pack.json").write_text("{not json", encoding="utf-8")
    for name, words in (("arrays", "pack.npz"), ("model", "sequential.pt"), ("meta", "pack.json")):
        with pytest.raises(UserError, match=words):
            CommunityPack.load(root / name)
    with caplog.at_level(logging.WARNING):
        assert [p.info.name for p in load_packs(film_lib.home)] == ["good"]
    assert "community pack meta skipped" in caplog.text
    info = json.loads((root / "good" / "pack.json").read_text(encoding="utf-8"))
    (root / "good" / "pack.json").write_text(json.dumps({**info, "version": 99}), encoding="utf-8")
    with pytest.raises(UserError, match="version 99"):
        CommunityPack.load(root / "good")


def test_an_interrupted_swap_is_recovered_and_remove_works(film_lib: Library, planted: Path) -> None:
    _import(film_lib, planted)
    root = film_lib.home / "community"
    (root / "pack").rename(root / ".pack.old-abc123")  # as if the process died between the two renames
    assert [p.info.name for p in load_packs(film_lib.home)] == ["pack"]
    remove_pack(film_lib.home, "pack")
    assert load_packs(film_lib.home) == [] and list(root.iterdir()) == []
    with pytest.raises(NotFoundError):
        remove_pack(film_lib.home, "pack")


def test_library_api(film_lib: Library, planted: Path) -> None:
    steps: list[str] = []
    info = film_lib.import_community(planted, name="My Pack!", sequential=False,
                                     progress=lambda d, t, m: steps.append(m))
    assert info.name == "my-pack" and film_lib.community_packs() == [info]
    assert "reading ratings" in steps and any("EASE" in s for s in steps)
    film_lib.remove_community("my-pack")
    assert film_lib.community_packs() == []


def test_loading_and_querying_a_pack_does_not_import_torch(film_lib: Library, planted: Path) -> None:
    _import(film_lib, planted)
    item = library_id(film_lib, 1)
    code = (
        "import sys; from pathlib import Path; from engine.community.pack import load_packs; "
        f"pack, = load_packs(Path({str(film_lib.home)!r})); "
        f"assert pack.ease_scores({{{item}: 1.0}}) and pack.sequence_scores([{item}]) == {{}}; "
        "print('torch' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
