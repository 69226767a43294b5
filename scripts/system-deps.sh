#!/usr/bin/env bash
# Makes sure the system tools the tests use are present: LibreOffice Calc (recalculates and prints
# the generated workbooks) and Writer (prints the generated Word report), Liberation 2 and Carlito fonts (Vietnamese letters, Calibri metrics),
# poppler (pdfinfo, pdftotext, pdftoppm) and Chromium (browser tests).
# - all present: one line, exit 0;
# - something missing, root with apt-get (Debian/Ubuntu, as in CI): installs it and checks again;
# - otherwise: prints the apt-get line; exit 1 under CI=true (nothing is skipped in CI), else exit 0
#   and the tests that need the missing tools are skipped.
# Idempotent, works from any directory, changes nothing when everything is there.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

# A Debian package counts only when dpkg says "install ok installed" (not removed-with-config).
# Without dpkg, the font is looked up by family name in fontconfig instead.
pkg_installed() {
  if have dpkg-query; then
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
  else
    have fc-list && [ -n "$(fc-list "$2" family 2>/dev/null)" ]
  fi
}

# Writer's library beside soffice (the Debian packages, or LibreOffice installed another way).
writer_installed() {
  if have dpkg-query && { pkg_installed libreoffice-writer-nogui '' || pkg_installed libreoffice-writer ''; }; then return 0; fi
  have soffice && [ -e "$(dirname "$(readlink -f "$(command -v soffice)")")/libswlo.so" ]
}

missing_packages() {
  local m=()
  have soffice || m+=(libreoffice-calc-nogui)
  # Writer is a package of its own: without it soffice cannot open a .docx ("source file could not be loaded").
  writer_installed || m+=(libreoffice-writer-nogui)
  pkg_installed fonts-liberation2 'Liberation Sans' || m+=(fonts-liberation2)
  pkg_installed fonts-crosextra-carlito 'Carlito' || m+=(fonts-crosextra-carlito)
  { have pdfinfo && have pdftotext && have pdftoppm; } || m+=(poppler-utils)
  have chromium || m+=(chromium)
  echo "${m[*]:-}"
}

read -r -a missing <<<"$(missing_packages)"
if [ ${#missing[@]} -eq 0 ]; then
  echo "system-deps: LibreOffice (Calc, Writer), fonts, poppler and Chromium are present."
  exit 0
fi

if [ "$(id -u)" = "0" ] && have apt-get; then
  echo "system-deps: installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  log="$(mktemp)"
  trap 'rm -f "$log"' EXIT
  apt_get() { apt-get -o DPkg::Lock::Timeout=600 "$@" >>"$log" 2>&1; }
  if ! { apt_get update && apt_get install -y --no-install-recommends "${missing[@]}"; }; then
    tail -n 40 "$log" >&2
    echo "system-deps: apt-get failed while installing ${missing[*]}" >&2
    exit 1
  fi
  read -r -a still <<<"$(missing_packages)"
  if [ ${#still[@]} -ne 0 ]; then
    echo "system-deps: still missing after apt-get install: ${still[*]}" >&2
    exit 1
  fi
  echo "system-deps: installed ${missing[*]}."
  exit 0
fi

echo "system-deps: missing ${missing[*]}. Install them with:" >&2
echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
if [ "${CI:-}" = "true" ]; then
  echo "system-deps: CI=true, so the tests that need them cannot be skipped." >&2
  exit 1
fi
echo "system-deps: the LibreOffice/Chromium tests will be skipped on this machine." >&2
exit 0
