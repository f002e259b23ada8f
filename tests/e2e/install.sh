#!/usr/bin/env bash
# The installed copy, as a user gets it: `cmake --install` under a DESTDIR, run from another
# folder with no SDMOCK_HOME or SDMOCK_DB, finds its content under <prefix>/share/sdmock and keeps
# its history in $XDG_DATA_HOME/sdmock (0700); the Debian package CPack builds from the same
# tree passes lintian and, unpacked into an empty root, works the same way.
BIN=$1 SRC=$2
source "$(dirname "$0")/../support/e2e_lib.sh"
need man lintian dpkg-deb cpack
BUILD=$(dirname "$BIN")
unset SDMOCK_HOME SDMOCK_DB

DEST="$WORK/dest"
DESTDIR="$DEST" cmake --install "$BUILD" --prefix /usr/local >/dev/null
PROG="$DEST/usr/local/bin/sdmock"
[ -x "$PROG" ] || fail "no sdmock installed at $PROG"
for f in share/sdmock/prompts/guide.toml share/sdmock/rubrics/system-design-12.toml share/man/man1/sdmock.1.gz \
    share/bash-completion/completions/sdmock share/zsh/vendor-completions/_sdmock \
    share/fish/vendor_completions.d/sdmock.fish share/doc/sdmock/copyright; do
    [ -f "$DEST/usr/local/$f" ] || fail "make install left out $f"
done

# The audio module is installed beside the program's libraries, not executable, and the
# installed program finds it (sox itself reads the file and refuses it, naming why).
module=$(ls "$DEST"/usr/local/lib*/sdmock/sdmock-audio.so 2>/dev/null | head -1)
[ -n "$module" ] || fail "make install left out the audio module (lib/sdmock/sdmock-audio.so)"
[ "$(stat -c %a "$module")" = 644 ] || fail "the audio module has mode $(stat -c %a "$module")"
printf 'not sound\n' > "$WORK/notes.txt"
if err=$("$PROG" start --problem url-shortener --plan mini-25 --audio-input "$WORK/notes.txt" --plain 2>&1 </dev/null); then
    fail "installed start took a text file as its audio"
fi
grep 'cannot read .*notes.txt as sound' <<<"$err" >/dev/null || fail "installed copy did not load its audio module: $err"

# Run from an unrelated folder: nothing of the source tree is used.
mkdir -p "$WORK/elsewhere" && cd "$WORK/elsewhere"
out=$("$PROG" problems list) || fail "installed problems list exited $?"
grep '^url-shortener ' <<<"$out" >/dev/null || fail "installed problems list printed: $out"
version=$("$PROG" --version)
grep "^content [0-9.]*: [0-9]* problems, .* in $DEST/usr/local/share/sdmock$" <<<"$version" >/dev/null ||
    fail "installed --version does not name the installed content: $version"
grep "^history: $XDG_DATA_HOME/sdmock/sdmock.db$" <<<"$version" >/dev/null ||
    fail "installed --version does not name the XDG history: $version"
[ ! -e "$XDG_DATA_HOME/sdmock" ] || fail "--version created the history folder"

# A plain mock (sped up, on the short plan) lands in $XDG_DATA_HOME/sdmock, private.
id=$(printf 'q\ny\n' | "$PROG" start --problem url-shortener --plan mini-25 --speed 600 --plain 2>/dev/null | tail -1)
id=${id#session }
[[ $id =~ ^[0-9]+$ ]] || fail "installed plain mock printed no session id: $id"
db="$XDG_DATA_HOME/sdmock/sdmock.db"
[ -f "$db" ] || fail "the installed copy kept no history at $db"
[ "$(stat -c %a "$XDG_DATA_HOME/sdmock")" = 700 ] || fail "history folder mode $(stat -c %a "$XDG_DATA_HOME/sdmock")"
[ "$(stat -c %a "$db")" = 600 ] || fail "history file mode $(stat -c %a "$db")"
"$PROG" show "$id" | grep 'URL Shortener' >/dev/null || fail "show $id did not find the installed session"
[ ! -e "$DEST/usr/local/share/sdmock/history" ] || fail "the installed copy wrote into its content folder"
# Without XDG_DATA_HOME the history is under ~/.local/share/sdmock.
env -u XDG_DATA_HOME "$PROG" --version | grep "^history: $HOME/.local/share/sdmock/sdmock.db$" >/dev/null ||
    fail "without XDG_DATA_HOME the history is not under ~/.local/share"
# --home still wins over the installed layout.
"$PROG" --home "$SRC" --version | grep "in $SRC$" >/dev/null || fail "--home did not override the installed content"

# The manual page renders, and names the commands.
page=$(MANWIDTH=80 man -l "$DEST/usr/local/share/man/man1/sdmock.1.gz" 2>&1) || fail "man could not read the page"
grep '^NAME' <<<"$page" >/dev/null && grep 'sdmock - timed mock' <<<"$page" >/dev/null || fail "man page: $page"

# The Debian package: lintian reports no error, its dependencies are runtime libraries (no -dev
# package), and unpacked into an empty root it runs with the same layout under /usr.
(cd "$BUILD" && cpack -G DEB -B "$WORK/pkg" >/dev/null) || fail "cpack could not build the package"
deb=$(ls "$WORK"/pkg/sdmock_*.deb)
lint=$(lintian "$deb" 2>&1 | grep -v 'running with root privileges' || true)
grep '^E:' <<<"$lint" >/dev/null && fail "lintian found errors: $lint"
depends=$(dpkg-deb -f "$deb" Depends)
grep 'libsqlite3-0' <<<"$depends" >/dev/null && grep 'libncursesw6' <<<"$depends" >/dev/null ||
    fail "the package does not depend on the runtime libraries: $depends"
grep -- '-dev' <<<"$depends" >/dev/null && fail "the package depends on a -dev package: $depends"
dpkg-deb -x "$deb" "$WORK/root"
XDG_DATA_HOME="$WORK/pkgdata" "$WORK/root/usr/bin/sdmock" problems list | grep '^ticketmaster ' >/dev/null ||
    fail "the unpacked package's sdmock does not list the problems"
XDG_DATA_HOME="$WORK/pkgdata" "$WORK/root/usr/bin/sdmock" --version | grep "in $WORK/root/usr/share/sdmock$" >/dev/null ||
    fail "the unpacked package's sdmock does not read its own content"
err=$(XDG_DATA_HOME="$WORK/pkgdata" "$WORK/root/usr/bin/sdmock" start --problem url-shortener --plan mini-25 \
    --audio-input "$WORK/notes.txt" --plain 2>&1 </dev/null || true)
grep 'cannot read .*notes.txt as sound' <<<"$err" >/dev/null || fail "the unpacked package's sdmock has no audio: $err"
grep 'libsox' <<<"$depends" >/dev/null || fail "the package does not depend on libsox (its audio module does): $depends"
echo "ok"
