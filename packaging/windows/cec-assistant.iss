; Inno Setup 6 script: a per-machine installer for the one-folder build.
; Build the folder first (packaging\build.py), then, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\cec-assistant.iss
; (take the version from pyproject.toml; packaging\README.md has a one-liner).
; Output: dist\cec-assistant-<version>-setup.exe
;
; The CSW's encrypted store is NOT in the program folder: it lives in each
; user's %LOCALAPPDATA%\cec-interview-assistant\. The uninstaller must never
; remove it, so this script has no [UninstallDelete] section on purpose.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z ...
#endif

#define AppName "CEC Interview Assistant"
#define AppExe "cec-assistant.exe"
#define BuildDir "..\..\dist\cec-assistant"

[Setup]
; Keep this id for every release: it is how upgrades find the installed copy.
AppId={{6B0E7C52-3D1A-4F0B-9C57-2E8A4C1D9F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=County Department of Children and Family Services
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=cec-assistant-{#AppVersion}-setup
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces the whole folder: no stale modules from the previous build.
CloseApplications=yes
; The county signs setup and uninstaller with its own certificate (see README):
;   SignTool=countysign
; SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Remove the previous build's files before copying the new one (modules that
; a newer build no longer has must not linger beside it).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
