"""Security: no code execution from data, no unsafe deserialisation, no shell, no network."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import bad_inputs
from conftest import REPO_ROOT, SEED_IDS
from framing.actors import load_gazetteer
from framing.corpus import read_corpus
from framing.errors import FramingWarning
from framing.hedges import load_hedge_lexicon

SOURCES = sorted((REPO_ROOT / "framing").rglob("*.py"))
# Calls that run code or unpickle data; yaml.load is allowed only with a safe Loader.
FORBIDDEN_CALLS = {"eval", "exec", "pickle.load", "pickle.loads", "joblib.load", "os.system", "os.popen"}
SAFE_YAML_LOADERS = {"yaml.SafeLoader", "yaml.CSafeLoader"}
SUBPROCESS_CALLS = {"subprocess." + name for name in ("run", "call", "check_call", "check_output", "Popen", "getoutput",
                                                      "getstatusoutput")}


def _dotted(node: ast.AST, aliases: dict[str, str]) -> str | None:
    """The dotted name a call's function stands for, with import aliases resolved."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(aliases.get(node.id, node.id))
    return ".".join(reversed(parts))


def unsafe_calls(source: str, filename: str = "<source>") -> list[str]:
    """``line: call`` for every forbidden call in Python ``source``.

    >>> unsafe_calls("import pickle as p\\nfrom subprocess import run\\np.loads(b'')\\nrun('ls', shell=True)\\n")
    ['3: pickle.loads', '4: subprocess.run with shell=True']
    """
    tree = ast.parse(source, filename)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            aliases.update({a.asname or a.name: a.name for a in node.names})
        elif isinstance(node, ast.ImportFrom) and node.module:
            aliases.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _dotted(node.func, aliases)
        keywords = {k.arg: k.value for k in node.keywords}
        if name in FORBIDDEN_CALLS:
            found.append(f"{node.lineno}: {name}")
        elif name == "yaml.load":
            loader = keywords.get("Loader", node.args[1] if len(node.args) > 1 else None)
            if loader is None or _dotted(loader, aliases) not in SAFE_YAML_LOADERS:
                found.append(f"{node.lineno}: yaml.load without a safe Loader")
        elif name in SUBPROCESS_CALLS:
            shell = keywords.get("shell")
            if name.endswith(("getoutput", "getstatusoutput")) or (
                    shell is not None and not (isinstance(shell, ast.Constant) and shell.value is False)):
                found.append(f"{node.lineno}: {name} with shell=True")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=[p.relative_to(REPO_ROOT).as_posix() for p in SOURCES])
def test_security_no_unsafe_calls(path):
    assert unsafe_calls(path.read_text(encoding="utf-8"), str(path)) == []


@pytest.mark.parametrize(
    "snippet, expected",
    [
        ("eval('1+1')", ["1: eval"]),
        ("x = 1\nexec(code)", ["2: exec"]),
        ("import pickle\npickle.load(f)", ["2: pickle.load"]),
        ("from joblib import load\nload('m.joblib')", ["2: joblib.load"]),
        ("import yaml\nyaml.load(text)", ["2: yaml.load without a safe Loader"]),
        ("import yaml\nyaml.load(text, Loader=yaml.SafeLoader)", []),
        ("import yaml\nyaml.safe_load(text)", []),
        ("from yaml import load, CSafeLoader\nload(text, CSafeLoader)", []),
        ("from yaml import load, Loader\nload(text, Loader)", ["2: yaml.load without a safe Loader"]),
        ("import subprocess as sp\nsp.run(['ls'], shell=flag)", ["2: subprocess.run with shell=True"]),
        ("import subprocess\nsubprocess.run(['ls'], shell=False)", []),
        ("import os\nos.system('ls')", ["2: os.system"]),
        ("# eval(x) in a comment\ns = 'pickle.loads(b)'", []),
    ],
)
def test_security_scanner_finds_each_pattern(snippet, expected):
    """The scanner itself: it finds every forbidden call, and only calls (not comments or strings)."""
    assert unsafe_calls(snippet) == expected


# ---------------------------------------------------------------------------------------------
# Data files are data

CODE = "__import__('os').system('touch PWNED')"


