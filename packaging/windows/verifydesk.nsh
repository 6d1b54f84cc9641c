; SPDX-License-Identifier: MIT
; VerifyDesk additions to CPack's NSIS installer: per-machine only, in-place upgrade, and
; /SERVERURL=<url> written to the managed settings (policy) registry key.
; CPack offers no top-level hook, so this file is included inside the install section
; (CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS): macros and /GLOBAL variables only, no functions.
!include "LogicLib.nsh"

!define VD_POLICY_KEY "Software\Policies\VerifyDesk\Console"
!define VD_UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\VerifyDesk"
!define VD_OPTION "/SERVERURL="
!define VD_OPTION_LENGTH 11

Var /GLOBAL VD_ServerUrl
Var /GLOBAL VD_Text
Var /GLOBAL VD_Index
Var /GLOBAL VD_Char
Var /GLOBAL VD_End

; $VD_ServerUrl = the value of /SERVERURL=<url> or /SERVERURL="<url>" on the command line, or
; "". FileFunc's GetOptions would end the value at the next "/", inside "https://".
!macro VD_ParseServerUrl
  StrCpy $VD_ServerUrl ""
  StrCpy $VD_Text $CMDLINE
  StrCpy $VD_Index 1
  StrCpy $VD_End ""
  ${Do}
    StrCpy $VD_Char $VD_Text ${VD_OPTION_LENGTH} $VD_Index
    ${If} $VD_Char == ""
      ${ExitDo}
    ${EndIf}
    ; StrCmp (behind ==) ignores case, so /serverurl= works too. The option starts a word.
    ${If} $VD_Char == "${VD_OPTION}"
      IntOp $VD_Index $VD_Index - 1
      StrCpy $VD_Char $VD_Text 1 $VD_Index
      IntOp $VD_Index $VD_Index + 1
      ${If} $VD_Char == " "
        StrCpy $VD_End "found"
        ${ExitDo}
      ${EndIf}
    ${EndIf}
    IntOp $VD_Index $VD_Index + 1
  ${Loop}
  ${If} $VD_End == "found"
    IntOp $VD_Index $VD_Index + ${VD_OPTION_LENGTH}
    StrCpy $VD_Text $VD_Text "" $VD_Index
    StrCpy $VD_Char $VD_Text 1
    ${If} $VD_Char == '"'
      StrCpy $VD_Text $VD_Text "" 1
      StrCpy $VD_End '"'
    ${Else}
      StrCpy $VD_End " "
    ${EndIf}
    StrCpy $VD_Index 0
    ${Do}
      StrCpy $VD_Char $VD_Text 1 $VD_Index
      ${If} $VD_Char == ""
      ${OrIf} $VD_Char == $VD_End
        ${ExitDo}
      ${EndIf}
      IntOp $VD_Index $VD_Index + 1
    ${Loop}
    StrCpy $VD_ServerUrl $VD_Text $VD_Index
  ${EndIf}
!macroend

; Before any file is written: refuse a per-user install and a bad server URL, then remove the
; previous version in place (same key, same folder), so a bad parameter never leaves a
; machine with nothing installed.
!macro VD_PreInstall
  UserInfo::GetAccountType
  Pop $VD_Char
  ${If} $VD_Char != "Admin"
    MessageBox MB_OK|MB_ICONSTOP "VerifyDesk is installed for all users: run the installer as an administrator." /SD IDOK
    SetErrorLevel 740
    Quit
  ${EndIf}
  SetShellVarContext all

  !insertmacro VD_ParseServerUrl
  ${If} $VD_ServerUrl != ""
    StrCpy $VD_Char $VD_ServerUrl 8
    StrCpy $VD_Text $VD_ServerUrl 7
    ${If} $VD_Char != "https://"
    ${AndIf} $VD_Text != "http://"
      MessageBox MB_OK|MB_ICONSTOP "/SERVERURL must be an https:// (or http://) URL." /SD IDOK
      SetErrorLevel 87
      Quit
    ${EndIf}
  ${EndIf}

  ReadRegStr $VD_Text HKLM "${VD_UNINSTALL_KEY}" "UninstallString"
  ${If} $VD_Text != ""
    ; UninstallString is "<folder>\Uninstall.exe", quoted.
    StrCpy $VD_Char $VD_Text 1
    ${If} $VD_Char == '"'
      StrCpy $VD_Text $VD_Text -1 1
    ${EndIf}
    StrCpy $VD_End $VD_Text -14 ; the folder: without "\Uninstall.exe"
    ${If} ${FileExists} $VD_Text
      DetailPrint "Removing the previous version from $VD_End"
      ; _?= runs the old uninstaller in place, so ExecWait really waits for it.
      ExecWait '"$VD_Text" /S _?=$VD_End'
    ${EndIf}
  ${EndIf}
  ; The old uninstaller may have removed the folder the files go to.
  SetOutPath "$INSTDIR"
!macroend

; End of the install section: the server URL becomes a managed (policy) setting. Uninstall
; leaves it alone, because an upgrade uninstalls first and the policy belongs to IT.
!macro VD_PostInstall
  ${If} $VD_ServerUrl != ""
    SetRegView 64
    WriteRegStr HKLM "${VD_POLICY_KEY}" "ServerUrl" "$VD_ServerUrl"
    SetRegView lastused
    DetailPrint "Managed server URL: $VD_ServerUrl"
  ${EndIf}
!macroend
