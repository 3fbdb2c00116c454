<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>diptych::ui::FilmImportController</name>
    <message>
        <source>Adding %1</source>
        <translation>%1 추가 중</translation>
    </message>
    <message>
        <source>Looking for missing films in %1</source>
        <translation>%1에서 누락된 영화를 찾는 중</translation>
    </message>
</context>
<context>
    <name>diptych::ui::FilmListModel</name>
    <message>
        <source>The media file is not at its recorded path. Use File ▸ Relink Missing Films to find it by its content.</source>
        <translation>미디어 파일이 기록된 경로에 없습니다. 파일 ▸ 누락된 영화 다시 연결을 사용해 내용으로 찾으세요.</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>프레임 수</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>프레임 속도</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>미디어</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>diptych::ui::JobStatusWidget</name>
    <message>
        <source>Cancel the running job</source>
        <translation>실행 중인 작업 취소</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>%1분 %2초 남음</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1초 남음</translation>
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
        <translation>비디오 파일 (*.mp4 *.mov *.mkv *.webm *.avi *.mxf *.ts *.m2ts *.mpg *.mpeg *.m4v *.wmv *.flv *.ogv *.y4m);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>“%1”을(를) 추가했습니다.</translation>
    </message>
    <message>
        <source>Could not add a film: %1</source>
        <translation>영화를 추가할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Relinked %n film(s).</source>
        <translation><numerusform>영화 %n편을 다시 연결했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation><numerusform>%n편은 아직 누락되어 있습니다.</numerusform></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: 취소되었습니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Films…</source>
        <translation>영화 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Re&amp;move Film</source>
        <translation>영화 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;link Missing Films…</source>
        <translation>누락된 영화 다시 연결(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Diptych</source>
        <translation>Diptych 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>프로젝트를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1을(를) 열었습니다.</translation>
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
        <translation>이 프로젝트에는 아직 영화가 없습니다.

비디오 파일을 여기에 끌어다 놓거나 파일 ▸ 영화 추가…를 사용하세요.</translation>
    </message>
    <message>
        <source>No project is open.

Use File ▸ New Project… or File ▸ Open Project…, or drop a .diptych file here.</source>
        <translation>열린 프로젝트가 없습니다.

파일 ▸ 새 프로젝트… 또는 파일 ▸ 프로젝트 열기…를 사용하거나 .diptych 파일을 여기에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>최근 프로젝트 없음</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>목록 지우기</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Diptych projects (*.diptych)</source>
        <translation>Diptych 프로젝트 (*.diptych)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File ▸ Open Project….</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 선택하거나 파일 ▸ 프로젝트 열기…로 여세요.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <source>Add Films</source>
        <translation>영화 추가</translation>
    </message>
    <message>
        <source>Remove Film</source>
        <translation>영화 제거</translation>
    </message>
    <message>
        <source>Remove “%1” from the project, with its shots, metrics and annotations? The media file itself is not touched.</source>
        <translation>프로젝트에서 “%1”과(와) 그 숏, 지표, 주석을 제거할까요? 미디어 파일 자체는 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Folder to search for missing films</source>
        <translation>누락된 영화를 찾을 폴더</translation>
    </message>
    <message>
        <source>About Diptych</source>
        <translation>Diptych 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diptych %1&lt;/h3&gt;&lt;p&gt;A workbench for film scholars who compare films shot by shot: synchronized playback, per-shot colour, motion and composition metrics, and semiotic annotation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Diptych %1&lt;/h3&gt;&lt;p&gt;영화를 숏 단위로 비교하는 영화 연구자를 위한 작업대: 동기화 재생, 숏별 색채·움직임·구도 지표, 기호학적 주석.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open or create a project before adding films.</source>
        <translation>영화를 추가하기 전에 프로젝트를 열거나 만드세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare films shot by shot.</source>
        <translation>영화를 숏 단위로 비교합니다.</translation>
    </message>
    <message>
        <source>Log debug details.</source>
        <translation>디버그 세부 정보를 기록합니다.</translation>
    </message>
    <message>
        <source>Project file to open (created when missing).</source>
        <translation>열 프로젝트 파일(없으면 새로 만듦).</translation>
    </message>
</context>
</TS>