<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QDialog</name>
    <message>
        <source>New Tier</source>
        <translation>新建层</translation>
    </message>
    <message>
        <source>e.g. Palette, Bodies, Notes</source>
        <translation>例如：色调、身体、备注</translation>
    </message>
    <message>
        <source>Shots: one annotation per shot</source>
        <translation>镜头：每个镜头一条标注</translation>
    </message>
    <message>
        <source>Ranges: any span of frames</source>
        <translation>范围：任意帧区间</translation>
    </message>
    <message>
        <source>Text: free notes on spans of frames</source>
        <translation>文本：针对帧区间的自由备注</translation>
    </message>
    <message>
        <source>None (free text)</source>
        <translation>无（自由文本）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>编码方案(&amp;S)：</translation>
    </message>
    <message>
        <source>The film has a tier of this name.</source>
        <translation>该影片已有同名的层。</translation>
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
        <translation>无定义：没有任何镜头由两名或以上编码员编码。</translation>
    </message>
    <message>
        <source>Undefined: every value in the shots coded by two coders or more is the same, so agreement cannot be told from chance.</source>
        <translation>无定义：由两名或以上编码员编码的镜头中所有值都相同，因此无法将一致性与偶然区分开。</translation>
    </message>
    <message>
        <source>Undefined: no shot was coded by every coder.</source>
        <translation>无定义：没有任何镜头被所有编码员都编码过。</translation>
    </message>
    <message>
        <source>Undefined: the coders used a single value throughout the shots they all coded, so agreement cannot be told from chance.</source>
        <translation>无定义：在所有编码员都编码过的镜头中，编码员始终只使用了同一个值，因此无法将一致性与偶然区分开。</translation>
    </message>
    <message>
        <source>Undefined: the two coders coded no shot in common.</source>
        <translation>无定义：两名编码员没有共同编码的镜头。</translation>
    </message>
    <message>
        <source>Undefined: both coders gave every shot they both coded one and the same value, so agreement cannot be told from chance.</source>
        <translation>无定义：对两人都编码过的每个镜头，两名编码员给出的都是同一个值，因此无法将一致性与偶然区分开。</translation>
    </message>
    <message>
        <source>The film whose coding is compared between coders</source>
        <translation>在编码员之间比较其编码的影片</translation>
    </message>
    <message>
        <source>The annotations compared: one tier of the film, or all of them</source>
        <translation>要比较的标注：影片的某一层，或全部层</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <source>&amp;Film:</source>
        <translation>影片(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>层(&amp;T)：</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α of each code on its own: did the coders agree on whether a shot has it?</source>
        <translation>每个编码单独计算的 Krippendorff&apos;s α：编码员对镜头是否具有该编码是否意见一致？</translation>
    </message>
    <message>
        <source>Shots the coders disagree on:</source>
        <translation>编码员意见不一致的镜头：</translation>
    </message>
    <message>
        <source>Double-click a shot or press Enter to go to it</source>
        <translation>双击镜头或按 Enter 跳转到该镜头</translation>
    </message>
    <message>
        <source>Open a project to compare its coders.</source>
        <translation>打开一个项目以比较其编码员。</translation>
    </message>
    <message>
        <source>This project has no films yet.</source>
        <translation>此项目还没有影片。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Agreement not computed: %1</source>
        <translation>未计算一致性：%1</translation>
    </message>
    <message>
        <source>No coder has coded this film yet.</source>
        <translation>还没有编码员对此影片进行编码。</translation>
    </message>
    <message>
        <source>No coder has coded this film in tier “%1” yet.</source>
        <translation>还没有编码员在“%1”层中对此影片进行编码。</translation>
    </message>
    <message>
        <source>Only %1 has coded this film so far; agreement needs two coders or more.</source>
        <translation>目前只有 %1 对此影片进行了编码；计算一致性需要两名或以上编码员。</translation>
    </message>
    <message numerus="yes">
        <source>%n coded shot(s); coders: %1</source>
        <translation>
            <numerusform>已编码 %n 个镜头；编码员：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α (nominal)</source>
        <translation>Krippendorff&apos;s α（名义）</translation>
    </message>
    <message>
        <source>Agreement of all coders over every shot at least two of them coded; 1 is perfect, 0 chance level</source>
        <translation>所有编码员在至少两人编码过的每个镜头上的一致性；1 为完全一致，0 为偶然水平</translation>
    </message>
    <message>
        <source>Shots coded by two coders or more</source>
        <translation>由两名或以上编码员编码的镜头</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>Fleiss&apos; κ</translation>
    </message>
    <message>
        <source>Agreement of all coders over the shots every one of them coded</source>
        <translation>所有编码员在每个人都编码过的镜头上的一致性</translation>
    </message>
    <message>
        <source>Shots coded by every coder</source>
        <translation>所有编码员都编码过的镜头</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ: %1 – %2</source>
        <translation>Cohen&apos;s κ：%1 – %2</translation>
    </message>
    <message>
        <source>Agreement of %1 and %2 over the shots both coded</source>
        <translation>%1 与 %2 在两人都编码过的镜头上的一致性</translation>
    </message>
    <message>
        <source>Shots both coded</source>
        <translation>两人都编码过的镜头</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnalysisController</name>
    <message>
        <source>Analysing %1</source>
        <translation>正在分析 %1</translation>
    </message>
    <message>
        <source>Measuring edited shots of %1</source>
        <translation>正在测量 %1 中已编辑的镜头</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnalysisSettingsDialog</name>
    <message>
        <source>Detect dissolves, fades and wipes</source>
        <translation>检测叠化、淡入淡出和划变</translation>
    </message>
    <message>
        <source>Analysis Settings of “%1”</source>
        <translation>“%1”的分析设置</translation>
    </message>
    <message>
        <source>Lower finds more cuts between similar shots, and more false cuts in fast action. Default 0.22.</source>
        <translation>值越低，相似镜头之间找到的切换越多，快速动作中的误判也越多。默认 0.22。</translation>
    </message>
    <message>
        <source> frames</source>
        <translation> 帧</translation>
    </message>
    <message>
        <source>No two shot boundaries closer than this. Default 6.</source>
        <translation>任意两个镜头边界的间隔不小于此值。默认 6。</translation>
    </message>
    <message>
        <source>Higher ignores soft dissolves between similar shots. Default 0.30.</source>
        <translation>值越高，越会忽略相似镜头之间的柔和叠化。默认 0.30。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A flash, strobe or occlusion that returns to the same picture within this time is not a cut. Default 0.25 s.</source>
        <translation>在此时间内回到同一画面的闪光、频闪或遮挡不算切换。默认 0.25 秒。</translation>
    </message>
    <message>
        <source>Frames per second of film that face detection (every second sample), clutter and the palette see. More is slower. Default 2.</source>
        <translation>人脸检测（每隔一个样本）、视觉杂乱度和调色板每秒影片所采样的帧数。越多越慢。默认 2。</translation>
    </message>
    <message>
        <source>Cut threshold:</source>
        <translation>切换阈值：</translation>
    </message>
    <message>
        <source>Minimum shot length:</source>
        <translation>最短镜头长度：</translation>
    </message>
    <message>
        <source>Gradual threshold:</source>
        <translation>渐变阈值：</translation>
    </message>
    <message>
        <source>Longest flash:</source>
        <translation>最长闪光：</translation>
    </message>
    <message>
        <source>Samples per second:</source>
        <translation>每秒采样数：</translation>
    </message>
    <message>
        <source>On OK the film is analysed again from the start with these settings. Its shots are replaced, hand-edited ones too, and so are their pairs with other films; annotations keep their time ranges.</source>
        <translation>点击“确定”后，将按这些设置从头重新分析该影片。其镜头（包括手动编辑过的）以及与其他影片的镜头配对都会被替换；标注保留其时间范围。</translation>
    </message>
    <message>
        <source>On OK the film&apos;s shots are measured again at this sampling rate. The shots, hand-edited ones too, their pairs and annotations stay as they are.</source>
        <translation>点击“确定”后，将以此采样率重新测量该影片的镜头。镜头（包括手动编辑的镜头）、镜头配对和标注均保持不变。</translation>
    </message>
    <message>
        <source>A new segmentation setting analyses the film again and replaces its shots; a new sampling rate only measures them again.</source>
        <translation>更改分割设置会重新分析影片并替换其镜头；仅更改采样率只会重新测量镜头。</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationListModel</name>
    <message>
        <source>Film</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Text and note</source>
        <translation>文本与备注</translation>
    </message>
    <message>
        <source>Changed (UTC)</source>
        <translation>修改时间（UTC）</translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationListPanel</name>
    <message>
        <source>Search codes, text and notes</source>
        <translation>搜索编码、文本和备注</translation>
    </message>
    <message>
        <source>Note on the selected annotation (Markdown); saved when you leave the field or press Ctrl+Return</source>
        <translation>所选标注的备注（Markdown）；离开此字段或按 Ctrl+Return 时保存</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>All films</source>
        <translation>所有影片</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有层</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码员</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有编码</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Annotation(s)</source>
        <translation>
            <numerusform>移除 %n 条标注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::ui::AnnotationWorkspace</name>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>Code and &amp;Advance</source>
        <translation>编码并前进(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New Tier…</source>
        <translation>新建层(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit Coding &amp;Schemes…</source>
        <translation>编辑编码方案(&amp;S)…</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <source>Codes × Metrics</source>
        <translation>编码 × 指标</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>After a code is applied, move to the next shot</source>
        <translation>应用编码后移到下一个镜头</translation>
    </message>
    <message>
        <source>Add a tier (a layer of annotations) to the coded film</source>
        <translation>为正在编码的影片添加一个层（一层标注）</translation>
    </message>
    <message>
        <source>Add, rename, reorder, merge and retire codes; import and export schemes</source>
        <translation>添加、重命名、重新排序、合并和停用编码；导入和导出编码方案</translation>
    </message>
    <message>
        <source>(no codes with shortcuts)</source>
        <translation>（没有带快捷键的编码）</translation>
    </message>
    <message>
        <source>Add &amp;Text Annotation…</source>
        <translation>添加文本标注(&amp;T)…</translation>
    </message>
    <message>
        <source>Write a free-text annotation on the current shot (or the marked range) in the chosen tier</source>
        <translation>在所选层中为当前镜头（或标记范围）写一条自由文本标注</translation>
    </message>
    <message>
        <source>Text Annotation</source>
        <translation>文本标注</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>文本：</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ChartExport</name>
    <message>
        <source>There is no chart to export.</source>
        <translation>没有可导出的图表。</translation>
    </message>
    <message>
        <source>Comparison chart exported from Diptych</source>
        <translation>从 Diptych 导出的比较图表</translation>
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
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>The codes whose shots to measure. A code&apos;s sub-codes are not included: check them too.</source>
        <translation>要测量其镜头的编码。编码的子编码不会被包含在内：请一并勾选。</translation>
    </message>
    <message>
        <source>The per-shot metrics to summarise</source>
        <translation>要汇总的逐镜头指标</translation>
    </message>
    <message>
        <source>Count only the shots this coder coded</source>
        <translation>只统计此编码员编码过的镜头</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>任意编码员</translation>
    </message>
    <message>
        <source>Film A: B − A compares the other film with this one</source>
        <translation>影片 A：B − A 将另一部影片与这部影片比较</translation>
    </message>
    <message>
        <source>Film B</source>
        <translation>影片 B</translation>
    </message>
    <message>
        <source>Measure the checked codes&apos; shots with the checked metrics</source>
        <translation>用勾选的指标测量勾选编码的镜头</translation>
    </message>
    <message>
        <source>Put the table on the clipboard as comma-separated values, at full precision</source>
        <translation>将表格以逗号分隔值（完整精度）复制到剪贴板</translation>
    </message>
    <message>
        <source>C&amp;odes:</source>
        <translation>编码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;der:</source>
        <translation>编码员(&amp;D)：</translation>
    </message>
    <message>
        <source>Film &amp;A:</source>
        <translation>影片 A(&amp;A)：</translation>
    </message>
    <message>
        <source>Film &amp;B:</source>
        <translation>影片 B(&amp;B)：</translation>
    </message>
    <message>
        <source>Open a project to query its codes.</source>
        <translation>打开一个项目以查询其编码。</translation>
    </message>
    <message>
        <source>Check one or more codes and metrics, then press Run.</source>
        <translation>勾选一个或多个编码和指标，然后按“运行”。</translation>
    </message>
    <message>
        <source>Check at least one code.</source>
        <translation>请至少勾选一个编码。</translation>
    </message>
    <message>
        <source>Check at least one metric.</source>
        <translation>请至少勾选一个指标。</translation>
    </message>
    <message>
        <source>Film A and film B are the same film: choose two different films.</source>
        <translation>影片 A 和影片 B 是同一部影片：请选择两部不同的影片。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Scheme %1</source>
        <translation>编码方案 %1</translation>
    </message>
    <message>
        <source>Schemes %1: the query counts this path in each</source>
        <translation>编码方案 %1：查询会在每个方案中统计此路径</translation>
    </message>
    <message>
        <source>Query not run: %1</source>
        <translation>未运行查询：%1</translation>
    </message>
    <message>
        <source>Codes not read: %1</source>
        <translation>未读取编码：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
    <message>
        <source>%1 mean</source>
        <translation>%1 平均值</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 中位数</translation>
    </message>
    <message>
        <source>%1 SD</source>
        <translation>%1 标准差</translation>
    </message>
    <message>
        <source>%1 IQR</source>
        <translation>%1 IQR</translation>
    </message>
    <message>
        <source>B − A mean</source>
        <translation>B − A 平均值</translation>
    </message>
    <message>
        <source>B − A median</source>
        <translation>B − A 中位数</translation>
    </message>
    <message numerus="yes">
        <source>%n shot(s) coded, %1 without a value of this metric</source>
        <translation>
            <numerusform>已编码 %n 个镜头，其中 %1 个没有此指标的值</numerusform>
        </translation>
    </message>
    <message>
        <source>No coded shot has a value of this metric</source>
        <translation>没有已编码的镜头具有此指标的值</translation>
    </message>
    <message>
        <source>The standard deviation needs two values or more</source>
        <translation>标准差需要两个或以上的值</translation>
    </message>
    <message>
        <source>One of the films has no value to compare</source>
        <translation>其中一部影片没有可比较的值</translation>
    </message>
</context>
<context>
    <name>diptych::ui::CodingPanel</name>
    <message>
        <source>Code and &amp;advance to the next shot</source>
        <translation>编码并前进到下一个镜头(&amp;A)</translation>
    </message>
    <message>
        <source>Film A</source>
        <translation>影片 A</translation>
    </message>
    <message>
        <source>Film B</source>
        <translation>影片 B</translation>
    </message>
    <message>
        <source>Who is coding: every annotation records its coder. Type a new name to code as someone else.</source>
        <translation>当前编码员：每条标注都会记录其编码员。输入新名称即可以其他人的身份编码。</translation>
    </message>
    <message>
        <source>New Tier…</source>
        <translation>新建层…</translation>
    </message>
    <message>
        <source>Add a tier (a layer of annotations) to the coded film</source>
        <translation>为正在编码的影片添加一个层（一层标注）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Double-click or press Enter to apply a code to the current shot (or the marked range); again to take it away.</source>
        <translation>双击或按 Enter 将编码应用到当前镜头（或标记范围）；再次操作则将其移除。</translation>
    </message>
    <message>
        <source>After a code is applied, move to the next shot</source>
        <translation>应用编码后移到下一个镜头</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected code from the shot (Delete)</source>
        <translation>从镜头中移除所选编码（Delete）</translation>
    </message>
    <message>
        <source>Film:</source>
        <translation>影片：</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>编码员：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>层：</translation>
    </message>
    <message>
        <source>(no film on this side)</source>
        <translation>（此侧没有影片）</translation>
    </message>
    <message>
        <source>Codes (made by the first code)</source>
        <translation>编码（应用第一个编码时创建）</translation>
    </message>
    <message>
        <source>Retired: kept for existing annotations, not offered for new ones.</source>
        <translation>已停用：保留在现有标注中，但不再用于新标注。</translation>
    </message>
    <message>
        <source>No shot at the playhead</source>
        <translation>播放头处没有镜头</translation>
    </message>
    <message>
        <source>No film on this side</source>
        <translation>此侧没有影片</translation>
    </message>
    <message>
        <source>Shot %1 · %2</source>
        <translation>镜头 %1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note on this shot (Markdown)</source>
        <translation>本镜头的备注（Markdown）</translation>
    </message>
    <message>
        <source>Note on the film (Markdown)</source>
        <translation>本影片的备注（Markdown）</translation>
    </message>
    <message>
        <source>Edit Shot Note</source>
        <translation>编辑镜头备注</translation>
    </message>
    <message>
        <source>Edit Film Note</source>
        <translation>编辑影片备注</translation>
    </message>
    <message>
        <source>Rename Tier…</source>
        <translation>重命名层…</translation>
    </message>
    <message>
        <source>Remove Tier…</source>
        <translation>删除层…</translation>
    </message>
    <message>
        <source>Rename Tier</source>
        <translation>重命名层</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Remove the tier “%1” with its annotations? Edit ▸ Undo brings them back.</source>
        <translation>删除层“%1”及其标注？编辑 ▸ 撤销可以恢复。</translation>
    </message>
    <message>
        <source>Remove Tier</source>
        <translation>删除层</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ComparisonCharts</name>
    <message>
        <source>Distribution of %1 over the shots</source>
        <translation>%1 在各镜头中的分布</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 shots (%4 %) in %5</source>
        <translation>%1：%3 个镜头中有 %2 个（%4%）位于 %5</translation>
    </message>
    <message>
        <source>Share of shots (%)</source>
        <translation>镜头占比（%）</translation>
    </message>
    <message>
        <source>Spread of %1 over the shots</source>
        <translation>%1 在各镜头中的离散程度</translation>
    </message>
    <message>
        <source>%1: %2 shots
median %3, quartiles %4 – %5
whiskers %6 – %7, %8 outliers</source>
        <translation>%1：%2 个镜头
中位数 %3，四分位数 %4 – %5
须线 %6 – %7，%8 个离群值</translation>
    </message>
    <message>
        <source>%1 outliers</source>
        <translation>%1 离群值</translation>
    </message>
    <message>
        <source>%1 shot by shot</source>
        <translation>逐镜头 %1</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Position in the film (%)</source>
        <translation>在影片中的位置（%）</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>%1: %2 at %3 %4</source>
        <translation>%1：在 %3 %4 处为 %2</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ComparisonView</name>
    <message>
        <source>Time axis:</source>
        <translation>时间轴：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>Share of each film&apos;s shots in shared value ranges</source>
        <translation>各影片的镜头在共同取值区间中的占比</translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>箱线图</translation>
    </message>
    <message>
        <source>Median, quartiles and 1.5 IQR whiskers of each film; dots are outliers</source>
        <translation>各影片的中位数、四分位数和 1.5 倍 IQR 须线；圆点为离群值</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>随时间变化</translation>
    </message>
    <message>
        <source>Each shot&apos;s value over the film&apos;s running time</source>
        <translation>每个镜头的值随影片放映时间的变化</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Both films on one clock from their first frame</source>
        <translation>两部影片从各自第一帧起使用同一时钟</translation>
    </message>
    <message>
        <source>% of film length</source>
        <translation>占影片长度的 %</translation>
    </message>
    <message>
        <source>Each film stretched to 0–100 %, so films of different lengths line up</source>
        <translation>每部影片拉伸到 0–100%，使长度不同的影片对齐</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>将图表保存为 PNG 图像或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>没有可导出的内容：%1</translation>
    </message>
    <message>
        <source>Chart not exported: %1</source>
        <translation>图表未导出：%1</translation>
    </message>
    <message>
        <source>Chart exported to %1</source>
        <translation>图表已导出到 %1</translation>
    </message>
    <message>
        <source>Open a project to compare its films.</source>
        <translation>打开一个项目以比较其中的影片。</translation>
    </message>
    <message>
        <source>Choose the two films to compare.</source>
        <translation>选择要比较的两部影片。</translation>
    </message>
    <message>
        <source>This project has no numeric per-shot metric yet. Analyse a film to measure its shots.</source>
        <translation>此项目还没有数值型的逐镜头指标。请分析一部影片以测量其镜头。</translation>
    </message>
    <message>
        <source>The chosen film is no longer in the project.</source>
        <translation>所选影片已不在项目中。</translation>
    </message>
    <message>
        <source>“%1” has no analysis results yet. Analyse it to compare its shots.</source>
        <translation>“%1”还没有分析结果。请先分析它，再比较其镜头。</translation>
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
        <translation>%1（无值）</translation>
    </message>
    <message>
        <source>No shot has a value of %1 yet. The analysis may still be running, or the metric is undefined for these films.</source>
        <translation>还没有任何镜头具有 %1 的值。分析可能仍在进行中，或者该指标对这些影片没有定义。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>diptych::ui::CorrespondenceEditor</name>
    <message>
        <source>&amp;Pair Shots at Playheads</source>
        <translation>配对播放头处的镜头(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Record that the shot under film B&apos;s playhead corresponds to the shot under film A&apos;s (shot-aligned sync plays pairs together).</source>
        <translation>记录影片 B 播放头下的镜头与影片 A 播放头下的镜头相对应（按镜头对齐同步时，配对的镜头会一起播放）。</translation>
    </message>
    <message>
        <source>&amp;Unpair Shot at Playhead</source>
        <translation>取消播放头处镜头的配对(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Remove the pairs of the shot under film A&apos;s playhead.</source>
        <translation>移除影片 A 播放头下镜头的配对。</translation>
    </message>
    <message>
        <source>Pair All Shots in &amp;Order</source>
        <translation>按顺序配对所有镜头(&amp;O)</translation>
    </message>
    <message>
        <source>Pair shot 1 with shot 1, shot 2 with shot 2, … for every shot not paired yet.</source>
        <translation>对所有尚未配对的镜头，将镜头 1 与镜头 1、镜头 2 与镜头 2……依次配对。</translation>
    </message>
    <message>
        <source>Choose two different films for A and B to pair their shots.</source>
        <translation>请为 A 和 B 选择两部不同的影片，以配对其镜头。</translation>
    </message>
    <message>
        <source>Could not change the shot pairs: %1</source>
        <translation>无法更改镜头配对：%1</translation>
    </message>
    <message>
        <source>Both playheads must be on a shot to pair them.</source>
        <translation>两个播放头都必须位于镜头上才能配对。</translation>
    </message>
    <message>
        <source>Shot %1 of A and shot %2 of B are paired already.</source>
        <translation>A 的镜头 %1 与 B 的镜头 %2 已经配对。</translation>
    </message>
    <message>
        <source>Pair shot %1 of A with shot %2 of B</source>
        <translation>将 A 的镜头 %1 与 B 的镜头 %2 配对</translation>
    </message>
    <message>
        <source>The shot under film A&apos;s playhead has no pair.</source>
        <translation>影片 A 播放头下的镜头没有配对。</translation>
    </message>
    <message>
        <source>Unpair shot %1 of A</source>
        <translation>取消 A 的镜头 %1 的配对</translation>
    </message>
    <message>
        <source>Remove a shot pair</source>
        <translation>移除镜头配对</translation>
    </message>
    <message>
        <source>Every shot is paired already.</source>
        <translation>所有镜头均已配对。</translation>
    </message>
    <message numerus="yes">
        <source>Pair %n shot(s) in order</source>
        <translation>
            <numerusform>按顺序配对 %n 个镜头</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>diptych::ui::CorrespondenceModel</name>
    <message>
        <source>Shot A</source>
        <translation>镜头 A</translation>
    </message>
    <message>
        <source>Start A</source>
        <translation>开始 A</translation>
    </message>
    <message>
        <source>Shot B</source>
        <translation>镜头 B</translation>
    </message>
    <message>
        <source>Start B</source>
        <translation>开始 B</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DatasetActions</name>
    <message>
        <source>Diptych project JSON (*.json)</source>
        <translation>Diptych 项目 JSON (*.json)</translation>
    </message>
    <message>
        <source>ELAN annotation document (*.eaf)</source>
        <translation>ELAN 标注文档 (*.eaf)</translation>
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
        <translation>CMX 3600 剪辑决策表 (*.edl)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>导入标注(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import an ELAN .eaf, a W3C Web Annotation or a Diptych project JSON file</source>
        <translation>导入 ELAN .eaf、W3C Web Annotation 或 Diptych 项目 JSON 文件</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The export is complete except for:</source>
        <translation>导出已完成，但以下内容除外：</translation>
    </message>
    <message>
        <source>Imported %1 — %2</source>
        <translation>已导入 %1 — %2</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>The film the file names (match its media)</source>
        <translation>文件所指的影片（按其媒体匹配）</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>导入标注</translation>
    </message>
    <message>
        <source>Attach the annotations to:</source>
        <translation>将标注附加到：</translation>
    </message>
    <message>
        <source>Annotations (*.eaf *.json *.jsonld);;ELAN (*.eaf);;Diptych project JSON (*.json);;W3C Web Annotation (*.jsonld *.json);;All files (*)</source>
        <translation>标注 (*.eaf *.json *.jsonld);;ELAN (*.eaf);;Diptych 项目 JSON (*.json);;W3C Web Annotation (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DatasetController</name>
    <message>
        <source>Tidy &amp;CSV Tables…</source>
        <translation>整洁 CSV 表格(&amp;C)…</translation>
    </message>
    <message>
        <source>Project &amp;JSON…</source>
        <translation>项目 JSON(&amp;J)…</translation>
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
        <translation>数据集包(&amp;B)…</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DemoController</name>
    <message>
        <source>Preparing the demo project</source>
        <translation>正在准备演示项目</translation>
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
        <translation>%1 将此镜头编码为 %2</translation>
    </message>
    <message>
        <source>%1 did not code this shot</source>
        <translation>%1 未对此镜头编码</translation>
    </message>
    <message>
        <source>Frame %1 (double-click or press Enter to go there)</source>
        <translation>第 %1 帧（双击或按 Enter 跳转到此处）</translation>
    </message>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>The shot&apos;s number in the film, from 1</source>
        <translation>镜头在影片中的编号，从 1 开始</translation>
    </message>
    <message>
        <source>Timecode of the shot&apos;s first frame (HH:MM:SS:FF)</source>
        <translation>镜头第一帧的时间码（HH:MM:SS:FF）</translation>
    </message>
    <message>
        <source>The codes this coder gave the shot, joined by “+”</source>
        <translation>此编码员为该镜头给出的编码，以“+”连接</translation>
    </message>
</context>
<context>
    <name>diptych::ui::DualPlayer</name>
    <message>
        <source>Play or pause both films (Space)</source>
        <translation>播放或暂停两部影片（空格键）</translation>
    </message>
    <message>
        <source>Position in film A; film B follows the sync mode</source>
        <translation>影片 A 中的位置；影片 B 按同步模式跟随</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Locked (with offset)</source>
        <translation>锁定（带偏移）</translation>
    </message>
    <message>
        <source>Shot-aligned</source>
        <translation>按镜头对齐</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>How film B follows film A</source>
        <translation>影片 B 如何跟随影片 A</translation>
    </message>
    <message>
        <source>Sync Here</source>
        <translation>在此同步</translation>
    </message>
    <message>
        <source>Lock the two films so that the frames shown now play together</source>
        <translation>锁定两部影片，使当前显示的帧同时播放</translation>
    </message>
    <message>
        <source>Previous shot (Shift+Left)</source>
        <translation>上一个镜头（Shift+左方向键）</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（左方向键）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（右方向键）</translation>
    </message>
    <message>
        <source>Next shot (Shift+Right)</source>
        <translation>下一个镜头（Shift+右方向键）</translation>
    </message>
    <message>
        <source>Film A:</source>
        <translation>影片 A：</translation>
    </message>
    <message>
        <source>Film B:</source>
        <translation>影片 B：</translation>
    </message>
    <message>
        <source>Sync:</source>
        <translation>同步：</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>播放/暂停</translation>
    </message>
    <message>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <source>Next Shot</source>
        <translation>下一个镜头</translation>
    </message>
    <message>
        <source>Previous Shot</source>
        <translation>上一个镜头</translation>
    </message>
    <message>
        <source>Shuttle Backward</source>
        <translation>反向穿梭</translation>
    </message>
    <message>
        <source>Stop Shuttle</source>
        <translation>停止穿梭</translation>
    </message>
    <message>
        <source>Shuttle Forward</source>
        <translation>正向穿梭</translation>
    </message>
    <message>
        <source>Go to Start</source>
        <translation>转到开头</translation>
    </message>
    <message>
        <source>Go to End</source>
        <translation>转到结尾</translation>
    </message>
    <message>
        <source>Mark In</source>
        <translation>标记入点</translation>
    </message>
    <message>
        <source>Mark Out</source>
        <translation>标记出点</translation>
    </message>
    <message>
        <source>Loop Marked Range or Shot</source>
        <translation>循环播放标记范围或镜头</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Go to Timecode…</source>
        <translation>转到时间码…</translation>
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
        <translation>向项目添加影片，即可在此比较。</translation>
    </message>
    <message>
        <source>Add a second film to compare it with the first.</source>
        <translation>添加第二部影片，以便与第一部比较。</translation>
    </message>
    <message>
        <source>The media file is missing: use File ▸ Relink Missing Films…</source>
        <translation>媒体文件缺失：请使用“文件 ▸ 重新链接缺失的影片…”</translation>
    </message>
    <message>
        <source>Frame pair</source>
        <translation>帧对</translation>
    </message>
    <message>
        <source>%1 and %2, exported from Diptych</source>
        <translation>%1 与 %2，从 Diptych 导出</translation>
    </message>
    <message>
        <source>offset %1 s</source>
        <translation>偏移 %1 秒</translation>
    </message>
    <message>
        <source>shot %1</source>
        <translation>镜头 %1</translation>
    </message>
    <message>
        <source>Go to Timecode</source>
        <translation>转到时间码</translation>
    </message>
    <message>
        <source>Timecode of film A (HH:MM:SS:FF) or frame number:</source>
        <translation>影片 A 的时间码（HH:MM:SS:FF）或帧号：</translation>
    </message>
    <message>
        <source>Sound: Film A</source>
        <translation>声音：影片 A</translation>
    </message>
    <message>
        <source>Sound: Film B</source>
        <translation>声音：影片 B</translation>
    </message>
    <message>
        <source>Sound: Off</source>
        <translation>声音：关闭</translation>
    </message>
    <message>
        <source>Which film is heard at 1× forward playback; the other film is muted</source>
        <translation>以 1× 正向播放时听到哪部影片的声音；另一部静音</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>清除标记</translation>
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
    <name>diptych::ui::FilmTimeline</name>
    <message numerus="yes">
        <source>Shot %1
%2 – %3 (%n frame(s))</source>
        <translation>
            <numerusform>镜头 %1
%2 – %3（%n 帧）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No film</source>
        <translation>没有影片</translation>
    </message>
    <message>
        <source>No shots yet: the film has not been analysed</source>
        <translation>尚无镜头：该影片还未分析</translation>
    </message>
    <message>
        <source>No colour measurements yet</source>
        <translation>尚无色彩测量结果</translation>
    </message>
    <message>
        <source>Choose a metric for the curve above</source>
        <translation>请为上方的曲线选择一个指标</translation>
    </message>
    <message>
        <source>No values of %1</source>
        <translation>没有 %1 的值</translation>
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
        <translation>镜头</translation>
    </message>
    <message>
        <source>Shots (%1)</source>
        <translation>镜头（%1）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No annotation tiers: code a shot to start one</source>
        <translation>没有标注层：为镜头编码即可创建一个</translation>
    </message>
    <message numerus="yes">
        <source>Extend Code over %n Shot(s)</source>
        <translation>
            <numerusform>将编码扩展到 %n 个镜头</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Annotation Edge</source>
        <translation>移动标注边缘</translation>
    </message>
    <message>
        <source>Annotations of a shot tier span their shot: split the shot instead.</source>
        <translation>镜头层中的标注覆盖其整个镜头：请改为拆分镜头。</translation>
    </message>
    <message>
        <source>Split Annotation</source>
        <translation>拆分标注</translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>移除标注</translation>
    </message>
    <message>
        <source>Split at Playhead</source>
        <translation>在播放头处拆分</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
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
        <translation>
            <numerusform>已重新链接 %n 部影片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still missing.</source>
        <translation>
            <numerusform>仍缺失 %n 部。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Analysed “%1”: %n shot(s).</source>
        <translation>
            <numerusform>已分析“%1”：%n 个镜头。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Frame Pair…</source>
        <translation>导出帧对(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>Films</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Filter shots…</source>
        <translation>筛选镜头…</translation>
    </message>
    <message>
        <source>Film A</source>
        <translation>影片 A</translation>
    </message>
    <message>
        <source>Film B</source>
        <translation>影片 B</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Remove Pair</source>
        <translation>移除配对</translation>
    </message>
    <message>
        <source>Remove the selected pair.</source>
        <translation>移除所选的镜头配对。</translation>
    </message>
    <message>
        <source>Shot Pairs</source>
        <translation>镜头配对</translation>
    </message>
    <message>
        <source>Preparing the demo project…</source>
        <translation>正在准备演示项目…</translation>
    </message>
    <message>
        <source>Export Frame Pair</source>
        <translation>导出帧对</translation>
    </message>
    <message>
        <source>frame-pair-%1.png</source>
        <translation>frame-pair-%1.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Exported the frame pair to %1.</source>
        <translation>已将帧对导出到 %1。</translation>
    </message>
    <message>
        <source>Could not export the frame pair: %1</source>
        <translation>无法导出帧对：%1</translation>
    </message>
    <message>
        <source>Film Analysis &amp;Settings…</source>
        <translation>影片分析设置(&amp;S)…</translation>
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
        <translation>%1：指标目录中没有说明。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1. Unit: %2.</source>
        <translation>%1. 单位：%2。</translation>
    </message>
</context>
<context>
    <name>diptych::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time Diptych starts.</source>
        <translation>新语言将在下次启动 Diptych 时生效。</translation>
    </message>
    <message>
        <source>System theme</source>
        <translation>跟随系统</translation>
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
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>diptych::ui::RegionController</name>
    <message>
        <source>Draw a region on either viewer: it covers the current shot (or the marked range) and carries the current code</source>
        <translation>在任一查看器上绘制区域：区域覆盖当前镜头（或标记范围），并带有当前编码</translation>
    </message>
    <message>
        <source>Draw &amp;Rectangle Region</source>
        <translation>绘制矩形区域(&amp;R)</translation>
    </message>
    <message>
        <source>Draw &amp;Polygon Region</source>
        <translation>绘制多边形区域(&amp;P)</translation>
    </message>
    <message>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>Drag a rectangle on either viewer (Esc cancels).</source>
        <translation>在任一查看器上拖出一个矩形（按 Esc 取消）。</translation>
    </message>
    <message>
        <source>Click the corners on either viewer; double-click or Enter closes the polygon (Esc cancels).</source>
        <translation>在任一查看器上依次点击各个角点；双击或按 Enter 闭合多边形（按 Esc 取消）。</translation>
    </message>
    <message>
        <source>No film on that viewer.</source>
        <translation>该查看器上没有影片。</translation>
    </message>
    <message>
        <source>Draw Region</source>
        <translation>绘制区域</translation>
    </message>
    <message>
        <source>Remove Region</source>
        <translation>移除区域</translation>
    </message>
    <message>
        <source>Region Note</source>
        <translation>区域备注</translation>
    </message>
    <message>
        <source>Note (Markdown):</source>
        <translation>备注（Markdown）：</translation>
    </message>
    <message>
        <source>Edit Region Note</source>
        <translation>编辑区域备注</translation>
    </message>
</context>
<context>
    <name>diptych::ui::SchemeEditor</name>
    <message>
        <source>&amp;Add Code</source>
        <translation>添加编码(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Sub-code</source>
        <translation>添加子编码(&amp;S)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;lete Unused</source>
        <translation>删除未使用的编码(&amp;L)</translation>
    </message>
    <message>
        <source>Coding Schemes</source>
        <translation>编码方案</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Double-click a label or shortcut to edit it.</source>
        <translation>双击标签或快捷键即可编辑。</translation>
    </message>
    <message>
        <source>Recode every annotation and region of this code with another code, move its sub-codes there, and remove it</source>
        <translation>将此编码的所有标注和区域改为另一个编码，把其子编码移到那里，然后移除此编码</translation>
    </message>
    <message>
        <source>A retired code stays on existing annotations but is no longer offered for coding</source>
        <translation>已停用的编码保留在现有标注中，但不再提供用于编码</translation>
    </message>
    <message>
        <source>Delete a code that no annotation or region uses</source>
        <translation>删除没有任何标注或区域使用的编码</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>添加编码</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Add Sub-code</source>
        <translation>添加子编码</translation>
    </message>
    <message>
        <source>Code Colour</source>
        <translation>编码颜色</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Add Code %1</source>
        <translation>添加编码 %1</translation>
    </message>
    <message>
        <source>Rename Code %1</source>
        <translation>重命名编码 %1</translation>
    </message>
    <message>
        <source>Recolour Code %1</source>
        <translation>更改编码 %1 的颜色</translation>
    </message>
    <message>
        <source>%1 is the shortcut of “%2” already.</source>
        <translation>%1 已是“%2”的快捷键。</translation>
    </message>
    <message>
        <source>Set Shortcut of %1</source>
        <translation>设置 %1 的快捷键</translation>
    </message>
    <message>
        <source>Move Code %1</source>
        <translation>移动编码 %1</translation>
    </message>
    <message>
        <source>Retire Code %1</source>
        <translation>停用编码 %1</translation>
    </message>
    <message>
        <source>Restore Code %1</source>
        <translation>恢复编码 %1</translation>
    </message>
    <message>
        <source>A code merges into another code of its scheme, outside its own sub-codes.</source>
        <translation>编码只能合并到同一编码方案中的另一个编码，且不能是其自身的子编码。</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>“%1” is in use or has sub-codes: retire it, or merge it into another code.</source>
        <translation>“%1”正在使用中或有子编码：请停用它，或将其合并到另一个编码。</translation>
    </message>
    <message>
        <source>Delete Code %1</source>
        <translation>删除编码 %1</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>合并编码</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Import Coding Scheme</source>
        <translation>导入编码方案</translation>
    </message>
    <message>
        <source>Coding schemes (*.json)</source>
        <translation>编码方案 (*.json)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Export Coding Scheme</source>
        <translation>导出编码方案</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>diptych::ui::SeekProxyController</name>
    <message>
        <source>Seek proxy for %1</source>
        <translation>为 %1 生成定位代理</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShortcutReference</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShotCoder</name>
    <message>
        <source>Choose a film to code first.</source>
        <translation>请先选择要编码的影片。</translation>
    </message>
    <message>
        <source>Add Tier %1</source>
        <translation>添加层 %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>“%1” is retired: it is kept for existing annotations only.</source>
        <translation>“%1”已停用：仅保留在现有标注中。</translation>
    </message>
    <message>
        <source>No shot at the playhead: the film is not cut into shots yet.</source>
        <translation>播放头处没有镜头：该影片尚未切分为镜头。</translation>
    </message>
    <message>
        <source>Remove Code %1</source>
        <translation>移除编码 %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>应用编码 %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已移除“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Coded “%1” on %n shot(s).</source>
        <translation>
            <numerusform>已在 %n 个镜头上应用编码“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation>移除标注</translation>
    </message>
    <message>
        <source>Choose a tier and a name.</source>
        <translation>请选择一个层并输入名称。</translation>
    </message>
    <message>
        <source>Rename Tier %1</source>
        <translation>重命名层 %1</translation>
    </message>
    <message>
        <source>The film has no tier.</source>
        <translation>该影片没有层。</translation>
    </message>
    <message>
        <source>Remove Tier %1</source>
        <translation>删除层 %1</translation>
    </message>
    <message>
        <source>Add a tier to the film first (Code ▸ New Tier…).</source>
        <translation>请先为影片添加一个层（编码 ▸ 新建层…）。</translation>
    </message>
    <message>
        <source>No shot at the playhead and no marked range.</source>
        <translation>播放头处没有镜头，也没有标记范围。</translation>
    </message>
    <message>
        <source>Add Text Annotation</source>
        <translation>添加文本标注</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShotEditor</name>
    <message>
        <source>&amp;Split Shot at Playhead</source>
        <translation>在播放头处拆分镜头(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Cut the shot under the playhead in two at the current frame.</source>
        <translation>在当前帧处将播放头下的镜头一分为二。</translation>
    </message>
    <message>
        <source>&amp;Merge Shot with Next</source>
        <translation>将镜头与下一个合并(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Join the shot under the playhead with the shot after it.</source>
        <translation>将播放头下的镜头与其后的镜头合并。</translation>
    </message>
    <message>
        <source>Move Nearest &amp;Boundary to Playhead</source>
        <translation>将最近的边界移到播放头(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>Move the shot boundary nearest to the playhead onto the current frame.</source>
        <translation>将离播放头最近的镜头边界移到当前帧。</translation>
    </message>
    <message>
        <source>Open a project with a film to edit its shots.</source>
        <translation>请打开包含影片的项目以编辑其镜头。</translation>
    </message>
    <message>
        <source>Shots of “%1” can be edited when its analysis has finished.</source>
        <translation>“%1”的分析完成后才能编辑其镜头。</translation>
    </message>
    <message>
        <source>Could not edit the shots: %1</source>
        <translation>无法编辑镜头：%1</translation>
    </message>
    <message>
        <source>Split shot of “%1” at frame %2</source>
        <translation>在第 %2 帧处拆分“%1”的镜头</translation>
    </message>
    <message>
        <source>Frame %1 already begins a shot.</source>
        <translation>第 %1 帧已经是一个镜头的开头。</translation>
    </message>
    <message>
        <source>Merge shot %1 of “%2” with the next</source>
        <translation>将“%2”的镜头 %1 与下一个合并</translation>
    </message>
    <message>
        <source>The shot under the playhead has no next shot to merge with.</source>
        <translation>播放头下的镜头之后没有可合并的镜头。</translation>
    </message>
    <message>
        <source>Move a shot boundary of “%1” to frame %2</source>
        <translation>将“%1”的一个镜头边界移到第 %2 帧</translation>
    </message>
    <message>
        <source>No shot boundary can move to frame %1: each shot keeps at least one frame.</source>
        <translation>没有镜头边界可以移到第 %1 帧：每个镜头至少要保留一帧。</translation>
    </message>
</context>
<context>
    <name>diptych::ui::ShotTableModel</name>
    <message>
        <source>Shot</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Shot number, from 1</source>
        <translation>镜头编号，从 1 开始</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>First frame (0-based, presentation order)</source>
        <translation>第一帧（从 0 开始，按显示顺序）</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Frame after the last (exclusive)</source>
        <translation>最后一帧之后的帧（不含）</translation>
    </message>
    <message>
        <source>Timecode</source>
        <translation>时间码</translation>
    </message>
    <message>
        <source>Start timecode HH:MM:SS:FF</source>
        <translation>开始时间码 HH:MM:SS:FF</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <source>Shot length in seconds</source>
        <translation>镜头长度（秒）</translation>
    </message>
    <message>
        <source>first shot</source>
        <translation>首个镜头</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>切</translation>
    </message>
    <message>
        <source>dissolve</source>
        <translation>叠化</translation>
    </message>
    <message>
        <source>fade out</source>
        <translation>淡出</translation>
    </message>
    <message>
        <source>fade in</source>
        <translation>淡入</translation>
    </message>
    <message>
        <source>wipe</source>
        <translation>划变</translation>
    </message>
    <message>
        <source>other transition</source>
        <translation>其他转场</translation>
    </message>
    <message>
        <source>%1, %2 frames</source>
        <translation>%1，%2 帧</translation>
    </message>
    <message>
        <source>Begins with</source>
        <translation>开头方式</translation>
    </message>
    <message>
        <source>How the shot begins: a cut, a dissolve, a fade or a wipe, with the transition&apos;s length in frames (half of it lies in each shot)</source>
        <translation>镜头如何开始：切、叠化、淡入淡出或划变，以及转场长度（帧；一半位于每个镜头内）</translation>
    </message>
</context>
<context>
    <name>diptych::ui::TimelinePanel</name>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel over the timeline)</source>
        <translation>缩小（在时间线上按住 Ctrl 并滚动滚轮）</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in, down to single frames (Ctrl+wheel over the timeline)</source>
        <translation>放大，最细可到单帧（在时间线上按住 Ctrl 并滚动滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Show the whole films</source>
        <translation>显示完整影片</translation>
    </message>
    <message>
        <source>The per-shot metric drawn as the curve of both films</source>
        <translation>作为两部影片曲线绘制的逐镜头指标</translation>
    </message>
    <message>
        <source>%1 in view</source>
        <translation>可见范围 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Whole film</source>
        <translation>整部影片</translation>
    </message>
    <message>
        <source>Cu&amp;rve:</source>
        <translation>曲线(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>diptych::ui::WidgetExport</name>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Could not draw the picture.</source>
        <translation>无法绘制图像。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
    <message>
        <source>Open the built-in demo project (made on first use).</source>
        <translation>打开内置演示项目（首次使用时创建）。</translation>
    </message>
</context>
</TS>
