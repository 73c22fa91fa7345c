<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
        <translation>Ba&amp;hasa yang bisa Anda label:</translation>
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
</TS>
