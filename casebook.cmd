@echo off
rem Casebook launcher for Windows (cmd.exe). Exit codes are Casebook's own: 0 ok, 1 problems in the
rem content, 2 usage (or no Java, a Java older than 17, no Maven), 3 internal error, 4 the site could
rem not be written (no permission, a full disk, another build writing the same folder).
rem Written to be read top to bottom: every decision is a plain "if ... goto" outside any ( ) block, so
rem no %VARIABLE% is expanded before the command that sets it has run. No PowerShell is started.
setlocal EnableExtensions DisableDelayedExpansion
set "HERE=%~dp0"

rem --- Which jar: casebook.jar beside this file (the distribution zip), else target\ of a source checkout.
set "JAR=%HERE%casebook.jar"
if exist "%JAR%" goto :java
set "JAR=%HERE%target\casebook.jar"
set "STAMP=%HERE%target\casebook.sources"
set "LISTED=%HERE%target\casebook.sources.new"
if not exist "%HERE%target\" mkdir "%HERE%target"
rem The sources' names, sizes and times, compared with the list saved at the last build.
call :sources >"%LISTED%"
if not exist "%JAR%" goto :build
if not exist "%STAMP%" goto :build
fc /b "%STAMP%" "%LISTED%" >nul 2>nul
if errorlevel 1 goto :build
del /q "%LISTED%" >nul 2>nul
goto :java

:build
where mvn >nul 2>nul
if errorlevel 1 goto :nomaven
echo casebook: building target\casebook.jar with Maven (once, and after source changes)... 1>&2
call mvn -q -B -ntp -Dstyle.color=never -f "%HERE%pom.xml" -DskipTests package 1>&2
if errorlevel 1 exit /b 2
move /y "%LISTED%" "%STAMP%" >nul
rem a new jar makes the class-data archive of the old one useless
del /q "%HERE%target\casebook.jsa" "%HERE%target\casebook.jsa.id" >nul 2>nul
goto :java

:nomaven
echo casebook: target\casebook.jar is missing or stale and Maven (mvn) is not installed. 1>&2
echo   Use the distribution zip (casebook-VERSION.zip), which needs only Java. 1>&2
exit /b 2

:java
rem --- Which Java: JAVA_HOME's when set, else the first java on PATH.
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not "%JAVA%"=="java" goto :options
where java >nul 2>nul
if errorlevel 1 goto :nojava

:options
rem --- Java 17 or newer: an older Java fails on the options below with the JVM's own English words.
rem Its version is read from the installation's release file, without starting it; a java.exe with
rem no release file beside it (a PATH shim) is simply tried.
set "JHOME="
set "JVER="
set "JMAJ="
set "JMIN="
if not "%JAVA%"=="java" for %%J in ("%JAVA%") do set "JHOME=%%~dpJ.."
if "%JAVA%"=="java" for %%J in (java.exe) do set "JHOME=%%~dp$PATH:J.."
if "%JHOME%"==".." set "JHOME="
if not defined JHOME goto :javaok
for %%H in ("%JHOME%") do set "JHOME=%%~fH"
if not exist "%JHOME%\release" goto :javaok
for /f "usebackq tokens=1,* delims==" %%K in ("%JHOME%\release") do if "%%K"=="JAVA_VERSION" set "JVER=%%~L"
if not defined JVER goto :javaok
for /f "tokens=1,2 delims=." %%a in ("%JVER%") do (set "JMAJ=%%a"& set "JMIN=%%b")
if "%JMAJ%"=="1" set "JMAJ=%JMIN%"
if not defined JMAJ goto :javaok
set "JNUM="
set /a "JNUM=%JMAJ%" >nul 2>nul
if not "%JNUM%"=="%JMAJ%" goto :javaok
if %JMAJ% LSS 17 goto :oldjava
:javaok
rem --- JVM settings for a short-lived command, as in the Unix launcher (docs/performance.md): C1 only;
rem the parallel collector, a 256 MiB young generation and a heap starting at 1 GiB, unless
rem CASEBOOK_JAVA_OPTS picks a collector (then nothing) or sizes the heap (then the serial collector,
rem which needs the least memory). CASEBOOK_JAVA_OPTS comes last and wins.
set "JVM=-XX:TieredStopAtLevel=1"
echo(%CASEBOOK_JAVA_OPTS%| findstr /r /c:"-XX:+Use.*GC" >nul && goto :heapset
echo(%CASEBOOK_JAVA_OPTS%| findstr /r /c:"-Xm[xns]" >nul && set "JVM=%JVM% -XX:+UseSerialGC" && goto :heapset
set "JVM=%JVM% -XX:+UseParallelGC -Xmn256m -Xms1g"
:heapset
if "%CASEBOOK_CDS%"=="0" goto :plain

rem --- Class-data archive beside the jar (halves class loading). It belongs to one jar: casebook.jsa.id
rem holds the size and time of the jar it was made from. Made by a build when missing or stale (it holds
rem the classes of the run that made it: one made by check or new would lack the rendering classes), and
rem only where the folder is writable: a read-only install simply runs without one, every time, at no cost.
set "JSA=%JAR:~0,-4%.jsa"
for %%F in ("%JAR%") do set "JARID=%%~zF %%~tF"
set "JSAID="
if exist "%JSA%.id" set /p JSAID=<"%JSA%.id"
if exist "%JSA%" if "%JSAID%"=="%JARID%" goto :shared
if /i not "%~1"=="build" goto :plain

:archive
rem a name of its own: two first builds at once on a shared install must not write one file
set "JTMP=%JSA%.%RANDOM%.tmp"
del /q "%JSA%" "%JSA%.id" >nul 2>nul
rem the probe: a read-only folder leaves no file (ERRORLEVEL is not reliable after a failed redirection)
type nul >"%JTMP%" 2>nul
if not exist "%JTMP%" goto :plain
"%JAVA%" %JVM% -XX:ArchiveClassesAtExit="%JTMP%" -Xlog:cds=off -Xlog:cds+dynamic=off %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=%ERRORLEVEL%"
rem kept only when the JVM wrote it (still 0 bytes otherwise), renamed so no run reads half an archive
for %%F in ("%JTMP%") do set "SIZE=%%~zF"
if "%SIZE%"=="0" goto :noarchive
move /y "%JTMP%" "%JSA%" >nul 2>nul
>"%JSA%.id" echo(%JARID%
exit /b %CODE%

:noarchive
del /q "%JTMP%" >nul 2>nul
exit /b %CODE%

:shared
"%JAVA%" %JVM% -XX:SharedArchiveFile="%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:plain
"%JAVA%" %JVM% %CASEBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%

:nojava
echo casebook: Java 17 or newer is needed: install a JRE (e.g. Eclipse Temurin 17) or set JAVA_HOME. 1>&2
exit /b 2

:oldjava
echo casebook: Java 17 or newer is needed; this is Java %JVER% in %JHOME%. 1>&2
echo   Install Java 17 or newer (e.g. Eclipse Temurin 17) and set JAVA_HOME to its folder. 1>&2
exit /b 2

rem --- Prints one line per source file (time, size, full name); called as a subroutine.
:sources
for /r "%HERE%src\main" %%F in (*) do echo(%%~tzF %%~fF
for /r "%HERE%templates" %%F in (*) do echo(%%~tzF %%~fF
for %%F in ("%HERE%pom.xml") do echo(%%~tzF %%~fF
exit /b 0
