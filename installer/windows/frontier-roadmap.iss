; Inno Setup 6 script of the Windows installer of Frontier Roadmap.
;
; Build the bundle on Windows first (installer\build.sh under Git Bash, or
; `python -m PyInstaller installer\frontier-roadmap.spec`), then from this folder:
;     iscc frontier-roadmap.iss                  (or iscc /DAppVersion=0.2.0 frontier-roadmap.iss)
; It writes dist\frontier-roadmap-<version>-setup.exe, which installs dist\frontier-roadmap\
; (frontier-roadmap.exe, the windowed app, and roadmap.exe, the console command), a Start-menu
; entry, the .roadmap file association and an uninstaller. It installs for the current user
; without administrator rights, or for all users when the user chooses so and can elevate.
; Not compiled here (no Windows build machine): written from the Inno Setup 6 documentation.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Frontier Roadmap"
#define AppExe "frontier-roadmap.exe"
#define ProgId "FrontierRoadmap.Document"
#define Bundle "..\..\dist\frontier-roadmap"

[Setup]
; The AppId identifies the program to Windows' "Apps" list and to later upgrades: never change it.
AppId={{6B0E3C1A-5F5D-4C0B-9F7E-3A1D2C4B8E90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Frontier Roadmap team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=frontier-roadmap-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\frontier-roadmap.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app is running while files are replaced on an upgrade: ask to close it.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Recent Inno Setup releases ship ChineseSimplified.isl; for an older compiler put the translation
; from jrsoftware.org/files/istrans/ in its Languages folder. Without it the setup is English only.
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\ with Python, Qt and resources.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .roadmap files open in the app (per the Inno Setup FAQ on file associations). HKA is
; HKEY_CURRENT_USER for a per-user install and HKEY_LOCAL_MACHINE for an all-users one.
Root: HKA; Subkey: "Software\Classes\.roadmap\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Frontier Roadmap document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".roadmap"; ValueData: ""
; `roadmap` from the Run dialog and `start roadmap`; a console user adds {app} to PATH for more.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\roadmap.exe"; ValueType: string; ValueName: ""; ValueData: "{app}\roadmap.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
