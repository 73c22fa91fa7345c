<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>ไม่แน่ใจ (&amp;U)</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>ทำเครื่องหมายว่าไม่แน่ใจในคำตอบ</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>บันทึกย่อถึงผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>ข้าม…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>ข้ามบทสนทนานี้พร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ส่งคำตอบ</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>บันทึกคำตอบแล้วไปยังบทสนทนาถัดไป</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>ยังไม่ได้เลือกป้ายกำกับ</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>เกิดข้อผิดพลาด (%1) งานที่บันทึกไว้ยังอยู่ครบ ดูรายละเอียดได้ในไฟล์บันทึก</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>All labels</source>
        <translation>ป้ายกำกับทั้งหมด</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>ไปที่ %1</translation>
    </message>
</context>
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
        <translation>คำอธิบาย</translation>
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
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ยังไม่มี</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to hub</source>
        <translation>เชื่อมต่อกับศูนย์กลาง</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>เชื่อมต่อพื้นที่ทำงานนี้กับศูนย์กลางของทีม เพื่อส่งงานของคุณและดึงรายการใหม่ ขอที่อยู่ของศูนย์กลางและโทเค็นของ %1 จากหัวหน้าทีม</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>ที่อยู่ศูนย์กลาง (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>โทเค็น (&amp;T):</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>the token your lead gave you</source>
        <translation>โทเค็นที่หัวหน้าทีมให้คุณ</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ (&amp;C)</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>พิมพ์ที่อยู่ของศูนย์กลาง เช่น https://hub.example.com</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>ที่อยู่ของศูนย์กลางขึ้นต้นด้วย https:// (หรือ http:// สำหรับศูนย์กลางทดสอบ)</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>พิมพ์โทเค็นของคุณ</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>บอท</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>ยังไม่ได้เปิดบทสนทนา</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>ชุดงาน (&amp;B):</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>ทุกชุดงาน</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>ความคืบหน้าและปริมาณงาน (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>ความเห็นตรงกันรายสัปดาห์ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>ความแม่นยำเทียบ gold ของผู้ติดป้ายกำกับแต่ละคน (&amp;G)</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>ความสับสนของป้ายกำกับ: ป้ายกำกับสุดท้ายเทียบกับคำตอบที่ให้ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>Ven&amp;dors</source>
        <translation>ผู้ให้บริการ (&amp;D)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>กำลังโหลด…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>คำนวณแดชบอร์ดไม่ได้</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>คำตอบ %1 รายการ จากบทสนทนา %2 รายการ</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>ร้อยละความเห็นตรงกัน</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α ของ Krippendorff</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>ความตรงกันกับป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>ความแม่นยำเทียบ gold</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(ไม่มีผู้ให้บริการ)</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>คำตอบต่อวัน</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>เสร็จแล้ว (จากที่มอบหมาย)</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>คำตอบสะสม</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>เสร็จแล้ว %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>ความเห็นตรงกัน</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 รายการ</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>เป้าหมาย %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 คำตอบ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>ป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>คำตอบที่ให้</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ อีก %1</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>ยังไม่มีข้อมูลให้แสดง</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>ยังไม่มีการเปรียบเทียบหรือให้คะแนน</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>คำตอบที่บันทึกเมื่อ %1</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>รายการที่เสร็จในสัปดาห์ของวันที่ %1</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>คำตอบในรายการ gold ของ %1</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1: คำตอบในรายการ gold</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1: คำตอบที่เทียบกับป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>ป้ายกำกับสุดท้าย %1 ตอบว่า %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>ความผิดพลาดของผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>บทสนทนากำกวม</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>แนวทางไม่ครอบคลุม</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>โครงสร้างป้ายกำกับไม่ครอบคลุม</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>ยังไม่ได้เลือกเหตุผล</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>เหตุที่ผู้ติดป้ายกำกับเห็นไม่ตรงกัน ต้องระบุเมื่อมีช่องที่ไม่ถูกต้อง ใช้ Up/Down เพื่อเลือก</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>ความเห็น (&amp;N):</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>สิ่งที่ผู้ติดป้ายกำกับควรรู้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>เหตุที่คำตอบนี้ถูกต้อง (สำหรับรายการ gold)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>บันทึกผลการตรวจทาน</translation>
    </message>
    <message>
        <source>Already a gold item</source>
        <translation>เป็นรายการ gold อยู่แล้ว</translation>
    </message>
    <message>
        <source>Promote to &amp;gold</source>
        <translation>ตั้งเป็นรายการ gold (&amp;G)</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Miss</source>
        <extracomment>Rows made per ``fetchMore``. The role that gives a row&apos;s :class:`ConversationRow`.</extracomment>
        <translation>ไม่ตรง</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>ป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>มีคำตอบขององค์ประกอบนี้ที่ไม่ตรงกับป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>คำตอบทุกข้อขององค์ประกอบนี้ตรงกับป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>ตัดสินจาก: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ข้ามแล้ว</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>ไม่มีป้ายกำกับ</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1 (ไม่แน่ใจ)</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>ความเห็นตรงกัน</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>ฉันทามติ</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>คำตอบเดียว</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ไม่มีคำตอบ</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>บทสนทนาขององค์ประกอบที่เลือก (&amp;O)</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>ปิด (&amp;E)</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>ปิดรายการนี้ (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1: บทสนทนา %n รายการ โดยแสดงรายการที่มีคำตอบไม่ตรง %2 รายการก่อน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · ป้ายกำกับสุดท้าย: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FeedbackDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>Labelling error</source>
        <extracomment>the FeedbackEntry &quot;gold&quot; or &quot;review&quot; &quot;Gold check&quot; / &quot;Review&quot;, translated display names, joined display names, joined translated cause, or &quot;&quot; when, in the user&apos;s locale</extracomment>
        <translation>ติดป้ายกำกับผิด</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>รายการกำกวม</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>แนวทางไม่ครอบคลุม</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>โครงสร้างป้ายกำกับไม่ครอบคลุม</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>ตรวจกับรายการ gold</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>คำตอบของคุณตรงกับคำตอบ gold</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>คำตอบของคุณไม่ตรงกับคำตอบ gold</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>ผู้ตรวจทานตัดสินว่าคำตอบของคุณถูกต้อง</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>ผู้ตรวจทานตัดสินว่าคำตอบของคุณไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>คุณ: %1 · คำตอบที่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>คุณ: %1 · ผลสุดท้าย: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 ของ %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>ผลตอบรับ</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>ผลงานของคุณ: ใช้ปุ่มลูกศรเพื่อเลื่อน กด Enter เพื่อเปิดบทสนทนา</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>รายละเอียดผลตอบรับ</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>โหลดผลตอบรับไม่ได้: %1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>กำลังโหลดผลตอบรับ…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>ยังไม่มีผลตอบรับ ผลการตรวจกับรายการ gold และผลการตรวจทานงานของคุณจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>คำตอบของคุณ</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>คำตอบที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>ป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>ความเห็นของผู้ตรวจทาน</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>ไม่พบผลลัพธ์</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>ค้นหาในบทสนทนา</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>ผลก่อนหน้า (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>ผลก่อนหน้า</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>ผลถัดไป (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>ผลถัดไป</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>ปิดแถบค้นหา</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>ระดับบนสุด</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · ไม่ทราบ</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>ตรวจไม่พบภาษาของบทสนทนานี้</translation>
    </message>
    <message>
        <source>%1? · %2%</source>
        <translation>%1? · %2%</translation>
    </message>
    <message>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>%1 (%2)? Detected with only %3% confidence: check before labelling.</source>
        <translation>%1 (%2)? ตรวจพบด้วยความมั่นใจเพียง %3% โปรดตรวจสอบก่อนติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1 (%2) ตรวจพบด้วยความมั่นใจ %3%</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LabelDesk — %1 (%2)</source>
        <translation>LabelDesk — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>รายการ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>โหมด (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>เกี่ยวกับ LabelDesk (&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · ภาษา: %3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>เลิกทำการส่งแล้ว คำตอบก่อนหน้ากลับมาแล้ว</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>เลิกทำการข้ามแล้ว</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>เลิกทำการเปลี่ยนสถานะไม่แน่ใจแล้ว</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>เลิกทำการแก้ไขหมายเหตุแล้ว</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>เลิกทำการล้างป้ายกำกับแล้ว</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>เลิกทำการเลือกป้ายกำกับแล้ว</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>ผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>ผู้ตรวจทาน</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>หัวหน้าทีม</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>บันทึก %1 แล้ว (ฉบับแก้ไขที่ %2)</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>นี่คือบทสนทนาสุดท้ายในรายการนี้แล้ว</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>เวลาทำงาน %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — ติดป้ายกำกับได้แม้ออฟไลน์ พร้อมระบบตรวจคุณภาพในตัว</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>เกี่ยวกับ LabelDesk</translation>
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
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>บทสนทนานี้ไม่มีข้อมูลเมตา</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>ยังไม่ได้เปิดบทสนทนา</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>โมเดลแนะนำ: %1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>คาดการณ์โดย %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ชุดงาน</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>จำนวนข้อความ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>ข้อมูลเมตา</translation>
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
    <name>QualityPage</name>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>The groupings, in the order the combo box lists them.</extracomment>
        <translation>จัดกลุ่มตาม (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>ชุดงาน (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>แก้ไขเป้าหมาย (&amp;T)…</translation>
    </message>
    <message>
        <source>Labeller</source>
        <translation>ผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Taxonomy branch</source>
        <translation>กิ่งของโครงสร้างป้ายกำกับ</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>ทุกชุดงาน</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>คำนวณรายงานไม่ได้</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>เป้าหมาย: กำลังโหลด…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>เป้าหมาย: ความแม่นยำเทียบ gold ≥ %1 · κ ≥ %2 · เมื่อผู้ติดป้ายกำกับมีคำตอบ %n รายการขึ้นไป</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>ส่งแบบทดสอบทบทวนให้ผู้ที่ถูกทำเครื่องหมาย (&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>ส่งแบบทดสอบทบทวนให้ผู้ที่ถูกทำเครื่องหมาย %n คน (&amp;S)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>ผู้ติดป้ายกำกับ %n คนต่ำกว่าเป้าหมาย</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>ทุกคนผ่านเป้าหมาย</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>ความเห็นตรงกัน</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>ฉันทามติ</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>คำตอบเดียว</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ไม่มีคำตอบ</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>ป้ายกำกับสุดท้ายของบทสนทนา %1 รายการ: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation> (ความมั่นใจเฉลี่ยของฉันทามติ %1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>ความเห็นตรงกันใน %1 รายการที่มีผู้ตอบสองครั้งขึ้นไป: %2 · κ ของ Fleiss %3 · α ของ Krippendorff %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>ทุกหมวด</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>ส่งแบบทดสอบทบทวน</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>ให้ผู้ติดป้ายกำกับ %n คนทำแบบทดสอบทบทวนในกิ่งที่ตอบผิดบ่อยที่สุดหรือไม่?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>ส่งแบบทดสอบทบทวนให้ผู้ติดป้ายกำกับ %n คนแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Labeller</source>
        <extracomment>What a cell without a value shows, and what joins an interval&apos;s ends (an en dash). The raw value of a cell (a number, None last), for sorting. The row&apos;s QualityRow.</extracomment>
        <translation>ผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>ผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>กิ่ง</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>ความแม่นยำเทียบ gold</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>ตรงกับผลสุดท้าย</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>κ เทียบผลสุดท้าย</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>ถูกกลับคำตัดสิน</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ข้ามแล้ว</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>รายการ / ชั่วโมง</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>ความแม่นยำโดยประมาณ</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>สัดส่วนรายการ gold ที่ตอบถูก พร้อมช่วง Wilson 95%</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>สัดส่วนคำตอบที่ตรงกับป้ายกำกับสุดท้าย ในรายการที่มีผู้ตอบอย่างน้อยสองครั้ง</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>Cohen&apos;s kappa ของคำตอบเทียบกับป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>สัดส่วนคำตอบที่ผ่านการตรวจทานซึ่งผู้ตรวจทานตัดสินว่าไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>จำนวนรายการต่อชั่วโมงของเวลาทำงาน</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>ความแม่นยำตามที่โมเดล Dawid-Skene ประมาณ</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>ความแม่นยำเทียบ gold %1 ต่ำกว่าเป้าหมาย %2</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 ต่ำกว่าเป้าหมาย %2</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>เร็วเกินไป: จำนวนรายการต่อชั่วโมงทำงานมากกว่าสองเท่าของค่ามัธยฐาน</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>ยังไม่ทำ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ข้ามแล้ว</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่างข้อความ</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>ชุดงาน</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>รายการที่ %1, %2, ภาษา %3: %4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · ชุดงาน %2 · ภาษา %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>แสดงรายการที่มีสถานะนี้ (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>แสดงรายการในชุดงานนี้ (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>แสดงรายการในภาษานี้ (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>คิวงานของคุณ (%1): ปุ่มลูกศร, Page Up/Down, Home/End เพื่อเลื่อน กด Enter เพื่อเปิด</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ตัวกรองสถานะ</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>ตัวกรองชุดงาน</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>ตัวกรองภาษา</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>คิวงาน</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>แสดงความคืบหน้าไม่ได้</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>เสร็จแล้ว %1 / %2 · วันนี้ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>ยังไม่ทำ %1 · เสร็จแล้ว %2 · ไม่แน่ใจ %3 · ข้ามแล้ว %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>ยังไม่ได้เลือกโปรไฟล์</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>ไม่มีรายการที่ตรงกับตัวกรองนี้</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>รายการที่ %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>รายการที่ %1 จาก %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>ทุกชุดงาน</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>ทุกภาษา</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>ระบุไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Nothing to review. New disagreements appear here when labellers finish.</source>
        <translation>ไม่มีอะไรให้ตรวจทาน กรณีความเห็นไม่ตรงกันใหม่จะแสดงที่นี่เมื่อผู้ติดป้ายกำกับทำเสร็จ</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>บทสนทนานี้เป็นรายการ gold อยู่แล้ว</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>บันทึกผลการตรวจทานของ %1 แล้ว</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>นี่คือรายการสุดท้ายแล้ว</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>ป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>ตรวจทานแล้ว</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>รอตรวจทาน</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n slot(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Take these labels as the final labels</source>
        <translation>ใช้ป้ายกำกับเหล่านี้เป็นป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Mark correct or incorrect</source>
        <translation>ทำเครื่องหมายว่าถูกหรือผิด</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>สุ่มตรวจรายการที่ความเห็นตรงกัน</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>ความเห็นไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · ชุดงาน %2 · ภาษา %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>การตรวจทานทั้งหมด</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>ตัวกรองสถานะการตรวจทาน</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>คิวงานตรวจทาน</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>รายการที่ต้องตรวจทาน: ใช้ปุ่มลูกศรเพื่อเลื่อน กด Enter เพื่อเปิด</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>รอตรวจทาน %1 · เสร็จแล้ว %2 · วันนี้ %Ln</numerusform>
        </translation>
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
        <translation>คำอธิบาย</translation>
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
        <source>Review</source>
        <translation>การตรวจทาน</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>โหมด</translation>
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
        <source>Save review</source>
        <translation>บันทึกผลการตรวจทาน</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>บันทึกป้ายกำกับสุดท้ายและผลตัดสิน แล้วเปิดรายการถัดไป</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>ยอมรับช่อง A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>ใช้ป้ายกำกับของช่อง A เป็นป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>ยอมรับช่อง B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>ใช้ป้ายกำกับของช่อง B เป็นป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>ยอมรับช่อง C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>ใช้ป้ายกำกับของช่อง C เป็นป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>ยอมรับช่อง D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>ใช้ป้ายกำกับของช่อง D เป็นป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>ช่อง A ถูกต้องไหม?</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>ทำเครื่องหมายว่าช่อง A ถูกต้องหรือไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>ช่อง B ถูกต้องไหม?</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>ทำเครื่องหมายว่าช่อง B ถูกต้องหรือไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>ช่อง C ถูกต้องไหม?</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>ทำเครื่องหมายว่าช่อง C ถูกต้องหรือไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>ช่อง D ถูกต้องไหม?</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>ทำเครื่องหมายว่าช่อง D ถูกต้องหรือไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>เลือกเหตุที่ผู้ติดป้ายกำกับเห็นไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>ความเห็น</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>เขียนความเห็นถึงผู้ติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>เลือกป้ายกำกับสุดท้าย</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>ค้นหาป้ายกำกับสุดท้ายในโครงสร้างป้ายกำกับด้วยตนเอง</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>ตั้งเป็นรายการ gold</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>ตั้งรายการที่ตรวจทานแล้วนี้เป็นรายการ gold</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>รายการตรวจทานก่อนหน้า</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>กลับไปยังรายการตรวจทานก่อนหน้า</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>รายการตรวจทานถัดไป</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>ไปยังรายการตรวจทานถัดไป</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>โหมดติดป้ายกำกับ</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>ติดป้ายกำกับรายการในคิวงานของคุณ</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>โหมดตรวจทาน</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>ตัดสินกรณีความเห็นไม่ตรงกัน (ผู้ตรวจทานและหัวหน้าทีม)</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>โหมดคุณภาพ</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>คุณภาพเทียบกับเป้าหมาย (หัวหน้าทีม)</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>โหมดแดชบอร์ด</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>แผนภูมิคุณภาพ คลิกเจาะลึกถึงบทสนทนาได้ (หัวหน้าทีม)</translation>
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
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>ข้ามบทสนทนา</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>เหตุผลที่ข้ามบทสนทนานี้ (&amp;W)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>ไม่ใช่งานบริการลูกค้า</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>ภาษาไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>สแปมหรืออ่านไม่ออก</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>สั้นเกินกว่าจะตัดสินได้</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>มีข้อมูลส่วนบุคคล</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Accept %1</source>
        <translation>ยอมรับ %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>ช่อง %1</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ ถูกต้อง</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>ยังไม่ตัดสิน</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ไม่มีป้ายกำกับ)</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>ข้อความที่ %1: %2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>ทำเครื่องหมายว่าไม่แน่ใจ</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>การซิงค์หยุดลงเพราะเกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>เชื่อมต่อไม่ได้: %1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>เชื่อมต่อในชื่อ %1 แต่หน้าต่างนี้ทำงานในชื่อ %2 เปลี่ยนโปรไฟล์เพื่อทำรายการของ %1</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>ยกเลิกการซิงค์แล้ว ข้อมูลที่ส่งไปแล้วยังคงอยู่</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>ติดต่อศูนย์กลางไม่ได้ คุณจึงทำงานแบบออฟไลน์อยู่ งานของคุณยังปลอดภัยอยู่ในเครื่องนี้ และจะถูกส่งเมื่อซิงค์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>ซิงค์ไม่สำเร็จ: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>ศูนย์กลางปฏิเสธข้อมูล %n รายการ: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>ซิงค์แล้ว: ส่งข้อมูล %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>รายการใหม่ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>ผลตอบรับ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>คืนรายการที่หมดอายุ %n รายการให้ศูนย์กลาง</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>กำลังซิงค์อยู่ ลองอีกครั้งในอีกสักครู่</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>หยุดซิงค์ (ข้อมูลที่ส่งไปแล้วยังคงอยู่)</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>ยังไม่ได้เชื่อมต่อกับศูนย์กลาง</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>ซิงค์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>กำลังซิงค์…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>กำลังซิงค์… ส่งแล้ว %1 จาก %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>กำลังซิงค์… ได้รับแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ยังไม่เคยซิงค์</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>ซิงค์ล่าสุด %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n นาทีที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ชั่วโมงที่แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n วันที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>ส่งครบแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>คลิกเพื่อเชื่อมต่อพื้นที่ทำงานนี้กับศูนย์กลางของทีม</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>ศูนย์กลาง: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ซิงค์ล่าสุด: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>งานของคุณ %n รายการกำลังรอส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>ปัญหาล่าสุด: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>คลิกเพื่อซิงค์ตอนนี้</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>เป้าหมายคุณภาพ</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>ผู้ติดป้ายกำกับที่มีคำตอบถึงจำนวนขั้นต่ำจะถูกทำเครื่องหมาย เมื่อความแม่นยำเทียบ gold หรือ kappa เทียบกับป้ายกำกับสุดท้ายต่ำกว่าเป้าหมาย</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>ความแม่นยำเทียบ gold อย่างน้อย (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>Kappa อย่างน้อย (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>จำนวนคำตอบขั้นต่ำ (&amp;M):</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>เลิกใช้แล้ว: เก็บไว้สำหรับคำตอบเก่าเท่านั้น เลือกใช้อีกไม่ได้</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>เลือกป้ายกำกับย่อยข้างใต้แทน: โครงสร้างป้ายกำกับนี้ใช้ป้ายกำกับที่เจาะจงที่สุด</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>พิมพ์เพื่อค้นหาป้ายกำกับ หรือเลือกดูจากแผนผัง คำจำกัดความและตัวอย่างของป้ายกำกับที่เลือกอยู่จะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>ไม่ได้เลือก</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>คำจำกัดความ</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>ยังไม่มีคำจำกัดความ</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>ภาษาอื่น</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>ค้นหาป้ายกำกับ: ชื่อ คำพ้องความหมาย หรือคีย์</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>พิมพ์เพื่อค้นหาได้ทุกภาษา Up/Down เลื่อน Enter เลือก Esc ล้างช่อง เมื่อช่องว่าง: 1-9 เลือกในระดับนี้ Right/Left เปิดและปิดกิ่ง Backspace ขึ้นไปหนึ่งระดับ Ctrl+D เพิ่มในรายการโปรด</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>ค้นหาป้ายกำกับ</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>โครงสร้างป้ายกำกับ</translation>
    </message>
    <message>
        <source>Matching labels</source>
        <translation>ป้ายกำกับที่ตรงกัน</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>แนวทาง</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>ล่าสุดและรายการโปรด</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>ป้ายกำกับที่ตรงกัน %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>ไม่มีป้ายกำกับที่ตรงกับ “%1”</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>แบบทดสอบฝึกหัด</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>ตอบแล้ว %1 จาก %2 · ถูก %3 · เกณฑ์ผ่าน %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>ถูก %1 จาก %2 — คิวงานของคุณปลดล็อกแล้ว</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>ถูก %1 จาก %2 เกณฑ์ผ่าน %3% — ขอแบบทดสอบใหม่จากหัวหน้าทีมของคุณ</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>คำตอบแบบทดสอบฝึกหัด</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>ยังไม่ถูก</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>คำตอบของคุณ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>คำตอบที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>คำตอบที่ถูกต้องสำหรับข้อความที่ %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>รายการถัดไป</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter หรือ Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>แบบทดสอบ: ตอบแล้ว %1 จาก %2 · ถูก %3 · เกณฑ์ผ่าน %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>ผ่านแบบทดสอบ: ถูก %3 จาก %2 คิวงานของคุณเปิดแล้ว</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>ไม่ผ่านแบบทดสอบ: ถูก %3 จาก %2 เกณฑ์ผ่าน %4% ขอแบบทดสอบใหม่จากหัวหน้าทีม</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>คัดลอกค่า</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>ผลตอบรับ</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>ไม่มีอะไรให้ติดป้ายกำกับที่นี่ เลือกบทสนทนาจากคิวงาน หรือเปลี่ยนตัวกรอง</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>ยังไม่ทำ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>ไม่แน่ใจ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ข้ามแล้ว</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · ฉบับแก้ไขที่ %3</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>ข้อความที่ %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>ไม่มีอะไรให้เลิกทำ</translation>
    </message>
</context>
</TS>
