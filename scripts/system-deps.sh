#!/usr/bin/env bash
# Makes sure the system tools the tests use are present: LibreOffice Calc (recalculates and prints
# the generated workbooks), Liberation fonts with Vietnamese letters, poppler (pdfinfo, pdftotext,
# pdftoppm) and Chromium (browser tests). On Debian as root it installs what is missing; elsewhere
# it says what to install. Under CI=true a missing tool is an error: nothing is ever skipped there.
set -euo pipefail


missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
for p in fonts-liberation2 fonts-crosextra-carlito; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
{ command -v pdfinfo && command -v pdftotext && command -v pdftoppm; } >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
  echo "system-deps: LibreOffice, fonts, poppler and Chromium are present."
  exit 0
fi

install_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || { echo "system-deps: install did not provide soffice/pdfinfo" >&2; exit 1; }
  echo "system-deps: installed ${missing[*]}."
  exit 0
fi

echo "system-deps: missing ${missing[*]}. Install them with:" >&2
echo "  sudo sh -c '$install_line'" >&2
if [ "${CI:-}" = "true" ]; then
  echo "system-deps: CI=true, so the tests that need them cannot be skipped." >&2
  exit 1
fi
echo "system-deps: the tests that need them will be skipped on this machine." >&2
exit 0
