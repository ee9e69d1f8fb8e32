@echo off
rem Casebook launcher for Windows. In a source checkout it builds target\casebook.jar with Maven when the
rem jar is missing or older than the sources; in a distribution zip it runs casebook.jar beside it.
setlocal
set "HERE=%~dp0"
if exist "%HERE%casebook.jar" (
  set "JAR=%HERE%casebook.jar"
  goto run
)
set "JAR=%HERE%target\casebook.jar"
set "STALE=1"
if exist "%JAR%" (
  powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; if (Get-ChildItem -Recurse -File -LiteralPath (Join-Path $env:HERE src\main),(Join-Path $env:HERE templates),(Join-Path $env:HERE pom.xml) | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }"
  if not errorlevel 1 set "STALE=0"
)
if "%STALE%"=="1" (
  where mvn >nul 2>nul || (echo casebook: target\casebook.jar is missing or stale and Maven is not installed. Use the distribution zip, which needs only Java. 1>&2 & exit /b 2)
  echo casebook: building target\casebook.jar with Maven... 1>&2
  call mvn -q -B -ntp -f "%HERE%pom.xml" -DskipTests package 1>&2 || exit /b 2
)
:run
rem JVM settings for a short-lived command, as in the Unix launcher (measured: bench/RESULTS.md):
rem serial collector, C1 only, a 256 MiB young generation (unless the caller sizes the heap or picks
rem a collector), and a class-data archive beside the jar written by the first run.
set "JVM=-XX:TieredStopAtLevel=1"
echo %CASEBOOK_JAVA_OPTS% | findstr /r /c:"-XX:+Use.*GC" >nul || set "JVM=%JVM% -XX:+UseSerialGC"
echo %CASEBOOK_JAVA_OPTS% | findstr /r /c:"-Xm[xn]" /c:"-XX:+Use.*GC" >nul || set "JVM=%JVM% -Xmn256m"
set "JSA=%JAR:~0,-4%.jsa"
if "%CASEBOOK_CDS%"=="0" goto plain
if exist "%JSA%" (
  powershell -NoProfile -Command "if ((Get-Item -LiteralPath $env:JSA).LastWriteTime -lt (Get-Item -LiteralPath $env:JAR).LastWriteTime) { exit 1 } else { exit 0 }"
  if errorlevel 1 del /q "%JSA%" >nul 2>nul
)
if exist "%JSA%" (
  java %JVM% -XX:SharedArchiveFile="%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
  exit /b %ERRORLEVEL%
)
java %JVM% -XX:ArchiveClassesAtExit="%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
:plain
java %JVM% %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
