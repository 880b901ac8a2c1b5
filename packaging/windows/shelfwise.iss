; Inno Setup 6 script: the Windows installer for the one-folder bundle built by shelfwise.spec.
;   iscc /DAppVersion=0.1.0 packaging\windows\shelfwise.iss
; Paths are relative to this file; BundleDir and IconFile can be overridden with /D.
; Installs per user by default (no administrator needed); the uninstaller removes the program
; and leaves the person's library (in their user data folder) alone.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\pyinstaller\dist\shelfwise"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\shelfwise.ico"
#endif

[Setup]
AppId={{6E0C2B8A-3F4D-4C1B-9A7E-5D2F8B1C4E90}
AppName=Shelfwise
AppVersion={#AppVersion}
AppVerName=Shelfwise {#AppVersion}
AppPublisher=Shelfwise
DefaultDirName={autopf}\Shelfwise
DefaultGroupName=Shelfwise
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=shelfwise-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#IconFile}
Compression=lzma2/normal
SolidCompression=yes
WizardStyle=modern
Uninstallable=yes
UninstallDisplayName=Shelfwise
UninstallDisplayIcon={app}\shelfwise-desktop.exe

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Shelfwise"; Filename: "{app}\shelfwise-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Shelfwise}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Shelfwise"; Filename: "{app}\shelfwise-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\shelfwise-desktop.exe"; Description: "{cm:LaunchProgram,Shelfwise}"; Flags: nowait postinstall skipifsilent
