<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ApiFailure</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::app::FollowUpController</name>
    <message numerus="yes">
        <source>Locked until the caller is verified. An approved push unlocks these actions for %n minute(s).</source>
        <translation>
            <numerusform>Locked until the caller is verified. An approved push unlocks these actions for %n minute.</numerusform>
            <numerusform>Locked until the caller is verified. An approved push unlocks these actions for %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</source>
        <translation>
            <numerusform>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</numerusform>
            <numerusform>Locked: the %n-minute window after the approval has ended. Verify the caller again to unlock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::app::OperatorAuditModel</name>
    <message numerus="yes">
        <source>%n follow-up action(s): %1</source>
        <translation>
            <numerusform>%n follow-up action: %1</numerusform>
            <numerusform>%n follow-up actions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::AssignmentPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::AuditTableView</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n newer row(s): Refresh to see them</source>
        <translation>
            <numerusform> · %n newer row: Refresh to see them</numerusform>
            <numerusform> · %n newer rows: Refresh to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %1 of %Ln entries</source>
        <translation>
            <numerusform>Exporting… %1 of %Ln entry</numerusform>
            <numerusform>Exporting… %1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entries loaded</source>
        <translation>
            <numerusform>%1 of %Ln entry loaded</numerusform>
            <numerusform>%1 of %Ln entries loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vd::ui::IdleWarning</name>
    <message numerus="yes">
        <source>Nobody has used the console for a while. You will be signed out in %n second(s).</source>
        <translation>
            <numerusform>Nobody has used the console for a while. You will be signed out in %n second.</numerusform>
            <numerusform>Nobody has used the console for a while. You will be signed out in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
