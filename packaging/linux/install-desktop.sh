#!/bin/sh
# Install netdesk for the current user, without root:
#   the program     -> ~/.local/opt/netdesk/ (and a link ~/.local/bin/netdesk)
#   the menu entry  -> ~/.local/share/applications/netdesk.desktop
#   the icons       -> ~/.local/share/icons/hicolor/<size>/apps/netdesk.png (and .svg)
#
#   packaging/linux/install-desktop.sh               # from a checkout, after packaging/build.sh
#   ./install-desktop.sh                             # from inside a copied dist/netdesk folder
#   packaging/linux/install-desktop.sh --uninstall   # remove all of the above (not your data)
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/netdesk
bin=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor
sizes="16 24 32 48 64 128 256 512"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$icons" || true
    fi
}

if [ "${1:-}" = --uninstall ]; then
    rm -rf "$opt"
    rm -f "$apps/netdesk.desktop" "$icons/scalable/apps/netdesk.svg"
    for size in $sizes; do rm -f "$icons/${size}x$size/apps/netdesk.png"; done
    if [ -L "$bin/netdesk" ]; then rm -f "$bin/netdesk"; fi
    refresh_menus
    echo "netdesk is uninstalled. Your data is still in ~/.local/share/netdesk."
    exit 0
fi

here=$(cd "$(dirname "$0")" && pwd)
if [ -x "$here/netdesk" ] && [ -d "$here/_internal" ]; then
    bundle=$here                      # run from inside the bundle
else
    bundle=$(cd "$here/../.." && pwd)/dist/netdesk
fi
if [ ! -x "$bundle/netdesk" ]; then
    echo "install-desktop.sh: no bundle at $bundle; build it first: packaging/build.sh" >&2
    exit 1
fi
desktop=$here/netdesk.desktop
resources=$bundle/_internal/resources/app

if [ "$bundle" != "$opt" ]; then
    mkdir -p "$(dirname "$opt")"
    rm -rf "$opt.new"
    cp -R "$bundle" "$opt.new"
    rm -rf "$opt"
    mv "$opt.new" "$opt"
fi

mkdir -p "$apps" "$icons/scalable/apps"
sed -e "s|^TryExec=.*|TryExec=$opt/netdesk|" -e "s|^Exec=.*|Exec=\"$opt/netdesk\"|" \
    "$desktop" >"$apps/netdesk.desktop"
chmod 644 "$apps/netdesk.desktop"
for size in $sizes; do
    mkdir -p "$icons/${size}x$size/apps"
    cp "$resources/netdesk-$size.png" "$icons/${size}x$size/apps/netdesk.png"
done
cp "$resources/netdesk.svg" "$icons/scalable/apps/netdesk.svg"

# The command line too, unless something else already answers to "netdesk".
mkdir -p "$bin"
if [ ! -e "$bin/netdesk" ] || [ -L "$bin/netdesk" ]; then
    ln -sfn "$opt/netdesk" "$bin/netdesk"
fi

refresh_menus
echo "netdesk is installed in $opt; it is in your applications menu as \"netdesk\"."
