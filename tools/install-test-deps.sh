#!/usr/bin/env bash
# What the tests need beyond pip, on a fresh Debian machine: a real headless Chromium and its
# driver (tests/test_report_browser.py opens report.html in it) and fonts that cover Chinese
# and Arabic (the report must render both). Idempotent: apt runs only when something is missing.
# Needs root (or sudo) the first time; the README's test command and .ci/run call it first.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if command -v fc-list >/dev/null 2>&1; then
  [ -n "$(fc-list :lang=zh family)" ] || missing+=(fonts-wqy-microhei)
  [ -n "$(fc-list :lang=ar family)" ] || missing+=(fonts-dejavu-core)
else
  missing+=(fonts-wqy-microhei fonts-dejavu-core)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: chromium, chromedriver and fonts present"
  exit 0
fi
echo "install-test-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
