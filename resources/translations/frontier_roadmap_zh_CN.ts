<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="80"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="81"/>
        <source>Write this chart as PNG, SVG or PDF</source>
        <translation>将此图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="93"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="95"/>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="115"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="113"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="57"/>
        <source>Thing</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="57"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="78"/>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="99"/>
        <source>Checking the roadmap…</source>
        <translation>正在检查路线图…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="93"/>
        <source>{count} findings: each says what to change.</source>
        <translation>发现 {count} 个问题，每条都说明了应如何修改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="96"/>
        <source>No findings: the roadmap passes every check.</source>
        <translation>未发现问题：路线图通过了全部检查。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="103"/>
        <source>The roadmap could not be checked: {reason}</source>
        <translation>无法检查路线图：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="52"/>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="53"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="54"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="55"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="24"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="25"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="26"/>
        <source>Earliest start</source>
        <translation>最早开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="27"/>
        <source>Days late</source>
        <translation>延误天数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="28"/>
        <source>Waits on</source>
        <translation>前置步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="61"/>
        <source>Working out the schedule…</source>
        <translation>正在计算进度计划…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="80"/>
        <source>No steps to schedule yet.</source>
        <translation>还没有可排期的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="84"/>
        <source>Project {start} – {finish} · critical path: {critical} steps · conflicts: {conflicts}</source>
        <translation>项目 {start} – {finish} · 关键路径：{critical} 个步骤 · 冲突：{conflicts} 处</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="97"/>
        <source>The schedule cannot be worked out: {reason}</source>
        <translation>无法计算进度计划：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="41"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="41"/>
        <location filename="../../roadmap/ui/labels.py" line="128"/>
        <source>Pathway</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="41"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="41"/>
        <source>Missing scores</source>
        <translation>缺少评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="66"/>
        <source>{rank} (was {saved})</source>
        <translation>{rank}（原为 {saved}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="95"/>
        <source>Weights (what-if)</source>
        <translation>权重（假设分析）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="99"/>
        <source>Apply weights</source>
        <translation>应用权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="100"/>
        <source>Save these weights in the roadmap (one undoable edit)</source>
        <translation>将这些权重保存到路线图（作为一次可撤销的编辑）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="102"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="103"/>
        <source>Go back to the saved weights</source>
        <translation>恢复为已保存的权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="187"/>
        <source>The roadmap has no scoring criteria.</source>
        <translation>该路线图没有评分准则。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="232"/>
        <source>Apply criterion weights</source>
        <translation>应用准则权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/background.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="46"/>
        <source>Frontier Roadmap (*.roadmap)</source>
        <translation>Frontier Roadmap 路线图 (*.roadmap)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="86"/>
        <source>Open roadmap</source>
        <translation>打开路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="103"/>
        <location filename="../../roadmap/ui/document_actions.py" line="109"/>
        <source>New roadmap</source>
        <translation>新建路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="103"/>
        <source>Roadmap.roadmap</source>
        <translation>路线图.roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="109"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="150"/>
        <source>Save a copy as</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="195"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="196"/>
        <source>JSON interchange (*.json)</source>
        <translation>JSON 交换文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="197"/>
        <source>CSV of steps (*.csv)</source>
        <translation>步骤 CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="198"/>
        <source>Timeline chart (*.png)</source>
        <translation>时间轴图 (*.png)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="199"/>
        <source>Timeline chart (*.svg)</source>
        <translation>时间轴图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="200"/>
        <source>Timeline chart (*.pdf)</source>
        <translation>时间轴图 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="204"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="218"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="218"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="218"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="222"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="257"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="262"/>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="268"/>
        <source>Import into this roadmap</source>
        <translation>导入到此路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="268"/>
        <source>Workbook or JSON (*.xlsx *.json)</source>
        <translation>工作簿或 JSON (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="294"/>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="297"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="335"/>
        <source>This roadmap has no pathway yet. Add one now?</source>
        <translation>此路线图还没有路径。现在添加一条吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="339"/>
        <source>Add a lane first: every step is in one.</source>
        <translation>请先添加泳道：每个步骤都属于一个泳道。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="364"/>
        <source>Every pathway leads to a problem, and there is none yet. Add one now?</source>
        <translation>每条路径都通向一个问题，但目前还没有问题。现在添加一个吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="124"/>
        <source>Add a pathway first: every step belongs to one.</source>
        <translation>请先添加路径：每个步骤都属于一条路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="344"/>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="345"/>
        <source>New decision gate</source>
        <translation>新决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="347"/>
        <location filename="../../roadmap/ui/step_table.py" line="303"/>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="129"/>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="372"/>
        <source>New pathway</source>
        <translation>新路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="378"/>
        <source>New problem</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="381"/>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="384"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="58"/>
        <source>New organization</source>
        <translation>新机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="387"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="70"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="390"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="46"/>
        <source>New patent</source>
        <translation>新专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="407"/>
        <source>Delete {count} steps and their dependencies?</source>
        <translation>删除这 {count} 个步骤及其依赖关系吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="423"/>
        <source>Delete {kind} &quot;{name}&quot; and everything that belongs to it?</source>
        <translation>删除{kind}“{name}”及其下属的全部内容吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="450"/>
        <source>The new language shows the next time Frontier Roadmap starts.</source>
        <translation>新的界面语言将在下次启动 Frontier Roadmap 时生效。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="456"/>
        <source>About Frontier Roadmap</source>
        <translation>关于 Frontier Roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="457"/>
        <source>Frontier Roadmap {version}
Plan industry-oriented research.</source>
        <translation>Frontier Roadmap {version}
规划面向产业的研究。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="465"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="48"/>
        <location filename="../../roadmap/ui/main_window.py" line="104"/>
        <location filename="../../roadmap/ui/main_window.py" line="121"/>
        <location filename="../../roadmap/ui/main_window.py" line="323"/>
        <location filename="../../roadmap/ui/transfer/record_page.py" line="108"/>
        <location filename="../../roadmap/ui/welcome.py" line="29"/>
        <source>Frontier Roadmap</source>
        <translation>Frontier Roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="65"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="68"/>
        <source>Something went wrong inside Frontier Roadmap. Your roadmap file was not left half-written. The details are logged in {path}.</source>
        <translation>Frontier Roadmap 内部出现错误。您的路线图文件没有被写坏。详细信息已记录在 {path}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="74"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="127"/>
        <location filename="../../roadmap/ui/transfer/record_editor.py" line="114"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="141"/>
        <source>Change it with “Change status…” in the Technology transfer tab (Ctrl+4)</source>
        <translation>请在“技术转移”标签页（Ctrl+4）中通过“变更状态…”修改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="290"/>
        <source>Not stored; see the status bar for why.</source>
        <translation>未保存；原因见状态栏。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="301"/>
        <source>Scores (1–5) and rationale</source>
        <translation>评分（1–5）及理由</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="314"/>
        <source>Why this score?</source>
        <translation>为什么给出这个评分？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="28"/>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="29"/>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="30"/>
        <source>criterion</source>
        <translation>评分准则</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="31"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="32"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="33"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="34"/>
        <source>figure of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="35"/>
        <source>pathway</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="36"/>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="37"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="38"/>
        <source>dependency</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="39"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="40"/>
        <source>mobility</source>
        <translation>人才流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="41"/>
        <source>patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="42"/>
        <source>patent event</source>
        <translation>专利状态变更</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="46"/>
        <source>Add {kind} &quot;{name}&quot;</source>
        <translation>添加{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="47"/>
        <source>Change {kind} &quot;{name}&quot;</source>
        <translation>修改{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="48"/>
        <source>Delete {kind} &quot;{name}&quot;</source>
        <translation>删除{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="49"/>
        <source>Move {kind} &quot;{name}&quot;</source>
        <translation>移动{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="50"/>
        <source>Reorder {kind} &quot;{name}&quot;</source>
        <translation>调整{kind}“{name}”的顺序</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="51"/>
        <source>Link {kind} &quot;{name}&quot;</source>
        <translation>关联{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="52"/>
        <source>Unlink {kind} &quot;{name}&quot;</source>
        <translation>取消关联{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="53"/>
        <source>Import into &quot;{name}&quot;</source>
        <translation>导入到“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="58"/>
        <location filename="../../roadmap/ui/preferences.py" line="21"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="59"/>
        <location filename="../../roadmap/ui/preferences.py" line="22"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="60"/>
        <location filename="../../roadmap/ui/preferences.py" line="23"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="267"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="62"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="63"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="64"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="65"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="66"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="68"/>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="69"/>
        <source>Exploring</source>
        <translation>探索中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="70"/>
        <source>Selected</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="71"/>
        <source>Parked</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="72"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="74"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="67"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="75"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="76"/>
        <source>Prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="77"/>
        <source>Pilot</source>
        <translation>中试</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="78"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="79"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="80"/>
        <source>Decision gate</source>
        <translation>决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="82"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="83"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="84"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="85"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="86"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="88"/>
        <source>Finish to start</source>
        <translation>完成-开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="89"/>
        <source>Start to start</source>
        <translation>开始-开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="91"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="92"/>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="93"/>
        <source>Research institute</source>
        <translation>科研院所</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="94"/>
        <source>Government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="95"/>
        <source>Investor</source>
        <translation>投资机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="96"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="68"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="98"/>
        <source>Secondment</source>
        <translation>挂职</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="99"/>
        <source>Dual appointment</source>
        <translation>双聘</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="100"/>
        <source>Transfer</source>
        <translation>调动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="101"/>
        <source>Spin-off founder</source>
        <translation>创业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="103"/>
        <source>Idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="104"/>
        <source>Filed</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="105"/>
        <source>Granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="106"/>
        <source>Licensed</source>
        <translation>已许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="107"/>
        <source>Transferred</source>
        <translation>已转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="108"/>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="109"/>
        <source>Exclusive</source>
        <translation>独占许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="110"/>
        <source>Non-exclusive</source>
        <translation>普通许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="111"/>
        <source>Assignment</source>
        <translation>转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="113"/>
        <location filename="../../roadmap/ui/preferences.py" line="17"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="114"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="118"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="119"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="120"/>
        <source>Statement</source>
        <translation>问题陈述</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="121"/>
        <location filename="../../roadmap/ui/transfer/organization_editor.py" line="28"/>
        <location filename="../../roadmap/ui/transfer/record_table.py" line="38"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="304"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="122"/>
        <source>Demanding organization</source>
        <translation>需求方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="123"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="124"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="125"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="126"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="127"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="129"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="130"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="131"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="132"/>
        <location filename="../../roadmap/ui/labels.py" line="145"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="133"/>
        <source>TRL at start</source>
        <translation>起始 TRL</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="134"/>
        <source>Target TRL</source>
        <translation>目标 TRL</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="135"/>
        <source>Progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="136"/>
        <source>Owner organization</source>
        <translation>归属机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="137"/>
        <source>Lead person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="138"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="139"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="140"/>
        <source>Market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="141"/>
        <source>Launch date</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="142"/>
        <source>Organization</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="143"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="144"/>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="146"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="147"/>
        <source>Number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="148"/>
        <source>Filing date</source>
        <translation>申请日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="149"/>
        <source>Licensee</source>
        <translation>被许可方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="150"/>
        <source>License kind</source>
        <translation>许可类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="151"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="152"/>
        <source>Pathways</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="153"/>
        <location filename="../../roadmap/ui/main_window.py" line="360"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="154"/>
        <source>Horizon start</source>
        <translation>规划起始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="155"/>
        <source>Horizon end</source>
        <translation>规划截止</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="156"/>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="157"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="158"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="79"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="82"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="85"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="88"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="155"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="156"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="157"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="158"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="160"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="162"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="163"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="164"/>
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="168"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="172"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="174"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="180"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="181"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="184"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="187"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="188"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="189"/>
        <source>&amp;Milestone</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="190"/>
        <source>&amp;Decision gate</source>
        <translation>决策关口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="191"/>
        <source>&amp;Pathway</source>
        <translation>路径(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="192"/>
        <source>Pro&amp;blem</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="193"/>
        <source>Pro&amp;duct</source>
        <translation>产品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="194"/>
        <source>&amp;Organization</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="195"/>
        <source>P&amp;erson</source>
        <translation>人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="196"/>
        <source>Pa&amp;tent</source>
        <translation>专利(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="200"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="202"/>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="205"/>
        <source>&amp;Steps table</source>
        <translation>步骤表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="208"/>
        <source>Pathway &amp;map</source>
        <translation>路径图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="211"/>
        <source>Tech&amp;nology transfer</source>
        <translation>技术转移(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="216"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="221"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="225"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="226"/>
        <source>Go to to&amp;day</source>
        <translation>转到今天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="230"/>
        <source>&amp;Color by pathway</source>
        <translation>按路径着色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="235"/>
        <source>&amp;Link steps by dragging</source>
        <translation>拖动连接步骤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="239"/>
        <source>C&amp;ritical path and slack</source>
        <translation>关键路径与时差(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="242"/>
        <source>Highlight the critical path and show each step&apos;s slack (Ctrl+Shift+K)</source>
        <translation>突出显示关键路径，并显示每个步骤的时差（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="253"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="254"/>
        <source>&amp;About Frontier Roadmap</source>
        <translation>关于 Frontier Roadmap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="255"/>
        <location filename="../../roadmap/ui/main_window.py" line="359"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="277"/>
        <source>No recent roadmaps</source>
        <translation>没有最近打开的路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="348"/>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="349"/>
        <source>Add a pathway</source>
        <translation>添加路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="350"/>
        <source>Add a step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="351"/>
        <source>Paste a list</source>
        <translation>粘贴列表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="361"/>
        <source>Pathway map</source>
        <translation>路径图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="362"/>
        <source>Technology transfer</source>
        <translation>技术转移</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="381"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="383"/>
        <source>Frontier Roadmap — {file}</source>
        <translation>Frontier Roadmap — {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="463"/>
        <source>{steps} steps · {dependencies} dependencies · {pathways} pathways</source>
        <translation>{steps} 个步骤 · {dependencies} 个依赖关系 · {pathways} 条路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="109"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="125"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="129"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="82"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="130"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="83"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="131"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="81"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="325"/>
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="238"/>
        <source>Drop it among its own siblings to change the order.</source>
        <translation>请拖放到同级项之间以调整顺序。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="299"/>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="16"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="20"/>
        <source>As the roadmap says</source>
        <translation>跟随路线图设置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="28"/>
        <source>By lane</source>
        <translation>按泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="28"/>
        <source>By pathway</source>
        <translation>按路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="31"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="31"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="31"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="35"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="36"/>
        <source>Time unit:</source>
        <translation>时间单位：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="37"/>
        <source>Bar colors:</source>
        <translation>条形颜色：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/preferences.py" line="38"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/step_table.py" line="244"/>
        <source>Filter steps…</source>
        <translation>筛选步骤…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/headers.py" line="28"/>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/headers.py" line="31"/>
        <source>{decade}s</source>
        <translation>{decade}年代</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/items.py" line="112"/>
        <source>{percent}% done</source>
        <translation>已完成 {percent}%</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/items.py" line="419"/>
        <source>Patents:</source>
        <translation>专利：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="36"/>
        <source>Plan industry-oriented research: problems, pathways, steps, products, patents and people on one timeline.</source>
        <translation>规划面向产业的研究：问题、路径、步骤、产品、专利和人员，尽在一条时间轴上。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="41"/>
        <source>New roadmap…</source>
        <translation>新建路线图…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="42"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="43"/>
        <source>Open the sample (English)</source>
        <translation>打开示例（英文）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="44"/>
        <source>Open the sample (Chinese)</source>
        <translation>打开示例（中文）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="54"/>
        <source>Recent roadmaps</source>
        <translation>最近的路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/welcome.py" line="61"/>
        <source>Roadmaps you open will be listed here.</source>
        <translation>打开过的路线图会列在这里。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="29"/>
        <source>Record a move</source>
        <translation>记录人才流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="28"/>
        <source>A move of {name} between organizations.</source>
        <translation>{name}在机构之间的流动。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="47"/>
        <source>Leave at — while the move lasts or when it is for good</source>
        <translation>流动尚未结束或为永久调动时，保持为“—”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="51"/>
        <source>Kind of move</source>
        <translation>流动类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="52"/>
        <source>From</source>
        <translation>流出机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="53"/>
        <source>To</source>
        <translation>流入机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="56"/>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="82"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="64"/>
        <source>Choose the organization the move starts from and the one it goes to.</source>
        <translation>请选择流出机构和流入机构。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="66"/>
        <source>A move goes to another organization; choose a different one.</source>
        <translation>流动须去往另一家机构，请选择不同的机构。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/organization_editor.py" line="55"/>
        <source>{people} people · {owned} patents owned · {licensed} licensed in · {arrived} moves in · {left} moves out</source>
        <translation>{people} 名人员 · 拥有 {owned} 项专利 · 获许可 {licensed} 项 · 流入 {arrived} 人次 · 流出 {left} 人次</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="55"/>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="58"/>
        <source>Record a new status with its date, so the patent&apos;s history is kept</source>
        <translation>记录新状态及其日期，保留专利的历史</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="79"/>
        <source>Linked steps</source>
        <translation>关联步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="80"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="109"/>
        <source>No dated status changes yet</source>
        <translation>尚无带日期的状态变更</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/patent_editor.py" line="134"/>
        <source>Choose a pathway to link its steps</source>
        <translation>选择一条路径以关联其步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/person_editor.py" line="35"/>
        <source>{start} – {end}  {kind}: {source} → {target}</source>
        <translation>{start} – {end}  {kind}：{source} → {target}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/person_editor.py" line="58"/>
        <source>Moves between organizations</source>
        <translation>机构间流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/person_editor.py" line="60"/>
        <source>Record move…</source>
        <translation>记录流动…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/person_editor.py" line="63"/>
        <source>Remove move</source>
        <translation>删除流动记录</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/person_editor.py" line="89"/>
        <source>No moves recorded</source>
        <translation>尚无流动记录</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="53"/>
        <source>Change patent status</source>
        <translation>变更专利状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="50"/>
        <source>“{title}” is now {status}.</source>
        <translation>“{title}”现在的状态为：{status}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="76"/>
        <source>e.g. the contract or the office action</source>
        <translation>例如：许可合同或审查意见通知书</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="95"/>
        <source>Choose the organization that takes the licence.</source>
        <translation>请选择获得许可的机构。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="78"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="79"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="48"/>
        <source>Filter patents…</source>
        <translation>筛选专利…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="49"/>
        <source>Add patent</source>
        <translation>添加专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="50"/>
        <source>Delete patent</source>
        <translation>删除专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="51"/>
        <source>Delete the patent “{name}” and its history?</source>
        <translation>删除专利“{name}”及其历史记录吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="60"/>
        <source>Filter organizations…</source>
        <translation>筛选机构…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="61"/>
        <source>Add organization</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="62"/>
        <source>Delete organization</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="63"/>
        <source>Delete the organization “{name}”?</source>
        <translation>删除机构“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="72"/>
        <source>Filter people…</source>
        <translation>筛选人员…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="73"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="74"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="75"/>
        <source>Delete “{name}” and their moves?</source>
        <translation>删除“{name}”及其流动记录吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="84"/>
        <source>Figures and charts</source>
        <translation>数据与图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="57"/>
        <source>Research → industry</source>
        <translation>科研 → 产业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="58"/>
        <source>Industry → research</source>
        <translation>产业 → 科研</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="59"/>
        <source>University ↔ institute</source>
        <translation>高校 ↔ 科研院所</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="60"/>
        <source>Other moves</source>
        <translation>其他流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="66"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="151"/>
        <source>Patent pipeline by status and year (at each year&apos;s end)</source>
        <translation>各年末专利状态分布（专利管线）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="152"/>
        <source>People moving between sectors, by direction and year</source>
        <translation>产学研之间的人才流动（按方向和年份）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="153"/>
        <source>Patents licensed or transferred to enterprises</source>
        <translation>许可或转让给企业的专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="154"/>
        <source>Per organization</source>
        <translation>按机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="163"/>
        <source>Per pathway</source>
        <translation>按路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="250"/>
        <source>{patents} patents, {reached} of them licensed or transferred to enterprises · {moves} moves between organizations, {cross} of them between sectors</source>
        <translation>{patents} 项专利，其中 {reached} 项已许可或转让给企业 · 机构间流动 {moves} 人次，其中产学研之间 {cross} 人次</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="261"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="270"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="270"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="305"/>
        <source>Patents owned</source>
        <translation>拥有专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="306"/>
        <source>Licensed in</source>
        <translation>获得许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="307"/>
        <source>Moves in</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="308"/>
        <source>Moves out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="326"/>
        <source>Granted or later</source>
        <translation>已授权及以后</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="327"/>
        <source>To enterprises</source>
        <translation>转给企业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="328"/>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="329"/>
        <source>Licensees</source>
        <translation>被许可方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="349"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="111"/>
        <location filename="../../roadmap/ui/authoring.py" line="158"/>
        <location filename="../../roadmap/ui/authoring.py" line="191"/>
        <location filename="../../roadmap/ui/authoring.py" line="214"/>
        <location filename="../../roadmap/ui/document_actions.py" line="409"/>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="100"/>
        <source>{count} steps</source>
        <translation>{count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="140"/>
        <source>Select the steps to copy first.</source>
        <translation>请先选择要复制的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="149"/>
        <source>Copied {count} steps</source>
        <translation>已复制 {count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="183"/>
        <source>The clipboard holds no steps and no text to paste.</source>
        <translation>剪贴板中没有可粘贴的步骤或文本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="40"/>
        <source>Cu&amp;t steps</source>
        <translation>剪切步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="41"/>
        <source>&amp;Copy steps</source>
        <translation>复制步骤(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="42"/>
        <source>&amp;Paste steps or a list</source>
        <translation>粘贴步骤或列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="43"/>
        <source>D&amp;uplicate steps</source>
        <translation>创建步骤副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="46"/>
        <source>Move &amp;later by one time unit</source>
        <translation>推后一个时间单位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="47"/>
        <source>Move &amp;earlier by one time unit</source>
        <translation>提前一个时间单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="48"/>
        <source>Move later by one day</source>
        <translation>推后一天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="49"/>
        <source>Move earlier by one day</source>
        <translation>提前一天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="51"/>
        <source>&amp;Nudge selected steps</source>
        <translation>微移所选步骤(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="56"/>
        <source>&amp;Find steps…</source>
        <translation>查找步骤(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="58"/>
        <source>&amp;Quick capture…</source>
        <translation>快速录入(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="60"/>
        <source>Type a step as one line: Name 2027Q3-2028Q2 @lane #pathway (Ctrl+K)</source>
        <translation>用一行输入一个步骤：名称 2027Q3-2028Q2 @泳道 #路径 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="73"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="78"/>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="77"/>
        <source>Add step:</source>
        <translation>添加步骤：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="79"/>
        <source>Name 2027Q3-2028Q2 @lane #pathway !kind TRL3-5 — Enter adds it</source>
        <translation>名称 2027Q3-2028Q2 @泳道 #路径 !类型 TRL3-5 — 按回车添加</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="93"/>
        <source>→ {pathway}</source>
        <translation>→ {pathway}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="107"/>
        <source>Added &quot;{name}&quot;</source>
        <translation>已添加“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="116"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="117"/>
        <source>Part of a step&apos;s name — Enter goes to the next</source>
        <translation>步骤名称的一部分 — 按回车跳到下一个</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="130"/>
        <source>No step matches</source>
        <translation>没有匹配的步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="141"/>
        <source>{number} of {count}</source>
        <translation>第 {number} 个，共 {count} 个</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/color_field.py" line="34"/>
        <source>Other colour…</source>
        <translation>其他颜色…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/color_field.py" line="54"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/empty_hint.py" line="57"/>
        <source>This roadmap is empty. Start with the problem industry needs solved, then the pathways that could solve it, then their steps.</source>
        <translation>此路线图是空的。先写下产业需要解决的问题，再添加可能解决它的路径，然后添加各路径的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/empty_hint.py" line="61"/>
        <source>Next: add a pathway, one feasible route to the problem.</source>
        <translation>下一步：添加一条路径，即通向该问题的一条可行路线。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/empty_hint.py" line="64"/>
        <source>Next: add steps. Double-click in a pathway&apos;s row, press Ctrl+K and type one step per line, or paste a list (one step per line, or spreadsheet rows).</source>
        <translation>下一步：添加步骤。在路径所在行双击，按 Ctrl+K 每行输入一个步骤，或粘贴一个列表（每行一个步骤，或电子表格中的行）。</translation>
    </message>
</context>
</TS>
