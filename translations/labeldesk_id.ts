<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Ragu</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>Tandai jawaban sebagai ragu</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Catatan untuk peninjau</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Lewati…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>Lewati percakapan ini dengan alasan</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>Simpan jawaban dan lanjut ke percakapan berikutnya</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>Belum ada label yang dipilih</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>Terjadi kesalahan (%1). Pekerjaan yang sudah tersimpan tetap aman; detailnya ada di log.</translation>
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
        <translation>Buka %1</translation>
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
        <translation>Tombol</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>Ketik tindakan, deskripsi, atau tombol</translation>
    </message>
</context>
<context>
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
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
        <translation>Hubungkan ke hub</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>Hubungkan ruang kerja ini ke hub tim Anda untuk mengirim pekerjaan dan mengambil item baru. Minta alamat hub dan token untuk %1 kepada ketua tim Anda.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Alamat hub:</translation>
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
        <translation>token yang diberikan ketua tim Anda</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Hubungkan</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>Ketik alamat hub, misalnya https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>Alamat hub diawali dengan https:// (atau http:// untuk hub uji coba).</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>Ketik token Anda.</translation>
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
        <translation>Agen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Belum ada percakapan yang dibuka.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>Tak dikenal</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Bat&amp;ch:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua batch</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Perba&amp;rui</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>&amp;Progres dan produktivitas</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>&amp;Kesepakatan per minggu</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>Akurasi &amp;gold per pelabel</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>&amp;Label yang tertukar: label akhir menurut jawaban yang diberikan</translation>
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
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>Dasbor tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>%1 jawaban pada %2 percakapan</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Persentase kesepakatan</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>Kesepakatan dengan label akhir</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Akurasi gold</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(tanpa vendor)</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Jawaban per hari</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>Selesai (dari yang ditugaskan)</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Jawaban sejauh ini</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 selesai</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 jawaban</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Label akhir</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Jawaban yang diberikan</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 lainnya</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Belum ada yang dapat ditampilkan</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>belum ada yang dibandingkan atau dinilai</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>Jawaban yang disimpan pada %1</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>Item yang selesai pada minggu %1</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>Jawaban item gold dari %1</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1: jawaban item gold</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1: jawaban yang dibandingkan dengan label akhir</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>Label akhir %1, dijawab %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>Kesalahan pelabel</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>Percakapan ambigu</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>Celah panduan</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>Celah taksonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>Belum ada alasan yang dipilih</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>Mengapa para pelabel tidak sepakat; wajib diisi jika ada slot yang salah. Up/Down untuk memilih</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>K&amp;omentar:</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>Yang perlu diketahui para pelabel (opsional)</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>Mengapa jawaban ini benar (untuk gold)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan tinjauan</translation>
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
        <translation>Tidak sesuai</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Label akhir</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>Ada jawaban di balik elemen ini yang berbeda dari label akhir</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>Semua jawaban di balik elemen ini sesuai dengan label akhir</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Ditentukan oleh: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>tanpa label</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1 (ragu)</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>kesepakatan</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>jawaban tunggal</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tanpa jawaban</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>Perc&amp;akapan di balik elemen yang dipilih</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Tutup daftar ini (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1: %n percakapan, %2 yang memiliki jawaban tidak sesuai ditampilkan lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · label akhir: %2 (%3)</translation>
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
        <translation>Kesalahan pelabelan</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>Item ambigu</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>Celah dalam panduan</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>Celah dalam taksonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>Cek item gold</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>Jawaban Anda sesuai dengan jawaban gold.</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>Jawaban Anda tidak sesuai dengan jawaban gold.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>Peninjau menilai jawaban Anda benar.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>Peninjau menilai jawaban Anda salah.</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>Anda: %1 · Seharusnya: %2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>Anda: %1 · Akhir: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 untuk %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>Hasil Anda: tombol panah untuk berpindah, Enter membuka percakapan</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>Detail umpan balik</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>Umpan balik tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>Memuat umpan balik…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>Belum ada umpan balik. Hasil cek item gold dan tinjauan atas pekerjaan Anda akan muncul di sini.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Jawaban yang benar</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Label akhir</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Penyebab</translation>
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
        <translation>Komentar peninjau</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Tidak ada hasil</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Cari di percakapan</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Hasil sebelumnya (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Hasil sebelumnya</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Hasil berikutnya (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Hasil berikutnya</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>usang</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Tingkat teratas</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · tak dikenal</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>Bahasa percakapan ini tidak dapat dideteksi.</translation>
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
        <translation>%1 (%2)? Terdeteksi dengan keyakinan hanya %3%: periksa dulu sebelum memberi label.</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1 (%2), terdeteksi dengan keyakinan %3%.</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>&amp;Tentang LabelDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · bahasa: %3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>Pengiriman dibatalkan; jawaban sebelumnya kembali.</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>Lewati dibatalkan.</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>Perubahan tanda ragu dibatalkan.</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>Perubahan catatan dibatalkan.</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>Penghapusan label dibatalkan.</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>Pilihan label dibatalkan.</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>pelabel</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>peninjau</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>ketua tim</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>%1 tersimpan (revisi %2)</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>Itu percakapan terakhir dalam daftar ini.</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>Waktu aktif %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — pelabelan yang mengutamakan mode luring, dengan QA bawaan.</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>Tentang LabelDesk</translation>
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
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>Percakapan ini tidak memiliki metadata.</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Belum ada percakapan yang dibuka.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>Saran model: %1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Diprediksi oleh %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Jumlah giliran</translation>
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
        <translation>Peninjau</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Ketua tim</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Siapa yang bekerja?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>&amp;Cari profil Anda:</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>Ketik nama Anda, lalu tekan Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>Ba&amp;hasa yang bisa Anda beri label:</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>&amp;Buat profil dan mulai</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>Masukkan nama untuk profil baru.</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>Sudah ada profil bernama %1: pilih dari daftar di atas.</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>Pilih setidaknya satu bahasa yang bisa Anda label.</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>Belum ada profil: buat profil Anda di bawah.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Tidak ada profil yang cocok dengan “%1”.</translation>
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
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
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
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>Terapkan</translation>
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
        <translation>Setel ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
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
        <translation>Coba lagi</translation>
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
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
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
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
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
        <translation>&amp;Kelompokkan menurut:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Bat&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Perba&amp;rui</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>Ubah tar&amp;get…</translation>
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
        <translation>Semua batch</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>Laporan tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>Target: memuat…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>Target: akurasi gold ≥ %1 · κ ≥ %2 · setelah pelabel memiliki %n jawaban</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>Kirim kuis &amp;penyegaran ke yang ditandai…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>Kirim kuis &amp;penyegaran ke yang ditandai (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>%n pelabel di bawah target.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>Semua memenuhi target.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>tinjauan</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>kesepakatan</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>konsensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>jawaban tunggal</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>tanpa jawaban</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>Label akhir dari %1 percakapan: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation> (rata-rata keyakinan konsensus %1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>t/a</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>Kesepakatan pada %1 item yang dijawab dua kali atau lebih: %2 · κ Fleiss %3 · α Krippendorff %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>cabang mana pun</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>Kirim kuis penyegaran</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>Beri %n pelabel kuis penyegaran tentang cabang yang paling sering mereka jawab salah?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>Kuis penyegaran dikirim ke %n pelabel.</numerusform>
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
        <translation>Grup</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Akurasi gold</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>Sesuai label akhir</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>κ vs akhir</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Dianulir</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Ragu</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Item / jam</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>Perkiraan akurasi</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>Porsi item gold yang dijawab benar, dengan interval Wilson 95%</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>Porsi jawaban yang sama dengan label akhir, pada item yang dijawab setidaknya dua kali</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>Kappa Cohen dari jawaban terhadap label akhir</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>Porsi jawaban yang ditinjau yang dinilai salah oleh peninjau</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>Item per jam waktu aktif</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>Akurasi menurut perkiraan model Dawid-Skene</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>Akurasi gold %1 di bawah target %2.</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 di bawah target %2.</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>Terlalu cepat: lebih dari dua kali median item per jam aktif.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>Belum dikerjakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Ragu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
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
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>Item %1, %2, bahasa %3: %4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · batch %2 · bahasa %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>Tampilkan item dengan status ini (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>Tampilkan item dari batch ini (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>Tampilkan item dalam bahasa ini (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>Antrean Anda (%1): tombol panah, Page Up/Down, Home/End; Enter untuk membuka</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter status</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>Filter batch</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filter bahasa</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progres tidak tersedia</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>%1 / %2 selesai · %Ln hari ini</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>Belum dikerjakan %1 · selesai %2 · ragu %3 · dilewati %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>Belum ada profil yang dipilih.</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>Tidak ada item yang cocok dengan filter ini.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 dari %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Semua batch</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>Tidak diketahui (%1)</translation>
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
        <translation>Tidak ada yang perlu ditinjau. Ketidaksepakatan baru muncul di sini setelah para pelabel selesai.</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>Percakapan ini sudah menjadi item gold.</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>Tinjauan %1 tersimpan</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>Itu item terakhir dalam daftar ini.</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Label akhir</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>sudah ditinjau</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>perlu ditinjau</translation>
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
        <translation>Tandai benar atau salah</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>audit item yang disepakati</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>ketidaksepakatan</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · batch %2 · bahasa %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>Semua tinjauan</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>Filter status tinjauan</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Antrean tinjauan</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>Item untuk ditinjau: tombol panah untuk berpindah, Enter untuk membuka</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>%1 perlu ditinjau · %2 selesai · %Ln hari ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Bahasa dan tampilan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Ukuran huruf:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>Tidak a&amp;ktif setelah:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>Waktu aktif berhenti dihitung setelah tidak ada input selama sekian detik ini.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>Pilih tindakan dan tekan Enter, lalu tekan tombol barunya. Esc membatalkan; Backspace mengembalikan tombol bawaan tindakan itu.</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Setel ulang &amp;semua</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 dipakai oleh lebih dari satu tindakan: %2. Ubah salah satunya.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>Kembali ke %1</translation>
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
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Setel ulang</translation>
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
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>Pemilih label</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>Simpan jawaban dan lanjut ke item berikutnya</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>Lewati item ini dan beri alasan</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Ragu</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>Tandai jawaban sebagai ragu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>Tulis catatan tentang item ini</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Urungkan tindakan terakhir</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>Hapus semua label yang dipilih dari item ini</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Item sebelumnya</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>Kembali ke item sebelumnya untuk merevisinya</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Item berikutnya</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Lanjut ke item berikutnya</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>Pindahkan fokus ke antrean</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>Pindahkan fokus ke percakapan</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>Pindahkan fokus ke pemilih label</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>Tampilkan umpan balik Anda: hasil item gold dan tinjauan</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>Giliran pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>Lompat ke pesan pelanggan berikutnya</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>Giliran pelanggan sebelumnya</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>Lompat ke pesan pelanggan sebelumnya</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Giliran berikutnya</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>Pilih pesan berikutnya untuk diberi label</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Giliran sebelumnya</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>Pilih pesan sebelumnya untuk diberi label</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Seluruh percakapan</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>Batalkan pilihan pesan: label berlaku untuk seluruh percakapan</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>Cari di dalam percakapan</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Cari label</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>Ketik untuk mencari label menurut nama, sinonim, atau kunci</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>Tambahkan label yang dipilih ke favorit, atau hapus dari sana</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Simpan tinjauan</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>Simpan label akhir dan penilaian, lalu buka item berikutnya</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>Terima slot A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>Pakai label slot A sebagai label akhir</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>Terima slot B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>Pakai label slot B sebagai label akhir</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>Terima slot C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>Pakai label slot C sebagai label akhir</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>Terima slot D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>Pakai label slot D sebagai label akhir</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>Slot A benar?</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>Tandai slot A benar atau salah</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>Slot B benar?</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>Tandai slot B benar atau salah</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>Slot C benar?</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>Tandai slot C benar atau salah</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>Slot D benar?</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>Tandai slot D benar atau salah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>Pilih alasan para pelabel tidak sepakat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>Tulis komentar untuk para pelabel</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>Pilih label akhir</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>Cari sendiri label akhir di taksonomi</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>Jadikan item gold</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>Jadikan item yang sudah ditinjau ini item gold</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>Item tinjauan sebelumnya</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>Kembali ke item tinjauan sebelumnya</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>Item tinjauan berikutnya</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>Lanjut ke item tinjauan berikutnya</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>Mode pelabelan</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>Beri label pada antrean Anda</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Mode tinjauan</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>Putuskan ketidaksepakatan (peninjau dan ketua tim)</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>Mode kualitas</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>Kualitas terhadap target (ketua tim)</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>Mode dasbor</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>Grafik kualitas, dapat diklik hingga ke percakapan (ketua tim)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>Bahasa, ukuran huruf, tema, waktu tidak aktif, dan pintasan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Tampilkan semua pintasan</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Ganti profil</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Ganti siapa yang sedang bekerja</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>Kirim pekerjaan Anda ke hub dan ambil item baru</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>Tutup LabelDesk; pekerjaan yang sudah dikirim tetap tersimpan</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>Lewati percakapan</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>&amp;Mengapa percakapan ini dilewati?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>Bukan layanan pelanggan</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Bahasa salah</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>Spam atau tidak terbaca</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>Terlalu pendek untuk dinilai</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Berisi data pribadi</translation>
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
        <translation>✓ Benar</translation>
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
        <translation>(tanpa label)</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>Giliran %1: %2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>Ditandai ragu</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>Sinkronisasi berhenti karena kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>Terhubung sebagai %1, tetapi jendela ini bekerja sebagai %2. Ganti profil untuk mengerjakan item milik %1.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>Sinkronisasi dibatalkan. Yang sudah terkirim tetap terkirim.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>Hub tidak dapat dijangkau, jadi Anda bekerja secara luring. Pekerjaan Anda aman di sini dan akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>Hub menolak %n entri: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Sinkronisasi selesai: %n entri terkirim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n item baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n umpan balik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>%n item kedaluwarsa dikembalikan ke hub</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Sinkronisasi sedang berjalan; coba lagi sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>Hentikan sinkronisasi (yang sudah terkirim tetap terkirim)</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>Belum terhubung ke hub</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinkronisasi gagal</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Menyinkronkan… %1 dari %2 terkirim</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>Menyinkronkan… %n diterima</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>sinkronisasi terakhir %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n menit lalu</numerusform>
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
        <translation>semua terkirim</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>Klik untuk menghubungkan ruang kerja ini ke hub tim Anda.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>%n entri pekerjaan Anda menunggu dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Masalah terakhir: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klik untuk menyinkronkan sekarang.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>Target kualitas</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>Pelabel yang jumlah jawabannya mencapai batas minimum akan ditandai jika akurasi gold atau kappa-nya terhadap label akhir di bawah target.</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>Akurasi &amp;gold minimal:</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>&amp;Kappa minimal:</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>Jawaban &amp;minimum:</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>Usang: disimpan untuk jawaban lama, tidak bisa dipilih lagi.</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>Pilih salah satu label di bawahnya: taksonomi ini memakai label yang paling spesifik.</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>Ketik untuk mencari label, atau telusuri pohon. Definisi dan contoh label yang sedang disorot muncul di sini.</translation>
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
        <translation>Disebut juga</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Bahasa lain</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>Cari label: nama, sinonim, atau kunci</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>Ketik untuk mencari di semua bahasa. Up/Down berpindah, Enter memilih, Esc mengosongkan. Saat kotak kosong: 1-9 memilih di tingkat ini, Right/Left membuka dan menutup cabang, Backspace naik satu tingkat. Ctrl+D menandai favorit.</translation>
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
        <translation>Label yang cocok</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>Terbaru &amp; favorit</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>%n label cocok</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>Tidak ada label yang cocok dengan “%1”</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>Kuis pelatihan</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>%1 dari %2 terjawab · %3 benar · batas lulus %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>%1 dari %2 benar — antrean Anda sudah terbuka.</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>%1 dari %2 benar, batas lulus %3% — minta kuis lain kepada ketua tim Anda.</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>Jawaban pelatihan</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Benar</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Belum tepat</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Jawaban yang benar</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>Jawaban yang benar untuk giliran %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Item berikutnya</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter atau Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>Kuis: %1 dari %2 dijawab · %3 benar · batas lulus %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>Kuis lulus: %3 dari %2 benar. Antrean Anda sudah terbuka.</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>Kuis tidak lulus: %3 dari %2 benar, batas lulus %4%. Minta kuis baru kepada lead Anda.</translation>
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
        <translation>Detail</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Umpan balik</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>Tidak ada yang perlu diberi label di sini. Pilih percakapan di antrean, atau ubah filter.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>belum dikerjakan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>ragu</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · revisi %3</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Giliran %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa diurungkan.</translation>
    </message>
</context>
</TS>
