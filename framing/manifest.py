"""Run manifests: what a run used, so that its outputs can be traced and reproduced.

``run.json`` records the version of ``framing`` and of its dependencies, the SHA-256 of every
lexicon file the run used (bundled or the user's) and of the corpus, and the run's options. It
holds no timestamp, no host name and no user name, and its keys are sorted: the same run on the
same installation writes the same bytes.

>>> manifest = run_manifest("seeds", {"command": "report", "labels": "en"})
>>> sorted(manifest)
['corpus', 'dependencies', 'framing', 'lexicons', 'options', 'python']
>>> manifest["corpus"]["files"], sorted(manifest["lexicons"])[0]
(6, 'framing/data/actors.toml')
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from . import __version__
from .errors import InputError
from .lexicon import data_file, file_hash
from .output import write_atomic

MANIFEST_NAME = "run.json"
# The distributions whose versions can change a run's outputs.
DEPENDENCIES = ("camel-tools", "matplotlib", "numpy", "pandas", "pyarrow", "scikit-learn", "scipy", "statsmodels",
                "stopwordsiso")
# Options that say where outputs go or how the run talks, not what it computes.
NOT_OPTIONS = frozenset({"handler", "path", "out", "output", "format", "quiet"})


def lexicons_used(*, gazetteer: str | Path | None = None, add_gazetteer: str | Path | None = None,
                  cues: str | Path | None = None, hedges: str | Path | None = None,
                  hedge_patterns: str | Path | None = None, sentiment: str | Path | None = None) -> list[str | Path]:
    """The data files an analysis reads: the bundled ones, or the user's files where given (as
    :meth:`framing.pipeline.Analyzer.from_files` takes them). The function words
    (``function_words.toml``) and the shape of names (``names.toml``) are always the bundled ones.

    >>> lexicons_used(hedges="my_hedges.tsv", hedge_patterns="my_phrases.toml")[-6:-4]
    ['my_hedges.tsv', 'my_phrases.toml']
    """
    from .actors import BUNDLED_GAZETTEER

    actors = [gazetteer] if gazetteer else list(BUNDLED_GAZETTEER)
    return [*actors, *([add_gazetteer] if add_gazetteer else []), "names.toml", "roles.tsv",
            cues or "reporting_cues.tsv", "speakers.tsv", "function_words.toml", "numbers.tsv", "agency_credits.tsv",
            "page_furniture.toml",
            hedges or "hedges.tsv", hedge_patterns or "hedge_patterns.toml", sentiment or "sentiment.tsv",
            "sentiment_modifiers.tsv", "labels.tsv", "frames.tsv"]


def options_of(args: argparse.Namespace) -> dict:
    """A command's options for a manifest: its parsed arguments, less the corpus path (recorded
    apart) and those that only say where outputs go or how the run talks.

    >>> options_of(argparse.Namespace(command="report", path="seeds", out="out", labels="en", quiet=True))
    {'command': 'report', 'labels': 'en'}
    """
    return {k: v for k, v in sorted(vars(args).items()) if k not in NOT_OPTIONS and not callable(v)}


def run_manifest(corpus_path: str | Path, options: dict, lexicons: Iterable[str | Path] | None = None) -> dict:
    """What a run used: versions, lexicon hashes, the corpus hash and the options.

    ``lexicons`` are bundled data file names or paths of the user's files (default:
    :func:`lexicons_used`, the bundled ones). The corpus hash is the SHA-256 of the file of a
    table corpus, or, for a folder, of the sorted list of (name, SHA-256) of the files in it.
    """
    return {
        "corpus": corpus_fingerprint(corpus_path),
        "dependencies": {name: _version(name) for name in DEPENDENCIES},
        "framing": __version__,
        "lexicons": {_lexicon_name(source): file_hash(source) for source in (lexicons or lexicons_used())},
        "options": _json_safe(options),
        "python": platform.python_version(),
    }


def write_run_manifest(out_dir: str | Path, corpus_path: str | Path, options: dict,
                       lexicons: Iterable[str | Path] | None = None) -> Path:
    """Write :func:`run_manifest` to ``out_dir/run.json``, atomically; return its path."""
    return write_atomic(Path(out_dir) / MANIFEST_NAME, manifest_bytes(run_manifest(corpus_path, options, lexicons)))


def manifest_bytes(manifest: dict) -> bytes:
    """A manifest as UTF-8 JSON: sorted keys, two-space indent, a final newline.

    >>> manifest_bytes({"b": 1, "a": "ض"})
    b'{\\n  "a": "\\xd8\\xb6",\\n  "b": 1\\n}\\n'
    """
    return (json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def corpus_fingerprint(path: str | Path) -> dict:
    """The corpus's path as given, its SHA-256 and its number of files.

    A folder's hash covers the name and bytes of every file directly in it (what the corpus
    reader can read), in name order, so neither the order of listing nor the files' dates count.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file())
        listing = [[p.name, _sha256(p)] for p in files]
        digest = hashlib.sha256(json.dumps(listing, ensure_ascii=False).encode("utf-8")).hexdigest()
        return {"path": str(path), "sha256": digest, "files": len(files)}
    if path.is_file():
        return {"path": str(path), "sha256": _sha256(path), "files": 1}
    raise InputError(path, "no such file or folder")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _lexicon_name(source: str | Path) -> str:
    """How a data file is named in a manifest: ``framing/data/<name>`` when bundled, else its path."""
    if not Path(source).exists() and data_file(str(source)).is_file():
        return f"framing/data/{source}"
    return str(source)


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _json_safe(value):
    """Options as JSON values: paths as text, tuples and sets as sorted-or-ordered lists."""
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items() if not callable(v)}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_json_safe(v) for v in value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
