<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <translation>筛选(&amp;F):</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>输入操作、说明或按键</translation>
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
        <translation>查找你的档案(&amp;F):</translation>
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
        <translation>姓名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>你能标注的语言(&amp;L):</translation>
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
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>字号(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
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
        <translation>查看你的反馈：金标准题结果和审核结果</translation>
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
</TS>
