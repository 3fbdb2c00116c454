<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>diptych::ui::AnalysisController</name>
    <message>
        <source>Analysing %1</source>
        <translation>%1 분석 중</translation>
    </message>
    <message>
        <source>Measuring edited shots of %1</source>
        <translation>%1의 편집된 숏 측정 중</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>내보낼 차트가 없습니다.</translation>
    </message>
    <message>
        <source>Comparison chart exported from Diptych</source>
        <translation>Diptych에서 내보낸 비교 차트</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ComparisonCharts</name>
    <message>
        <source>Distribution of %1 over the shots</source>
        <translation>숏별 %1 분포</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 shots (%4 %) in %5</source>
        <translation>%1: 숏 %3개 중 %2개(%4%)가 %5 구간에 있음</translation>
    </message>
    <message>
        <source>Share of shots (%)</source>
        <translation>숏 비율(%)</translation>
    </message>
    <message>
        <source>Spread of %1 over the shots</source>
        <translation>숏별 %1 산포</translation>
    </message>
    <message>
        <source>%1: %2 shots
median %3, quartiles %4 – %5
whiskers %6 – %7, %8 outliers</source>
        <translation>%1: 숏 %2개
중앙값 %3, 사분위수 %4 – %5
수염 %6 – %7, 이상값 %8개</translation>
    </message>
    <message>
        <source>%1 outliers</source>
        <translation>%1 이상값</translation>
    </message>
    <message>
        <source>%1 shot by shot</source>
        <translation>숏별 %1</translation>
    </message>
    <message>
        <source>min</source>
        <translation>분</translation>
    </message>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Position in the film (%)</source>
        <translation>영화 내 위치(%)</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>시간(분)</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간(초)</translation>
    </message>
    <message>
        <source>%1: %2 at %3 %4</source>
        <translation>%1: %3 %4 지점에서 %2</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ComparisonView</name>
    <message>
        <source>Time axis:</source>
        <translation>시간 축:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <source>Share of each film&apos;s shots in shared value ranges</source>
        <translation>공통 값 구간에 속하는 각 영화의 숏 비율</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>상자 그림</translation>
    </message>
    <message>
        <source>Median, quartiles and 1.5 IQR whiskers of each film; dots are outliers</source>
        <translation>각 영화의 중앙값, 사분위수, 1.5 IQR 수염. 점은 이상값입니다</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>시간에 따른 변화</translation>
    </message>
    <message>
        <source>Each shot&apos;s value over the film&apos;s running time</source>
        <translation>영화 상영 시간에 따른 각 숏의 값</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Both films on one clock from their first frame</source>
        <translation>두 영화를 각자의 첫 프레임부터 같은 시계로 표시</translation>
    </message>
    <message>
        <source>% of film length</source>
        <translation>영화 길이 대비 %</translation>
    </message>
    <message>
        <source>Each film stretched to 0–100 %, so films of different lengths line up</source>
        <translation>각 영화를 0–100%로 늘려 길이가 다른 영화도 나란히 맞춤</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>차트를 PNG 이미지 또는 SVG 드로잉으로 저장</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>지표:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>차트:</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>내보낼 내용이 없습니다: %1</translation>
    </message>
    <message>
        <source>Chart not exported: %1</source>
        <translation>차트를 내보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>차트를 %1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Open a project to compare its films.</source>
        <translation>프로젝트를 열어 영화를 비교하세요.</translation>
    </message>
    <message>
        <source>Choose the two films to compare.</source>
        <translation>비교할 두 영화를 선택하세요.</translation>
    </message>
    <message>
        <source>This project has no numeric per-shot metric yet. Analyse a film to measure its shots.</source>
        <translation>이 프로젝트에는 아직 숫자로 된 숏별 지표가 없습니다. 영화를 분석해 숏을 측정하세요.</translation>
    </message>
    <message>
        <source>The chosen film is no longer in the project.</source>
        <translation>선택한 영화가 더 이상 프로젝트에 없습니다.</translation>
    </message>
    <message>
        <source>“%1” has no analysis results yet. Analyse it to compare its shots.</source>
        <translation>“%1”에 아직 분석 결과가 없습니다. 분석한 뒤 숏을 비교하세요.</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>%1 (no values)</source>
        <translation>%1(값 없음)</translation>
    </message>
    <message>
        <source>No shot has a value of %1 yet. The analysis may still be running, or the metric is undefined for these films.</source>
        <translation>아직 %1 값이 있는 숏이 없습니다. 분석이 아직 진행 중이거나 이 영화들에는 해당 지표가 정의되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>차트 내보내기</translation>
    </message>
