<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Không chắc</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>Đánh dấu câu trả lời là không chắc</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Ghi chú cho người duyệt</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Bỏ qua…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>Bỏ qua hội thoại này kèm lý do</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>Lưu câu trả lời và chuyển sang hội thoại tiếp theo</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>Chưa chọn nhãn nào</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>Đã xảy ra lỗi (%1). Công việc đã lưu vẫn an toàn; chi tiết có trong nhật ký.</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>All labels</source>
        <translation>Tất cả nhãn</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Đi tới %1</translation>
    </message>
</context>
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
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to hub</source>
        <translation>Kết nối máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>Kết nối không gian làm việc này với máy chủ trung tâm của nhóm để gửi công việc và lấy mục mới. Hãy xin trưởng nhóm địa chỉ máy chủ trung tâm và token của %1.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Địa &amp;chỉ máy chủ trung tâm:</translation>
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
        <translation>token trưởng nhóm đã đưa cho bạn</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>Nhập địa chỉ máy chủ trung tâm, ví dụ https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>Địa chỉ máy chủ trung tâm bắt đầu bằng https:// (hoặc http:// với máy chủ thử nghiệm).</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>Nhập token của bạn.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Chưa mở hội thoại nào.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lô:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Mọi lô</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm mớ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>Tiến độ và năng &amp;suất</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>Mức nhất t&amp;rí theo tuần</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>Độ chính xác gold th&amp;eo người gán nhãn</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>N&amp;hầm lẫn nhãn: nhãn cuối cùng theo câu trả lời đã đưa</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Ven&amp;dors</source>
        <translation>Nhà c&amp;ung cấp</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>Không tính được bảng điều khiển.</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>%1 câu trả lời trên %2 hội thoại</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Phần trăm nhất trí</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α Krippendorff</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>Mức nhất trí với nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Độ chính xác gold</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(không có nhà cung cấp)</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Câu trả lời mỗi ngày</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>Đã xong (trên số được giao)</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Số câu trả lời đến nay</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>Đã xong %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Mức nhất trí</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 câu trả lời</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Câu trả lời đã đưa</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 nữa</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Chưa có gì để hiển thị</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>chưa có gì được so sánh hay chấm điểm</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>Câu trả lời đã lưu ngày %1</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>Các mục hoàn thành trong tuần %1</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>Câu trả lời mục gold của %1</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1: câu trả lời mục gold</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1: câu trả lời so với nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>Nhãn cuối cùng %1, đã trả lời %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>Lỗi của người gán nhãn</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>Hội thoại không rõ ràng</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>Hướng dẫn còn thiếu sót</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>Hệ thống phân loại còn thiếu sót</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>Chưa chọn lý do</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>Vì sao những người gán nhãn không thống nhất; bắt buộc khi có ô sai. Up/Down để chọn</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>&amp;Nhận xét:</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>Điều người gán nhãn nên biết (không bắt buộc)</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>Vì sao câu trả lời này đúng (cho gold)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Lưu kết quả duyệt</translation>
    </message>
    <message>
        <source>Already a gold item</source>
        <translation>Đã là mục gold</translation>
    </message>
    <message>
        <source>Promote to &amp;gold</source>
        <translation>Nâng thành mục g&amp;old</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Miss</source>
        <extracomment>Rows made per ``fetchMore``. The role that gives a row&apos;s :class:`ConversationRow`.</extracomment>
        <translation>Không khớp</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>Có câu trả lời thuộc phần tử này khác với nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>Mọi câu trả lời thuộc phần tử này đều khớp với nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Quyết định theo: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>không có nhãn</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1 (không chắc)</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>nhất trí</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>đồng thuận</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>một câu trả lời</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>không có câu trả lời</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>Hội th&amp;oại của phần tử đã chọn</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Đóng &amp;danh sách</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Đóng danh sách này (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1: %n hội thoại, %2 hội thoại có câu trả lời không khớp được xếp trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · nhãn cuối cùng: %2 (%3)</translation>
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
        <translation>Lỗi gán nhãn</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>Mục không rõ ràng</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>Hướng dẫn còn thiếu sót</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>Hệ thống phân loại còn thiếu sót</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>Kiểm tra gold</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>Câu trả lời của bạn khớp với đáp án gold.</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>Câu trả lời của bạn không khớp với đáp án gold.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>Người duyệt đánh giá câu trả lời của bạn là đúng.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>Người duyệt đánh giá câu trả lời của bạn là sai.</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>Bạn: %1 · Đáp án: %2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>Bạn: %1 · Kết quả cuối: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 cho %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>Kết quả của bạn: phím mũi tên để di chuyển, Enter để mở hội thoại</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>Chi tiết phản hồi</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>Không tải được phản hồi: %1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>Đang tải phản hồi…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>Chưa có phản hồi. Kết quả kiểm tra mục gold và kết quả duyệt công việc của bạn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Đáp án đúng</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Nhận xét của người duyệt</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Tìm trong hội thoại</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Kết quả trước (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kết quả trước</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Kết quả tiếp theo (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>ngừng dùng</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Cấp cao nhất</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · không rõ</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>Không nhận diện được ngôn ngữ của hội thoại này.</translation>
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
        <translation>%1 (%2)? Chỉ nhận diện được với độ tin cậy %3%: hãy kiểm tra trước khi gán nhãn.</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1 (%2), nhận diện với độ tin cậy %3%.</translation>
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
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Mục</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Chế độ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>&amp;Giới thiệu LabelDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · ngôn ngữ: %3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>Đã hoàn tác lần gửi; câu trả lời trước đó đã được khôi phục.</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>Đã hoàn tác lần bỏ qua.</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>Đã hoàn tác thay đổi cờ chưa chắc chắn.</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>Đã hoàn tác chỉnh sửa ghi chú.</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>Đã hoàn tác việc xóa nhãn.</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>Đã hoàn tác một lựa chọn nhãn.</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>người gán nhãn</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>người duyệt</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>trưởng nhóm</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>Đã lưu %1 (bản sửa %2)</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>Đó là hội thoại cuối cùng trong danh sách này.</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>Thời gian làm việc %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — gán nhãn ưu tiên ngoại tuyến, tích hợp sẵn kiểm soát chất lượng.</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>Giới thiệu LabelDesk</translation>
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
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>Hội thoại này không có siêu dữ liệu.</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>Chưa mở hội thoại nào.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>Mô hình gợi ý: %1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Dự đoán bởi %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Siêu dữ liệu</translation>
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
    <name>QualityPage</name>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>The groupings, in the order the combo box lists them.</extracomment>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lô:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Làm mớ&amp;i</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>Sửa c&amp;hỉ tiêu…</translation>
    </message>
    <message>
        <source>Labeller</source>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Taxonomy branch</source>
        <translation>Nhánh phân loại</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Mọi lô</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>Không tính được báo cáo.</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>Chỉ tiêu: đang tải…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>Chỉ tiêu: độ chính xác gold ≥ %1 · κ ≥ %2 · khi người gán nhãn có từ %n câu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>Gửi &amp;bài ôn tập cho người bị gắn cờ…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>Gửi &amp;bài ôn tập cho người bị gắn cờ (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>%n người gán nhãn dưới chỉ tiêu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>Mọi người đều đạt chỉ tiêu.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>nhất trí</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>đồng thuận</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>một câu trả lời</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>không có câu trả lời</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>Nhãn cuối cùng của %1 hội thoại: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation> (độ tin cậy đồng thuận trung bình %1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>Mức nhất trí trên %1 mục được trả lời từ hai lần trở lên: %2 · κ Fleiss %3 · α Krippendorff %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>mọi nhánh</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>Gửi bài ôn tập</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>Giao cho %n người gán nhãn bài ôn tập về các nhánh họ hay sai nhất?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>Đã gửi bài ôn tập cho %n người gán nhãn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Labeller</source>
        <extracomment>What a cell without a value shows, and what joins an interval&apos;s ends (an en dash). The raw value of a cell (a number, None last), for sorting. The row&apos;s QualityRow.</extracomment>
        <translation>Người gán nhãn</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Nhánh</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Độ chính xác gold</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>Khớp kết quả cuối</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>κ so với kết quả cuối</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Bị bác</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Mục / giờ</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>Độ chính xác ước tính</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>Tỷ lệ mục gold trả lời đúng, kèm khoảng Wilson 95%</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>Tỷ lệ câu trả lời trùng với nhãn cuối cùng, trên các mục được trả lời ít nhất hai lần</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>Kappa Cohen của câu trả lời so với nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>Tỷ lệ câu trả lời đã duyệt bị người duyệt đánh giá là sai</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>Số mục mỗi giờ làm việc</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>Độ chính xác do mô hình Dawid-Skene ước tính</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>Độ chính xác gold %1 thấp hơn chỉ tiêu %2.</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 thấp hơn chỉ tiêu %2.</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>Quá nhanh: số mục mỗi giờ làm việc cao hơn gấp đôi trung vị.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Không chắc</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lô</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>Mục %1, %2, ngôn ngữ %3: %4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · lô %2 · ngôn ngữ %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>Hiện các mục có trạng thái này (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>Hiện các mục thuộc lô này (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>Hiện các mục bằng ngôn ngữ này (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>Hàng đợi của bạn (%1): phím mũi tên, Page Up/Down, Home/End; Enter để mở</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>Lọc theo lô</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Lọc theo ngôn ngữ</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Hàng đợi</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Không lấy được tiến độ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>Đã xong %1 / %2 · hôm nay %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>Chưa làm %1 · đã xong %2 · không chắc %3 · đã bỏ qua %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>Chưa chọn hồ sơ.</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>Không có mục nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Mục %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Mục %1/%2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Mọi lô</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>Không xác định (%1)</translation>
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
        <translation>Không có gì để duyệt. Các trường hợp bất đồng mới sẽ hiện ở đây khi người gán nhãn làm xong.</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>Hội thoại này đã là mục gold.</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>Đã lưu kết quả duyệt %1</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>Đó là mục cuối cùng trong danh sách này.</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Nhãn cuối cùng</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>chờ duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n slot(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n ô</numerusform>
        </translation>
    </message>
    <message>
        <source>Take these labels as the final labels</source>
        <translation>Dùng các nhãn này làm nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Mark correct or incorrect</source>
        <translation>Đánh dấu đúng hoặc sai</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>kiểm tra lại mục đã nhất trí</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>bất đồng</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · lô %2 · ngôn ngữ %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>Mọi mục duyệt</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>Lọc theo trạng thái duyệt</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Hàng đợi duyệt</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>Các mục cần duyệt: phím mũi tên để di chuyển, Enter để mở</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>Chờ duyệt %1 · đã xong %2 · hôm nay %Ln</numerusform>
        </translation>
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
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Chế độ</translation>
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
        <source>Save review</source>
        <translation>Lưu kết quả duyệt</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>Lưu nhãn cuối cùng và đánh giá, rồi mở mục tiếp theo</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>Chấp nhận ô A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>Lấy nhãn của ô A làm nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>Chấp nhận ô B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>Lấy nhãn của ô B làm nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>Chấp nhận ô C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>Lấy nhãn của ô C làm nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>Chấp nhận ô D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>Lấy nhãn của ô D làm nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>Ô A đúng không?</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>Đánh dấu ô A đúng hay sai</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>Ô B đúng không?</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>Đánh dấu ô B đúng hay sai</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>Ô C đúng không?</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>Đánh dấu ô C đúng hay sai</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>Ô D đúng không?</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>Đánh dấu ô D đúng hay sai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>Chọn lý do những người gán nhãn không thống nhất</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>Viết nhận xét cho người gán nhãn</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>Chọn nhãn cuối cùng</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>Tự tìm nhãn cuối cùng trong hệ thống phân loại</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>Nâng thành mục gold</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>Biến mục đã duyệt này thành mục gold</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>Mục duyệt trước</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>Quay lại mục duyệt trước</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>Mục duyệt tiếp theo</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>Chuyển sang mục duyệt tiếp theo</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>Chế độ gán nhãn</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>Gán nhãn hàng đợi của bạn</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Chế độ duyệt</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>Phân xử các trường hợp bất đồng (người duyệt và trưởng nhóm)</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>Chế độ chất lượng</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>Chất lượng so với chỉ tiêu (trưởng nhóm)</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>Chế độ bảng điều khiển</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>Biểu đồ chất lượng, nhấp để xem chi tiết đến từng hội thoại (trưởng nhóm)</translation>
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
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>Bỏ qua hội thoại</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>&amp;Vì sao bỏ qua cuộc hội thoại này?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>Không phải chăm sóc khách hàng</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Sai ngôn ngữ</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>Thư rác hoặc không đọc được</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>Quá ngắn để xác định</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Chứa dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Accept %1</source>
        <translation>Chấp nhận %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Ô %1</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Đúng</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Sai</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(không có nhãn)</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>Lượt %1: %2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>Đã đánh dấu chưa chắc</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>Đồng bộ đã dừng do lỗi không mong muốn: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Không kết nối được: %1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>Đã kết nối với tư cách %1, nhưng cửa sổ này đang làm việc với tư cách %2. Hãy đổi hồ sơ để làm các mục của %1.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>Đã hủy đồng bộ. Phần đã gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>Không kết nối được tới máy chủ trung tâm nên bạn đang làm việc ngoại tuyến. Công việc của bạn vẫn an toàn ở đây và sẽ được gửi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Đồng bộ không thành công: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>Máy chủ trung tâm đã từ chối %n bản ghi: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Đã đồng bộ: đã gửi %n bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n mục mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n phản hồi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>%n mục hết hạn đã được trả về máy chủ trung tâm</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Đang đồng bộ; hãy thử lại sau giây lát.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>Dừng đồng bộ (phần đã gửi vẫn được giữ nguyên)</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>Chưa kết nối máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Đồng bộ không thành công</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Đang đồng bộ… đã gửi %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>Đang đồng bộ… đã nhận %n</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>chưa đồng bộ lần nào</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>đồng bộ lần cuối %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>đã gửi hết</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n đang chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>Nhấp để kết nối không gian làm việc này với máy chủ trung tâm của nhóm.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Máy chủ trung tâm: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>%n bản ghi công việc của bạn đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Sự cố gần nhất: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Nhấp để đồng bộ ngay.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>Chỉ tiêu chất lượng</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>Người gán nhãn có từ số câu trả lời tối thiểu trở lên sẽ bị gắn cờ khi độ chính xác gold hoặc kappa so với nhãn cuối cùng thấp hơn chỉ tiêu.</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>Độ chính xác &amp;gold tối thiểu:</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>&amp;Kappa tối thiểu:</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>&amp;Số câu trả lời tối thiểu:</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>Đã ngừng dùng: chỉ giữ lại cho các câu trả lời cũ, không thể chọn nữa.</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>Hãy chọn một nhãn con bên dưới: hệ thống phân loại này dùng nhãn cụ thể nhất.</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>Nhập để tìm nhãn, hoặc duyệt cây nhãn. Định nghĩa và ví dụ của nhãn đang chọn sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Chưa chọn.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Định nghĩa</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Chưa có định nghĩa.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Ngôn ngữ khác</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>Tìm nhãn: tên, từ đồng nghĩa hoặc mã</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>Nhập để tìm trong mọi ngôn ngữ. Up/Down để di chuyển, Enter để chọn, Esc để xóa. Khi ô trống: 1-9 chọn ở cấp này, Right/Left mở và đóng nhánh, Backspace lên một cấp. Ctrl+D đánh dấu yêu thích.</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Tìm nhãn</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Hệ thống phân loại</translation>
    </message>
    <message>
        <source>Matching labels</source>
        <translation>Nhãn phù hợp</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>Gần đây &amp; yêu thích</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>%n nhãn phù hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>Không có nhãn nào khớp với “%1”</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>Bài kiểm tra đào tạo</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>Đã trả lời %1/%2 · đúng %3 · ngưỡng đạt %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>Đúng %1/%2 — hàng đợi của bạn đã được mở khóa.</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>Đúng %1/%2, ngưỡng đạt %3% — hãy xin trưởng nhóm một bài kiểm tra khác.</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>Câu trả lời bài đào tạo</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Chưa đúng</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Câu trả lời của bạn</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Đáp án đúng</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>Đáp án đúng cho lượt %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Giải thích</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Mục tiếp theo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter hoặc Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>Bài kiểm tra: đã trả lời %1/%2 · đúng %3 · điểm đạt %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>Đã đạt bài kiểm tra: đúng %3/%2. Hàng đợi của bạn đã được mở.</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>Chưa đạt bài kiểm tra: đúng %3/%2, điểm đạt %4%. Hãy xin trưởng nhóm một bài kiểm tra khác.</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>Sao chép giá trị</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Phản hồi</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>Không có gì để gán nhãn ở đây. Hãy chọn một hội thoại trong hàng đợi hoặc đổi bộ lọc.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>không chắc</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>đã bỏ qua</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · bản sửa %3</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Hội thoại</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Lượt %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
</context>
</TS>
