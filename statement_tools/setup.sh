#!/usr/bin/env bash
# Everything `make serve` and `make test` need, installed once: system packages (Debian, as root),
# the Python virtualenv from the pinned requirements.txt, and the pinned npm tools.
# Elsewhere it says exactly what is missing instead of guessing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_python=${NEED_PYTHON:-python3.11}
system_packages=(chromium fonts-noto-core fontconfig poppler-utils default-jre-headless nodejs npm zip unzip wordnet-base)

missing_system=()
command -v chromium >/dev/null 2>&1 || missing_system+=(chromium)
command -v fc-list >/dev/null 2>&1 || missing_system+=(fontconfig)
# Not `grep -q`: it stops reading early, fc-list dies of SIGPIPE and pipefail reports a failure.
fc-list 2>/dev/null | grep "NotoSerif-Regular" >/dev/null || missing_system+=(fonts-noto-core)
command -v pdftoppm >/dev/null 2>&1 || missing_system+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing_system+=(default-jre-headless)
command -v node >/dev/null 2>&1 || missing_system+=(nodejs)
command -v npm >/dev/null 2>&1 || missing_system+=(npm)
command -v zip >/dev/null 2>&1 || missing_system+=(zip)
# WordNet 3.0, read by NLTK at build time for the search's reader words (issue 30); never downloaded.
[[ -f /usr/share/wordnet/data.noun ]] || missing_system+=(wordnet-base)
command -v unzip >/dev/null 2>&1 || missing_system+=(unzip)

if ((${#missing_system[@]})); then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing_system[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_system[@]}" >/dev/null
  else
    echo "setup: missing system packages: ${missing_system[*]}" >&2
    echo "setup: on Debian/Ubuntu run: sudo apt-get install ${system_packages[*]}" >&2
    echo "setup: elsewhere install Chromium (as /usr/bin/chromium or set CHROMIUM=path), Noto fonts, poppler," >&2
    echo "       a Java 17+ runtime, Node.js 18+ with npm, zip and unzip." >&2
    exit 1
  fi
fi

python_bin=$(command -v "$need_python" || command -v python3)
if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
  echo "setup: Python 3.11 is required (found $("$python_bin" --version 2>&1)); install python3.11" >&2
  exit 1
fi

stamp=.venv/.requirements.sha256
wanted=$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [[ ! -x .venv/bin/python || ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
  echo "setup: installing Python packages into .venv from requirements.txt"
  [[ -x .venv/bin/python ]] || "$python_bin" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements.txt
  # The project itself, editable: statement_core and hooks import from anywhere, no sys.path edits.
  .venv/bin/python -m pip install -q -e . --no-deps
  echo "$wanted" > "$stamp"
fi

node_stamp=node_modules/.package-lock.sha256
node_wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $node_stamp || $(cat "$node_stamp") != "$node_wanted" ]]; then
  echo "setup: installing pinned npm tools from package-lock.json"
  # --ignore-scripts: vnu-jar's postinstall would download a Java runtime; we use the system's.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$node_wanted" > "$node_stamp"
fi
