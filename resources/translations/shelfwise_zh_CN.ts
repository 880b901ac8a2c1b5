<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="104"/>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="140"/>
        <source>Finding recommendations…</source>
        <translation>正在查找推荐…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="106"/>
        <source>Understood as</source>
        <translation>理解为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="108"/>
        <source>Notice about the language model</source>
        <translation>关于语言模型的提示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="141"/>
        <source>Writing…</source>
        <translation>正在撰写回复…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="149"/>
        <source>Stopped: the reply so far is kept.</source>
        <translation>已停止：已保留目前的回复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="151"/>
        <source>Understood as: %s</source>
        <translation>理解为：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="155"/>
        <source>Note: %s</source>
        <translation>注意：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="164"/>
        <source>Something went wrong: %s</source>
        <translation>出错了：%s</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../desktop_app/context.py" line="99"/>
        <source>%s: cancelled</source>
        <translation>%s：已取消</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="34"/>
        <source>%s: %s</source>
        <translation>%s：%s</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desktop_app/widgets/chart_base.py" line="77"/>
        <location filename="../../desktop_app/widgets/chart_base.py" line="94"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="170"/>
        <source>Show as text</source>
        <translation>以文本显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="172"/>
        <source>Show %s as text</source>
        <translation>以文本显示“%s”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="177"/>
        <source>%s as text</source>
        <translation>%s（文本）</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="54"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="59"/>
        <source>Ask for a book, film or article…</source>
        <translation>说说你想找的书、电影或文章…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="61"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="62"/>
        <source>Enter sends; Escape stops a reply being written</source>
        <translation>按 Enter 发送；按 Escape 停止正在生成的回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="64"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="65"/>
        <source>Send the message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="66"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="67"/>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_conversation.py" line="68"/>
        <source>Escape; the reply so far is kept</source>
        <translation>Escape；保留目前已生成的回复</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="172"/>
        <source>Delete chat</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="172"/>
        <source>Delete the chat “%s”? This cannot be undone.</source>
        <translation>要删除对话“%s”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="181"/>
        <source>Chat deleted</source>
        <translation>对话已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="237"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="285"/>
        <source>Not interested: %s</source>
        <translation>不感兴趣：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="285"/>
        <source>Disliked: %s</source>
        <translation>不喜欢：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="286"/>
        <source>Marked as seen: %s</source>
        <translation>已标记为看过：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="286"/>
        <source>Liked: %s</source>
        <translation>喜欢：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="287"/>
        <source>Saved to wishlist: %s</source>
        <translation>已加入心愿单：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/chat_view.py" line="288"/>
        <source>Rated: %s</source>
        <translation>已评分：%s</translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>Detected format</source>
        <translation>识别出的格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="184"/>
        <source>Files to import</source>
        <translation>待导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="185"/>
        <source>Delete removes the selected files from the list</source>
        <translation>按 Delete 从列表中移除所选文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="230"/>
        <source>Detecting…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="232"/>
        <source>%s: cannot be read (%s)</source>
        <translation>%s：无法读取（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="237"/>
        <source>%s: there is nothing in it to import</source>
        <translation>%s：其中没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="239"/>
        <source>%s: nothing in it can be imported (%s)</source>
        <translation>%s：其中的内容都无法导入（%s）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/drop_zone.py" line="242"/>
        <source> (%n part(s) cannot be imported)</source>
        <translation>
            <numerusform> （其中 %n 部分无法导入）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="26"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="27"/>
        <source>Open in file manager</source>
        <translation>在文件管理器中打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="27"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="30"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="32"/>
        <source>Your library, ratings, chats, list of models and settings.toml live in this folder. To use another folder, start Shelfwise with --home FOLDER or set the SHELFWISE_HOME environment variable; Shelfwise opens the library there, or starts a new one.</source>
        <translation>你的资料库、评分、对话、模型列表和 settings.toml 都保存在这个文件夹中。要使用其他文件夹，请用 --home FOLDER 启动 Shelfwise，或设置 SHELFWISE_HOME 环境变量；Shelfwise 会打开那里的资料库，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="43"/>
        <source>Could not open %s in a file manager.</source>
        <translation>无法在文件管理器中打开 %s。</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="61"/>
        <source>Drop zone for export files</source>
        <translation>导出文件拖放区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="62"/>
        <source>Drop export files, ZIP archives or a Calibre library folder here, or use the buttons to choose them</source>
        <translation>将导出文件、ZIP 压缩包或 Calibre 书库文件夹拖放到这里，或使用按钮进行选择</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="65"/>
        <source>Drop export files or folders here</source>
        <translation>将导出文件或文件夹拖放到这里</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="68"/>
        <source>Choose &amp;files…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="69"/>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="92"/>
        <source>Choose files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="70"/>
        <source>Opens a file dialog; several files may be chosen</source>
        <translation>打开文件对话框；可以选择多个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="72"/>
        <source>Choose a f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="73"/>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="96"/>
        <source>Choose a folder to import</source>
        <translation>选择要导入的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="74"/>
        <source>For a Calibre library folder</source>
        <translation>用于 Calibre 书库文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/drop_zone.py" line="92"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExamplePrompts</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="30"/>
        <source>Ask for something to read or watch</source>
        <translation>说说你想读或想看什么</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="32"/>
        <source>Describe it in your own words, in English or 中文. For example:</source>
        <translation>用你自己的话描述，中文或 English 都可以。例如：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="38"/>
        <source>a sci-fi film like Arrival but lighter</source>
        <translation>像《降临》那样但轻松一点的科幻电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="39"/>
        <source>我想读一本像《三体》的书，不要太长</source>
        <translation>我想读一本像《三体》的书，不要太长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="40"/>
        <source>essays by Paul Graham</source>
        <translation>Paul Graham 的文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="45"/>
        <source>Ask: %s</source>
        <translation>提问：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="46"/>
        <source>Sends this example request</source>
        <translation>发送这条示例请求</translation>
    </message>