</context>
<context>
    <name>diptych::ui::CorrespondenceEditor</name>
    <message>
        <source>&amp;Pair Shots at Playheads</source>
        <translation>재생 헤드 위치의 숏 짝 짓기(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Record that the shot under film B&apos;s playhead corresponds to the shot under film A&apos;s (shot-aligned sync plays pairs together).</source>
        <translation>영화 B의 재생 헤드 아래 숏이 영화 A의 재생 헤드 아래 숏과 대응한다고 기록합니다(숏 정렬 동기화는 짝지은 숏을 함께 재생합니다).</translation>
    </message>
    <message>
        <source>&amp;Unpair Shot at Playhead</source>
        <translation>재생 헤드 위치의 숏 짝 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Remove the pairs of the shot under film A&apos;s playhead.</source>
        <translation>영화 A의 재생 헤드 아래 숏의 짝을 제거합니다.</translation>
    </message>
    <message>
        <source>Pair All Shots in &amp;Order</source>
        <translation>모든 숏을 순서대로 짝 짓기(&amp;O)</translation>
    </message>
    <message>
        <source>Pair shot 1 with shot 1, shot 2 with shot 2, … for every shot not paired yet.</source>
        <translation>아직 짝이 없는 모든 숏에 대해 숏 1은 숏 1과, 숏 2는 숏 2와, … 짝을 짓습니다.</translation>
    </message>
    <message>
        <source>Choose two different films for A and B to pair their shots.</source>
        <translation>숏 짝을 지으려면 A와 B에 서로 다른 두 영화를 선택하세요.</translation>
    </message>
    <message>
        <source>Could not change the shot pairs: %1</source>
        <translation>숏 짝을 변경할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Both playheads must be on a shot to pair them.</source>
        <translation>짝을 지으려면 두 재생 헤드가 모두 숏 위에 있어야 합니다.</translation>
    </message>
    <message>
        <source>Shot %1 of A and shot %2 of B are paired already.</source>
        <translation>A의 숏 %1과(와) B의 숏 %2은(는) 이미 짝지어져 있습니다.</translation>
    </message>
    <message>
        <source>Pair shot %1 of A with shot %2 of B</source>
        <translation>A의 숏 %1과(와) B의 숏 %2 짝 짓기</translation>
    </message>
    <message>
        <source>The shot under film A&apos;s playhead has no pair.</source>
        <translation>영화 A의 재생 헤드 아래 숏에는 짝이 없습니다.</translation>
    </message>
    <message>
        <source>Unpair shot %1 of A</source>
        <translation>A의 숏 %1 짝 해제</translation>
    </message>
    <message>
        <source>Remove a shot pair</source>
        <translation>숏 짝 제거</translation>
    </message>
    <message>
        <source>Every shot is paired already.</source>
        <translation>모든 숏이 이미 짝지어져 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n shot(s) in order</source>
        <translation>
            <numerusform>숏 %n개를 순서대로 짝 짓기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::ui::CorrespondenceModel</name>
    <message>
        <source>Shot A</source>
        <translation>숏 A</translation>
    </message>
    <message>
        <source>Start A</source>
        <translation>시작 A</translation>
    </message>
    <message>
        <source>Shot B</source>
        <translation>숏 B</translation>
    </message>
    <message>
        <source>Start B</source>
        <translation>시작 B</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DemoController</name>
    <message>
        <source>Preparing the demo project</source>
        <translation>데모 프로젝트 준비 중</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DualPlayer</name>
    <message>
        <source>Play or pause both films (Space)</source>
        <translation>두 영화 재생 또는 일시 정지(Space)</translation>
    </message>
    <message>
        <source>Position in film A; film B follows the sync mode</source>
        <translation>영화 A의 위치. 영화 B는 동기화 모드에 따라 움직입니다</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Locked (with offset)</source>
        <translation>고정(오프셋 포함)</translation>
    </message>
    <message>
        <source>Shot-aligned</source>
        <translation>숏 정렬</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>독립</translation>
    </message>
    <message>
        <source>How film B follows film A</source>
        <translation>영화 B가 영화 A를 따르는 방식</translation>
    </message>
    <message>
        <source>Sync Here</source>
        <translation>여기서 동기화</translation>
    </message>
    <message>
        <source>Lock the two films so that the frames shown now play together</source>
        <translation>현재 표시된 프레임이 함께 재생되도록 두 영화를 고정</translation>
    </message>
    <message>
        <source>Previous shot (Shift+Left)</source>
        <translation>이전 숏(Shift+왼쪽)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>이전 프레임(왼쪽)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>다음 프레임(오른쪽)</translation>
    </message>
    <message>
        <source>Next shot (Shift+Right)</source>
        <translation>다음 숏(Shift+오른쪽)</translation>
    </message>
    <message>
        <source>Film A:</source>
        <translation>영화 A:</translation>
    </message>
    <message>
        <source>Film B:</source>
        <translation>영화 B:</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>동기화:</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>재생/일시 정지</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>다음 프레임</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>이전 프레임</translation>
    </message>
    <message>
        <source>Next Shot</source>
        <translation>다음 숏</translation>
    </message>
    <message>
        <source>Previous Shot</source>
        <translation>이전 숏</translation>
    </message>
    <message>
        <source>Shuttle Backward</source>
        <translation>뒤로 셔틀</translation>
    </message>
    <message>
        <source>Stop Shuttle</source>
        <translation>셔틀 정지</translation>
    </message>
    <message>
        <source>Shuttle Forward</source>
        <translation>앞으로 셔틀</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>처음으로 이동</translation>
    </message>
    <message>
        <source>Go to End</source>
        <translation>끝으로 이동</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>시작 지점 표시</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>종료 지점 표시</translation>
    </message>
    <message>
        <source>Loop Marked Range or Shot</source>
        <translation>표시한 범위 또는 숏 반복 재생</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Go to Timecode…</source>
        <translation>타임코드로 이동…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Add films to the project to compare them here.</source>
        <translation>프로젝트에 영화를 추가하면 여기서 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add a second film to compare it with the first.</source>
        <translation>두 번째 영화를 추가해 첫 번째 영화와 비교하세요.</translation>
    </message>
    <message>
        <source>The media file is missing: use File ▸ Relink Missing Films…</source>
        <translation>미디어 파일이 없습니다: 파일 ▸ 누락된 영화 다시 연결…을 사용하세요</translation>
    </message>
    <message>
        <source>Frame pair</source>
        <translation>프레임 쌍</translation>
    </message>
    <message>
        <source>%1 and %2, exported from Diptych</source>
        <translation>%1 및 %2, Diptych에서 내보냄</translation>
    </message>
    <message>
        <source>offset %1 s</source>
        <translation>오프셋 %1초</translation>
    </message>
    <message>
        <source>shot %1</source>
        <translation>숏 %1</translation>
    </message>
    <message>
        <source>Go to Timecode</source>
        <translation>타임코드로 이동</translation>
    </message>
    <message>
        <source>Timecode of film A (HH:MM:SS:FF) or frame number:</source>
        <translation>영화 A의 타임코드(HH:MM:SS:FF) 또는 프레임 번호:</translation>
    </message>
    <message>
        <source>Sound: Film A</source>
        <translation>소리: 영화 A</translation>
    </message>
    <message>
        <source>Sound: Film B</source>
        <translation>소리: 영화 B</translation>
    </message>
    <message>
        <source>Sound: Off</source>
        <translation>소리: 끔</translation>
    </message>
    <message>
        <source>Which film is heard at 1× forward playback; the other film is muted</source>
        <translation>1× 정방향 재생 시 들리는 영화를 고릅니다. 다른 영화는 음소거됩니다</translation>
    </message>
</context>
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
    <name>diptych::ui::FilmTimeline</name>
    <message numerus="yes">
        <source>Shot %1
%2 – %3 (%n frame(s))</source>
        <translation>
            <numerusform>숏 %1
%2 – %3 (%n프레임)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No film</source>
        <translation>영화 없음</translation>
    </message>
    <message>
        <source>No shots yet: the film has not been analysed</source>
        <translation>아직 숏이 없습니다: 영화가 분석되지 않았습니다</translation>
    </message>
    <message>
        <source>No colour measurements yet</source>
        <translation>아직 색채 측정값이 없습니다</translation>
    </message>
    <message>
        <source>Choose a metric for the curve above</source>
        <translation>위 곡선에 표시할 지표를 선택하세요</translation>
    </message>
    <message>
        <source>No values of %1</source>
        <translation>%1 값 없음</translation>
    </message>
    <message>
        <source>No annotation tiers</source>
        <translation>주석 계층 없음</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>숏</translation>
    </message>
    <message>
        <source>Shots (%1)</source>
        <translation>숏(%1)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색채</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>곡선</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
        <translation>
            <numerusform>영화 %n편을 다시 연결했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation>
            <numerusform>%n편은 아직 누락되어 있습니다.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Analysed “%1”: %n shot(s).</source>
        <translation>
            <numerusform>“%1” 분석 완료: 숏 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>데모 프로젝트 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Frame Pair…</source>
        <translation>프레임 쌍 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>영화</translation>
    </message>
    <message>
        <source>Filter shots…</source>
        <translation>숏 필터…</translation>
    </message>
    <message>
        <source>Film A</source>
        <translation>영화 A</translation>
    </message>
    <message>
        <source>Film B</source>
        <translation>영화 B</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>숏</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Remove Pair</source>
        <translation>짝 제거</translation>
    </message>
    <message>
        <source>Remove the selected pair.</source>
        <translation>선택한 짝을 제거합니다.</translation>
    </message>
    <message>
        <source>Shot Pairs</source>
        <translation>숏 짝</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>데모 프로젝트 준비 중…</translation>
    </message>
    <message>
        <source>Export Frame Pair</source>
        <translation>프레임 쌍 내보내기</translation>
    </message>
    <message>
        <source>frame-pair-%1.png</source>
        <translation>frame-pair-%1.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 이미지 (*.png);;SVG 드로잉 (*.svg)</translation>
    </message>
    <message>
        <source>Exported the frame pair to %1.</source>
        <translation>프레임 쌍을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Could not export the frame pair: %1</source>
        <translation>프레임 쌍을 내보낼 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>diptych::ui::MetricInfo</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no description in the metric catalog.</source>
        <translation>%1: 지표 카탈로그에 설명이 없습니다.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. Unit: %2.</source>
        <translation>%1. 단위: %2.</translation>
    </message>
</context>
<context>
    <name>diptych::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time Diptych starts.</source>
        <translation>새 언어는 다음에 Diptych를 시작할 때 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>diptych::ui::SeekProxyController</name>
    <message>
        <source>Seek proxy for %1</source>
        <translation>%1의 탐색용 프록시</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShortcutReference</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShotEditor</name>
    <message>
        <source>&amp;Split Shot at Playhead</source>
        <translation>재생 헤드 위치에서 숏 분할(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Cut the shot under the playhead in two at the current frame.</source>
        <translation>재생 헤드 아래의 숏을 현재 프레임에서 둘로 나눕니다.</translation>
    </message>
    <message>
        <source>&amp;Merge Shot with Next</source>
        <translation>숏을 다음 숏과 병합(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Join the shot under the playhead with the shot after it.</source>
        <translation>재생 헤드 아래의 숏을 그다음 숏과 합칩니다.</translation>
    </message>
    <message>
        <source>Move Nearest &amp;Boundary to Playhead</source>
        <translation>가장 가까운 경계를 재생 헤드로 이동(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Move the shot boundary nearest to the playhead onto the current frame.</source>
        <translation>재생 헤드에 가장 가까운 숏 경계를 현재 프레임으로 옮깁니다.</translation>
    </message>
    <message>
        <source>Open a project with a film to edit its shots.</source>
        <translation>숏을 편집하려면 영화가 있는 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>Shots of “%1” can be edited when its analysis has finished.</source>
        <translation>“%1”의 숏은 분석이 끝난 뒤에 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not edit the shots: %1</source>
        <translation>숏을 편집할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Split shot of “%1” at frame %2</source>
        <translation>“%1”의 숏을 프레임 %2에서 분할</translation>
    </message>
    <message>
        <source>Frame %1 already begins a shot.</source>
        <translation>프레임 %1은(는) 이미 숏의 시작입니다.</translation>
    </message>
    <message>
        <source>Merge shot %1 of “%2” with the next</source>
        <translation>“%2”의 숏 %1을(를) 다음 숏과 병합</translation>
    </message>
    <message>
        <source>The shot under the playhead has no next shot to merge with.</source>
        <translation>재생 헤드 아래의 숏 뒤에 병합할 숏이 없습니다.</translation>
    </message>
    <message>
        <source>Move a shot boundary of “%1” to frame %2</source>
        <translation>“%1”의 숏 경계를 프레임 %2(으)로 이동</translation>
    </message>
    <message>
        <source>No shot boundary can move to frame %1: each shot keeps at least one frame.</source>
        <translation>프레임 %1(으)로 옮길 수 있는 숏 경계가 없습니다: 각 숏은 최소 한 프레임을 유지해야 합니다.</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShotTableModel</name>
    <message>
        <source>Shot</source>
        <translation>숏</translation>
    </message>
    <message>
        <source>Shot number, from 1</source>
        <translation>숏 번호(1부터)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>First frame (0-based, presentation order)</source>
        <translation>첫 프레임(0부터, 표시 순서)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Frame after the last (exclusive)</source>
        <translation>마지막 다음 프레임(미포함)</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>타임코드</translation>
    </message>
    <message>
        <source>Start timecode HH:MM:SS:FF</source>
        <translation>시작 타임코드 HH:MM:SS:FF</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>길이(초)</translation>
    </message>
    <message>
        <source>Shot length in seconds</source>
        <translation>숏 길이(초)</translation>
    </message>
</context>
<context>
    <name>diptych::ui::TimelinePanel</name>
    <message>
        <source>Zoom Out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel over the timeline)</source>
        <translation>축소(타임라인 위에서 Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in, down to single frames (Ctrl+wheel over the timeline)</source>
        <translation>확대, 단일 프레임까지(타임라인 위에서 Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole films</source>
        <translation>영화 전체 표시</translation>
    </message>
    <message>
        <source>The per-shot metric drawn as the curve of both films</source>
        <translation>두 영화의 곡선으로 그릴 숏별 지표</translation>
    </message>
    <message>
        <source>&amp;Curve:</source>
        <translation>곡선(&amp;C):</translation>
    </message>
    <message>
        <source>%1 in view</source>
        <translation>표시 범위 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Whole film</source>
        <translation>영화 전체</translation>
    </message>
</context>
<context>
    <name>diptych::ui::WidgetExport</name>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>.png 또는 .svg로 끝나는 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Could not draw the picture.</source>
        <translation>그림을 그릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
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
    <message>
        <source>Open the built-in demo project (made on first use).</source>
        <translation>내장 데모 프로젝트를 엽니다(처음 사용할 때 만듦).</translation>
    </message>
</context>
</TS>
