@echo off
rem sos: the command line of sos on Windows (see README.md; "sos help COMMAND" for one command).
rem Finds Java 17 or later (SOS_JAVA, then JAVA_HOME, then java on the PATH), shares the classes the
rem tool loads between runs (a class-data-sharing archive made on the first run) and starts the JVM
rem with settings suited to the command. SOS_JAVA_OPTS adds JVM options.
setlocal EnableExtensions EnableDelayedExpansion
set "SOS_HOME=%~dp0.."
set "JAR=%SOS_HOME%\lib\sos.jar"

set "ENGLISH="
set "PREVIOUS="
for %%a in (%*) do (
    if /i "%%~a"=="--lang=en" set "ENGLISH=1"
    if /i "!PREVIOUS!"=="--lang" if /i "%%~a"=="en" set "ENGLISH=1"
    set "PREVIOUS=%%~a"
)

if defined SOS_JAVA (
    set "JAVA=%SOS_JAVA%"
) else if defined JAVA_HOME (
    set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
    set "JAVA=java"
)

set "VERSION="
for /f "tokens=3" %%v in ('"!JAVA!" -version 2^>^&1 ^| findstr /i "version"') do if not defined VERSION set "VERSION=%%~v"
if not defined VERSION (
    if defined ENGLISH (echo sos: Java 17 or later is needed: set JAVA_HOME or put java on the PATH 1>&2) else (echo sos: Java 17 of nieuwer is nodig: zet JAVA_HOME of zet java op het PATH 1>&2)
    exit /b 4
)
for /f "delims=.-+" %%m in ("!VERSION!") do set "MAJOR=%%m"
if "!MAJOR!"=="1" for /f "tokens=2 delims=." %%m in ("!VERSION!") do set "MAJOR=%%m"
if !MAJOR! LSS 17 (
    if defined ENGLISH (echo sos: Java 17 or later is needed; !JAVA! is Java !VERSION! 1>&2) else (echo sos: Java 17 of nieuwer is nodig; !JAVA! is Java !VERSION! 1>&2)
    exit /b 4
)

rem JVM settings per command and the length of its run: see bin/sos.
set "COMMAND="
set "SUBCOMMAND="
set "LONG="
for %%a in (%*) do (
    set "ARG=%%~a"
    if "!ARG!"=="-" set "LONG=1"
    if "!ARG:~0,6!"=="--days" set "LONG=1"
    if not "!ARG:~0,1!"=="-" (
        if defined COMMAND if not defined SUBCOMMAND set "SUBCOMMAND=%%~a"
        if not defined COMMAND set "COMMAND=%%~a"
        if exist "%%~a" if not exist "%%~a\" if %%~za GTR 268435456 set "LONG=1"
    )
)
if /i "!COMMAND!"=="rules" set "COMMAND=rules !SUBCOMMAND!"
set "MANY="
for %%c in (batch overview worklist "rules impact" serve) do if /i "!COMMAND!"=="%%~c" set "MANY=1"
if /i "!COMMAND!"=="serve" set "LONG=1"
set "KIND=one"
set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m"
if defined MANY (
    set "KIND=short"
    set "OPTIONS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
)
if defined MANY if defined LONG (
    set "KIND=long"
    set "OPTIONS=-XX:+UseParallelGC -XX:MaxInlineLevel=5 -XX:FreqInlineSize=100"
)

rem Class-data sharing: one archive per Java version and build of the jar.
set "STAMP="
if exist "%JAR%.id" set /p STAMP=<"%JAR%.id"
if not defined STAMP for %%f in ("%JAR%") do set "STAMP=%%~zf-%%~tf"
set "STAMP=!STAMP: =_!"
set "STAMP=!STAMP:/=-!"
set "STAMP=!STAMP::=-!"
set "DIR=%SOS_HOME%\lib\cds"
if not exist "!DIR!" mkdir "!DIR!" 2>nul
if not exist "!DIR!" (
    set "DIR=%LOCALAPPDATA%\sos"
    if not exist "!DIR!" mkdir "!DIR!" 2>nul
)
set "ARCHIVE=!DIR!\sos-!VERSION!-!STAMP!.jsa"
set "MADE="
set "RECORDED="
set "SHARE=-Xshare:auto"
rem Java 25 and later: an ahead-of-time cache (classes loaded and linked, method profiles), one per
rem kind of run (one case, a short or a long run over many cases). The first run records what it
rem does and then makes the cache (here, unlike bin/sos, before the command returns); the runs
rem after it use it.
if !MAJOR! GEQ 25 (
    set "CACHE=!DIR!\sos-!VERSION!-!STAMP!-!KIND!.aot"
    set "SHARE="
    if exist "!CACHE!" (
        set "CDS=-XX:AOTCache=!CACHE!"
    ) else (
        set "RECORDED=!CACHE!.%RANDOM%.conf"
        set "CDS=-XX:AOTMode=record -XX:AOTConfiguration=!RECORDED! -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput"
    )
) else if !MAJOR! GEQ 19 (
    set "CDS=-XX:SharedArchiveFile=!ARCHIVE! -XX:+AutoCreateSharedArchive"
) else if exist "!ARCHIVE!" (
    set "CDS=-XX:SharedArchiveFile=!ARCHIVE!"
) else if /i not "!COMMAND!"=="batch" (
    set "MADE=!ARCHIVE!.%RANDOM%"
    set "CDS=-XX:ArchiveClassesAtExit=!MADE!"
) else (
    set "CDS="
)

"!JAVA!" !SHARE! -Xlog:disable -Xlog:all=error:stderr !CDS! !OPTIONS! %SOS_JAVA_OPTS% -jar "%JAR%" %*
set "CODE=!ERRORLEVEL!"
if defined RECORDED if exist "!RECORDED!" (
    if "!CODE!"=="0" (
        "!JAVA!" -XX:AOTMode=create -XX:AOTConfiguration="!RECORDED!" -XX:AOTCache="!CACHE!.tmp" !OPTIONS! -cp "%JAR%" >nul 2>nul && move /y "!CACHE!.tmp" "!CACHE!" >nul 2>nul
        if exist "!CACHE!" for %%o in ("!DIR!\sos-*-!KIND!.aot") do if /i not "%%~nxo"=="sos-!VERSION!-!STAMP!-!KIND!.aot" del /q "%%~fo" >nul 2>nul
        if exist "!CACHE!.tmp" del /q "!CACHE!.tmp" >nul 2>nul
    )
    del /q "!RECORDED!" >nul 2>nul
)
if defined MADE if exist "!MADE!" (
    if "!CODE!"=="0" (move /y "!MADE!" "!ARCHIVE!" >nul 2>nul) else (del /q "!MADE!" >nul 2>nul)
)
exit /b !CODE!