</context>
<context>
    <name>ForYouView</name>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="48"/>
        <source>Kind of recommendations</source>
        <translation>推荐类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="49"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="49"/>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="50"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="50"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="51"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="54"/>
        <location filename="../../desktop_app/views/for_you.py" line="65"/>
        <source>Variety</source>
        <translation>多样性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="55"/>
        <source>Left: closest to your taste; right: more varied</source>
        <translation>向左：最贴近你的品味；向右：更加多样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="57"/>
        <source>Surprise me</source>
        <translation>给我惊喜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="58"/>
        <source>Favour less obvious picks</source>
        <translation>偏向意想不到的选择</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="59"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="60"/>
        <source>Refresh recommendations</source>
        <translation>刷新推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="62"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="71"/>
        <location filename="../../desktop_app/views/for_you.py" line="131"/>
        <source>Finding recommendations…</source>
        <translation>正在查找推荐…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="79"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="98"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="99"/>
        <source>Undo the last feedback</source>
        <translation>撤销上一次反馈</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="147"/>
        <source>Nothing to recommend yet: import what you have read or watched, or rate a few things.</source>
        <translation>暂无可推荐的内容：请导入你读过或看过的内容，或者为几个条目评分。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="173"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="173"/>
        <source>Disliked</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="174"/>
        <source>Marked as seen</source>
        <translation>已标记为看过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="174"/>
        <source>Liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="175"/>
        <source>Saved to wishlist</source>
        <translation>已加入心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/for_you.py" line="176"/>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="126"/>
        <source>Connections graph</source>
        <translation>关联图</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="128"/>
        <source>The item and what it is linked to. Arrow keys choose an item, Enter opens it.</source>
        <translation>此条目及与其关联的内容。用方向键选择条目，按 Enter 打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="134"/>
        <source>Genre</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="135"/>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Decade</source>
        <translation>年代</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/graph_view.py" line="136"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="33"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="36"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="37"/>
        <location filename="../../desktop_app/views/import_report.py" line="47"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="38"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="40"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="41"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="42"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="43"/>
        <source>To review</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="44"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="45"/>
        <source>Import results per file</source>
        <translation>各文件的导入结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="48"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="49"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="50"/>
        <source>Rows that could not be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="52"/>
        <source>Review uncertain matches</source>
        <translation>核对不确定的匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="53"/>
        <source>Opens the review queue</source>
        <translation>打开“待确认”页面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="65"/>
        <source>Import cancelled. What was read before is kept; import the file again to finish it (nothing is added twice).</source>
        <translation>导入已取消。之前读取的内容已保留；再次导入该文件即可完成（不会重复添加）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="68"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="70"/>
        <source>Import finished.</source>
        <translation>导入完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="72"/>
        <source>%n created</source>
        <translation>
            <numerusform>新建 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="73"/>
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="74"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="75"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n 项待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="77"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="80"/>
        <source>%s %s.</source>
        <translation>%s%s。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="110"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_report.py" line="114"/>
        <source>Re&amp;view uncertain matches (%n)</source>
        <translation>
            <numerusform>核对不确定的匹配（%n）(&amp;V)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="95"/>
        <source>Bring in what you have read, watched or saved: exports from Goodreads, Letterboxd, IMDb, Calibre, Pocket, Zotero and more.</source>
        <translation>导入你读过、看过或收藏的内容：支持 Goodreads、Letterboxd、IMDb、Calibre、Pocket、Zotero 等应用的导出文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="104"/>
        <source>C&amp;lear list</source>
        <translation>清空列表(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="105"/>
        <source>Clear the list of files</source>
        <translation>清空文件列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="108"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="109"/>
        <source>Detect automatically, or read every file as the format chosen here</source>
        <translation>自动识别，或将每个文件都按此处选择的格式读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="111"/>
        <location filename="../../desktop_app/views/import_view.py" line="183"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="114"/>
        <source>Profile to import into</source>
        <translation>导入到哪个档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="115"/>
        <source>Default profile</source>
        <translation>默认档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="116"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="117"/>
        <source>Import the files</source>
        <translation>导入这些文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="120"/>
        <source>Fo&amp;rmat:</source>
        <translation>格式(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="121"/>
        <source>&amp;Profile:</source>
        <translation>档案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="130"/>
        <source>Import message</source>
        <translation>导入消息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="144"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="146"/>
        <source>Ca&amp;ncel import</source>
        <translation>取消导入(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="147"/>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="148"/>
        <source>Stops after the current batch; what was imported so far is kept</source>
        <translation>在当前批次完成后停止；已导入的内容会保留</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="189"/>
        <source>Default profile (%s)</source>
        <translation>默认档案（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="227"/>
        <source>Importing %s</source>
        <translation>正在导入 %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/import_view.py" line="228"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="233"/>
        <source>The library is not open yet; try again in a moment.</source>
        <translation>资料库尚未打开，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="239"/>
        <source>Starting (after any background work already running)…</source>
        <translation>正在启动（将在已运行的后台任务之后进行）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_view.py" line="256"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="19"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="21"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="22"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="23"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/import_report.py" line="24"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="49"/>
        <source>Loading your insights…</source>
        <translation>正在加载你的品味洞察…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="51"/>
        <source>Insights status</source>
        <translation>品味洞察状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="58"/>
        <source>Genres over time</source>
        <translation>类型变化趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="59"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="60"/>
        <source>Decades</source>
        <translation>年代</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="61"/>
        <source>Top creators</source>
        <translation>偏爱的创作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="63"/>
        <source>Genres you finished or rated, per year</source>
        <translation>你每年完成或评分的作品类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="64"/>
        <source>Your ratings</source>
        <translation>你的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="65"/>
        <source>Decades of what you finished or rated</source>
        <translation>你完成或评分的作品所属年代</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="66"/>
        <source>Creators you come back to</source>
        <translation>你一再回头去看的创作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="78"/>
        <source>Insights</source>
        <translation>品味洞察</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="87"/>
        <source>Your taste profile</source>
        <translation>你的品味画像</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="90"/>
        <source>A genre, person, tag or series</source>
        <translation>类型、人物、标签或系列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="91"/>
        <source>Genre, person, tag or series to boost or mute</source>
        <translation>要提升或屏蔽的类型、人物、标签或系列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="92"/>
        <source>In any language, e.g. “science fiction” or “科幻”. Enter boosts</source>
        <translation>可用任何语言，例如“science fiction”或“科幻”。按 Enter 提升</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="94"/>
        <location filename="../../desktop_app/views/insights_view.py" line="233"/>
        <source>Boost</source>
        <translation>提升</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="95"/>
        <source>Boost what is typed</source>
        <translation>提升输入的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="96"/>
        <source>Recommend more of it</source>
        <translation>多推荐这类内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="97"/>
        <location filename="../../desktop_app/views/insights_view.py" line="234"/>
        <source>Mute</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="98"/>
        <source>Mute what is typed</source>
        <translation>屏蔽输入的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="99"/>
        <source>Leave it out of recommendations</source>
        <translation>不再推荐这类内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="105"/>
        <source>Taste profile message</source>
        <translation>品味画像消息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="113"/>
        <source>Boosts and mutes in force:</source>
        <translation>当前生效的提升和屏蔽：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="117"/>
        <source>Suggestions from what you finished and rated:</source>
        <translation>根据你完成和评分的内容给出的建议：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="165"/>
        <source>Nothing to show yet: finish or rate a few things and they are summarised here.</source>
        <translation>暂无可显示的内容：完成或评分几个条目后，会在这里汇总。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="167"/>
        <source>%n book(s)</source>
        <translation>
            <numerusform>%n 本书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="168"/>
        <source>%n film(s)</source>
        <translation>
            <numerusform>%n 部电影</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="169"/>
        <source>%n series</source>
        <translation>
            <numerusform>%n 部剧集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="170"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="174"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="175"/>
        <source>rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="176"/>
        <source>average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="177"/>
        <source>liked</source>
        <translation>喜欢</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="178"/>
        <source>%n on the wishlist</source>
        <translation>
            <numerusform>心愿单中有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="189"/>
        <source>%s★: %n item(s)</source>
        <translation>
            <numerusform>%s★：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="191"/>
        <source>%ss</source>
        <translation>%s 年代</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="192"/>
        <source>%ss: %n item(s)</source>
        <translation>
            <numerusform>%s 年代：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="196"/>
        <source>%s: %n item(s)</source>
        <translation>
            <numerusform>%s：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="198"/>
        <location filename="../../desktop_app/views/insights_view.py" line="230"/>
        <source>, average %s★</source>
        <translation>，平均 %s★</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="206"/>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="207"/>
        <source>genre</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="207"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="207"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="208"/>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="208"/>
        <source>collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="212"/>
        <source>More %s (%s)</source>
        <translation>多推荐 %s（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="213"/>
        <source>Remove the boost on %s</source>
        <translation>取消对 %s 的提升</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="215"/>
        <source>Muted: %s (%s)</source>
        <translation>已屏蔽：%s（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="216"/>
        <source>Remove the mute on %s</source>
        <translation>取消对 %s 的屏蔽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="217"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/insights_view.py" line="228"/>
        <source>%s — %n item(s)</source>
        <translation>
            <numerusform>%s — %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="233"/>
        <source>Boost %s</source>
        <translation>提升 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="234"/>
        <source>Mute %s</source>
        <translation>屏蔽 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/insights_view.py" line="247"/>
        <source>Type a genre, person, tag or series first.</source>
        <translation>请先输入类型、人物、标签或系列。</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="53"/>
        <source>Item details</source>
        <translation>条目详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="62"/>
        <source>Close details</source>
        <translation>关闭详情</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="63"/>
        <source>Close details (Esc)</source>
        <translation>关闭详情（Esc）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="73"/>
        <source>Your history</source>
        <translation>你的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="74"/>
        <source>What you did with this item, newest first</source>
        <translation>你对此条目的操作，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="75"/>
        <source>Similar items</source>
        <translation>相似条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="75"/>
        <source>Enter or click opens an item</source>
        <translation>按 Enter 或单击可打开条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="81"/>
        <source>Connections</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="99"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="103"/>
        <source>Also known as</source>
        <translation>又名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="103"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="104"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="104"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="105"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="105"/>
        <source>By</source>
        <translation>创作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="106"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="106"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="107"/>
        <source>Identifiers</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="119"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="124"/>
        <source>Your state</source>
        <translation>你的状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="129"/>
        <source>Like</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="129"/>
        <source>Dislike</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="130"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="45"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="131"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="46"/>
        <source>Seen</source>
        <translation>已看过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="131"/>
        <source>Already seen or read</source>
        <translation>已看过或读过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="132"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="132"/>
        <source>Save to the wishlist</source>
        <translation>加入心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="133"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="133"/>
        <source>Undo the last feedback on this item</source>
        <translation>撤销对此条目的上一次反馈</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="141"/>
        <source>Rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="142"/>
        <source>Rate this item</source>
        <translation>为此条目评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="177"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="225"/>
        <source>Nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="231"/>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="234"/>
        <source>None yet: similar items appear once the library is indexed</source>
        <translation>暂无：资料库建立索引后会显示相似条目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="245"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="246"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/item_detail.py" line="247"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail.py" line="255"/>
        <source>%s (%s)</source>
        <translation>%s（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="13"/>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="14"/>
        <source>Film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="15"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="16"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="17"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="22"/>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="23"/>
        <source>director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="24"/>
        <source>actor</source>
        <translation>演员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="25"/>
        <source>creator</source>
        <translation>主创</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="26"/>
        <source>writer</source>
        <translation>编剧</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="27"/>
        <source>translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="28"/>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="29"/>
        <source>illustrator</source>
        <translation>插画师</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="30"/>
        <source>narrator</source>
        <translation>朗读者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="35"/>
        <source>Your rating: %s★</source>
        <translation>你的评分：%s★</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="37"/>
        <source>On your wishlist</source>
        <translation>在心愿单中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="38"/>
        <source>Reading or watching</source>
        <translation>在读或在看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="39"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="54"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="40"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="57"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="43"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="58"/>
        <source>Liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="44"/>
        <location filename="../../desktop_app/views/item_detail_text.py" line="59"/>
        <source>Disliked</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="49"/>
        <source>You have not rated or marked this yet</source>
        <translation>你还没有为此条目评分或做标记</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="55"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="56"/>
        <source>Added to the wishlist</source>
        <translation>已加入心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="60"/>
        <source>Marked not interested</source>
        <translation>已标记为不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="61"/>
        <source>Marked as seen</source>
        <translation>已标记为看过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="62"/>
        <source>Opened from a recommendation</source>
        <translation>从推荐中打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="63"/>
        <source>Rated %s★</source>
        <translation>评分 %s★</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="69"/>
        <source>recorded %s</source>
        <translation>记录于 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/item_detail_text.py" line="71"/>
        <source>%s (undone)</source>
        <translation>%s（已撤销）</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="24"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="25"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="25"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="26"/>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="31"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="32"/>
        <source>The new language applies the next time Shelfwise starts; the reasons given for recommendations follow it at once.</source>
        <translation>新语言将在下次启动 Shelfwise 时生效；推荐理由会立即改用新语言。</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="202"/>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="203"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="203"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="204"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="205"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="205"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="206"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="206"/>
        <source>Reading</source>
        <translation>在读/在看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="207"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="207"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="208"/>
        <source>Liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="208"/>
        <source>Disliked</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="209"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/library_model.py" line="209"/>
        <source>Seen</source>
        <translation>已看过</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="88"/>
        <source>Search titles, people, tags, or describe it…</source>
        <translation>搜索标题、人物、标签，或直接描述…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="89"/>
        <source>Search the library</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="92"/>
        <source>Number of matching items</source>
        <translation>匹配的条目数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="96"/>
        <source>Kind filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="97"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="97"/>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="97"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="98"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="98"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="100"/>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="101"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="101"/>
        <source>Unread</source>
        <translation>未读/未看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="101"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="102"/>
        <source>Reading</source>
        <translation>在读/在看</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="102"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="103"/>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="103"/>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="103"/>
        <source>Liked</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="104"/>
        <source>Disliked</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="104"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="105"/>
        <source>Seen</source>
        <translation>已看过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="108"/>
        <source>%s★ or more</source>
        <translation>%s★ 及以上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="109"/>
        <source>Minimum rating</source>
        <translation>最低评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="109"/>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="110"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="110"/>
        <source>Earliest year</source>
        <translation>最早年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="111"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="111"/>
        <source>Latest year</source>
        <translation>最晚年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="112"/>
        <source>Genre or tag filter</source>
        <translation>类型或标签筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="112"/>
        <source>Genre or tag</source>
        <translation>类型或标签</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="113"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="114"/>
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="117"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="123"/>
        <source>Library items</source>
        <translation>资料库条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="124"/>
        <source>Enter opens the selected item; Escape closes it</source>
        <translation>按 Enter 打开所选条目；按 Escape 关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/library_view.py" line="205"/>
        <source>%n best match(es)</source>
        <translation>
            <numerusform>%n 个最佳匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/library_view.py" line="206"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="207"/>
        <source>Nothing matches: try other words or clear the filters.</source>
        <translation>没有匹配的结果：试试其他关键词，或清除筛选。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/library_view.py" line="209"/>
        <source>The library is empty: add what you read and watch from Import.</source>
        <translation>资料库是空的：请在“导入”中添加你读过和看过的内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/main_window.py" line="71"/>
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="72"/>
        <source>Chat</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="73"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="74"/>
        <source>Books</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="75"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="76"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="77"/>
        <source>Wishlist</source>
        <translation>心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="78"/>
        <source>Review queue</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="79"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="80"/>
        <source>Insights</source>
        <translation>品味洞察</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="81"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="86"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="87"/>
        <source>Ctrl+1 to Ctrl+9 switch views</source>
        <translation>Ctrl+1 至 Ctrl+9 切换视图</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="111"/>
        <source>Opening library…</source>
        <translation>正在打开资料库…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="152"/>
        <source>Library: %s</source>
        <translation>资料库：%s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="158"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="180"/>
        <source>Indexing</source>
        <translation>正在建立索引</translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="196"/>
        <location filename="../../desktop_app/main_window.py" line="209"/>
        <source>Indexing paused: it continues next time</source>
        <translation>索引已暂停：下次会继续</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/main_window.py" line="198"/>
        <source>Library indexed: %n item(s) updated</source>
        <translation>
            <numerusform>资料库索引完成：已更新 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/main_window.py" line="215"/>
        <source>Shelfwise</source>
        <translation>Shelfwise</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="42"/>
        <source>You said</source>
        <translation>你说</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_bubble.py" line="42"/>
        <source>Shelfwise replied</source>
        <translation>Shelfwise 回复</translation>
    </message>
</context>
<context>
    <name>ModelIndicator</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="130"/>
        <source>Checking the language model…</source>
        <translation>正在检查语言模型…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="131"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="132"/>
        <source>Model settings…</source>
        <translation>模型设置…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="133"/>
        <source>Open the language model settings</source>
        <translation>打开语言模型设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="142"/>
        <source>No language model: %s — chat works without it</source>
        <translation>没有语言模型：%s — 不用它也能对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="144"/>
        <source>%s — add a larger model in Settings</source>
        <translation>%s — 可在设置中添加更大的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="146"/>
        <source>Model: %s</source>
        <translation>模型：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="154"/>
        <source>Writes replies in: %s. Requests in other languages get a short templated reply.</source>
        <translation>回复语言：%s。其他语言的请求只会得到简短的模板回复。</translation>
    </message>
</context>
<context>
    <name>ModelsSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="54"/>
        <source>Chat model</source>
        <translation>对话模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="54"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="54"/>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="56"/>
        <source>Chat models</source>
        <translation>对话模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="59"/>
        <source>all-MiniLM-L6-v2 (bundled)</source>
        <translation>all-MiniLM-L6-v2（内置）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="60"/>
        <source>Embedding model folder</source>
        <translation>嵌入模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="61"/>
        <source>Empty for the bundled all-MiniLM-L6-v2</source>
        <translation>留空则使用内置的 all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="64"/>
        <source>Chat model threads</source>
        <translation>对话模型线程数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="69"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="69"/>
        <source>Chat with the selected model</source>
        <translation>使用所选模型对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="70"/>
        <source>Add a GGUF model…</source>
        <translation>添加 GGUF 模型…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="70"/>
        <source>Add a GGUF chat model file</source>
        <translation>添加 GGUF 对话模型文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="73"/>
        <source>Embedding model:</source>
        <translation>嵌入模型：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="75"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="75"/>
        <source>Choose an embedding model folder</source>
        <translation>选择嵌入模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="77"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="77"/>
        <source>Use this embedding model</source>
        <translation>使用此嵌入模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="79"/>
        <source>A sentence-transformers folder; leave empty for the bundled all-MiniLM-L6-v2. Changing it re-indexes the whole library the next time Shelfwise starts, which can take a while.</source>
        <translation>sentence-transformers 模型文件夹；留空则使用内置的 all-MiniLM-L6-v2。更改后，下次启动 Shelfwise 时会为整个资料库重新建立索引，可能需要一段时间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="82"/>
        <source>Chat model threads:</source>
        <translation>对话模型线程数：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="83"/>
        <source>CPU threads the chat model uses; applies the next time it loads.</source>
        <translation>对话模型使用的 CPU 线程数；下次加载模型时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="87"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="87"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="91"/>
        <source>not declared</source>
        <translation>未声明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="93"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="93"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="114"/>
        <source>Chat model changed.</source>
        <translation>对话模型已更换。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="120"/>
        <source>Add a GGUF model</source>
        <translation>添加 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="121"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 模型 (*.gguf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="127"/>
        <source>Checking %s…</source>
        <translation>正在检查 %s…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="130"/>
        <source>Added %s; chat now uses it.</source>
        <translation>已添加 %s，对话现在使用此模型。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="131"/>
        <source>Chat model added.</source>
        <translation>已添加对话模型。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="136"/>
        <source>Choose a sentence-transformers folder</source>
        <translation>选择 sentence-transformers 模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="146"/>
        <source>Embedding model saved: the library is re-indexed with it the next time Shelfwise starts.</source>
        <translation>嵌入模型已保存：下次启动 Shelfwise 时将用它为资料库重新建立索引。</translation>
    </message>
</context>
<context>
    <name>ProfilesSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="51"/>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="52"/>
        <source>Enter switches to the selected profile</source>
        <translation>按 Enter 切换到所选档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="54"/>
        <location filename="../../desktop_app/views/settings_data.py" line="55"/>
        <source>New profile name</source>
        <translation>新档案名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="58"/>
        <source>Several people can share this library: each profile has its own ratings, feedback and taste profile.</source>
        <translation>多人可以共用这个资料库：每个档案都有各自的评分、反馈和品味画像。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="62"/>
        <source>Use this profile</source>
        <translation>使用此档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="62"/>
        <source>Switch to the selected profile</source>
        <translation>切换到所选档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="63"/>
        <source>Start with this profile</source>
        <translation>启动时使用此档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="64"/>
        <source>Open the selected profile when Shelfwise starts</source>
        <translation>Shelfwise 启动时打开所选档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="66"/>
        <source>Add profile</source>
        <translation>添加档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="66"/>
        <source>Add a profile</source>
        <translation>添加一个档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="76"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="78"/>
        <source>at start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="79"/>
        <source>%s (%s)</source>
        <translation>%s（%s）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="92"/>
        <source>Type a name for the new profile first.</source>
        <translation>请先输入新档案的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="94"/>
        <source>There is already a profile called %s.</source>
        <translation>已存在名为 %s 的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="100"/>
        <source>Profile %s added: choose “Use this profile” to switch to it.</source>
        <translation>已添加档案 %s：选择“使用此档案”即可切换到该档案。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="107"/>
        <source>Now using the profile %s.</source>
        <translation>现在使用档案 %s。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_data.py" line="113"/>
        <source>Shelfwise starts with the profile %s.</source>
        <translation>Shelfwise 将以档案 %s 启动。</translation>
    </message>
</context>
<context>
    <name>RecommendSection</name>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="158"/>
        <source>Default variety</source>
        <translation>默认多样性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="159"/>
        <source>Left: closest to your taste; right: more varied</source>
        <translation>向左：最贴近你的品味；向右：更加多样</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="161"/>
        <source>Surprise me by default</source>
        <translation>默认给我惊喜</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="162"/>
        <source>Favour less obvious picks</source>
        <translation>偏向意想不到的选择</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="165"/>
        <source>Variety:</source>
        <translation>多样性：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_models.py" line="167"/>
        <source>Where “For you” starts; you can still change both there.</source>
        <translation>“为你推荐”的初始设置；你仍可以在那里修改这两项。</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="45"/>
        <source>Open %s</source>
        <translation>打开 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="63"/>
        <source>Like %s</source>
        <translation>喜欢 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="63"/>
        <source>Like</source>
        <translation>喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="64"/>
        <source>Dislike %s</source>
        <translation>不喜欢 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="64"/>
        <source>Dislike</source>
        <translation>不喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="65"/>
        <source>Not interested</source>
        <translation>不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="65"/>
        <source>Not interested in %s</source>
        <translation>对 %s 不感兴趣</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="66"/>
        <source>Already seen</source>
        <translation>已看过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="66"/>
        <source>Already seen or read %s</source>
        <translation>已看过或读过 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="67"/>
        <source>Save to wishlist</source>
        <translation>加入心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="67"/>
        <source>Save %s to the wishlist</source>
        <translation>将 %s 加入心愿单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="76"/>
        <source>Rate</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="77"/>
        <source>Rate %s</source>
        <translation>为 %s 评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="91"/>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="91"/>
        <source>Film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="91"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/card.py" line="92"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="55"/>
        <location filename="../../desktop_app/views/review_view.py" line="93"/>
        <source>Uncertain matches</source>
        <translation>不确定的匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="63"/>
        <source>Review status</source>
        <translation>确认状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="76"/>
        <source>Nothing to review. When an import finds a record that may be something already in your library, it waits here for you.</source>
        <translation>没有需要确认的内容。当导入时发现某条记录可能与资料库中已有的条目相同时，它会在这里等你确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="80"/>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="81"/>
        <source>Go to Import</source>
        <translation>前往“导入”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="94"/>
        <source>Up and Down choose a match; Alt+S same, Alt+D different, Alt+E edit</source>
        <translation>用上下方向键选择匹配；Alt+S 相同，Alt+D 不同，Alt+E 编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="104"/>
        <source>Why this is uncertain</source>
        <translation>为何不确定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="47"/>
        <source>Is the imported record the same work as the library item?</source>
        <translation>导入的记录与资料库条目是同一部作品吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="50"/>
        <source>&lt;b&gt;Imported record&lt;/b&gt;</source>
        <translation>&lt;b&gt;导入的记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="51"/>
        <source>&lt;b&gt;In your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;你的资料库中&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="52"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="53"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="54"/>
        <source>Creators</source>
        <translation>创作者</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="55"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="56"/>
        <source>Imported %s</source>
        <translation>导入记录的%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="57"/>
        <source>Library %s</source>
        <translation>资料库条目的%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="115"/>
        <source>&amp;Same</source>
        <translation>相同(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="116"/>
        <source>Same work</source>
        <translation>同一作品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="117"/>
        <source>Alt+S: merge the imported record into the library item</source>
        <translation>Alt+S：将导入的记录合并到资料库条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="119"/>
        <source>&amp;Different</source>
        <translation>不同(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="120"/>
        <source>Different work</source>
        <translation>不同作品</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="121"/>
        <source>Alt+D: add the imported record as a new item</source>
        <translation>Alt+D：将导入的记录添加为新条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="124"/>
        <source>Edit the imported record</source>
        <translation>编辑导入的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="125"/>
        <source>Alt+E: correct its title and year first</source>
        <translation>Alt+E：先更正它的标题和年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="91"/>
        <source>Correct the imported record</source>
        <translation>更正导入的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="93"/>
        <source>Corrected title</source>
        <translation>更正后的标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="95"/>
        <source>Corrected year</source>
        <translation>更正后的年份</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="32"/>
        <location filename="../../desktop_app/views/review_panels.py" line="40"/>
        <location filename="../../desktop_app/views/review_panels.py" line="96"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="99"/>
        <source>Enter adds the corrected record as a new item; Escape cancels</source>
        <translation>按 Enter 将更正后的记录添加为新条目；按 Escape 取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="101"/>
        <source>Add as &amp;new item</source>
        <translation>添加为新条目(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="102"/>
        <source>Add the corrected record as a new item</source>
        <translation>将更正后的记录添加为新条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="104"/>
        <source>&amp;Merge into the library item</source>
        <translation>合并到资料库条目(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="106"/>
        <source>Merge the corrected record into the library item</source>
        <translation>将更正后的记录合并到资料库条目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="108"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="109"/>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="110"/>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="120"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="121"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="172"/>
        <source>%s ↔ %s</source>
        <translation>%s ↔ %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/views/review_view.py" line="176"/>
        <source>Uncertain matches (%n)</source>
        <translation>
            <numerusform>不确定的匹配（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="198"/>
        <source>%s, row %s</source>
        <translation>%s，第 %s 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="200"/>
        <source>Match %s%% · %s · from %s</source>
        <translation>匹配度 %s%% · %s · 来自 %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="34"/>
        <source>Book</source>
        <translation>图书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="35"/>
        <source>Film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="36"/>
        <source>Series</source>
        <translation>剧集</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="37"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_panels.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="240"/>
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="244"/>
        <source>The year must be a number between %s and %s.</source>
        <translation>年份必须是 %s 到 %s 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="261"/>
        <source>“%s” was merged into “%s”.</source>
        <translation>已将“%s”合并到“%s”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/review_view.py" line="263"/>
        <source>“%s” was added as a new item.</source>
        <translation>已将“%s”添加为新条目。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/views/settings_section.py" line="93"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="62"/>
        <source>&amp;New chat</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="63"/>
        <source>Start a new chat</source>
        <translation>开始新对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="64"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="70"/>
        <source>Past chats</source>
        <translation>历史对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="71"/>
        <source>Newest first; select one to reopen it, Delete removes it</source>
        <translation>最新的在前；选中一个即可重新打开，按 Delete 删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="74"/>
        <source>No chats yet</source>
        <translation>还没有对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="75"/>
        <source>&amp;Delete chat…</source>
        <translation>删除对话(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="76"/>
        <source>Delete the selected chat</source>
        <translation>删除所选对话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/chat_panels.py" line="77"/>
        <source>Asks first; a deleted chat cannot be restored</source>
        <translation>会先确认；删除的对话无法恢复</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="55"/>
        <source>Shelfwise never connects to the internet: there is no account, no telemetry and nothing is sent anywhere. Your library, ratings, chats and settings stay in the data folder, and every model — search, recommendations and chat — runs on this computer.</source>
        <translation>Shelfwise 从不连接互联网：没有账户，没有遥测，也不会向任何地方发送任何内容。你的资料库、评分、对话和设置都保存在数据文件夹中，所有模型——搜索、推荐和对话——都在这台电脑上运行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="60"/>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="61"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="61"/>
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="62"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="62"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="63"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="63"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="68"/>
        <source>Settings status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/settings_view.py" line="104"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="110"/>
        <source>%s %s</source>
        <translation>%s %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="112"/>
        <source>%s: %s</source>
        <translation>%s：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/charts.py" line="112"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="16"/>
        <source>Background work progress</source>
        <translation>后台任务进度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="18"/>
        <source>Cancel background work</source>
        <translation>取消后台任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/widgets/task_bar.py" line="19"/>
        <source>Stops the task shown; finished steps are kept</source>
        <translation>停止当前显示的任务；已完成的步骤会保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/widgets/task_bar.py" line="54"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> （另有 %n 项）</numerusform>
        </translation>
    </message>
</context>
</TS>
