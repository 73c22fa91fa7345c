<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Tidak pasti</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>Tandakan jawapan sebagai tidak pasti</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Nota untuk penyemak</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Langkau…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>Langkau perbualan ini dengan sebab</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>Simpan jawapan dan pergi ke perbualan seterusnya</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>Belum ada label dipilih</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>Berlaku ralat (%1). Kerja yang telah disimpan selamat; butirannya ada dalam log.</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Pergi ke %1</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Tapis:</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>Taip tindakan, keterangan atau kekunci</translation>
    </message>
</context>
<context>
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Buang %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to hub</source>
        <translation>Sambung ke hab</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>Sambungkan ruang kerja ini ke hab pasukan anda untuk menghantar kerja dan mengambil item baharu. Minta alamat hab dan token bagi %1 daripada ketua pasukan anda.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Alamat hab:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>the token your lead gave you</source>
        <translation>token yang diberikan oleh ketua pasukan anda</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambung</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>Taip alamat hab, contohnya https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>Alamat hab bermula dengan https:// (atau http:// bagi hab ujian).</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>Taip token anda.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Ejen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Tiada perbualan dibuka.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Kel&amp;ompok:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Muat &amp;semula</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>&amp;Kemajuan dan daya pengeluaran</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>Pe&amp;rsetujuan setiap minggu</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>Ketepatan &amp;gold mengikut pelabel</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>Label yang &amp;tertukar: label muktamad mengikut jawapan yang diberi</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>Ven&amp;dors</source>
        <translation>Ven&amp;dor</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuatkan…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>Papan pemuka tidak dapat dikira.</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>%1 jawapan bagi %2 perbualan</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Peratus persetujuan</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>Persetujuan dengan label muktamad</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Ketepatan gold</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(tiada vendor)</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Jawapan sehari</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>Selesai (daripada yang ditugaskan)</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Jawapan setakat ini</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 selesai</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Sasaran %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 jawapan</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Label muktamad</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Jawapan yang diberi</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 lagi</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Belum ada apa-apa untuk dipaparkan</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>belum ada yang dibandingkan atau dinilai</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>Jawapan yang disimpan pada %1</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>Item yang selesai pada minggu %1</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>Jawapan item gold oleh %1</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1: jawapan item gold</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1: jawapan yang dibandingkan dengan label muktamad</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>Label muktamad %1, dijawab %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>Ralat pelabel</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>Perbualan kabur</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>Kekurangan garis panduan</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>Kekurangan taksonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>Tiada sebab dipilih</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>Mengapa pelabel tidak sependapat; diperlukan apabila ada slot yang salah. Up/Down untuk memilih</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Sebab:</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>&amp;Ulasan:</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>Perkara yang perlu diketahui pelabel (pilihan)</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>Mengapa jawapan ini betul (untuk gold)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan semakan</translation>
    </message>
    <message>
        <source>Already a gold item</source>
        <translation>Sudah menjadi item gold</translation>
    </message>
    <message>
        <source>Promote to &amp;gold</source>
        <translation>Jadikan item &amp;gold</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Miss</source>
        <extracomment>Rows made per ``fetchMore``. The role that gives a row&apos;s :class:`ConversationRow`.</extracomment>
        <translation>Tidak sepadan</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Label muktamad</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawapan</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>Ada jawapan di sebalik elemen ini yang berbeza daripada label muktamad</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>Semua jawapan di sebalik elemen ini sepadan dengan label muktamad</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Ditentukan oleh: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilangkau</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>tiada label</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1 (tidak pasti)</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>semakan</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>jawapan tunggal</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tiada jawapan</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>P&amp;erbualan di sebalik elemen yang dipilih</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Tutup senarai ini (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1: %n perbualan, %2 yang mempunyai jawapan tidak sepadan dipaparkan dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · label muktamad: %2 (%3)</translation>
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
        <translation>Ralat pelabelan</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>Item kabur</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>Kekurangan dalam garis panduan</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>Kekurangan dalam taksonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tiada)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>Semakan item gold</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>Jawapan anda sepadan dengan jawapan gold.</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>Jawapan anda tidak sepadan dengan jawapan gold.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>Penyemak menilai jawapan anda betul.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>Penyemak menilai jawapan anda salah.</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>Anda: %1 · Sepatutnya: %2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>Anda: %1 · Muktamad: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 bagi %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>Maklum balas</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>Keputusan anda: kekunci anak panah untuk beralih, Enter membuka perbualan</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>Butiran maklum balas</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>Maklum balas tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>Memuatkan maklum balas…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>Belum ada maklum balas. Keputusan item gold dan semakan kerja anda akan dipaparkan di sini.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawapan anda</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Jawapan yang betul</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Label muktamad</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Punca</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Ulasan penyemak</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Tiada padanan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 daripada %2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Cari dalam perbualan</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Padanan sebelumnya (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Padanan sebelumnya</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Padanan seterusnya (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Padanan seterusnya</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Tutup bar carian</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>lapuk</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Aras teratas</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · tidak diketahui</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>Bahasa perbualan ini tidak dapat dikesan.</translation>
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
        <translation>%1 (%2)? Dikesan dengan keyakinan hanya %3%: semak dahulu sebelum melabelkan.</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1 (%2), dikesan dengan keyakinan %3%.</translation>
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
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mod</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>&amp;Perihal LabelDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · bahasa: %3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>Penghantaran dibuat asal; jawapan sebelumnya kembali.</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>Langkau dibuat asal.</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>Perubahan tanda tidak pasti dibuat asal.</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>Suntingan nota dibuat asal.</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>Pengosongan label dibuat asal.</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>Pilihan label dibuat asal.</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>pelabel</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>penyemak</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ketua pasukan</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>%1 disimpan (revisi %2)</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>Itu perbualan terakhir dalam senarai ini.</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>Masa aktif %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — pelabelan yang mengutamakan luar talian, dengan QA terbina dalam.</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>Perihal LabelDesk</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Tutup mesej</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>Perbualan ini tiada metadata.</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Tiada perbualan dibuka.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>Cadangan model: %1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Diramal oleh %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Bilangan giliran</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Labeller</source>
        <translation>Pelabel</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Penyemak</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ketua pasukan</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Siapa yang bekerja?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>&amp;Cari profil anda:</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>Taip nama anda, kemudian tekan Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baharu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peranan:</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>Ba&amp;hasa yang boleh anda labelkan:</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>Cipta profil &amp;dan mula</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mula</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>Masukkan nama untuk profil baharu.</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>Profil bernama %1 sudah wujud: pilih dalam senarai di atas.</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>Pilih sekurang-kurangnya satu bahasa yang boleh anda labelkan.</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>Belum ada profil: cipta profil anda di bawah.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Tiada profil yang sepadan dengan “%1”.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa menyimpan</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Tekan pintasan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>B&amp;uat semula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Guna</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan lalai</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
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
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>B&amp;uat semula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;lokasi pautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>The groupings, in the order the combo box lists them.</extracomment>
        <translation>&amp;Kumpulkan mengikut:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Kel&amp;ompok:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Muat &amp;semula</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>Sunting sasa&amp;ran…</translation>
    </message>
    <message>
        <source>Labeller</source>
        <translation>Pelabel</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Taxonomy branch</source>
        <translation>Cabang taksonomi</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>Laporan tidak dapat dikira.</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>Sasaran: memuatkan…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>Sasaran: ketepatan gold ≥ %1 · κ ≥ %2 · setelah pelabel mempunyai %n jawapan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>&amp;Hantar kuiz ulang kaji kepada yang ditanda…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>&amp;Hantar kuiz ulang kaji kepada yang ditanda (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>%n pelabel di bawah sasaran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>Semua orang mencapai sasaran.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>semakan</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>jawapan tunggal</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tiada jawapan</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>Label muktamad bagi %1 perbualan: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation> (purata keyakinan konsensus %1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/b</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>Persetujuan bagi %1 item yang dijawab dua kali atau lebih: %2 · κ Fleiss %3 · α Krippendorff %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>mana-mana cabang</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>Hantar kuiz ulang kaji</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>Beri %n pelabel kuiz ulang kaji tentang cabang yang paling kerap mereka jawab salah?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>Kuiz ulang kaji dihantar kepada %n pelabel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Labeller</source>
        <extracomment>What a cell without a value shows, and what joins an interval&apos;s ends (an en dash). The raw value of a cell (a number, None last), for sorting. The row&apos;s QualityRow.</extracomment>
        <translation>Pelabel</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kumpulan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Ketepatan gold</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>Sepadan dengan muktamad</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>κ berbanding muktamad</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Diterbalikkan</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilangkau</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Tidak pasti</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Item / jam</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>Anggaran ketepatan</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>Bahagian item gold yang dijawab betul, dengan selang Wilson 95%</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>Bahagian jawapan yang sama dengan label muktamad, bagi item yang dijawab sekurang-kurangnya dua kali</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>Kappa Cohen bagi jawapan berbanding label muktamad</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>Bahagian jawapan yang disemak yang dinilai salah oleh penyemak</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>Item sejam masa aktif</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>Ketepatan seperti yang dianggarkan oleh model Dawid-Skene</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>Ketepatan gold %1 di bawah sasaran %2.</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 di bawah sasaran %2.</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>Terlalu pantas: lebih daripada dua kali median item sejam aktif.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>Belum dibuat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Tidak pasti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilangkau</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratonton</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>Item %1, %2, bahasa %3: %4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · kelompok %2 · bahasa %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>Tunjukkan item dengan status ini (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>Tunjukkan item dalam kelompok ini (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>Tunjukkan item dalam bahasa ini (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>Baris gilir anda (%1): kekunci anak panah, Page Up/Down, Home/End; Enter untuk membuka</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Penapis status</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>Penapis kelompok</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Penapis bahasa</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Kemajuan tidak tersedia</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>%1 / %2 selesai · %Ln hari ini</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>Belum dibuat %1 · selesai %2 · tidak pasti %3 · dilangkau %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>Tiada profil dipilih.</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>Tiada item yang sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 daripada %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua kelompok</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>Tidak ditentukan (%1)</translation>
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
        <translation>Tiada apa-apa untuk disemak. Percanggahan baharu dipaparkan di sini apabila pelabel selesai.</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>Perbualan ini sudah menjadi item gold.</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>Semakan %1 disimpan</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>Itu item terakhir dalam senarai ini.</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Label muktamad</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sudah disemak</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>perlu disemak</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n slot(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n slot</numerusform>
        </translation>
    </message>
    <message>
        <source>Take these labels as the final labels</source>
        <translation>Jadikan label ini label akhir</translation>
    </message>
    <message>
        <source>Mark correct or incorrect</source>
        <translation>Tandakan betul atau salah</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>audit item yang dipersetujui</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>percanggahan</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · kelompok %2 · bahasa %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>Semua semakan</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>Penapis status semakan</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Baris gilir semakan</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>Item untuk disemak: kekunci anak panah untuk beralih, Enter untuk membuka</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>%1 perlu disemak · %2 selesai · %Ln hari ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Bahasa dan paparan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Saiz &amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>Tidak &amp;aktif selepas:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>Masa aktif berhenti dikira selepas tempoh ini (saat) tanpa sebarang input.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Ikut sistem</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>Pilih tindakan dan tekan Enter, kemudian tekan kekunci baharu. Esc membatalkan; Backspace memulihkan kekunci lalai tindakan itu.</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Set semula se&amp;mua</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 digunakan oleh lebih daripada satu tindakan: %2. Tukar salah satu daripadanya.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>Kembali kepada %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Set semula</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Pelabelan</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>Pemilih label</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>Simpan jawapan dan pergi ke item seterusnya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Langkau</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>Langkau item ini dan beri sebab</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Tidak pasti</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>Tandakan jawapan sebagai tidak pasti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>Tulis nota tentang item ini</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Buat asal tindakan terakhir</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>Kosongkan label</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>Buang semua label yang dipilih daripada item ini</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Item sebelumnya</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>Kembali ke item sebelumnya untuk menyemaknya semula</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Item seterusnya</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Pergi ke item seterusnya</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Baris gilir</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>Alihkan fokus ke baris gilir</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>Alihkan fokus ke perbualan</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>Alihkan fokus ke pemilih label</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Maklum balas</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>Tunjukkan maklum balas anda: keputusan item gold dan semakan</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>Giliran pelanggan seterusnya</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>Lompat ke mesej pelanggan seterusnya</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>Giliran pelanggan sebelumnya</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>Lompat ke mesej pelanggan sebelumnya</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Giliran seterusnya</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>Pilih mesej seterusnya untuk dilabelkan</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Giliran sebelumnya</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>Pilih mesej sebelumnya untuk dilabelkan</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Seluruh perbualan</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>Nyahpilih mesej: label digunakan untuk seluruh perbualan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>Cari dalam perbualan</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Cari label</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>Taip untuk mencari label mengikut nama, sinonim atau kunci</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Kegemaran</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>Tambah label yang dipilih ke kegemaran, atau buang daripadanya</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan semakan</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>Simpan label muktamad dan penilaian, kemudian buka item seterusnya</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>Terima slot A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>Guna label slot A sebagai label muktamad</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>Terima slot B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>Guna label slot B sebagai label muktamad</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>Terima slot C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>Guna label slot C sebagai label muktamad</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>Terima slot D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>Guna label slot D sebagai label muktamad</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>Slot A betul?</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>Tandakan slot A betul atau salah</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>Slot B betul?</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>Tandakan slot B betul atau salah</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>Slot C betul?</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>Tandakan slot C betul atau salah</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>Slot D betul?</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>Tandakan slot D betul atau salah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>Pilih sebab pelabel tidak sependapat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>Tulis ulasan untuk pelabel</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>Pilih label muktamad</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>Cari sendiri label muktamad dalam taksonomi</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>Jadikan item gold</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>Jadikan item yang telah disemak ini item gold</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>Item semakan sebelumnya</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>Kembali ke item semakan sebelumnya</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>Item semakan seterusnya</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>Pergi ke item semakan seterusnya</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>Mod pelabelan</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>Labelkan baris gilir anda</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Mod semakan</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>Putuskan percanggahan (penyemak dan ketua pasukan)</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>Mod kualiti</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>Kualiti berbanding sasaran (ketua pasukan)</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>Mod papan pemuka</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>Carta kualiti, boleh diklik hingga ke perbualan (ketua pasukan)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>Bahasa, saiz fon, tema, masa tidak aktif dan pintasan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Senaraikan semua pintasan</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Tukar profil</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Tukar siapa yang sedang bekerja</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Segerak</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>Hantar kerja anda ke hab dan ambil item baharu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>Tutup LabelDesk; kerja yang telah dihantar sudah disimpan</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>Langkau perbualan</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>&amp;Mengapa langkau perbualan ini?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Langkau</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>Bukan khidmat pelanggan</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Bahasa salah</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>Spam atau tidak boleh dibaca</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>Terlalu pendek untuk dinilai</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Mengandungi data peribadi</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Accept %1</source>
        <translation>Terima %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Betul</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Salah</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(tiada label)</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>Giliran %1: %2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>Ditandakan tidak pasti</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>Penyegerakan terhenti kerana ralat yang tidak dijangka: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat menyambung: %1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>Disambungkan sebagai %1, tetapi tetingkap ini bekerja sebagai %2. Tukar profil untuk mengerjakan item %1.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>Penyegerakan dibatalkan. Yang telah dihantar kekal dihantar.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>Hab tidak dapat dihubungi, jadi anda bekerja di luar talian. Kerja anda selamat di sini dan akan dihantar pada penyegerakan seterusnya.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Penyegerakan gagal: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>Hab menolak %n rekod: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Disegerakkan: %n rekod dihantar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n item baharu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n maklum balas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>%n item tamat tempoh dipulangkan ke hab</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Penyegerakan sedang berjalan; cuba lagi sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>Hentikan penyegerakan (yang telah dihantar kekal dihantar)</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>Belum disambungkan ke hab</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Dalam talian</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luar talian</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Penyegerakan gagal</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyegerakkan…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Menyegerakkan… %1 daripada %2 dihantar</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>Menyegerakkan… %n diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>belum pernah disegerakkan</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>penyegerakan terakhir %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>sebentar tadi</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minit lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n jam lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>semua dihantar</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>Klik untuk menyambungkan ruang kerja ini ke hab pasukan anda.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hab: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Penyegerakan terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>%n rekod kerja anda menunggu untuk dihantar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klik untuk menyegerakkan sekarang.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>Sasaran kualiti</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>Pelabel yang mempunyai sekurang-kurangnya bilangan jawapan minimum akan ditanda apabila ketepatan gold atau kappa mereka berbanding label muktamad di bawah sasaran.</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>Ketepatan &amp;gold sekurang-kurangnya:</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>&amp;Kappa sekurang-kurangnya:</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>Jawapan &amp;minimum:</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>Lapuk: disimpan untuk jawapan lama, tidak boleh dipilih lagi.</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>Pilih salah satu label di bawahnya: taksonomi ini menggunakan label yang paling khusus.</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>Taip untuk mencari label, atau layari pepohon. Definisi dan contoh label yang sedang dipilih dipaparkan di sini.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Tidak dipilih.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Belum ada definisi.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Juga dikenali sebagai</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Bahasa lain</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>Cari label: nama, sinonim atau kunci</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>Taip untuk mencari dalam semua bahasa. Up/Down beralih, Enter memilih, Esc mengosongkan. Apabila kotak kosong: 1-9 memilih pada aras ini, Right/Left membuka dan menutup cabang, Backspace naik satu aras. Ctrl+D menandakan kegemaran.</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Cari label</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taksonomi</translation>
    </message>
    <message>
        <source>Matching labels</source>
        <translation>Label yang sepadan</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Garis panduan</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>Terkini &amp; kegemaran</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>%n label sepadan</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>Tiada label yang sepadan dengan “%1”</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>Kuiz latihan</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>%1 daripada %2 dijawab · %3 betul · markah lulus %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>%1 daripada %2 betul — baris gilir anda telah dibuka.</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>%1 daripada %2 betul, markah lulus %3% — minta kuiz lain daripada ketua pasukan anda.</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>Jawapan latihan</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Betul</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Belum tepat</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawapan anda</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Jawapan yang betul</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>Jawapan yang betul bagi giliran %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Item seterusnya</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter atau Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>Kuiz: %1 daripada %2 dijawab · %3 betul · markah lulus %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>Kuiz lulus: %3 daripada %2 betul. Baris gilir anda dibuka.</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>Kuiz tidak lulus: %3 daripada %2 betul, markah lulus %4%. Minta kuiz lain daripada ketua anda.</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>Salin nilai</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Maklum balas</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>Tiada apa-apa untuk dilabelkan di sini. Pilih perbualan dalam baris gilir, atau tukar penapis.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>belum dibuat</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>tidak pasti</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilangkau</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>tamat tempoh</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · semakan %3</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Giliran %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tiada apa-apa untuk dibuat asal.</translation>
    </message>
</context>
</TS>
