<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
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
</TS>
