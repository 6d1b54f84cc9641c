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
