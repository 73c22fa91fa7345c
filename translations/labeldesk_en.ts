<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerBar</name>
    <message>
        <source>&amp;Unsure</source>
        <translation>&amp;Unsure</translation>
    </message>
    <message>
        <source>Flag the answer as unsure</source>
        <translation>Flag the answer as unsure</translation>
    </message>
    <message>
        <source>Note for the reviewer</source>
        <translation>Note for the reviewer</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>Skip…</translation>
    </message>
    <message>
        <source>Skip this conversation with a reason</source>
        <translation>Skip this conversation with a reason</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Save the answer and go to the next conversation</source>
        <translation>Save the answer and go to the next conversation</translation>
    </message>
    <message>
        <source>No label chosen yet</source>
        <translation>No label chosen yet</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong (%1). Your saved work is safe; details are in the log.</source>
        <translation>Something went wrong (%1). Your saved work is safe; details are in the log.</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>All labels</source>
        <translation>All labels</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Type an action, a description or a key</source>
        <translation>Type an action, a description or a key</translation>
    </message>
</context>
<context>
    <name>ChosenStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to hub</source>
        <translation>Connect to hub</translation>
    </message>
    <message>
        <source>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</source>
        <translation>Connect this workspace to your team&apos;s hub to send your work and fetch new items. Ask your lead for the hub&apos;s address and for the token of %1.</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>Hub &amp;address:</translation>
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
        <translation>the token your lead gave you</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, e.g. https://hub.example.com.</source>
        <translation>Type the hub&apos;s address, e.g. https://hub.example.com.</translation>
    </message>
    <message>
        <source>The hub&apos;s address starts with https:// (or http:// on a test hub).</source>
        <translation>The hub&apos;s address starts with https:// (or http:// on a test hub).</translation>
    </message>
    <message>
        <source>Type your token.</source>
        <translation>Type your token.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>No conversation is open.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Undetermined</source>
        <extracomment>Charts per row of the grid, and while the drill-down list shows beside it.</extracomment>
        <translation>Undetermined</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>All batches</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Progress and throughput</source>
        <translation>&amp;Progress and throughput</translation>
    </message>
    <message>
        <source>&amp;Agreement per week</source>
        <translation>&amp;Agreement per week</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy per labeller</source>
        <translation>&amp;Gold accuracy per labeller</translation>
    </message>
    <message>
        <source>Label &amp;confusions: final label by answer given</source>
        <translation>Label &amp;confusions: final label by answer given</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <source>Ven&amp;dors</source>
        <translation>Ven&amp;dors</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute the dashboard.</source>
        <translation>Could not compute the dashboard.</translation>
    </message>
    <message>
        <source>%1 answers on %2 conversations</source>
        <translation>%1 answers on %2 conversations</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Percent agreement</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorff&apos;s α</translation>
    </message>
    <message>
        <source>Agreement with final label</source>
        <translation>Agreement with final label</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Gold accuracy</translation>
    </message>
    <message>
        <source>(no vendor)</source>
        <translation>(no vendor)</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Answers per day</translation>
    </message>
    <message>
        <source>Done (of assigned)</source>
        <translation>Done (of assigned)</translation>
    </message>
    <message>
        <source>Answers so far</source>
        <translation>Answers so far</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 done</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Final label</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 more</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nothing to show yet</translation>
    </message>
    <message>
        <source>nothing compared or scored yet</source>
        <translation>nothing compared or scored yet</translation>
    </message>
    <message>
        <source>Answers saved on %1</source>
        <translation>Answers saved on %1</translation>
    </message>
    <message>
        <source>Items finished in the week of %1</source>
        <translation>Items finished in the week of %1</translation>
    </message>
    <message>
        <source>Gold answers of %1</source>
        <translation>Gold answers of %1</translation>
    </message>
    <message>
        <source>%1: gold answers</source>
        <translation>%1: gold answers</translation>
    </message>
    <message>
        <source>%1: answers compared with the final label</source>
        <translation>%1: answers compared with the final label</translation>
    </message>
    <message>
        <source>Final label %1, answered %2</source>
        <translation>Final label %1, answered %2</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Labeller error</source>
        <translation>Labeller error</translation>
    </message>
    <message>
        <source>Ambiguous conversation</source>
        <translation>Ambiguous conversation</translation>
    </message>
    <message>
        <source>Guideline gap</source>
        <translation>Guideline gap</translation>
    </message>
    <message>
        <source>Taxonomy gap</source>
        <translation>Taxonomy gap</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No reason chosen</source>
        <translation>No reason chosen</translation>
    </message>
    <message>
        <source>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</source>
        <translation>Why the labellers disagreed; needed when a slot is incorrect. Up/Down choose</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>Comme&amp;nt:</translation>
    </message>
    <message>
        <source>What the labellers should know (optional)</source>
        <translation>What the labellers should know (optional)</translation>
    </message>
    <message>
        <source>Why this answer is right (for gold)</source>
        <translation>Why this answer is right (for gold)</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>Already a gold item</source>
        <translation>Already a gold item</translation>
    </message>
    <message>
        <source>Promote to &amp;gold</source>
        <translation>Promote to &amp;gold</translation>
    </message>
