<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>不确定(&amp;U)</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>将答案标记为不确定</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>给审核员的备注</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>跳过此对话并说明原因</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>保存答案并进入下一个对话</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>尚未选择标签</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>出现错误（%1）。已保存的工作不受影响，详细信息请查看日志。</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>All labels</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>转到 %1</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>输入操作、说明或按键</translation>
    </message>
</context>
<context>
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to hub</source>
        <translation>连接到中心服务器</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>将此工作区连接到团队的中心服务器，以发送你的工作并获取新条目。请向组长索取中心服务器地址和 %1 的令牌。</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>中心服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>https://hub.example.com</source>
        <translation>https://hub.example.com</translation>
    </message>
    <message>
        <source>the token your lead gave you</source>
        <translation>组长给你的令牌</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>请输入中心服务器地址，例如 https://hub.example.com。</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>中心服务器地址以 https:// 开头（测试服务器可用 http://）。</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>请输入你的令牌。</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>未打开任何对话。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>进度与吞吐量(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>每周一致率(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>各标注员的金标准准确率(&amp;G)</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>标签混淆：最终标签与所给答案对照(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Ven&amp;dors</source>
        <translation>供应商(&amp;D)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>无法计算仪表板。</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>%2 个对话上的 %1 个答案</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>百分比一致率</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>与最终标签的一致率</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>金标准准确率</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>（无供应商）</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>每日答案数</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>已完成（占已分配）</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>累计答案数</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个条目</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 个答案</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>所给答案</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ 另外 %1 项</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无可显示的内容</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>尚未比较或评分</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>%1 保存的答案</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>%1 当周完成的条目</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>%1 的金标准条目答案</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1：金标准条目答案</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1：与最终标签比较的答案</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>最终标签 %1，回答为 %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>标注员错误</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>对话有歧义</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>标注规范有缺漏</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>分类体系有缺漏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>未选择原因</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>标注员意见不一致的原因；有槽位判定为错误时必填。Up/Down 选择</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>意见(&amp;N)：</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>需要告知标注员的内容（可选）</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>此答案为何正确（用于金标准）</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存审核</translation>
    </message>
    <message>
        <source>Already a gold item</source>
        <translation>已是金标准条目</translation>
    </message>
    <message>
        <source>Promote to &amp;gold</source>
        <translation>设为金标准(&amp;G)</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Miss</source>
        <extracomment>Rows made per ``fetchMore``. The role that gives a row&apos;s :class:`ConversationRow`.</extracomment>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>此元素涉及的答案中有与最终标签不一致的</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>此元素涉及的所有答案都与最终标签一致</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>判定依据：%1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1（不确定）</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>单一答案</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无答案</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>所选元素对应的对话(&amp;O)</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>关闭(&amp;E)</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>关闭此列表 (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1：%n 个对话，其中有不一致答案的 %2 个排在前面。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · 最终标签：%2（%3）</translation>
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
        <translation>标注错误</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>条目有歧义</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>标注规范有缺漏</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>分类体系有缺漏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>金标准检查</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>你的答案与金标准答案一致。</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>你的答案与金标准答案不一致。</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>审核员判定你的答案正确。</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>审核员判定你的答案不正确。</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>你的：%1 · 应为：%2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>你的：%1 · 最终：%2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%2 的%1：%3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>你的结果：用方向键移动，按 Enter 打开对话</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>反馈详情</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>无法加载反馈：%1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>正在加载反馈…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>暂无反馈。金标准检查结果和对你工作的审核结果会显示在这里。</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>审核员意见</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>在对话中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项 (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项 (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>已弃用</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>顶层</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · 未知</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>无法识别此对话的语言。</translation>
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
        <translation>%1（%2）？识别置信度仅为 %3%：请在标注前确认。</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1（%2），识别置信度 %3%。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LabelDesk — %1 (%2)</source>
        <translation>LabelDesk — %1（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>关于 LabelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · 语言：%3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>已撤销提交，之前的答案已恢复。</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>已撤销跳过。</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>已撤销“不确定”标记的更改。</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>已撤销备注的修改。</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>已撤销清除标签。</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>已撤销一次标签选择。</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>已保存 %1（第 %2 版）</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>这已是此列表中的最后一个对话。</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>工作时间 %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — 离线优先的标注工具，内置质量检查。</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>关于 LabelDesk</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>此对话没有元数据。</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>未打开任何对话。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>模型建议：%1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>由 %1 预测</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>元数据</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>谁在工作？</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>查找你的档案(&amp;F)：</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>输入你的名字，然后按 Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>你能标注的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>创建档案并开始(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>请输入新档案的名字。</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>已有名为 %1 的档案：请在上方列表中选择。</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>请至少选择一种你能标注的语言。</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>还没有档案：请在下方创建你的档案。</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>没有与“%1”匹配的档案。</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>全选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>增加(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>减少(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>按下快捷键</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>The groupings, in the order the combo box lists them.</extracomment>
        <translation>分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批次(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>编辑目标(&amp;T)…</translation>
    </message>
    <message>
        <source>Labeller</source>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Taxonomy branch</source>
        <translation>分类分支</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>无法计算报告。</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>目标：正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>目标：金标准准确率 ≥ %1 · κ ≥ %2 · 标注员答案达到 %n 个后适用</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>向已标记者发送复习测验(&amp;S)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>向 %n 名已标记者发送复习测验(&amp;S)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>%n 名标注员未达标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>所有人均已达标。</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>金标准</translation>
    </message>
    <message>
        <source>review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>共识</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>单一答案</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无答案</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>%1 个对话的最终标签：%2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation>（共识平均置信度 %1）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>%1 个被回答两次及以上的条目的一致率：%2 · Fleiss κ %3 · Krippendorff α %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>任意分支</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>发送复习测验</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>要给 %n 名标注员安排复习测验，内容为他们错得最多的分支吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>已向 %n 名标注员发送复习测验。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Labeller</source>
        <extracomment>What a cell without a value shows, and what joins an interval&apos;s ends (an en dash). The raw value of a cell (a number, None last), for sorting. The row&apos;s QualityRow.</extracomment>
        <translation>标注员</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>金标准准确率</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>与最终一致</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>与最终的 κ</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>被推翻</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>条目/小时</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>估计准确率</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>金标准条目答对的比例，附 95% Wilson 区间</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>在至少被回答两次的条目上，答案与最终标签相同的比例</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>答案与最终标签之间的 Cohen&apos;s kappa</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>经审核的答案中被审核员判定为错误的比例</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>每小时工作时间完成的条目数</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>Dawid-Skene 模型估计的准确率</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>金标准准确率 %1 低于目标 %2。</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 低于目标 %2。</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>速度过快：每工作小时完成的条目数超过中位数的两倍。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>第 %1 项，%2，语言 %3：%4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · 批次 %2 · 语言 %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>显示此状态的条目 (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>显示此批次的条目 (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>显示此语言的条目 (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>你的队列 (%1)：方向键、Page Up/Down、Home/End 移动；按 Enter 打开</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>批次筛选</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>语言筛选</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>无法获取进度</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>已完成 %1 / %2 · 今日 %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>待处理 %1 · 已完成 %2 · 不确定 %3 · 已跳过 %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>未选择档案。</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>没有符合筛选条件的条目。</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>未确定 (%1)</translation>
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
        <translation>暂无需要审核的内容。标注员完成后，新的意见分歧会显示在这里。</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>此对话已是金标准条目。</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>已保存 %1 的审核</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>这已是此列表中的最后一项。</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>最终标签</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n slot(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n 个槽位</numerusform>
        </translation>
    </message>
    <message>
        <source>Take these labels as the final labels</source>
        <translation>将这些标签作为最终标签</translation>
    </message>
    <message>
        <source>Mark correct or incorrect</source>
        <translation>标记为正确或错误</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>抽查意见一致的条目</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>意见分歧</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · 批次 %2 · 语言 %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>全部审核</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>审核状态筛选</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>待审核条目：用方向键移动，按 Enter 打开</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>待审核 %1 · 已完成 %2 · 今日 %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>语言与外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>无操作超时(&amp;I):</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>超过这么多秒没有任何输入后，停止计算工作时间。</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>选中一个操作并按 Enter，然后按下新的按键。按 Esc 取消；按 Backspace 恢复该操作的默认按键。</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 被分配给了多个操作：%2。请修改其中一个。</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>恢复为 %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>标签选择器</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>保存答案并进入下一项</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>跳过此项并说明原因</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>将答案标记为不确定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>为此项写备注</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>撤销上一步操作</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>清除标签</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>移除此项已选的所有标签</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>返回上一项进行修改</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>进入下一项</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>将焦点移到队列</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>将焦点移到对话</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>将焦点移到标签选择器</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>查看你的反馈：金标准检查结果和审核结果</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>下一条客户消息</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>跳到客户的下一条消息</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>上一条客户消息</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>跳到客户的上一条消息</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>下一条消息</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>选择下一条消息进行标注</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>上一条消息</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>选择上一条消息进行标注</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>整段对话</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>取消选择消息：标签将应用于整段对话</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>在对话中搜索</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>搜索标签</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>输入名称、同义词或键名查找标签</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>将所选标签加入收藏，或取消收藏</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存审核</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>保存最终标签和判定，并打开下一项</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>采纳槽位 A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>将槽位 A 的标签作为最终标签</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>采纳槽位 B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>将槽位 B 的标签作为最终标签</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>采纳槽位 C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>将槽位 C 的标签作为最终标签</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>采纳槽位 D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>将槽位 D 的标签作为最终标签</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>槽位 A 正确？</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>将槽位 A 标记为正确或错误</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>槽位 B 正确？</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>将槽位 B 标记为正确或错误</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>槽位 C 正确？</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>将槽位 C 标记为正确或错误</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>槽位 D 正确？</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>将槽位 D 标记为正确或错误</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>选择标注员意见不一致的原因</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>给标注员写意见</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>选择最终标签</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>自行在分类体系中查找最终标签</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>设为金标准</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>将这个已审核的条目设为金标准条目</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>上一个审核条目</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>返回上一个审核条目</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>下一个审核条目</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>进入下一个审核条目</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>标注模式</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>标注你的队列</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>审核模式</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>裁决意见分歧（审核员和组长）</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>质量模式</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>对照目标查看质量（组长）</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>仪表板模式</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>质量图表，可逐层点击直至对话（组长）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>语言、字号、主题、空闲时间和快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>列出所有快捷键</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>切换档案</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>更换当前工作的人员</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>将你的工作发送到中心服务器并获取新项目</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>关闭 LabelDesk；已提交的工作均已保存</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>跳过对话</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>为什么跳过此对话(&amp;W)？</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>与客服无关</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>语言不对</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>垃圾信息或无法阅读</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>内容太短，无法判断</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>包含个人信息</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Accept %1</source>
        <translation>采纳 %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ 正确</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>第 %1 条消息：%2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>已标记为不确定</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>同步因意外错误而停止：%1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>无法连接：%1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>已以 %1 的身份连接，但此窗口当前的身份是 %2。请切换档案以处理 %1 的条目。</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>已取消同步。已发送的内容不受影响。</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>无法连接中心服务器，你目前正在离线工作。你的工作已安全保存在本机，会在下次同步时发送。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>中心服务器拒绝了 %n 条记录：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>已同步：发送了 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n 个新条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n 条反馈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>%n 个过期条目已退回中心服务器</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>正在同步，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>停止同步（已发送的内容不受影响）</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>未连接到中心服务器</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>正在同步… 已发送 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>正在同步… 已接收 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>已全部发送</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 条待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>点击将此工作区连接到团队的中心服务器。</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>中心服务器：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>你有 %n 条工作记录等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>最近的问题：%1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>点击立即同步。</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>质量目标</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>答案数达到最少数量的标注员，若金标准准确率或与最终标签的 kappa 低于目标，将被标记。</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>金标准准确率至少(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>Kappa 至少(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>最少答案数(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>已弃用：仅为旧答案保留，不能再选择。</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>请选择其下的某个标签：此分类体系只使用最具体的标签。</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>输入以查找标签，或浏览标签树。当前标签的定义和示例会显示在这里。</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>未选择。</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>暂无定义。</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>又称</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>搜索标签：名称、同义词或键名</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>输入即可在所有语言中搜索。Up/Down 移动，Enter 选择，Esc 清空。搜索框为空时：1-9 在当前层级中选择，Right/Left 展开或收起分支，Backspace 返回上一级。Ctrl+D 收藏。</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>搜索标签</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>分类体系</translation>
    </message>
    <message>
        <source>Matching labels</source>
        <translation>匹配的标签</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>标注规范</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>最近使用和收藏</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>%n 个匹配的标签</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>没有与“%1”匹配的标签</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>培训测验</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>已答 %1/%2 · 正确 %3 · 及格线 %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>答对 %1/%2 — 你的队列已解锁。</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>答对 %1/%2，及格线 %3% — 请向组长申请新的测验。</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>培训答题结果</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>不太对</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>第 %1 条消息的正确答案</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter 或 Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>测验：已答 %1/%2 · 正确 %3 · 及格线 %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>测验通过：正确 %3/%2。你的队列已解锁。</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>测验未通过：正确 %3/%2，及格线 %4%。请向组长申请新的测验。</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>这里没有需要标注的内容。请在队列中选择一个对话，或更改筛选条件。</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · 第 %3 版</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>第 %1 条消息</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
</TS>
