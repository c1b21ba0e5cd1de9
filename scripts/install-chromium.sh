#!/usr/bin/env bash
# Installs Debian's chromium for the tests that render HTML in a headless
# browser (eval's report page, the page of saidwho serve). CI runs it before
# `make test`. It is idempotent and silent when a browser is already on PATH,
# and it never fails the build: without apt-get, root (or password-less sudo)
# or a network, it says so and the browser tests skip themselves.
set -u

for b in chromium chromium-browser google-chrome; do
	if command -v "$b" >/dev/null 2>&1; then
		exit 0
	fi
done

say() { echo "install-chromium: $*" >&2; }

if ! command -v apt-get >/dev/null 2>&1; then
	say "no apt-get here: the browser tests will be skipped"
	exit 0
fi
as_root=()
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
		as_root=(sudo -n)
	else
		say "not root and no password-less sudo: the browser tests will be skipped"
		exit 0
	fi
fi

say "installing Debian's chromium (a minute or two)"
log=$(mktemp)
if ${as_root[@]+"${as_root[@]}"} apt-get update -qq >"$log" 2>&1 &&
	${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>"$log" 2>&1; then
	rm -f "$log"
	exit 0
fi
say "apt-get failed, the browser tests will be skipped; its last lines:"
tail -n 20 "$log" >&2
rm -f "$log"
exit 0
