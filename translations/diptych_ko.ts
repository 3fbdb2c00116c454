<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QDialog</name>
    <message>
        <source>New Tier</source>
        <translation>새 계층</translation>
    </message>
    <message>
        <source>e.g. Palette, Bodies, Notes</source>
        <translation>예: 팔레트, 신체, 메모</translation>
    </message>
    <message>
        <source>Shots: one annotation per shot</source>
        <translation>숏: 숏마다 주석 하나</translation>
    </message>
    <message>
        <source>Ranges: any span of frames</source>
        <translation>범위: 임의의 프레임 구간</translation>
    </message>
    <message>
        <source>Text: free notes on spans of frames</source>
        <translation>텍스트: 프레임 구간에 대한 자유 메모</translation>
    </message>
    <message>
        <source>None (free text)</source>
        <translation>없음(자유 텍스트)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>코딩 체계(&amp;S):</translation>
    </message>
    <message>
        <source>The film has a tier of this name.</source>
        <translation>이 영화에는 이미 같은 이름의 계층이 있습니다.</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AgreementPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Undefined: no shot was coded by two coders or more.</source>
        <translation>정의되지 않음: 두 명 이상의 코더가 코딩한 숏이 없습니다.</translation>
    </message>
    <message>
        <source>Undefined: every value in the shots coded by two coders or more is the same, so agreement cannot be told from chance.</source>
        <translation>정의되지 않음: 두 명 이상의 코더가 코딩한 숏의 값이 모두 같아 일치도를 우연과 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>Undefined: no shot was coded by every coder.</source>
        <translation>정의되지 않음: 모든 코더가 코딩한 숏이 없습니다.</translation>
    </message>
    <message>
        <source>Undefined: the coders used a single value throughout the shots they all coded, so agreement cannot be told from chance.</source>
        <translation>정의되지 않음: 코더들이 모두 코딩한 숏 전체에서 하나의 값만 사용해 일치도를 우연과 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>Undefined: the two coders coded no shot in common.</source>
        <translation>정의되지 않음: 두 코더가 공통으로 코딩한 숏이 없습니다.</translation>
    </message>
    <message>
        <source>Undefined: both coders gave every shot they both coded one and the same value, so agreement cannot be told from chance.</source>
        <translation>정의되지 않음: 두 코더가 함께 코딩한 모든 숏에 똑같은 하나의 값을 주어 일치도를 우연과 구별할 수 없습니다.</translation>
    </message>
    <message>
        <source>The film whose coding is compared between coders</source>
        <translation>코더 간에 코딩을 비교할 영화</translation>
    </message>
    <message>
        <source>The annotations compared: one tier of the film, or all of them</source>
        <translation>비교할 주석: 영화의 한 계층 또는 모든 계층</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>모든 계층</translation>
    </message>
    <message>
        <source>&amp;Film:</source>
        <translation>영화(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>계층(&amp;T):</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>계수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>숏</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α of each code on its own: did the coders agree on whether a shot has it?</source>
        <translation>각 코드를 따로 계산한 Krippendorff&apos;s α: 숏에 그 코드가 있는지에 대해 코더들의 의견이 일치했는가?</translation>
    </message>
    <message>
        <source>Shots the coders disagree on:</source>
        <translation>코더 간 의견이 다른 숏:</translation>
    </message>
    <message>
        <source>Double-click a shot or press Enter to go to it</source>
        <translation>숏을 두 번 클릭하거나 Enter를 눌러 그 숏으로 이동</translation>
    </message>
    <message>
        <source>Open a project to compare its coders.</source>
        <translation>프로젝트를 열어 코더를 비교하세요.</translation>
    </message>
    <message>
        <source>This project has no films yet.</source>
        <translation>이 프로젝트에는 아직 영화가 없습니다.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>Agreement not computed: %1</source>
        <translation>일치도를 계산하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>No coder has coded this film yet.</source>
        <translation>아직 이 영화를 코딩한 코더가 없습니다.</translation>
    </message>
    <message>
        <source>No coder has coded this film in tier “%1” yet.</source>
        <translation>아직 “%1” 계층에서 이 영화를 코딩한 코더가 없습니다.</translation>
    </message>
    <message>
        <source>Only %1 has coded this film so far; agreement needs two coders or more.</source>
        <translation>지금까지 %1만 이 영화를 코딩했습니다. 일치도를 구하려면 코더가 두 명 이상 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n coded shot(s); coders: %1</source>
        <translation>
            <numerusform>코딩된 숏 %n개, 코더: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (nominal)</source>
        <translation>Krippendorff&apos;s α(명목)</translation>
    </message>
    <message>
        <source>Agreement of all coders over every shot at least two of them coded; 1 is perfect, 0 chance level</source>
        <translation>적어도 두 명이 코딩한 모든 숏에 대한 전체 코더의 일치도. 1은 완전 일치, 0은 우연 수준</translation>
    </message>
    <message>
        <source>Shots coded by two coders or more</source>
        <translation>두 명 이상의 코더가 코딩한 숏</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Agreement of all coders over the shots every one of them coded</source>
        <translation>모든 코더가 코딩한 숏에 대한 전체 코더의 일치도</translation>
    </message>
    <message>
        <source>Shots coded by every coder</source>
        <translation>모든 코더가 코딩한 숏</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ: %1 – %2</source>
        <translation>Cohen&apos;s κ: %1 – %2</translation>
    </message>
    <message>
        <source>Agreement of %1 and %2 over the shots both coded</source>
        <translation>%1과(와) %2이(가) 모두 코딩한 숏에 대한 두 코더의 일치도</translation>
    </message>
    <message>
        <source>Shots both coded</source>
        <translation>두 코더가 모두 코딩한 숏</translation>
    </message>
</context>
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
    <name>diptych::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Detect dissolves, fades and wipes</source>
        <translation>디졸브, 페이드, 와이프 감지</translation>
    </message>
    <message>
        <source>Analysis Settings of “%1”</source>
        <translation>“%1” 분석 설정</translation>
    </message>
    <message>
        <source>Lower finds more cuts between similar shots, and more false cuts in fast action. Default 0.22.</source>
        <translation>낮을수록 비슷한 숏 사이의 컷을 더 많이 찾지만, 빠른 액션에서 잘못된 컷도 늘어납니다. 기본값 0.22.</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 프레임</translation>
    </message>
    <message>
        <source>No two shot boundaries closer than this. Default 6.</source>
        <translation>두 숏 경계가 이보다 가까울 수 없습니다. 기본값 6.</translation>
    </message>
    <message>
        <source>Higher ignores soft dissolves between similar shots. Default 0.30.</source>
        <translation>높을수록 비슷한 숏 사이의 부드러운 디졸브를 무시합니다. 기본값 0.30.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 초</translation>
    </message>
    <message>
        <source>A flash, strobe or occlusion that returns to the same picture within this time is not a cut. Default 0.25 s.</source>
        <translation>이 시간 안에 같은 화면으로 돌아오는 플래시, 스트로브, 가림은 컷이 아닙니다. 기본값 0.25초.</translation>
    </message>
    <message>
        <source>Frames per second of film that face detection (every second sample), clutter and the palette see. More is slower. Default 2.</source>
        <translation>얼굴 감지(두 샘플마다 한 번), 시각적 복잡도, 팔레트가 영화 1초당 보는 프레임 수. 많을수록 느립니다. 기본값 2.</translation>
    </message>
    <message>
        <source>Cut threshold:</source>
        <translation>컷 임계값:</translation>
    </message>
    <message>
        <source>Minimum shot length:</source>
        <translation>최소 숏 길이:</translation>
    </message>
    <message>
        <source>Gradual threshold:</source>
        <translation>점진 전환 임계값:</translation>
    </message>
    <message>
        <source>Longest flash:</source>
        <translation>최장 플래시:</translation>
    </message>
    <message>
        <source>Samples per second:</source>
        <translation>초당 샘플 수:</translation>
    </message>
    <message>
        <source>On OK the film is analysed again from the start with these settings. Its shots are replaced, hand-edited ones too, and so are their pairs with other films; annotations keep their time ranges.</source>
        <translation>확인을 누르면 이 설정으로 영화를 처음부터 다시 분석합니다. 직접 편집한 숏을 포함한 모든 숏과 다른 영화와의 숏 짝이 교체되며, 주석은 시간 범위를 유지합니다.</translation>
    </message>
    <message>
        <source>On OK the film&apos;s shots are measured again at this sampling rate. The shots, hand-edited ones too, their pairs and annotations stay as they are.</source>
        <translation>확인을 누르면 이 샘플링 비율로 영화의 숏을 다시 측정합니다. 숏(직접 편집한 숏 포함), 숏 짝과 주석은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>A new segmentation setting analyses the film again and replaces its shots; a new sampling rate only measures them again.</source>
        <translation>분할 설정을 바꾸면 영화를 다시 분석하고 숏을 교체합니다. 샘플링 비율만 바꾸면 숏을 다시 측정하기만 합니다.</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationListModel</name>
    <message>
        <source>Film</source>
        <translation>영화</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Text and note</source>
        <translation>텍스트 및 메모</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>변경 시각(UTC)</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationListPanel</name>
    <message>
        <source>Search codes, text and notes</source>
        <translation>코드, 텍스트, 메모 검색</translation>
    </message>
    <message>
        <source>Note on the selected annotation (Markdown); saved when you leave the field or press Ctrl+Return</source>
        <translation>선택한 주석의 메모(Markdown). 필드를 벗어나거나 Ctrl+Return을 누르면 저장됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n개 표시됨</numerusform>
        </translation>
    </message>
    <message>
        <source>All films</source>
        <translation>모든 영화</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>모든 계층</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>모든 코더</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>모든 코드</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>메모 편집</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Annotation(s)</source>
        <translation>
            <numerusform>주석 %n개 제거</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationWorkspace</name>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>Code and &amp;Advance</source>
        <translation>코딩 후 다음으로(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Tier…</source>
        <translation>새 계층(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit Coding &amp;Schemes…</source>
        <translation>코딩 체계 편집(&amp;S)…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Codes × Metrics</source>
        <translation>코드 × 지표</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>After a code is applied, move to the next shot</source>
        <translation>코드를 적용한 뒤 다음 숏으로 이동</translation>
    </message>
    <message>
        <source>Add a tier (a layer of annotations) to the coded film</source>
        <translation>코딩 중인 영화에 계층(주석의 한 층)을 추가</translation>
    </message>
    <message>
        <source>Add, rename, reorder, merge and retire codes; import and export schemes</source>
        <translation>코드 추가, 이름 변경, 순서 변경, 병합, 사용 중지. 코딩 체계 가져오기 및 내보내기</translation>
    </message>
    <message>
        <source>(no codes with shortcuts)</source>
        <translation>(단축키가 있는 코드 없음)</translation>
    </message>
    <message>
        <source>Add &amp;Text Annotation…</source>
        <translation>텍스트 주석 추가(&amp;T)…</translation>
    </message>
    <message>
        <source>Write a free-text annotation on the current shot (or the marked range) in the chosen tier</source>
        <translation>선택한 계층에서 현재 숏(또는 표시한 범위)에 자유 텍스트 주석을 씁니다</translation>
    </message>
    <message>
        <source>Text Annotation</source>
        <translation>텍스트 주석</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>텍스트:</translation>
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
    <name>diptych::ui::CodeQueryPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>CSV로 복사(&amp;C)</translation>
    </message>
    <message>
        <source>The codes whose shots to measure. A code&apos;s sub-codes are not included: check them too.</source>
        <translation>숏을 측정할 코드입니다. 코드의 하위 코드는 포함되지 않으므로 함께 선택하세요.</translation>
    </message>
    <message>
        <source>The per-shot metrics to summarise</source>
        <translation>요약할 숏별 지표</translation>
    </message>
    <message>
        <source>Count only the shots this coder coded</source>
        <translation>이 코더가 코딩한 숏만 집계</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>코더 무관</translation>
    </message>
    <message>
        <source>Film A: B − A compares the other film with this one</source>
        <translation>영화 A: B − A는 다른 영화를 이 영화와 비교합니다</translation>
    </message>
    <message>
        <source>Film B</source>
        <translation>영화 B</translation>
    </message>
    <message>
        <source>Measure the checked codes&apos; shots with the checked metrics</source>
        <translation>선택한 코드의 숏을 선택한 지표로 측정</translation>
    </message>
    <message>
        <source>Put the table on the clipboard as comma-separated values, at full precision</source>
        <translation>표를 쉼표로 구분된 값(전체 정밀도)으로 클립보드에 복사</translation>
    </message>
    <message>
        <source>C&amp;odes:</source>
        <translation>코드(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>지표(&amp;M):</translation>
    </message>
    <message>
        <source>Co&amp;der:</source>
        <translation>코더(&amp;D):</translation>
    </message>
    <message>
        <source>Film &amp;A:</source>
        <translation>영화 A(&amp;A):</translation>
    </message>
    <message>
        <source>Film &amp;B:</source>
        <translation>영화 B(&amp;B):</translation>
    </message>
    <message>
        <source>Open a project to query its codes.</source>
        <translation>프로젝트를 열어 코드를 조회하세요.</translation>
    </message>
    <message>
        <source>Check one or more codes and metrics, then press Run.</source>
        <translation>코드와 지표를 하나 이상 선택한 뒤 실행을 누르세요.</translation>
    </message>
    <message>
        <source>Check at least one code.</source>
        <translation>코드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Check at least one metric.</source>
        <translation>지표를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Film A and film B are the same film: choose two different films.</source>
        <translation>영화 A와 영화 B가 같은 영화입니다. 서로 다른 두 영화를 선택하세요.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1(사용 중지됨)</translation>
    </message>
    <message>
        <source>Scheme %1</source>
        <translation>코딩 체계 %1</translation>
    </message>
    <message>
        <source>Schemes %1: the query counts this path in each</source>
        <translation>코딩 체계 %1: 조회는 각 체계에서 이 경로를 집계합니다</translation>
    </message>
    <message>
        <source>Query not run: %1</source>
        <translation>조회를 실행하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Codes not read: %1</source>
        <translation>코드를 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 평균</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 중앙값</translation>
    </message>
    <message>
        <source>%1 SD</source>
        <translation>%1 표준편차</translation>
    </message>
    <message>
        <source>%1 IQR</source>
        <translation>%1 IQR</translation>
    </message>
    <message>
        <source>B − A mean</source>
        <translation>B − A 평균</translation>
    </message>
    <message>
        <source>B − A median</source>
        <translation>B − A 중앙값</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) coded, %1 without a value of this metric</source>
        <translation>
            <numerusform>코딩된 숏 %n개, 그중 %1개는 이 지표 값이 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>No coded shot has a value of this metric</source>
        <translation>이 지표 값이 있는 코딩된 숏이 없습니다</translation>
    </message>
    <message>
        <source>The standard deviation needs two values or more</source>
        <translation>표준편차를 구하려면 값이 두 개 이상 필요합니다</translation>
    </message>
    <message>
        <source>One of the films has no value to compare</source>
        <translation>두 영화 중 하나에 비교할 값이 없습니다</translation>
    </message>
</context>
<context>
    <name>diptych::ui::CodingPanel</name>
    <message>
        <source>Code and &amp;advance to the next shot</source>
        <translation>코딩 후 다음 숏으로 이동(&amp;A)</translation>
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
        <source>Who is coding: every annotation records its coder. Type a new name to code as someone else.</source>
        <translation>코딩하는 사람: 모든 주석에는 코더가 기록됩니다. 다른 사람으로 코딩하려면 새 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>New Tier…</source>
        <translation>새 계층…</translation>
    </message>
    <message>
        <source>Add a tier (a layer of annotations) to the coded film</source>
        <translation>코딩 중인 영화에 계층(주석의 한 층)을 추가</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Double-click or press Enter to apply a code to the current shot (or the marked range); again to take it away.</source>
        <translation>두 번 클릭하거나 Enter를 눌러 현재 숏(또는 표시한 범위)에 코드를 적용합니다. 한 번 더 하면 제거됩니다.</translation>
    </message>
    <message>
        <source>After a code is applied, move to the next shot</source>
        <translation>코드를 적용한 뒤 다음 숏으로 이동</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove the selected code from the shot (Delete)</source>
        <translation>숏에서 선택한 코드 제거(Delete)</translation>
    </message>
    <message>
        <source>Film:</source>
        <translation>영화:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>코더:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>계층:</translation>
    </message>
    <message>
        <source>(no film on this side)</source>
        <translation>(이쪽에 영화 없음)</translation>
    </message>
    <message>
        <source>Codes (made by the first code)</source>
        <translation>코드(첫 코드를 적용하면 만들어짐)</translation>
    </message>
    <message>
        <source>Retired: kept for existing annotations, not offered for new ones.</source>
        <translation>사용 중지됨: 기존 주석에는 유지되지만 새 주석에는 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>No shot at the playhead</source>
        <translation>재생 헤드 위치에 숏이 없음</translation>
    </message>
    <message>
        <source>No film on this side</source>
        <translation>이쪽에 영화가 없음</translation>
    </message>
    <message>
        <source>Shot %1 · %2</source>
        <translation>숏 %1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note on this shot (Markdown)</source>
        <translation>이 숏에 대한 메모(Markdown)</translation>
    </message>
    <message>
        <source>Note on the film (Markdown)</source>
        <translation>영화에 대한 메모(Markdown)</translation>
    </message>
    <message>
        <source>Edit Shot Note</source>
        <translation>숏 메모 편집</translation>
    </message>
    <message>
        <source>Edit Film Note</source>
        <translation>영화 메모 편집</translation>
    </message>
    <message>
        <source>Rename Tier…</source>
        <translation>계층 이름 바꾸기…</translation>
    </message>
    <message>
        <source>Remove Tier…</source>
        <translation>계층 삭제…</translation>
    </message>
    <message>
        <source>Rename Tier</source>
        <translation>계층 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Remove the tier “%1” with its annotations? Edit ▸ Undo brings them back.</source>
        <translation>계층 “%1”과(와) 그 주석을 삭제할까요? 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>계층 삭제</translation>
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
    <name>diptych::ui::DatasetActions</name>
    <message>
        <source>Diptych project JSON (*.json)</source>
        <translation>Diptych 프로젝트 JSON (*.json)</translation>
    </message>
    <message>
        <source>ELAN annotation document (*.eaf)</source>
        <translation>ELAN 주석 문서 (*.eaf)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld)</source>
        <translation>W3C Web Annotation JSON-LD (*.jsonld)</translation>
    </message>
    <message>
        <source>OpenTimelineIO (*.otio)</source>
        <translation>OpenTimelineIO (*.otio)</translation>
    </message>
    <message>
        <source>CMX 3600 edit decision list (*.edl)</source>
        <translation>CMX 3600 편집 결정 목록 (*.edl)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>주석 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import an ELAN .eaf, a W3C Web Annotation or a Diptych project JSON file</source>
        <translation>ELAN .eaf, W3C Web Annotation 또는 Diptych 프로젝트 JSON 파일을 가져옵니다</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>파일 %n개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The export is complete except for:</source>
        <translation>다음을 제외하고 내보내기가 완료되었습니다:</translation>
    </message>
    <message>
        <source>Imported %1 — %2</source>
        <translation>%1 가져옴 — %2</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <source>The film the file names (match its media)</source>
        <translation>파일이 가리키는 영화(미디어로 일치)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>주석 가져오기</translation>
    </message>
    <message>
        <source>Attach the annotations to:</source>
        <translation>주석을 연결할 영화:</translation>
    </message>
    <message>
        <source>Annotations (*.eaf *.json *.jsonld);;ELAN (*.eaf);;Diptych project JSON (*.json);;W3C Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation>주석 (*.eaf *.json *.jsonld);;ELAN (*.eaf);;Diptych 프로젝트 JSON (*.json);;W3C Web Annotation (*.jsonld *.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DatasetController</name>
    <message>
        <source>Tidy &amp;CSV Tables…</source>
        <translation>정돈된 CSV 표(&amp;C)…</translation>
    </message>
    <message>
        <source>Project &amp;JSON…</source>
        <translation>프로젝트 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;ELAN EAF…</source>
        <translation>ELAN EAF(&amp;E)…</translation>
    </message>
    <message>
        <source>W3C &amp;Web Annotation…</source>
        <translation>W3C Web Annotation(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;OpenTimelineIO…</source>
        <translation>OpenTimelineIO(&amp;O)…</translation>
    </message>
    <message>
        <source>CMX 3600 E&amp;DL…</source>
        <translation>CMX 3600 EDL(&amp;D)…</translation>
    </message>
    <message>
        <source>Dataset &amp;Bundle…</source>
        <translation>데이터셋 묶음(&amp;B)…</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 내보내는 중</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
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
    <name>diptych::ui::DisagreementModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 coded this shot %2</source>
        <translation>%1이(가) 이 숏을 %2(으)로 코딩했습니다</translation>
    </message>
    <message>
        <source>%1 did not code this shot</source>
        <translation>%1이(가) 이 숏을 코딩하지 않았습니다</translation>
    </message>
    <message>
        <source>Frame %1 (double-click or press Enter to go there)</source>
        <translation>프레임 %1(두 번 클릭하거나 Enter를 눌러 이동)</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>숏</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>The shot&apos;s number in the film, from 1</source>
        <translation>영화 내 숏 번호(1부터)</translation>
    </message>
    <message>
        <source>Timecode of the shot&apos;s first frame (HH:MM:SS:FF)</source>
        <translation>숏 첫 프레임의 타임코드(HH:MM:SS:FF)</translation>
    </message>
    <message>
        <source>The codes this coder gave the shot, joined by “+”</source>
        <translation>이 코더가 숏에 준 코드(“+”로 연결)</translation>
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
    <message>
        <source>Clear Marks</source>
        <translation>표시 지우기</translation>
    </message>
    <message>
        <source>Alt+X</source>
        <translation>Alt+X</translation>
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
    <message>
        <source>No annotation tiers: code a shot to start one</source>
        <translation>주석 계층 없음: 숏을 코딩하면 계층이 만들어집니다</translation>
    </message>
    <message numerus="yes">
        <source>Extend Code over %n Shot(s)</source>
        <translation>
            <numerusform>코드를 숏 %n개로 확장</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Annotation Edge</source>
        <translation>주석 가장자리 이동</translation>
    </message>
    <message>
        <source>Annotations of a shot tier span their shot: split the shot instead.</source>
        <translation>숏 계층의 주석은 해당 숏 전체에 걸칩니다. 대신 숏을 분할하세요.</translation>
    </message>
    <message>
        <source>Split Annotation</source>
        <translation>주석 분할</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>주석 제거</translation>
    </message>
    <message>
        <source>Split at Playhead</source>
        <translation>재생 헤드 위치에서 분할</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>%1
%2 – %3 · %4</source>
        <translation>%1
%2 – %3 · %4</translation>
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
    <message>
        <source>Film Analysis &amp;Settings…</source>
        <translation>영화 분석 설정(&amp;S)…</translation>
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
    <message>
        <source>System theme</source>
        <translation>시스템 테마</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
</context>
<context>
    <name>diptych::ui::RegionController</name>
    <message>
        <source>Draw a region on either viewer: it covers the current shot (or the marked range) and carries the current code</source>
        <translation>어느 뷰어에든 영역을 그리세요. 영역은 현재 숏(또는 표시한 범위)에 걸치며 현재 코드를 가집니다</translation>
    </message>
    <message>
        <source>Draw &amp;Rectangle Region</source>
        <translation>사각형 영역 그리기(&amp;R)</translation>
    </message>
    <message>
        <source>Draw &amp;Polygon Region</source>
        <translation>다각형 영역 그리기(&amp;P)</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>먼저 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>Drag a rectangle on either viewer (Esc cancels).</source>
        <translation>어느 뷰어에서든 사각형을 드래그하세요(Esc로 취소).</translation>
    </message>
    <message>
        <source>Click the corners on either viewer; double-click or Enter closes the polygon (Esc cancels).</source>
        <translation>어느 뷰어에서든 꼭짓점을 클릭하세요. 두 번 클릭하거나 Enter를 누르면 다각형이 닫힙니다(Esc로 취소).</translation>
    </message>
    <message>
        <source>No film on that viewer.</source>
        <translation>그 뷰어에 영화가 없습니다.</translation>
    </message>
    <message>
        <source>Draw Region</source>
        <translation>영역 그리기</translation>
    </message>
    <message>
        <source>Remove Region</source>
        <translation>영역 제거</translation>
    </message>
    <message>
        <source>Region Note</source>
        <translation>영역 메모</translation>
    </message>
    <message>
        <source>Note (Markdown):</source>
        <translation>메모(Markdown):</translation>
    </message>
    <message>
        <source>Edit Region Note</source>
        <translation>영역 메모 편집</translation>
    </message>
</context>
<context>
    <name>diptych::ui::SchemeEditor</name>
    <message>
        <source>&amp;Add Code</source>
        <translation>코드 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Sub-code</source>
        <translation>하위 코드 추가(&amp;S)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>다른 코드로 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>사용 중지(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete Unused</source>
        <translation>사용하지 않는 코드 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Coding Schemes</source>
        <translation>코딩 체계</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Double-click a label or shortcut to edit it.</source>
        <translation>레이블이나 단축키를 두 번 클릭하면 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Recode every annotation and region of this code with another code, move its sub-codes there, and remove it</source>
        <translation>이 코드의 모든 주석과 영역을 다른 코드로 바꾸고, 하위 코드를 그쪽으로 옮긴 뒤 이 코드를 제거</translation>
    </message>
    <message>
        <source>A retired code stays on existing annotations but is no longer offered for coding</source>
        <translation>사용 중지된 코드는 기존 주석에 남지만 더 이상 코딩에 제공되지 않습니다</translation>
    </message>
    <message>
        <source>Delete a code that no annotation or region uses</source>
        <translation>어떤 주석이나 영역에서도 쓰지 않는 코드 삭제</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>코드 추가</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>레이블:</translation>
    </message>
    <message>
        <source>Add Sub-code</source>
        <translation>하위 코드 추가</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>사용 중지됨</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Add Code %1</source>
        <translation>코드 %1 추가</translation>
    </message>
    <message>
        <source>Rename Code %1</source>
        <translation>코드 %1 이름 변경</translation>
    </message>
    <message>
        <source>Recolour Code %1</source>
        <translation>코드 %1 색상 변경</translation>
    </message>
    <message>
        <source>%1 is the shortcut of “%2” already.</source>
        <translation>%1은(는) 이미 “%2”의 단축키입니다.</translation>
    </message>
    <message>
        <source>Set Shortcut of %1</source>
        <translation>%1의 단축키 설정</translation>
    </message>
    <message>
        <source>Move Code %1</source>
        <translation>코드 %1 이동</translation>
    </message>
    <message>
        <source>Retire Code %1</source>
        <translation>코드 %1 사용 중지</translation>
    </message>
    <message>
        <source>Restore Code %1</source>
        <translation>코드 %1 복원</translation>
    </message>
    <message>
        <source>A code merges into another code of its scheme, outside its own sub-codes.</source>
        <translation>코드는 같은 코딩 체계의 다른 코드로만 병합할 수 있으며, 자신의 하위 코드로는 병합할 수 없습니다.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1을(를) %2(으)로 병합</translation>
    </message>
    <message>
        <source>“%1” is in use or has sub-codes: retire it, or merge it into another code.</source>
        <translation>“%1”은(는) 사용 중이거나 하위 코드가 있습니다. 사용 중지하거나 다른 코드로 병합하세요.</translation>
    </message>
    <message>
        <source>Delete Code %1</source>
        <translation>코드 %1 삭제</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>코드 병합</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>“%1”을(를) 병합할 대상:</translation>
    </message>
    <message>
        <source>Import Coding Scheme</source>
        <translation>코딩 체계 가져오기</translation>
    </message>
    <message>
        <source>Coding schemes (*.json)</source>
        <translation>코딩 체계 (*.json)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Export Coding Scheme</source>
        <translation>코딩 체계 내보내기</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1을(를) 내보냈습니다.</translation>
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
    <name>diptych::ui::ShotCoder</name>
    <message>
        <source>Choose a film to code first.</source>
        <translation>먼저 코딩할 영화를 선택하세요.</translation>
    </message>
    <message>
        <source>Add Tier %1</source>
        <translation>계층 %1 추가</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>먼저 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>“%1” is retired: it is kept for existing annotations only.</source>
        <translation>“%1”은(는) 사용 중지되었습니다. 기존 주석에만 유지됩니다.</translation>
    </message>
    <message>
        <source>No shot at the playhead: the film is not cut into shots yet.</source>
        <translation>재생 헤드 위치에 숏이 없습니다: 영화가 아직 숏으로 나뉘지 않았습니다.</translation>
    </message>
    <message>
        <source>Remove Code %1</source>
        <translation>코드 %1 제거</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>코드 %1 적용</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1”을(를) 제거했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Coded “%1” on %n shot(s).</source>
        <translation>
            <numerusform>숏 %n개에 “%1”을(를) 코딩했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>주석 제거</translation>
    </message>
    <message>
        <source>Choose a tier and a name.</source>
        <translation>계층과 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Rename Tier %1</source>
        <translation>계층 %1 이름 바꾸기</translation>
    </message>
    <message>
        <source>The film has no tier.</source>
        <translation>이 영화에는 계층이 없습니다.</translation>
    </message>
    <message>
        <source>Remove Tier %1</source>
        <translation>계층 %1 삭제</translation>
    </message>
    <message>
        <source>Add a tier to the film first (Code ▸ New Tier…).</source>
        <translation>먼저 영화에 계층을 추가하세요(코드 ▸ 새 계층…).</translation>
    </message>
    <message>
        <source>No shot at the playhead and no marked range.</source>
        <translation>재생 헤드에 숏이 없고 표시한 범위도 없습니다.</translation>
    </message>
    <message>
        <source>Add Text Annotation</source>
        <translation>텍스트 주석 추가</translation>
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
    <message>
        <source>first shot</source>
        <translation>첫 쇼트</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>컷</translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation>디졸브</translation>
    </message>
    <message>
        <source>fade out</source>
        <translation>페이드 아웃</translation>
    </message>
    <message>
        <source>fade in</source>
        <translation>페이드 인</translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>와이프</translation>
    </message>
    <message>
        <source>other transition</source>
        <translation>기타 전환</translation>
    </message>
    <message>
        <source>%1, %2 frames</source>
        <translation>%1, %2프레임</translation>
    </message>
    <message>
        <source>Begins with</source>
        <translation>시작 방식</translation>
    </message>
    <message>
        <source>How the shot begins: a cut, a dissolve, a fade or a wipe, with the transition&apos;s length in frames (half of it lies in each shot)</source>
        <translation>쇼트가 시작되는 방식: 컷, 디졸브, 페이드 또는 와이프와 전환 길이(프레임, 절반씩 각 쇼트에 속함)</translation>
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
    <message>
        <source>Cu&amp;rve:</source>
        <translation>곡선(&amp;R):</translation>
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
