@echo off
rem Builds ChargeDesk-<version>.msi with the JDK's jpackage (needs JDK 17+ and the WiX Toolset 3 on PATH).
rem A private Java runtime is bundled, so the site PC needs no Java. Output in target\installer.
setlocal
cd /d "%~dp0.."
if not exist target\chargedesk.jar call mvn -q -DskipTests package || exit /b 1
if exist target\installer-input rmdir /s /q target\installer-input
mkdir target\installer-input
copy /y target\chargedesk.jar target\installer-input\ >nul
jpackage --type msi --name ChargeDesk --app-version 0.1.0 --vendor ChargeDesk ^
  --description "Operator console for small EV-charging sites" ^
  --input target\installer-input --main-jar chargedesk.jar --main-class io.chargedesk.cli.Main ^
  --java-options "-Xmx1g" --java-options "-Xms32m" --java-options "-XX:+UseSerialGC" --java-options "-XX:TieredStopAtLevel=1" --java-options "-Xmn24m" --java-options "-XX:MinHeapFreeRatio=20" --java-options "-XX:MaxHeapFreeRatio=50" --icon assets\icons\chargedesk.ico ^
  --win-menu --win-shortcut --win-dir-chooser --win-per-user-install --dest target\installer
