#!/usr/bin/env bash
# Debian packages the test suites use: LibreOffice Calc (opens the template as a real spreadsheet), Chromium (the
# task pane end to end, driven by playwright-core), poppler-utils (pdftotext/pdftoppm for the signed PDF),
# zbar-tools (zbarimg reads the PDF's QR code back) and a CJK font for LibreOffice/Chromium rendering.
# Idempotent: installs only what is missing.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
echo "setup-debian: libreoffice-calc, chromium, poppler-utils, zbar-tools, fonts-noto-cjk present"
