"""Every file a build reads is in its key (statement_core/cache/audit.py): the test run's one build of the real
site (tests/conftest.py `site_build`) records every file it, its forked processes and its Node scripts open,
and none may be outside the code digest, the keyed inputs and the reviewed system inputs. The audit itself
is shown to fail: a copy of the project whose code reads one more file (from Python and from Node) without
a key fails it, naming both; and its hook sees what a forked process and a Node script read."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import DATA, ROOT, TEST_DATE
from statement_core.cache.audit import read_log, unkeyed_reads
from statement_tools.build_site import build_environment

NODE = "/usr/bin/node"


def test_the_build_read_nothing_its_keys_leave_out(site_build):
    read, _, _ = read_log(site_build.reads)
    # What it saw, so that an audit that saw nothing cannot pass: our data and code, Python's and Node's
    # modules (Node reports its own), the system inputs (WordNet, the PDFs' fonts).
    for expected in (DATA / "agreements.yaml", ROOT / "statement_core/citations/locales/vi.xml",
                     ROOT / "node_modules/workbox-build/build/get-manifest.js", Path("/usr/share/wordnet/data.noun")):
        assert str(expected) in read, expected
    assert any(path.startswith(str(ROOT / "node_modules/sharp/")) for path in read)
    unkeyed = unkeyed_reads(site_build.reads, data_dir=DATA, docs_dir=ROOT / "docs", site_dir=site_build.staging,
                            store_dir=site_build.store, config_file=ROOT / "mkdocs.yml")
    assert unkeyed == [], "read by the build but in no key:\n" + "\n".join(unkeyed)


PYTHON_READ = '''
def robots_txt(site_url: str) -> str:
    from statement_core.cache.code import ROOT
    notice = (ROOT / "notices" / "robots.txt").read_text(encoding="utf-8")  # a new input, in no key
    return notice + _robots_txt(site_url)
'''
NODE_READ = 'readFileSync(new URL("../../notices/cards.txt", import.meta.url), "utf8"); // a new input, in no key\n'


def test_a_build_that_reads_a_file_outside_its_key_fails_the_audit(tmp_path, site_builder):
    """The fault the audit is there to catch, planted in a copy of the project built the normal way."""
    from statement_tools.bench.workspace import copy_project

    project = copy_project(tmp_path / "project")
    (project / "notices").mkdir()
    (project / "notices" / "robots.txt").write_text("# hello\n", encoding="utf-8")
    (project / "notices" / "cards.txt").write_text("hello\n", encoding="utf-8")
    robots = project / "statement_core" / "site" / "robots.py"
    text = robots.read_text(encoding="utf-8").replace("def robots_txt(", "def _robots_txt(")
    robots.write_text(text + PYTHON_READ, encoding="utf-8")
    cards = project / "statement_core" / "site" / "make_cards.mjs"
    text = cards.read_text(encoding="utf-8")
    cards.write_text(text.replace("\nconst { cards }", "\n" + NODE_READ + "const { cards }", 1), encoding="utf-8")
    log, site = tmp_path / "reads.log", tmp_path / "site"
    command = [sys.executable, "-m", "statement_core.cache.audit", str(log), "-m", "mkdocs", "build", "--strict",
               "-q", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    result = subprocess.run(command, cwd=project, capture_output=True, text=True,
                            env=build_environment({**os.environ, "PYTHONPATH": str(project), "STATEMENT_PDF": "0",
                                                   "SOURCE_DATE_EPOCH": TEST_DATE,
                                                   "STATEMENT_CACHE_DIR": str(tmp_path / "store")}))
    assert result.returncode == 0, result.stderr[-3000:]
    assert (site / "robots.txt").read_text(encoding="utf-8").startswith("# hello")
    unkeyed = unkeyed_reads(log, data_dir=project / "data", docs_dir=project / "docs", site_dir=site,
                            store_dir=tmp_path / "store", config_file=project / "mkdocs.yml",
                            sources_dir=project / "sources", project=project)
    assert sorted(unkeyed) == [str(project / "notices" / "cards.txt"), str(project / "notices" / "robots.txt")]


def test_the_hook_records_what_forked_processes_and_node_scripts_read(tmp_path):
    secret = tmp_path / "read-by-the-child.txt"
    secret.write_text("x")
    (tmp_path / "forking.py").write_text(textwrap.dedent(f"""
        import os
        pid = os.fork()
        if pid == 0:
            open({str(secret)!r}).read()
            os._exit(0)
        os.waitpid(pid, 0)
        open({str(tmp_path / "written.txt")!r}, "w").write("y")
    """))
    log = tmp_path / "reads.log"
    subprocess.run([sys.executable, "-m", "statement_core.cache.audit", str(log), "-m", "forking"], check=True,
                   cwd=tmp_path, env={**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"})
    read, written, _ = read_log(log)
    assert str(secret) in read and str(tmp_path / "written.txt") in written

    node_read = tmp_path / "read-by-node.txt"
    node_read.write_text("z")
    script = tmp_path / "reader.mjs"
    script.write_text(f'import {{ readFileSync }} from "node:fs";\nreadFileSync({str(node_read)!r});\n')
    subprocess.run([NODE, "--import", (ROOT / "statement_core" / "runtime" / "read_log.mjs").as_uri(), str(script)], check=True,
                   env={**os.environ, "STATEMENT_READ_LOG": str(log)})
    read, _, _ = read_log(log)
    assert str(node_read) in read and str(script) in read  # what it read, and the module itself
