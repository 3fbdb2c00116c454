<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>diptych::ui::FilmImportController</name>
    <message>
        <source>Adding %1</source>
        <translation>正在添加 %1</translation>
    </message>
    <message>
        <source>Looking for missing films in %1</source>
        <translation>正在 %1 中查找缺失的影片</translation>
    </message>
</context>
<context>
    <name>diptych::ui::FilmListModel</name>
    <message>
        <source>The media file is not at its recorded path. Use File ▸ Relink Missing Films to find it by its content.</source>
        <translation>媒体文件不在记录的路径上。请使用“文件 ▸ 重新链接缺失的影片”按内容查找它。</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>diptych::ui::JobStatusWidget</name>
    <message>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>剩余 %1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>diptych::ui::MainWindow</name>
    <message>
        <source>Video files (*.mp4 *.mov *.mkv *.webm *.avi *.mxf *.ts *.m2ts *.mpg *.mpeg *.m4v *.wmv *.flv *.ogv *.y4m);;All files (*)</source>
        <translation>视频文件 (*.mp4 *.mov *.mkv *.webm *.avi *.mxf *.ts *.m2ts *.mpg *.mpeg *.m4v *.wmv *.flv *.ogv *.y4m);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Could not add a film: %1</source>
        <translation>无法添加影片：%1</translation>
    </message>
    <message numerus="yes">
        <source>Relinked %n film(s).</source>
        <translation><numerusform>已重新链接 %n 部影片。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation><numerusform>仍缺失 %n 部。</numerusform></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1：已取消。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Films…</source>
        <translation>添加影片(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Re&amp;move Film</source>
        <translation>移除影片(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;link Missing Films…</source>
        <translation>重新链接缺失的影片(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Diptych</source>
        <translation>关于 Diptych(&amp;A)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>%1 — Diptych</source>
        <translation>%1 — Diptych</translation>
    </message>
    <message>
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <source>This project has no films yet.

Drop video files here or use File ▸ Add Films… to add them.</source>
        <translation>此项目还没有影片。

将视频文件拖放到这里，或使用“文件 ▸ 添加影片…”添加。</translation>
    </message>
    <message>
        <source>No project is open.

Use File ▸ New Project… or File ▸ Open Project…, or drop a .diptych file here.</source>
        <translation>没有打开的项目。

请使用“文件 ▸ 新建项目…”或“文件 ▸ 打开项目…”，或将 .diptych 文件拖放到这里。</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Diptych projects (*.diptych)</source>
        <translation>Diptych 项目 (*.diptych)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1 已存在。请选择其他名称，或使用“文件 ▸ 打开项目…”打开它。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Add Films</source>
        <translation>添加影片</translation>
    </message>
    <message>
        <source>Remove Film</source>
        <translation>移除影片</translation>
    </message>
    <message>
        <source>Remove “%1” from the project, with its shots, metrics and annotations? The media file itself is not touched.</source>
        <translation>从项目中移除“%1”及其镜头、指标和标注吗？媒体文件本身不会被改动。</translation>
    </message>
    <message>
        <source>Folder to search for missing films</source>
        <translation>要搜索缺失影片的文件夹</translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation>关于 Diptych</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diptych %1&lt;/h3&gt;&lt;p&gt;A workbench for film scholars who compare films shot by shot: synchronized playback, per-shot colour, motion and composition metrics, and semiotic annotation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diptych %1&lt;/h3&gt;&lt;p&gt;为逐镜头比较影片的电影学者打造的工作台：同步播放、逐镜头的色彩、运动与构图指标，以及符号学标注。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a project before adding films.</source>
        <translation>添加影片前，请先打开或新建项目。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare films shot by shot.</source>
        <translation>逐镜头比较影片。</translation>
    </message>
    <message>
        <source>Log debug details.</source>
        <translation>记录调试详细信息。</translation>
    </message>
    <message>
        <source>Project file to open (created when missing).</source>
        <translation>要打开的项目文件（不存在时创建）。</translation>
    </message>
</context>
</TS>