</context>
<context>
    <name>DrillDownModel</name>
    <message>
        <source>Miss</source>
        <extracomment>Rows made per ``fetchMore``. The role that gives a row&apos;s :class:`ConversationRow`.</extracomment>
        <translation>Miss</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Final label</source>
        <translation>Final label</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>An answer behind this element differs from the final label</source>
        <translation>An answer behind this element differs from the final label</translation>
    </message>
    <message>
        <source>Every answer behind this element matches the final label</source>
        <translation>Every answer behind this element matches the final label</translation>
    </message>
    <message>
        <source>Decided by: %1</source>
        <translation>Decided by: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>no labels</translation>
    </message>
    <message>
        <source>%1 (unsure)</source>
        <translation>%1 (unsure)</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>single answer</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>DrillPanel</name>
    <message>
        <source>C&amp;onversations behind the chosen element</source>
        <translation>C&amp;onversations behind the chosen element</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Close this list (Esc)</source>
        <translation>Close this list (Esc)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s), %2 with a miss first.</source>
        <translation>
            <numerusform>%1: %n conversation, %2 with a miss first.</numerusform>
            <numerusform>%1: %n conversations, %2 with a miss first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · final label: %2 (%3)</source>
        <translation>%1 · final label: %2 (%3)</translation>
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
        <translation>Labelling error</translation>
    </message>
    <message>
        <source>Ambiguous item</source>
        <translation>Ambiguous item</translation>
    </message>
    <message>
        <source>Gap in the guideline</source>
        <translation>Gap in the guideline</translation>
    </message>
    <message>
        <source>Gap in the taxonomy</source>
        <translation>Gap in the taxonomy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Gold check</source>
        <translation>Gold check</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Your answer matched the gold answer.</source>
        <translation>Your answer matched the gold answer.</translation>
    </message>
    <message>
        <source>Your answer did not match the gold answer.</source>
        <translation>Your answer did not match the gold answer.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer correct.</source>
        <translation>The reviewer judged your answer correct.</translation>
    </message>
    <message>
        <source>The reviewer judged your answer incorrect.</source>
        <translation>The reviewer judged your answer incorrect.</translation>
    </message>
    <message>
        <source>You: %1 · Expected: %2</source>
        <translation>You: %1 · Expected: %2</translation>
    </message>
    <message>
        <source>You: %1 · Final: %2</source>
        <translation>You: %1 · Final: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 %4</source>
        <translation>%1 on %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Your results: arrows to move, Enter opens the conversation</source>
        <translation>Your results: arrows to move, Enter opens the conversation</translation>
    </message>
    <message>
        <source>Feedback details</source>
        <translation>Feedback details</translation>
    </message>
    <message>
        <source>Feedback could not be loaded: %1</source>
        <translation>Feedback could not be loaded: %1</translation>
    </message>
    <message>
        <source>Loading feedback…</source>
        <translation>Loading feedback…</translation>
    </message>
    <message>
        <source>No feedback yet. Results of gold checks and reviews of your work appear here.</source>
        <translation>No feedback yet. Results of gold checks and reviews of your work appear here.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Expected answer</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Final labels</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Reviewer&apos;s comment</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Find in conversation</source>
        <translation>Find in conversation</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Previous match (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
</context>
<context>
    <name>LabelDelegate</name>
    <message>
        <source>deprecated</source>
        <translation>deprecated</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Top level</translation>
    </message>
</context>
<context>
    <name>LanguageBadge</name>
    <message>
        <source>? · unknown</source>
        <translation>? · unknown</translation>
    </message>
    <message>
        <source>The language of this conversation could not be detected.</source>
        <translation>The language of this conversation could not be detected.</translation>
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
        <translation>%1 (%2)? Detected with only %3% confidence: check before labelling.</translation>
    </message>
    <message>
        <source>%1 (%2), detected with %3% confidence.</source>
        <translation>%1 (%2), detected with %3% confidence.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About LabelDesk</source>
        <translation>&amp;About LabelDesk</translation>
    </message>
    <message>
        <source>%1 · %2 · languages: %3</source>
        <translation>%1 · %2 · languages: %3</translation>
    </message>
    <message>
        <source>Undid the submit; the answer before it is back.</source>
        <translation>Undid the submit; the answer before it is back.</translation>
    </message>
    <message>
        <source>Undid the skip.</source>
        <translation>Undid the skip.</translation>
    </message>
    <message>
        <source>Undid the change to the unsure flag.</source>
        <translation>Undid the change to the unsure flag.</translation>
    </message>
    <message>
        <source>Undid the note edit.</source>
        <translation>Undid the note edit.</translation>
    </message>
    <message>
        <source>Undid clearing the labels.</source>
        <translation>Undid clearing the labels.</translation>
    </message>
    <message>
        <source>Undid a label choice.</source>
        <translation>Undid a label choice.</translation>
    </message>
    <message>
        <source>labeller</source>
        <translation>labeller</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2)</source>
        <translation>Saved %1 (revision %2)</translation>
    </message>
    <message>
        <source>That was the last conversation in this list.</source>
        <translation>That was the last conversation in this list.</translation>
    </message>
    <message>
        <source>Active %1:%2</source>
        <translation>Active %1:%2</translation>
    </message>
    <message>
        <source>LabelDesk %1 — offline-first labelling with QA built in.</source>
        <translation>LabelDesk %1 — offline-first labelling with QA built in.</translation>
    </message>
    <message>
        <source>About LabelDesk</source>
        <translation>About LabelDesk</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MetaPanel</name>
    <message>
        <source>This conversation has no metadata.</source>
        <translation>This conversation has no metadata.</translation>
    </message>
    <message>
        <source>No conversation is open.</source>
        <translation>No conversation is open.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Model suggests: %1</source>
        <translation>Model suggests: %1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Predicted by %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Labeller</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>&amp;Find your profile:</source>
        <translation>&amp;Find your profile:</translation>
    </message>
    <message>
        <source>Type your name, then press Enter</source>
        <translation>Type your name, then press Enter</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Languages you can label:</source>
        <translation>&amp;Languages you can label:</translation>
    </message>
    <message>
        <source>&amp;Create profile and start</source>
        <translation>&amp;Create profile and start</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Enter a name for the new profile.</source>
        <translation>Enter a name for the new profile.</translation>
    </message>
    <message>
        <source>There is already a profile named %1: pick it in the list above.</source>
        <translation>There is already a profile named %1: pick it in the list above.</translation>
    </message>
    <message>
        <source>Choose at least one language you can label.</source>
        <translation>Choose at least one language you can label.</translation>
    </message>
    <message>
        <source>No profiles yet: create yours below.</source>
        <translation>No profiles yet: create yours below.</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>No profile matches “%1”.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Press shortcut</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>&amp;Group by:</source>
        <extracomment>The groupings, in the order the combo box lists them.</extracomment>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Edit &amp;targets…</source>
        <translation>Edit &amp;targets…</translation>
    </message>
    <message>
        <source>Labeller</source>
        <translation>Labeller</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taxonomy branch</source>
        <translation>Taxonomy branch</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>All batches</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute the report.</source>
        <translation>Could not compute the report.</translation>
    </message>
    <message>
        <source>Targets: loading…</source>
        <translation>Targets: loading…</translation>
    </message>
    <message numerus="yes">
        <source>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer(s)</source>
        <translation>
            <numerusform>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answer</numerusform>
            <numerusform>Targets: gold accuracy ≥ %1 · κ ≥ %2 · once a labeller has %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send refreshers to flagged…</source>
        <translation>&amp;Send refreshers to flagged…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send refreshers to flagged (%n)…</source>
        <translation>
            <numerusform>&amp;Send refreshers to flagged (%n)…</numerusform>
            <numerusform>&amp;Send refreshers to flagged (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labeller(s) below target.</source>
        <translation>
            <numerusform>%n labeller below target.</numerusform>
            <numerusform>%n labellers below target.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone meets the targets.</source>
        <translation>Everyone meets the targets.</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>gold</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <source>single answer</source>
        <translation>single answer</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Final labels of %1 conversations: %2</source>
        <translation>Final labels of %1 conversations: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source> (mean consensus confidence %1)</source>
        <translation> (mean consensus confidence %1)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</source>
        <translation>Agreement on %1 items answered twice or more: %2 · Fleiss&apos; κ %3 · Krippendorff&apos;s α %4</translation>
    </message>
    <message>
        <source>any branch</source>
        <translation>any branch</translation>
    </message>
    <message>
        <source>Send refreshers</source>
        <translation>Send refreshers</translation>
    </message>
    <message numerus="yes">
        <source>Give %n labeller(s) a refresher quiz on the branches they miss most?</source>
        <translation>
            <numerusform>Give %n labeller a refresher quiz on the branches they miss most?</numerusform>
            <numerusform>Give %n labellers a refresher quiz on the branches they miss most?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresher quizzes sent to %n labeller(s).</source>
        <translation>
            <numerusform>Refresher quiz sent to %n labeller.</numerusform>
            <numerusform>Refresher quizzes sent to %n labellers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTableModel</name>
    <message>
        <source>Labeller</source>
        <extracomment>What a cell without a value shows, and what joins an interval&apos;s ends (an en dash). The raw value of a cell (a number, None last), for sorting. The row&apos;s QualityRow.</extracomment>
        <translation>Labeller</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation>Gold accuracy</translation>
    </message>
    <message>
        <source>Agrees with final</source>
        <translation>Agrees with final</translation>
    </message>
    <message>
        <source>κ vs final</source>
        <translation>κ vs final</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Overturned</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Items / hour</source>
        <translation>Items / hour</translation>
    </message>
    <message>
        <source>Est. accuracy</source>
        <translation>Est. accuracy</translation>
    </message>
    <message>
        <source>Share of gold items answered right, with a 95% Wilson interval</source>
        <translation>Share of gold items answered right, with a 95% Wilson interval</translation>
    </message>
    <message>
        <source>Share of answers equal to the final label, on items answered at least twice</source>
        <translation>Share of answers equal to the final label, on items answered at least twice</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the answers against the final labels</source>
        <translation>Cohen&apos;s kappa of the answers against the final labels</translation>
    </message>
    <message>
        <source>Share of reviewed answers the reviewer judged incorrect</source>
        <translation>Share of reviewed answers the reviewer judged incorrect</translation>
    </message>
    <message>
        <source>Items per hour of active time</source>
        <translation>Items per hour of active time</translation>
    </message>
    <message>
        <source>Accuracy as the Dawid-Skene model estimates it</source>
        <translation>Accuracy as the Dawid-Skene model estimates it</translation>
    </message>
    <message>
        <source>Gold accuracy %1 is below the target %2.</source>
        <translation>Gold accuracy %1 is below the target %2.</translation>
    </message>
    <message>
        <source>Kappa %1 is below the target %2.</source>
        <translation>Kappa %1 is below the target %2.</translation>
    </message>
    <message>
        <source>Too fast: more than twice the median items per active hour.</source>
        <translation>Too fast: more than twice the median items per active hour.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>To do</source>
        <extracomment>the QueueRow the WorkStatus the status, translated the row&apos;s number in the list (1-based)</extracomment>
        <translation>To do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
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
        <translation>Language</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Item %1, %2, language %3: %4</source>
        <translation>Item %1, %2, language %3: %4</translation>
    </message>
    <message>
        <source>%1 · batch %2 · language %3 · %4</source>
        <translation>%1 · batch %2 · language %3 · %4</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Show items with this status (%1)</source>
        <translation>Show items with this status (%1)</translation>
    </message>
    <message>
        <source>Show items of this batch (%1)</source>
        <translation>Show items of this batch (%1)</translation>
    </message>
    <message>
        <source>Show items in this language (%1)</source>
        <translation>Show items in this language (%1)</translation>
    </message>
    <message>
        <source>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</source>
        <translation>Your queue (%1): arrows, Page Up/Down, Home/End; Enter opens</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Batch filter</source>
        <translation>Batch filter</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Language filter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progress unavailable</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %2 done · %Ln done today</source>
        <translation>
            <numerusform>%1 / %2 done · %Ln done today</numerusform>
            <numerusform>%1 / %2 done · %Ln done today</numerusform>
        </translation>
    </message>
    <message>
        <source>To do %1 · done %2 · unsure %3 · skipped %4</source>
        <translation>To do %1 · done %2 · unsure %3 · skipped %4</translation>
    </message>
    <message>
        <source>No profile chosen.</source>
        <translation>No profile chosen.</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>No items match these filters.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>All batches</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Undetermined (%1)</source>
        <translation>Undetermined (%1)</translation>
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
        <translation>Nothing to review. New disagreements appear here when labellers finish.</translation>
    </message>
    <message>
        <source>This conversation is already a gold item.</source>
        <translation>This conversation is already a gold item.</translation>
    </message>
    <message>
        <source>Saved the review of %1</source>
        <translation>Saved the review of %1</translation>
    </message>
    <message>
        <source>That was the last item in this list.</source>
        <translation>That was the last item in this list.</translation>
    </message>
    <message>
        <source>Final labels</source>
        <translation>Final labels</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 · %n slot(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3 · %n slot</numerusform>
            <numerusform>%1 · %2 · %3 · %n slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Take these labels as the final labels</source>
        <translation>Take these labels as the final labels</translation>
    </message>
    <message>
        <source>Mark correct or incorrect</source>
        <translation>Mark correct or incorrect</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>audit of an agreed item</source>
        <translation>audit of an agreed item</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>disagreement</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <source>%1 · batch %2 · language %3 · %4 · %5</source>
        <translation>%1 · batch %2 · language %3 · %4 · %5</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>All reviews</source>
        <translation>All reviews</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>Review status filter</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <source>Items to review: arrows move, Enter opens</source>
        <translation>Items to review: arrows move, Enter opens</translation>
    </message>
    <message numerus="yes">
        <source>%1 to review · %2 done · %Ln today</source>
        <translation>
            <numerusform>%1 to review · %2 done · %Ln today</numerusform>
            <numerusform>%1 to review · %2 done · %Ln today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Font size:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Idle after:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Active time stops counting after this many seconds without input.</source>
        <translation>Active time stops counting after this many seconds without input.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</source>
        <translation>Select an action and press Enter, then the new keys. Esc cancels; Backspace resets the action to its default keys.</translation>
    </message>
    <message>
        <source>Reset &amp;all</source>
        <translation>Reset &amp;all</translation>
    </message>
    <message>
        <source>%1 is given to more than one action: %2. Change one of them.</source>
        <translation>%1 is given to more than one action: %2. Change one of them.</translation>
    </message>
</context>
<context>
    <name>ShortcutTableModel</name>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Labelling</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Picker</source>
        <translation>Picker</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modes</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Save the answer and go to the next item</source>
        <translation>Save the answer and go to the next item</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Skip this item and give a reason</source>
        <translation>Skip this item and give a reason</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>Mark the answer as unsure</source>
        <translation>Mark the answer as unsure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note about this item</source>
        <translation>Write a note about this item</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <source>Clear labels</source>
        <translation>Clear labels</translation>
    </message>
    <message>
        <source>Remove every chosen label from this item</source>
        <translation>Remove every chosen label from this item</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Go back to the previous item to revise it</source>
        <translation>Go back to the previous item to revise it</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Go to the next item</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Move the focus to the queue</source>
        <translation>Move the focus to the queue</translation>
    </message>
    <message>
        <source>Move the focus to the conversation</source>
        <translation>Move the focus to the conversation</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Move the focus to the label picker</source>
        <translation>Move the focus to the label picker</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Show your feedback: gold results and reviews</source>
        <translation>Show your feedback: gold results and reviews</translation>
    </message>
    <message>
        <source>Next customer turn</source>
        <translation>Next customer turn</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s next message</source>
        <translation>Jump to the customer&apos;s next message</translation>
    </message>
    <message>
        <source>Previous customer turn</source>
        <translation>Previous customer turn</translation>
    </message>
    <message>
        <source>Jump to the customer&apos;s previous message</source>
        <translation>Jump to the customer&apos;s previous message</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Next turn</translation>
    </message>
    <message>
        <source>Select the next message, to label it</source>
        <translation>Select the next message, to label it</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Previous turn</translation>
    </message>
    <message>
        <source>Select the previous message, to label it</source>
        <translation>Select the previous message, to label it</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Whole conversation</translation>
    </message>
    <message>
        <source>Unselect the message: labels go to the whole conversation</source>
        <translation>Unselect the message: labels go to the whole conversation</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Search within the conversation</source>
        <translation>Search within the conversation</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Search labels</translation>
    </message>
    <message>
        <source>Type to find a label by name, synonym or key</source>
        <translation>Type to find a label by name, synonym or key</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Add the selected label to your favourites, or remove it</source>
        <translation>Add the selected label to your favourites, or remove it</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Save review</translation>
    </message>
    <message>
        <source>Save the final labels and verdicts, open the next item</source>
        <translation>Save the final labels and verdicts, open the next item</translation>
    </message>
    <message>
        <source>Accept slot A</source>
        <translation>Accept slot A</translation>
    </message>
    <message>
        <source>Take slot A&apos;s labels as the final labels</source>
        <translation>Take slot A&apos;s labels as the final labels</translation>
    </message>
    <message>
        <source>Accept slot B</source>
        <translation>Accept slot B</translation>
    </message>
    <message>
        <source>Take slot B&apos;s labels as the final labels</source>
        <translation>Take slot B&apos;s labels as the final labels</translation>
    </message>
    <message>
        <source>Accept slot C</source>
        <translation>Accept slot C</translation>
    </message>
    <message>
        <source>Take slot C&apos;s labels as the final labels</source>
        <translation>Take slot C&apos;s labels as the final labels</translation>
    </message>
    <message>
        <source>Accept slot D</source>
        <translation>Accept slot D</translation>
    </message>
    <message>
        <source>Take slot D&apos;s labels as the final labels</source>
        <translation>Take slot D&apos;s labels as the final labels</translation>
    </message>
    <message>
        <source>Slot A correct?</source>
        <translation>Slot A correct?</translation>
    </message>
    <message>
        <source>Mark slot A correct or incorrect</source>
        <translation>Mark slot A correct or incorrect</translation>
    </message>
    <message>
        <source>Slot B correct?</source>
        <translation>Slot B correct?</translation>
    </message>
    <message>
        <source>Mark slot B correct or incorrect</source>
        <translation>Mark slot B correct or incorrect</translation>
    </message>
    <message>
        <source>Slot C correct?</source>
        <translation>Slot C correct?</translation>
    </message>
    <message>
        <source>Mark slot C correct or incorrect</source>
        <translation>Mark slot C correct or incorrect</translation>
    </message>
    <message>
        <source>Slot D correct?</source>
        <translation>Slot D correct?</translation>
    </message>
    <message>
        <source>Mark slot D correct or incorrect</source>
        <translation>Mark slot D correct or incorrect</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose why the labellers disagreed</source>
        <translation>Choose why the labellers disagreed</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Write a comment for the labellers</source>
        <translation>Write a comment for the labellers</translation>
    </message>
    <message>
        <source>Pick final labels</source>
        <translation>Pick final labels</translation>
    </message>
    <message>
        <source>Find final labels in the taxonomy yourself</source>
        <translation>Find final labels in the taxonomy yourself</translation>
    </message>
    <message>
        <source>Promote to gold</source>
        <translation>Promote to gold</translation>
    </message>
    <message>
        <source>Make this reviewed item a gold item</source>
        <translation>Make this reviewed item a gold item</translation>
    </message>
    <message>
        <source>Previous review item</source>
        <translation>Previous review item</translation>
    </message>
    <message>
        <source>Go back to the previous review item</source>
        <translation>Go back to the previous review item</translation>
    </message>
    <message>
        <source>Next review item</source>
        <translation>Next review item</translation>
    </message>
    <message>
        <source>Go to the next review item</source>
        <translation>Go to the next review item</translation>
    </message>
    <message>
        <source>Labelling mode</source>
        <translation>Labelling mode</translation>
    </message>
    <message>
        <source>Label your queue</source>
        <translation>Label your queue</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Review mode</translation>
    </message>
    <message>
        <source>Adjudicate disagreements (reviewers and leads)</source>
        <translation>Adjudicate disagreements (reviewers and leads)</translation>
    </message>
    <message>
        <source>Quality mode</source>
        <translation>Quality mode</translation>
    </message>
    <message>
        <source>Quality against targets (leads)</source>
        <translation>Quality against targets (leads)</translation>
    </message>
    <message>
        <source>Dashboard mode</source>
        <translation>Dashboard mode</translation>
    </message>
    <message>
        <source>Quality charts, clickable down to conversations (leads)</source>
        <translation>Quality charts, clickable down to conversations (leads)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, font size, theme, idle time and shortcuts</source>
        <translation>Language, font size, theme, idle time and shortcuts</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>List every shortcut</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Switch profile</translation>
    </message>
    <message>
        <source>Change who is working</source>
        <translation>Change who is working</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Send your work to the hub and fetch new items</source>
        <translation>Send your work to the hub and fetch new items</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Close LabelDesk; your submitted work is saved</source>
        <translation>Close LabelDesk; your submitted work is saved</translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Skip conversation</source>
        <translation>Skip conversation</translation>
    </message>
    <message>
        <source>&amp;Why skip this conversation?</source>
        <translation>&amp;Why skip this conversation?</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Not customer service</source>
        <translation>Not customer service</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>Wrong language</translation>
    </message>
    <message>
        <source>Spam or unreadable</source>
        <translation>Spam or unreadable</translation>
    </message>
    <message>
        <source>Too short to tell</source>
        <translation>Too short to tell</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contains personal data</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Accept %1</source>
        <translation>Accept %1</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Correct</translation>
    </message>
    <message>
        <source>✗ Incorrect</source>
        <translation>✗ Incorrect</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>No verdict</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <source>Turn %1: %2</source>
        <translation>Turn %1: %2</translation>
    </message>
    <message>
        <source>Marked unsure</source>
        <translation>Marked unsure</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>The sync stopped on an unexpected error: %1</source>
        <translation>The sync stopped on an unexpected error: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Could not connect: %1</translation>
    </message>
    <message>
        <source>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</source>
        <translation>Connected as %1, but this window works as %2. Switch profile to work on %1&apos;s items.</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent stays sent.</source>
        <translation>Sync cancelled. What was sent stays sent.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</source>
        <translation>The hub cannot be reached, so you are working offline. Your work is safe here and is sent at the next sync.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n record(s): %1</source>
        <translation>
            <numerusform>The hub refused %n record: %1</numerusform>
            <numerusform>The hub refused %n records: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n record(s) sent</source>
        <translation>
            <numerusform>Synced: %n record sent</numerusform>
            <numerusform>Synced: %n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback</source>
        <translation>
            <numerusform>%n feedback</numerusform>
            <numerusform>%n feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired item(s) returned to the hub</source>
        <translation>
            <numerusform>%n expired item returned to the hub</numerusform>
            <numerusform>%n expired items returned to the hub</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>A sync is running; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Stop the sync (what was sent stays sent)</source>
        <translation>Stop the sync (what was sent stays sent)</translation>
    </message>
    <message>
        <source>Not connected to a hub</source>
        <translation>Not connected to a hub</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing… sent %1 of %2</source>
        <translation>Syncing… sent %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n received</source>
        <translation>
            <numerusform>Syncing… %n received</numerusform>
            <numerusform>Syncing… %n received</numerusform>
        </translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>all sent</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to connect this workspace to your team&apos;s hub.</source>
        <translation>Click to connect this workspace to your team&apos;s hub.</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Hub: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of your work wait to be sent.</source>
        <translation>
            <numerusform>%n record of your work waits to be sent.</numerusform>
            <numerusform>%n records of your work wait to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Click to sync now.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Quality targets</source>
        <translation>Quality targets</translation>
    </message>
    <message>
        <source>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</source>
        <translation>A labeller with at least the minimum number of answers is flagged when their gold accuracy or their kappa against the final labels is below target.</translation>
    </message>
    <message>
        <source>&amp;Gold accuracy at least:</source>
        <translation>&amp;Gold accuracy at least:</translation>
    </message>
    <message>
        <source>&amp;Kappa at least:</source>
        <translation>&amp;Kappa at least:</translation>
    </message>
    <message>
        <source>&amp;Minimum answers:</source>
        <translation>&amp;Minimum answers:</translation>
    </message>
</context>
<context>
    <name>TaxonomyModel</name>
    <message>
        <source>Deprecated: kept for older answers, it can&apos;t be chosen any more.</source>
        <translation>Deprecated: kept for older answers, it can&apos;t be chosen any more.</translation>
    </message>
    <message>
        <source>Choose one of the labels under it: this taxonomy uses the most specific.</source>
        <translation>Choose one of the labels under it: this taxonomy uses the most specific.</translation>
    </message>
</context>
<context>
    <name>TaxonomyPicker</name>
    <message>
        <source>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</source>
        <translation>Type to find a label, or browse the tree. The definition and examples of the label you are on show here.</translation>
    </message>
    <message>
        <source>Not chosen.</source>
        <translation>Not chosen.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>No definition yet.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Also called</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Other languages</translation>
    </message>
    <message>
        <source>Search labels: name, synonym or key</source>
        <translation>Search labels: name, synonym or key</translation>
    </message>
    <message>
        <source>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</source>
        <translation>Type to search in every language. Up/Down move, Enter chooses, Esc clears. With the box empty: 1-9 choose at this level, Right/Left open and close a branch, Backspace goes up. Ctrl+D marks a favourite.</translation>
    </message>
    <message>
        <source>Search labels</source>
        <translation>Search labels</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomy</translation>
    </message>
    <message>
        <source>Matching labels</source>
        <translation>Matching labels</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Recent &amp; favourites</source>
        <translation>Recent &amp; favourites</translation>
    </message>
    <message numerus="yes">
        <source>%n matching label(s)</source>
        <translation>
            <numerusform>%n matching label</numerusform>
            <numerusform>%n matching labels</numerusform>
        </translation>
    </message>
    <message>
        <source>No label matches “%1”</source>
        <translation>No label matches “%1”</translation>
    </message>
</context>
<context>
    <name>TrainingBanner</name>
    <message>
        <source>Training quiz</source>
        <translation>Training quiz</translation>
    </message>
    <message>
        <source>%1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>%1 of %2 answered · %3 correct · pass mark %4%</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>%1 of %2 correct — your queue is unlocked.</source>
        <translation>%1 of %2 correct — your queue is unlocked.</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</source>
        <translation>%1 of %2 correct, pass mark %3% — ask your lead for another quiz.</translation>
    </message>
</context>
<context>
    <name>TrainingFeedbackDialog</name>
    <message>
        <source>Training answer</source>
        <translation>Training answer</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Not quite</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Expected for turn %1</source>
        <translation>Expected for turn %1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Next item</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Enter or Esc</source>
        <translation>Enter or Esc</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</source>
        <translation>Quiz: %1 of %2 answered · %3 correct · pass mark %4%</translation>
    </message>
    <message>
        <source>Quiz passed: %3 of %2 correct. Your queue is unlocked.</source>
        <translation>Quiz passed: %3 of %2 correct. Your queue is unlocked.</translation>
    </message>
    <message>
        <source>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</source>
        <translation>Quiz not passed: %3 of %2 correct, pass mark %4%. Ask your lead for another quiz.</translation>
    </message>
</context>
<context>
    <name>ValueLabel</name>
    <message>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Nothing to label here. Pick a conversation in the queue, or change the filters.</source>
        <translation>Nothing to label here. Pick a conversation in the queue, or change the filters.</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsure</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · revision %3</source>
        <translation>%1 · %2 · revision %3</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Turn %1</source>
        <translation>Turn %1</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
</context>
</TS>
