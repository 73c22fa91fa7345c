<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ทำอะไร</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ตัวกรอง (&amp;F):</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>พิมพ์ชื่อคำสั่ง คำอธิบาย หรือปุ่ม</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>ปิดข้อความ</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Labeller</source>
        <translation>ผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>ผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>หัวหน้าทีม</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>ใครกำลังทำงานอยู่?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>ค้นหาโปรไฟล์ของคุณ (&amp;F):</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>พิมพ์ชื่อของคุณ แล้วกด Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>โปรไฟล์ใหม่</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>บทบาท (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>ภาษาที่คุณติดป้ายกำกับได้ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>สร้างโปรไฟล์และเริ่มงาน (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>เริ่ม (&amp;S)</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>ใส่ชื่อสำหรับโปรไฟล์ใหม่</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>มีโปรไฟล์ชื่อ %1 อยู่แล้ว: เลือกจากรายการด้านบน</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>เลือกอย่างน้อยหนึ่งภาษาที่คุณติดป้ายกำกับได้</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>ยังไม่มีโปรไฟล์: สร้างโปรไฟล์ของคุณด้านล่าง</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>ไม่มีโปรไฟล์ที่ตรงกับ “%1”</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>เลือกทั้งหมด (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น (&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ลดลง (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ตกลง (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>กดปุ่มลัด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>คืนค่า</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ละเว้น</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>ภาษาและการแสดงผล</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>ขนาดตัวอักษร (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ธีม (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>ถือว่าไม่มีการใช้งานหลังจาก (&amp;I):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>เวลาทำงานจะหยุดนับเมื่อไม่มีการป้อนข้อมูลนานเท่านี้ (วินาที)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>เลือกคำสั่งแล้วกด Enter จากนั้นกดปุ่มลัดใหม่ กด Esc เพื่อยกเลิก กด Backspace เพื่อคืนค่าปุ่มลัดเดิมของคำสั่งนั้น</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>คืนค่าทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 ถูกใช้กับมากกว่าหนึ่งคำสั่ง: %2 กรุณาเปลี่ยนคำสั่งใดคำสั่งหนึ่ง</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>กลับเป็น %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>ทำอะไร</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>คืนค่า</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>การนำทาง</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>การติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>ตัวเลือกป้ายกำกับ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>แอป</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ส่งคำตอบ</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>บันทึกคำตอบแล้วไปยังรายการถัดไป</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>ข้ามรายการนี้และระบุเหตุผล</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>ทำเครื่องหมายว่าไม่แน่ใจในคำตอบ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึกย่อ</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>เขียนบันทึกย่อเกี่ยวกับรายการนี้</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>เลิกทำการกระทำล่าสุด</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>ล้างป้ายกำกับ</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>นำป้ายกำกับที่เลือกไว้ทั้งหมดออกจากรายการนี้</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>รายการก่อนหน้า</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>กลับไปยังรายการก่อนหน้าเพื่อแก้ไข</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>รายการถัดไป</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>ไปยังรายการถัดไป</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิวงาน</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>ย้ายโฟกัสไปที่คิวงาน</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>ย้ายโฟกัสไปที่บทสนทนา</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ป้ายกำกับ</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>ย้ายโฟกัสไปที่ตัวเลือกป้ายกำกับ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>ผลตอบรับ</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>แสดงผลตอบรับของคุณ: ผลรายการ gold และผลการตรวจทาน</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>ข้อความถัดไปของลูกค้า</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>ข้ามไปยังข้อความถัดไปของลูกค้า</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>ข้อความก่อนหน้าของลูกค้า</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>ข้ามไปยังข้อความก่อนหน้าของลูกค้า</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>ข้อความถัดไป</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>เลือกข้อความถัดไปเพื่อติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>ข้อความก่อนหน้า</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>เลือกข้อความก่อนหน้าเพื่อติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>ทั้งบทสนทนา</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>ยกเลิกการเลือกข้อความ: ป้ายกำกับจะใช้กับทั้งบทสนทนา</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>ค้นหาในบทสนทนา</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>ค้นหาป้ายกำกับ</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>พิมพ์เพื่อค้นหาป้ายกำกับจากชื่อ คำพ้องความหมาย หรือคีย์</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>รายการโปรด</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>เพิ่มป้ายกำกับที่เลือกไว้ในรายการโปรด หรือนำออก</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>ภาษา ขนาดตัวอักษร ธีม เวลาที่ไม่มีการใช้งาน และปุ่มลัด</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>แสดงปุ่มลัดทั้งหมด</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>สลับโปรไฟล์</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>เปลี่ยนผู้ที่กำลังทำงาน</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ซิงค์</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>ส่งงานของคุณไปยังศูนย์กลางและดึงรายการใหม่</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>ปิด LabelDesk งานที่ส่งแล้วได้รับการบันทึกไว้แล้ว</translation>
    </message>
</context>
</TS>
