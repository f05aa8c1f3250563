#!/usr/bin/env bash
# Builds a native ChargeDesk installer with the JDK's jpackage: a private Java runtime is bundled, so the
# site PC needs no Java. Run on the platform you build for (JavaFX in the jar is the build platform's).
#   installer/build.sh [TYPE]     TYPE: app-image (default), deb, rpm, dmg, pkg
# Output in target/installer/. Needs JDK 17+ (jpackage), and for deb: dpkg-deb and fakeroot, rpm: rpmbuild.
set -euo pipefail
cd "$(dirname "$0")/.."
type=${1:-app-image}
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" pom.xml | head -1 | sed "s/-SNAPSHOT//")
[ -f target/chargedesk.jar ] || mvn -q -DskipTests package

staging=target/installer-input
rm -rf "$staging" target/installer && mkdir -p "$staging" target/installer
cp target/chargedesk.jar "$staging/"

args=(--type "$type" --name ChargeDesk --app-version "$version" --vendor "ChargeDesk"
      --description "Operator console for small EV-charging sites"
      --input "$staging" --main-jar chargedesk.jar --main-class io.chargedesk.cli.Main
      --java-options "-Xmx1g" --java-options "-Xms32m" --java-options "-XX:+UseSerialGC" --java-options "-XX:TieredStopAtLevel=1" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" --java-options "-XX:MaxHeapFreeRatio=50" --dest target/installer)
case "$type" in
  # JavaFX's native code, unpacked from the jar at start, needs GTK 3 and OpenGL, which jpackage cannot see.
  deb) args+=(--icon assets/icons/chargedesk-256.png --linux-shortcut --linux-menu-group Utility
              --linux-app-category utils --linux-deb-maintainer support@chargedesk.invalid
              --linux-package-deps "libgtk-3-0, libgl1") ;;
  rpm) args+=(--icon assets/icons/chargedesk-256.png --linux-shortcut --linux-menu-group Utility
              --linux-package-deps "gtk3, mesa-libGL") ;;
  app-image) [ "$(uname)" = Darwin ] || args+=(--icon assets/icons/chargedesk-256.png) ;;
esac
jpackage "${args[@]}"
ls -1 target/installer