def test_security_code_in_data_files_is_text(tmp_path, monkeypatch):
    """A lexicon, a gazetteer and a manifest holding Python, shell or template code: read as text,
    matched as text, never run."""
    monkeypatch.chdir(tmp_path)
    hedges = tmp_path / "hedges.tsv"
    hedges.write_text(bad_inputs.bundled_text("hedges.tsv") + f"{CODE}\thedge\tvagueness\t\t0\t$(touch PWNED)\n",
                      encoding="utf-8")
    gazetteer = tmp_path / "actors.toml"
    gazetteer.write_text(bad_inputs.bundled_text("actors.toml") + textwrap.dedent(f'''
        [[actor]]
        id = "{{{{7*7}}}} ${{jndi:ldap://example.invalid/a}}"
        type = "person"
        names = ["{CODE.replace("'", "")}", "بوب الخبيث"]
        '''), encoding="utf-8")
    lexicon = load_hedge_lexicon(hedges)
    assert lexicon["cue"].iloc[-1] == CODE and lexicon["note"].iloc[-1] == "$(touch PWNED)"
    actors = load_gazetteer(gazetteer)
    assert "{{7*7}} ${jndi:ldap://example.invalid/a}" in set(actors.actors["actor_id"])

    corpus = bad_inputs._write(tmp_path / "corpus", {
        "a.txt": f"وقال بوب الخبيث إن {CODE} لن يعمل.\n",
        "corpus.csv": f"file,outlet,date,event,language,notes\na.txt,\"=cmd|' /C calc'!A0\",2026-01-06,e,ar,\"{CODE}\"\n",
    })
    with pytest.warns(FramingWarning, match="of its letters are Arabic"):  # the code is most of its letters
        articles = read_corpus(corpus, strict=True).articles
    assert articles.loc[0, "outlet"] == "=cmd|' /C calc'!A0"
    code, out, err = bad_inputs.run_main(["hedges", str(corpus), "--lexicon", str(hedges),
                                          "--gazetteer", str(gazetteer), "--strict", "--format", "csv"])
    assert code == 0 and "Traceback" not in err
    code, out, err = bad_inputs.run_main(["actors", str(corpus), "--gazetteer", str(gazetteer), "--format", "csv"])
    assert code == 0 and "بوب الخبيث" in out
    assert not list(tmp_path.rglob("PWNED*")) and not Path("PWNED").exists()


# ---------------------------------------------------------------------------------------------
# Nothing touches the network

NO_NETWORK = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access attempted")

    def local_only(method):  # a Unix socket (the drawing workers' fork server) is no network
        def call(self, *args, **kwargs):
            if self.family == socket.AF_UNIX:
                return method(self, *args, **kwargs)
            raise OSError("network access attempted")
        return call

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, local_only(getattr(socket.socket, name)))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "create_connection"):
        setattr(socket, name, refuse)

    import framing.cli as cli

    corpus, out = sys.argv[1], sys.argv[2]
    commands = [[c, corpus, "--format", "csv", "--output", f"{out}/{c}.csv"]
                for c in ("actors", "quotes", "hedges", "sentiment")]
    commands += [["report", corpus, "--out", f"{out}/report", "--quiet"],
                 ["analyze", corpus, "--out", f"{out}/analyze", "--quiet"]]
    codes = {argv[0]: cli.main(argv) for argv in commands}
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers", "requests", "urllib3")
                   or m == "camel_tools.data" or m.startswith("camel_tools.data."))
    print("RESULT " + json.dumps({"codes": codes, "heavy": heavy}))
    """
)


@pytest.mark.slow
def test_security_no_network_during_a_full_run(tmp_path, seeds_dir):
    """Every analysis command, the full report included, with every network socket call refused
    (a Unix socket, between local processes, is allowed)."""
    before = bad_inputs.folder_hash(seeds_dir)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONWARNINGS")}
    result = subprocess.run([sys.executable, "-c", NO_NETWORK, str(seeds_dir), str(tmp_path / "out")],
                            capture_output=True, text=True, cwd=tmp_path, env=env, timeout=900)
    assert result.returncode == 0, result.stderr
    assert "network access attempted" not in result.stderr and "Traceback" not in result.stderr
    report = json.loads(result.stdout.splitlines()[-1].removeprefix("RESULT "))
    assert report["heavy"] == []
    assert set(report["codes"]) >= {"actors", "quotes", "hedges", "sentiment"}
    assert set(report["codes"].values()) == {0}
    for command in ("actors", "quotes", "hedges", "sentiment"):
        assert all(i in (tmp_path / "out" / f"{command}.csv").read_text(encoding="utf-8") for i in SEED_IDS)
    if "report" in report["codes"]:
        assert (tmp_path / "out" / "report" / "index.html").stat().st_size > 10_000
    assert bad_inputs.folder_hash(seeds_dir) == before
