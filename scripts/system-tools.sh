#!/usr/bin/env bash
# Installs the system tools the tests need when they are missing: tmux (real-terminal tests)
# and age (bundles must be readable by the standard age CLI). Debian/Ubuntu packages.
set -euo pipefail
missing=()
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
command -v age >/dev/null 2>&1 || missing+=(age)
command -v age-keygen >/dev/null 2>&1 || missing+=(age)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo"
echo "installing system tools: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
