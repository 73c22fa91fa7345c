<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>Nhập thao tác, mô tả hoặc phím</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Đóng thông báo</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Labeller</source>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Trưởng nhóm</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>&amp;Tìm hồ sơ của bạn:</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>Nhập tên của bạn rồi nhấn Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Hồ sơ mới</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>&amp;Ngôn ngữ bạn gán nhãn được:</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>Tạ&amp;o hồ sơ và bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>Hãy nhập tên cho hồ sơ mới.</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>Đã có hồ sơ tên %1: hãy chọn trong danh sách phía trên.</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>Hãy chọn ít nhất một ngôn ngữ bạn gán nhãn được.</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>Chưa có hồ sơ nào: hãy tạo hồ sơ của bạn bên dưới.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>Không có hồ sơ nào khớp với “%1”.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Tă&amp;ng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
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
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng mà không lưu</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Nhấn phím tắt</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sa&amp;o chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
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
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sa&amp;o chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép đị&amp;a chỉ liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Ngôn ngữ và giao diện</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>C&amp;hủ đề:</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Không hoạt động sau:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>Thời gian làm việc ngừng được tính sau chừng ấy giây không có thao tác.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>Chọn một thao tác rồi nhấn Enter, sau đó nhấn phím mới. Esc để hủy; Backspace để khôi phục phím mặc định của thao tác.</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Khôi phục &amp;tất cả</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 đang được gán cho nhiều thao tác: %2. Hãy đổi một trong số đó.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>Trở về %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Chức năng</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Gán nhãn</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>Bộ chọn nhãn</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>Lưu câu trả lời và chuyển sang mục tiếp theo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>Bỏ qua mục này và nêu lý do</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>Đánh dấu câu trả lời là không chắc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>Viết ghi chú về mục này</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Hoàn tác thao tác vừa rồi</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>Xóa nhãn</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>Bỏ mọi nhãn đã chọn khỏi mục này</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Mục trước</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>Quay lại mục trước để sửa</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Mục tiếp theo</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Chuyển sang mục tiếp theo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>Chuyển tiêu điểm đến hàng đợi</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>Chuyển tiêu điểm đến hội thoại</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>Chuyển tiêu điểm đến bộ chọn nhãn</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>Xem phản hồi của bạn: kết quả mục gold và kết quả duyệt</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>Lượt khách hàng tiếp theo</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>Nhảy đến tin nhắn tiếp theo của khách hàng</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>Lượt khách hàng trước</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>Nhảy đến tin nhắn trước của khách hàng</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Lượt tiếp theo</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>Chọn tin nhắn tiếp theo để gán nhãn</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Lượt trước</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>Chọn tin nhắn trước để gán nhãn</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Cả hội thoại</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>Bỏ chọn tin nhắn: nhãn áp dụng cho cả hội thoại</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>Tìm trong hội thoại</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Tìm nhãn</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>Nhập để tìm nhãn theo tên, từ đồng nghĩa hoặc mã</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Yêu thích</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>Thêm nhãn đang chọn vào mục yêu thích, hoặc bỏ ra</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>Ngôn ngữ, cỡ chữ, chủ đề, thời gian chờ và phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Liệt kê mọi phím tắt</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Đổi hồ sơ</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Đổi người đang làm việc</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>Gửi công việc lên máy chủ trung tâm và lấy mục mới</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>Đóng LabelDesk; công việc đã gửi đều đã được lưu</translation>
    </message>
</context>
</TS>
