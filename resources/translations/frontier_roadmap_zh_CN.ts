<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="66"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="67"/>
        <source>Write this chart as PNG, SVG or PDF</source>
        <translation>将此图表导出为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="74"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="76"/>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="115"/>
        <source>Problem:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/charts_panel.py" line="93"/>
        <source>All problems</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="24"/>
        <source>Thing</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="24"/>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="45"/>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="66"/>
        <source>Checking the roadmap…</source>
        <translation>正在检查路线图…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="60"/>
        <source>{count} findings: each says what to change.</source>
        <translation>发现 {count} 个问题，每条都说明了应如何修改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="63"/>
        <source>No findings: the roadmap passes every check.</source>
        <translation>未发现问题：路线图通过了全部检查。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/check_panel.py" line="70"/>
        <source>The roadmap could not be checked: {reason}</source>
        <translation>无法检查路线图：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="55"/>
        <source>Schedule</source>
        <translation>进度计划</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="56"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="57"/>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/panels.py" line="58"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="24"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="101"/>
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
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="72"/>
        <source>No step is planned to start before its dependencies allow.</source>
        <translation>没有步骤计划在其依赖允许之前开始。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="88"/>
        <source>No steps to schedule yet.</source>
        <translation>还没有可排期的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="95"/>
        <source>{start} – {finish} · one pathway or linked group, with one critical path ({critical} critical steps) · conflicts: {conflicts}</source>
        <translation>{start} – {finish} · 一条路径或关联路径组，一条关键路径（{critical} 个关键步骤）· 冲突：{conflicts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="100"/>
        <source>{start} – {finish} · {groups} pathways or linked groups, each with its own critical path ({critical} critical steps) · conflicts: {conflicts}</source>
        <translation>{start} – {finish} · {groups} 条路径或关联路径组，各有自己的关键路径（{critical} 个关键步骤）· 冲突：{conflicts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/schedule_panel.py" line="122"/>
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
        <location filename="../../roadmap/ui/import_wizard.py" line="54"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="230"/>
        <location filename="../../roadmap/ui/labels.py" line="134"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="151"/>
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
        <location filename="../../roadmap/ui/workshop_timer.py" line="167"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="103"/>
        <source>Go back to the saved weights</source>
        <translation>恢复为已保存的权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/analysis/scoring_panel.py" line="197"/>
        <source>The roadmap has no scoring criteria.</source>
        <translation>该路线图没有评分准则。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="189"/>
        <source>Apply criterion weights</source>
        <translation>应用准则权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/background.py" line="228"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/background.py" line="227"/>
        <source>Writing; it can no longer be cancelled…</source>
        <translation>正在写入；已无法取消…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="50"/>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="77"/>
        <source>Frontier Roadmap (*.roadmap)</source>
        <translation>Frontier Roadmap 路线图 (*.roadmap)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="103"/>
        <source>Open roadmap</source>
        <translation>打开路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="127"/>
        <location filename="../../roadmap/ui/new_roadmap.py" line="30"/>
        <source>New roadmap</source>
        <translation>新建路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="19"/>
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="20"/>
        <source>by quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="21"/>
        <source>by year</source>
        <translation>按年</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="31"/>
        <source>Give the roadmap a title and choose what it starts with.</source>
        <translation>为路线图起个标题，并选择从哪种模板开始。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="36"/>
        <source>e.g. Solid-state batteries for city buses</source>
        <translation>例如：城市公交固态电池</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="38"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="47"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="63"/>
        <source>Give the roadmap a title.</source>
        <translation>请为路线图起个标题。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/new_roadmap.py" line="75"/>
        <source>{years} years, {unit}</source>
        <translation>{years} 年，{unit}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="173"/>
        <source>Save a copy as</source>
        <translation>另存副本为</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="43"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="44"/>
        <source>JSON interchange (*.json)</source>
        <translation>JSON 交换文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="45"/>
        <source>CSV of steps (*.csv)</source>
        <translation>步骤 CSV 表 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="47"/>
        <source>Timeline chart (*.png)</source>
        <translation>时间轴图 (*.png)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="48"/>
        <source>Timeline chart (*.svg)</source>
        <translation>时间轴图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="49"/>
        <source>Timeline chart (*.pdf)</source>
        <translation>时间轴图 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="54"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="117"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="117"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="97"/>
        <location filename="../../roadmap/ui/export_actions.py" line="117"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="121"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="109"/>
        <location filename="../../roadmap/ui/export_actions.py" line="155"/>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="46"/>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="81"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="95"/>
        <source>Export PDF of the view</source>
        <translation>将当前视图导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/export_actions.py" line="161"/>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="44"/>
        <source>Import into this roadmap</source>
        <translation>导入到此路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="46"/>
        <source>Roadmap workbook, JSON, MS Project XML, GanttProject (*.xlsx *.json *.xml *.gan)</source>
        <translation>路线图工作簿、JSON、MS Project XML、GanttProject (*.xlsx *.json *.xml *.gan)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="48"/>
        <source>Any spreadsheet (*.xlsx *.csv)</source>
        <translation>任意电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="81"/>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="83"/>
        <source>Spreadsheet (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="71"/>
        <location filename="../../roadmap/ui/import_actions.py" line="98"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="169"/>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_actions.py" line="181"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="137"/>
        <source>&quot;{name}&quot; is now outside the roadmap&apos;s horizon ({start} – {end}); Undo moves it back, or widen the horizon in the roadmap&apos;s inspector.</source>
        <translation>“{name}”现在超出了路线图的时间范围（{start} – {end}）；撤销可将其移回，或在路线图的检查器中扩大时间范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="162"/>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="189"/>
        <source>Add a pathway first: every step belongs to one.</source>
        <translation>请先添加路径：每个步骤都属于一条路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="81"/>
        <source>Edit in the inspector</source>
        <translation>在属性面板中编辑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="82"/>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="104"/>
        <source>Delete dependency</source>
        <translation>删除依赖</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="118"/>
        <source>Add step here</source>
        <translation>在此添加步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="119"/>
        <source>Add milestone here</source>
        <translation>在此添加里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="120"/>
        <source>Add decision gate here</source>
        <translation>在此添加决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="145"/>
        <location filename="../../roadmap/ui/document_actions.py" line="256"/>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="145"/>
        <location filename="../../roadmap/ui/document_actions.py" line="259"/>
        <location filename="../../roadmap/ui/step_table.py" line="422"/>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="167"/>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="159"/>
        <source>Add pathway</source>
        <translation>添加路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="161"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="162"/>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="166"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="167"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="284"/>
        <source>New pathway</source>
        <translation>新路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="290"/>
        <source>New problem</source>
        <translation>新问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="293"/>
        <source>New product</source>
        <translation>新产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="296"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="97"/>
        <source>New organization</source>
        <translation>新机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="299"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="111"/>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="302"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="82"/>
        <source>New patent</source>
        <translation>新专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="312"/>
        <source>Delete {count} steps and their dependencies?</source>
        <translation>删除这 {count} 个步骤及其依赖关系吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="359"/>
        <source>Delete pathway &quot;{name}&quot; with its {steps} steps?</source>
        <translation>删除路径“{name}”及其 {steps} 个步骤？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="363"/>
        <source>Delete problem &quot;{name}&quot; with its {pathways} pathways and {steps} steps?</source>
        <translation>删除问题“{name}”及其 {pathways} 条路径和 {steps} 个步骤？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="366"/>
        <source>Delete {kind} &quot;{name}&quot;?</source>
        <translation>删除{kind}“{name}”？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="341"/>
        <source>The new language shows the next time Frontier Roadmap starts.</source>
        <translation>新的界面语言将在下次启动 Frontier Roadmap 时生效。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="247"/>
        <source>This roadmap has no pathway yet. Add one now?</source>
        <translation>此路线图还没有路径。现在添加一条吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="251"/>
        <source>Add a lane first: every step is in one.</source>
        <translation>请先添加泳道：每个步骤都属于一个泳道。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="257"/>
        <source>New decision gate</source>
        <translation>新决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="276"/>
        <source>Every pathway leads to a problem, and there is none yet. Add one now?</source>
        <translation>每条路径都通向一个问题，但目前还没有问题。现在添加一个吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="347"/>
        <source>About Frontier Roadmap</source>
        <translation>关于 Frontier Roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/document_actions.py" line="348"/>
        <source>Frontier Roadmap {version}
Plan industry-oriented research.</source>
        <translation>Frontier Roadmap {version}
规划面向产业的研究。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="49"/>
        <location filename="../../roadmap/ui/main_window.py" line="108"/>
        <location filename="../../roadmap/ui/main_window.py" line="124"/>
        <location filename="../../roadmap/ui/main_window.py" line="207"/>
        <location filename="../../roadmap/ui/transfer/record_page.py" line="108"/>
        <location filename="../../roadmap/ui/welcome.py" line="29"/>
        <source>Frontier Roadmap</source>
        <translation>Frontier Roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="66"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="69"/>
        <source>Something went wrong inside Frontier Roadmap. Your roadmap file was not left half-written. The details are logged in {path}.</source>
        <translation>Frontier Roadmap 内部出现错误。您的路线图文件没有被写坏。详细信息已记录在 {path}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/failures.py" line="75"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="85"/>
        <source>Edited beside its list in the Technology transfer tab.</source>
        <translation>在“技术转移”标签页中其列表旁编辑。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="195"/>
        <location filename="../../roadmap/ui/transfer/record_editor.py" line="115"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="267"/>
        <source>Change it with “Change status…” in the Technology transfer tab (Ctrl+4)</source>
        <translation>请在“技术转移”标签页（Ctrl+4）中通过“变更状态…”修改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/inspector.py" line="342"/>
        <source>Not stored; see the status bar for why.</source>
        <translation>未保存；原因见状态栏。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/pathway_scores.py" line="34"/>
        <source>Scores (1–5) and rationale</source>
        <translation>评分（1–5）及理由</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/pathway_scores.py" line="45"/>
        <source>Why this score?</source>
        <translation>为什么给出这个评分？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="29"/>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="30"/>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="31"/>
        <source>criterion</source>
        <translation>评分准则</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="32"/>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="33"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="34"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="35"/>
        <source>figure of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="36"/>
        <source>pathway</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="37"/>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="38"/>
        <location filename="../../roadmap/ui/timeline/legend.py" line="57"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="39"/>
        <source>dependency</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="40"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="41"/>
        <source>mobility</source>
        <translation>人才流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="42"/>
        <location filename="../../roadmap/ui/timeline/legend.py" line="65"/>
        <source>patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="43"/>
        <source>patent event</source>
        <translation>专利状态变更</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="44"/>
        <source>idea</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="45"/>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="46"/>
        <source>vote count</source>
        <translation>投票结果</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="47"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="51"/>
        <source>Add {kind} &quot;{name}&quot;</source>
        <translation>添加{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="52"/>
        <source>Change {kind} &quot;{name}&quot;</source>
        <translation>修改{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="53"/>
        <source>Delete {kind} &quot;{name}&quot;</source>
        <translation>删除{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="54"/>
        <source>Move {kind} &quot;{name}&quot;</source>
        <translation>移动{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="55"/>
        <source>Reorder {kind} &quot;{name}&quot;</source>
        <translation>调整{kind}“{name}”的顺序</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="56"/>
        <source>Link {kind} &quot;{name}&quot;</source>
        <translation>关联{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="57"/>
        <source>Unlink {kind} &quot;{name}&quot;</source>
        <translation>取消关联{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="58"/>
        <source>Import into &quot;{name}&quot;</source>
        <translation>导入到“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="59"/>
        <source>Merge copies into &quot;{name}&quot;</source>
        <translation>将副本合并到“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="64"/>
        <location filename="../../roadmap/ui/preferences.py" line="21"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="65"/>
        <location filename="../../roadmap/ui/preferences.py" line="22"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="66"/>
        <location filename="../../roadmap/ui/preferences.py" line="23"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="303"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="68"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="69"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="70"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="71"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="72"/>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="74"/>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="75"/>
        <source>Exploring</source>
        <translation>探索中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="76"/>
        <source>Selected</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="77"/>
        <source>Parked</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="78"/>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="80"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="70"/>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="81"/>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="82"/>
        <source>Prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="83"/>
        <source>Pilot</source>
        <translation>中试</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="84"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="131"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="85"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="86"/>
        <source>Decision gate</source>
        <translation>决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="88"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="89"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="90"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="91"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="92"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="187"/>
        <source>Move {count} steps</source>
        <translation>移动 {count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="188"/>
        <source>Delete {count} steps</source>
        <translation>删除 {count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="197"/>
        <source>{count} changes</source>
        <translation>{count} 项更改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="90"/>
        <location filename="../../roadmap/ui/labels.py" line="94"/>
        <source>Finish to start</source>
        <translation>完成-开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/context_menus.py" line="91"/>
        <location filename="../../roadmap/ui/labels.py" line="95"/>
        <source>Start to start</source>
        <translation>开始-开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="97"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="98"/>
        <source>University</source>
        <translation>高校</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="99"/>
        <source>Research institute</source>
        <translation>科研院所</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="100"/>
        <source>Government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="101"/>
        <source>Investor</source>
        <translation>投资机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="102"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="71"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="104"/>
        <source>Secondment</source>
        <translation>挂职</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="105"/>
        <source>Dual appointment</source>
        <translation>双聘</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="106"/>
        <source>Transfer</source>
        <translation>调动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="107"/>
        <source>Spin-off founder</source>
        <translation>创业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="109"/>
        <source>Idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="110"/>
        <source>Filed</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="111"/>
        <source>Granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="112"/>
        <source>Licensed</source>
        <translation>已许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="113"/>
        <source>Transferred</source>
        <translation>已转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="114"/>
        <source>Lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="115"/>
        <source>Exclusive</source>
        <translation>独占许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="116"/>
        <source>Non-exclusive</source>
        <translation>普通许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="117"/>
        <source>Assignment</source>
        <translation>转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="119"/>
        <location filename="../../roadmap/ui/preferences.py" line="17"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="120"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="124"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="44"/>
        <source>{n} step(s) later, median {days} days</source>
        <translation>{n} 个步骤推迟，中位数 {days} 天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="47"/>
        <source>{n} step(s) earlier</source>
        <translation>{n} 个步骤提前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="48"/>
        <source>{n} milestone(s) slipped</source>
        <translation>{n} 个里程碑推迟</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="49"/>
        <source>{n} step(s) added</source>
        <translation>新增 {n} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="50"/>
        <source>{n} step(s) removed</source>
        <translation>删除 {n} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="51"/>
        <source>{n} step(s) cancelled</source>
        <translation>取消 {n} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="52"/>
        <source>{n} product(s) later</source>
        <translation>{n} 个产品推迟</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="53"/>
        <source>{n} product(s) earlier</source>
        <translation>{n} 个产品提前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="54"/>
        <source>{n} pathway(s) changed status</source>
        <translation>{n} 条路径状态改变</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="55"/>
        <source>{n} pathway(s) changed rank</source>
        <translation>{n} 条路径排名改变</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="58"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="58"/>
        <source>No changes since this baseline.</source>
        <translation>自该基线以来没有变化。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="72"/>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="75"/>
        <source>A baseline keeps the plan as it is now: each step&apos;s dates, status, progress and TRL, each product&apos;s launch and each pathway&apos;s status and score. Later edits never change it.</source>
        <translation>基线保存计划的当前状态：每个步骤的日期、状态、进度和 TRL，每个产品的上市日期，每条路径的状态和评分。之后的编辑不会改变它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="83"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="48"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="227"/>
        <location filename="../../roadmap/ui/labels.py" line="125"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="83"/>
        <source>Taken</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="83"/>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="91"/>
        <source>e.g. Approved plan 2027</source>
        <translation>例如：2027 年批准计划</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="94"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="95"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="96"/>
        <source>&amp;Take baseline</source>
        <translation>保存基线(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="97"/>
        <source>&amp;Rename selected</source>
        <translation>重命名所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="98"/>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="119"/>
        <source>Compare the plan with:</source>
        <translation>将计划与以下基线比较：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="150"/>
        <source>No baseline</source>
        <translation>无基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="178"/>
        <source>Since {name}: {summary}</source>
        <translation>自 {name} 以来：{summary}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="216"/>
        <source>Taking the baseline…</source>
        <translation>正在保存基线…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="126"/>
        <source>Statement</source>
        <translation>问题陈述</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="127"/>
        <location filename="../../roadmap/ui/transfer/organization_editor.py" line="28"/>
        <location filename="../../roadmap/ui/transfer/record_table.py" line="36"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="326"/>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="128"/>
        <source>Demanding organization</source>
        <translation>需求方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="129"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="130"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="55"/>
        <location filename="../../roadmap/ui/labels.py" line="131"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="57"/>
        <location filename="../../roadmap/ui/labels.py" line="132"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="133"/>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="53"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="231"/>
        <location filename="../../roadmap/ui/labels.py" line="135"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="49"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="228"/>
        <location filename="../../roadmap/ui/labels.py" line="136"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="47"/>
        <source>Key (updates instead of duplicating)</source>
        <translation>键（再次导入时更新而不重复）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="50"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="229"/>
        <location filename="../../roadmap/ui/labels.py" line="137"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="56"/>
        <location filename="../../roadmap/ui/labels.py" line="138"/>
        <location filename="../../roadmap/ui/labels.py" line="151"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="59"/>
        <location filename="../../roadmap/ui/labels.py" line="139"/>
        <source>TRL at start</source>
        <translation>起始 TRL</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="60"/>
        <location filename="../../roadmap/ui/labels.py" line="140"/>
        <source>Target TRL</source>
        <translation>目标 TRL</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="113"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="115"/>
        <source>Which column holds what. Columns with known headers are mapped already.</source>
        <translation>指定每一列对应的字段。表头可识别的列已自动对应。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="122"/>
        <source>Ask (refuse dates like 03/04/2027)</source>
        <translation>询问（拒绝 03/04/2027 这类日期）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="123"/>
        <source>Day first (31/12/2027)</source>
        <translation>日在前 (31/12/2027)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="124"/>
        <source>Month first (12/31/2027)</source>
        <translation>月在前 (12/31/2027)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="126"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="128"/>
        <source>named after the file</source>
        <translation>以文件名命名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="134"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="135"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="136"/>
        <source>Dates like 03/04/2027</source>
        <translation>03/04/2027 这类日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="141"/>
        <source>Problem for rows without one</source>
        <translation>未指定问题的行归入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="142"/>
        <source>Pathway for rows without one</source>
        <translation>未指定路径的行归入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="143"/>
        <source>Lane for rows without one</source>
        <translation>未指定泳道的行归入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="149"/>
        <source>Load mapping…</source>
        <translation>载入对应方案…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="184"/>
        <source>(not in this sheet)</source>
        <translation>（本表中没有）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="208"/>
        <source>Load mapping</source>
        <translation>载入对应方案</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="208"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="286"/>
        <source>Mapping profile (*.json)</source>
        <translation>列对应方案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="222"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="223"/>
        <source>The first rows as they will be stored. Nothing is written until Finish.</source>
        <translation>前几行将按此保存。点击“完成”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="233"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="240"/>
        <source>Save mapping…</source>
        <translation>保存对应方案…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="271"/>
        <source>{n} row(s) to import</source>
        <translation>待导入 {n} 行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="277"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="286"/>
        <source>Save mapping</source>
        <translation>保存对应方案</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="58"/>
        <location filename="../../roadmap/ui/labels.py" line="141"/>
        <source>Progress %</source>
        <translation>进度 %</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="52"/>
        <location filename="../../roadmap/ui/labels.py" line="142"/>
        <source>Owner organization</source>
        <translation>归属机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="51"/>
        <location filename="../../roadmap/ui/import_wizard.py" line="232"/>
        <location filename="../../roadmap/ui/labels.py" line="143"/>
        <source>Lead person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="61"/>
        <location filename="../../roadmap/ui/labels.py" line="144"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/import_wizard.py" line="62"/>
        <location filename="../../roadmap/ui/labels.py" line="145"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="146"/>
        <source>Market</source>
        <translation>目标市场</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="147"/>
        <source>Launch date</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="148"/>
        <source>Organization</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="149"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="150"/>
        <source>Expertise</source>
        <translation>专长</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="152"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="153"/>
        <source>Number</source>
        <translation>专利号</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="154"/>
        <source>Filing date</source>
        <translation>申请日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="155"/>
        <source>Licensee</source>
        <translation>被许可方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="156"/>
        <source>License kind</source>
        <translation>许可类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="157"/>
        <source>Expiry</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="158"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="173"/>
        <source>Pathways</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="159"/>
        <location filename="../../roadmap/ui/main_window.py" line="251"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="171"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="160"/>
        <source>Horizon start</source>
        <translation>规划起始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="161"/>
        <source>Horizon end</source>
        <translation>规划截止</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="162"/>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="163"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/labels.py" line="164"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="37"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="38"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="39"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="40"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="46"/>
        <source>Workshop timer</source>
        <translation>研讨会计时器</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_docks.py" line="49"/>
        <source>Parking lot</source>
        <translation>停车场</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="109"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="110"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="111"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="112"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="114"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="117"/>
        <source>Restore a &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="123"/>
        <source>Open from &amp;repository…</source>
        <translation>从仓库打开(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="125"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="126"/>
        <source>P&amp;ull</source>
        <translation>拉取(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="129"/>
        <source>&amp;Delete from repository…</source>
        <translation>从仓库删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="132"/>
        <source>Por&amp;tfolio…</source>
        <translation>组合视图(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="134"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="136"/>
        <source>Import &amp;spreadsheet…</source>
        <translation>导入电子表格(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="139"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="142"/>
        <source>Copies for &amp;breakout groups…</source>
        <translation>分组副本(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="144"/>
        <source>&amp;Merge copies…</source>
        <translation>合并副本(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="147"/>
        <source>&amp;Baselines…</source>
        <translation>基线(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="150"/>
        <source>Compare &amp;with…</source>
        <translation>与其他路线图比较(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="153"/>
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="157"/>
        <source>Export PDF of the &amp;view…</source>
        <translation>将当前视图导出为 PDF(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="159"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="161"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="162"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="164"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="165"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="167"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="173"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="174"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="177"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="180"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="181"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="182"/>
        <source>&amp;Milestone</source>
        <translation>里程碑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="184"/>
        <source>&amp;Decision gate</source>
        <translation>决策关口(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="186"/>
        <source>&amp;Pathway</source>
        <translation>路径(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="187"/>
        <source>Pro&amp;blem</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="188"/>
        <source>Pro&amp;duct</source>
        <translation>产品(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="189"/>
        <source>&amp;Organization</source>
        <translation>机构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="190"/>
        <source>P&amp;erson</source>
        <translation>人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="191"/>
        <source>Pa&amp;tent</source>
        <translation>专利(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="195"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="197"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="203"/>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="206"/>
        <source>&amp;Steps table</source>
        <translation>步骤表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="209"/>
        <source>Pathway &amp;map</source>
        <translation>路径图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="213"/>
        <source>Tech&amp;nology transfer</source>
        <translation>技术转移(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="219"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="226"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="230"/>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="231"/>
        <source>Go to to&amp;day</source>
        <translation>转到今天(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="235"/>
        <source>&amp;Color by pathway</source>
        <translation>按路径着色(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="240"/>
        <source>&amp;Link steps by dragging</source>
        <translation>拖动连接步骤(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="244"/>
        <source>C&amp;ritical path and slack</source>
        <translation>关键路径与时差(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="247"/>
        <source>Highlight the critical path and show each step&apos;s slack (Ctrl+Shift+K)</source>
        <translation>突出显示关键路径，并显示每个步骤的时差（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="261"/>
        <source>&amp;Workshop</source>
        <translation>研讨会(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="262"/>
        <source>&amp;Dot vote…</source>
        <translation>圆点投票(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="268"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="270"/>
        <source>&amp;About Frontier Roadmap</source>
        <translation>关于 Frontier Roadmap(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="250"/>
        <location filename="../../roadmap/ui/window_menus.py" line="272"/>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/window_menus.py" line="306"/>
        <source>No recent roadmaps</source>
        <translation>没有最近打开的路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="239"/>
        <source>Add a problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="240"/>
        <source>Add a pathway</source>
        <translation>添加路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="241"/>
        <source>Add a step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="242"/>
        <source>Paste a list</source>
        <translation>粘贴列表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="252"/>
        <source>Pathway map</source>
        <translation>路径图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="253"/>
        <source>Technology transfer</source>
        <translation>技术转移</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="279"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/main_window.py" line="281"/>
        <source>Frontier Roadmap — {file}</source>
        <translation>Frontier Roadmap — {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/status_notes.py" line="40"/>
        <source>Read-only: open on {host} by {user} since {since}</source>
        <translation>只读：{user} 自 {since} 起在 {host} 上打开了它</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/status_notes.py" line="44"/>
        <source>{user} has this roadmap open on {host} (since {since}), so it opened read-only here. Close it there and open it again here to edit it, or save a copy (File › Save As…) to work on your own.</source>
        <translation>{user} 正在 {host} 上打开此路线图（自 {since} 起），因此这里以只读方式打开。请在那里关闭后在此重新打开以进行编辑，或另存一份副本（文件 › 另存为…）独立工作。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/status_notes.py" line="49"/>
        <source>Read-only: this file cannot be written here</source>
        <translation>只读：此处无法写入该文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/status_notes.py" line="51"/>
        <source>This roadmap cannot be written here (a read-only file or folder). Save a copy (File › Save As…) somewhere you can write to edit it.</source>
        <translation>此处无法写入该路线图（文件或文件夹为只读）。请将副本另存到可写入的位置（文件 › 另存为…）后再编辑。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/status_notes.py" line="29"/>
        <source>{steps} steps · {dependencies} dependencies · {pathways} pathways</source>
        <translation>{steps} 个步骤 · {dependencies} 个依赖关系 · {pathways} 条路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="112"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="128"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="172"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="135"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="59"/>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="141"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="60"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="147"/>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="58"/>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="338"/>
        <source>Patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator_model.py" line="330"/>
        <source>Drop it among its own siblings to change the order.</source>
        <translation>请拖放到同级项之间以调整顺序。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/navigator.py" line="36"/>
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
        <location filename="../../roadmap/ui/scenario_dialog.py" line="48"/>
        <location filename="../../roadmap/ui/step_table.py" line="218"/>
        <source>{days:+d} d</source>
        <translation>{days:+d} 天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="48"/>
        <location filename="../../roadmap/ui/step_table.py" line="218"/>
        <source>0 d</source>
        <translation>0 天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="61"/>
        <source>only in the scenario</source>
        <translation>仅在方案中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="62"/>
        <source>only here</source>
        <translation>仅在本路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="63"/>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="83"/>
        <source>Compare with {file}</source>
        <translation>与 {file} 比较</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="86"/>
        <source>The timeline shows {file}&apos;s bars in purple under this roadmap&apos;s. Records are matched by ID; the days say how much later the scenario has them.</source>
        <translation>时间线在本路线图的条形下方用紫色显示 {file} 的条形。记录按 ID 对应；天数表示方案中晚了多少天。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="93"/>
        <source>Scenario: {summary}</source>
        <translation>方案：{summary}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="102"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="132"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="152"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="103"/>
        <source>Start here</source>
        <translation>本方开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="104"/>
        <source>Start there</source>
        <translation>方案开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="109"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="153"/>
        <source>Status here</source>
        <translation>本方状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="110"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="154"/>
        <source>Status there</source>
        <translation>方案状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="133"/>
        <source>Launch here</source>
        <translation>本方上市</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="134"/>
        <source>Launch there</source>
        <translation>方案上市</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="135"/>
        <source>Launch variance</source>
        <translation>上市偏差</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="155"/>
        <source>Rank here</source>
        <translation>本方排名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="156"/>
        <source>Rank there</source>
        <translation>方案排名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="177"/>
        <source>&amp;Adopt this scenario…</source>
        <translation>采用此方案(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="180"/>
        <source>Bring {file}&apos;s plan into this roadmap as one step you can undo</source>
        <translation>把 {file} 的计划并入本路线图，作为可撤销的一步</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="231"/>
        <source>Planning the adoption of {file}…</source>
        <translation>正在规划采用 {file}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="249"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="256"/>
        <source>Adopt this scenario</source>
        <translation>采用此方案</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="257"/>
        <source>This roadmap already holds {file}&apos;s plan: nothing to adopt.</source>
        <translation>本路线图已经是 {file} 的计划：没有可采用的内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="265"/>
        <source>This roadmap takes {file}&apos;s plan: {changes}. Where both changed the same thing, the scenario&apos;s version is taken; {kept} change(s) made here since the two went apart, which the scenario did not touch, are kept.</source>
        <translation>本路线图将采用 {file} 的计划：{changes}。双方改动了同一处时，取方案的版本；分开以后在这里做出、方案未触及的 {kept} 处改动会保留。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="271"/>
        <source>The two files share no base, so this roadmap takes {file}&apos;s records by ID: {changes}. Records only here are removed; the roadmap keeps its title.</source>
        <translation>两个文件没有共同的基础，因此本路线图按 ID 采用 {file} 的记录：{changes}。仅在这里存在的记录会被删除；路线图保留自己的标题。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="276"/>
        <source>Adopt {file}?</source>
        <translation>采用 {file}？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="277"/>
        <source>A backup is kept, and Undo brings the roadmap back in one step.</source>
        <translation>会先保留一份备份，撤销一步即可恢复路线图。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="281"/>
        <source>&amp;Adopt</source>
        <translation>采用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="298"/>
        <source>Adopted the scenario {file}</source>
        <translation>已采用方案 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="304"/>
        <source>Adopting {file}…</source>
        <translation>正在采用 {file}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="345"/>
        <source>Compare with another roadmap</source>
        <translation>与其他路线图比较</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/step_table.py" line="273"/>
        <source>Baseline start</source>
        <translation>基线开始</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/step_table.py" line="274"/>
        <source>Baseline end</source>
        <translation>基线结束</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="105"/>
        <location filename="../../roadmap/ui/step_table.py" line="275"/>
        <source>Start variance</source>
        <translation>开始偏差</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="106"/>
        <source>End here</source>
        <translation>本方结束</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="107"/>
        <source>End there</source>
        <translation>方案结束</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="108"/>
        <location filename="../../roadmap/ui/step_table.py" line="276"/>
        <source>Finish variance</source>
        <translation>完成偏差</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/step_table.py" line="355"/>
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
        <location filename="../../roadmap/ui/timeline/places.py" line="137"/>
        <source>{percent}% done</source>
        <translation>已完成 {percent}%</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/style.py" line="111"/>
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
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="30"/>
        <source>Record a move</source>
        <translation>记录人才流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="29"/>
        <source>A move of {name} between organizations.</source>
        <translation>{name}在机构之间的流动。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="48"/>
        <source>Leave empty while the move lasts or when it is for good</source>
        <translation>流动仍在进行或为永久流动时留空</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="52"/>
        <source>Kind of move</source>
        <translation>流动类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="53"/>
        <source>From</source>
        <translation>流出机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="54"/>
        <source>To</source>
        <translation>流入机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baselines_dialog.py" line="83"/>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="57"/>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="79"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="65"/>
        <source>Choose the organization the move starts from and the one it goes to.</source>
        <translation>请选择流出机构和流入机构。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/move_dialog.py" line="67"/>
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
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="52"/>
        <source>Change patent status</source>
        <translation>变更专利状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="49"/>
        <source>“{title}” is now {status}.</source>
        <translation>“{title}”现在的状态为：{status}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="73"/>
        <source>e.g. the contract or the office action</source>
        <translation>例如：许可合同或审查意见通知书</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="92"/>
        <source>Choose the organization that takes the licence.</source>
        <translation>请选择获得许可的机构。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="75"/>
        <source>New status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/status_dialog.py" line="76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="84"/>
        <source>Filter patents…</source>
        <translation>筛选专利…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="85"/>
        <source>Add patent</source>
        <translation>添加专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="86"/>
        <source>Delete patent</source>
        <translation>删除专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="87"/>
        <source>Delete the patent “{name}” and its history?</source>
        <translation>删除专利“{name}”及其历史记录吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="99"/>
        <source>Filter organizations…</source>
        <translation>筛选机构…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="100"/>
        <source>Add organization</source>
        <translation>添加机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="101"/>
        <source>Delete organization</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="102"/>
        <source>Delete the organization “{name}”?</source>
        <translation>删除机构“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="113"/>
        <source>Filter people…</source>
        <translation>筛选人员…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="114"/>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="115"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="116"/>
        <source>Delete “{name}” and their moves?</source>
        <translation>删除“{name}”及其流动记录吗？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_page.py" line="61"/>
        <source>Figures and charts</source>
        <translation>数据与图表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="60"/>
        <source>Research → industry</source>
        <translation>科研 → 产业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="61"/>
        <source>Industry → research</source>
        <translation>产业 → 科研</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="62"/>
        <source>University ↔ institute</source>
        <translation>高校 ↔ 科研院所</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="63"/>
        <source>Other moves</source>
        <translation>其他流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="69"/>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="168"/>
        <source>Patent pipeline by status and year (at each year&apos;s end)</source>
        <translation>各年末专利状态分布（专利管线）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="169"/>
        <source>People moving between sectors, by direction and year</source>
        <translation>产学研之间的人才流动（按方向和年份）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="170"/>
        <source>Patents licensed or transferred to enterprises</source>
        <translation>许可或转让给企业的专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="171"/>
        <source>Per organization</source>
        <translation>按机构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="180"/>
        <source>Per pathway</source>
        <translation>按路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="292"/>
        <source>{patents} patents, {reached} of them licensed or transferred to enterprises · {moves} moves between organizations, {cross} of them between sectors</source>
        <translation>{patents} 项专利，其中 {reached} 项已许可或转让给企业 · 机构间流动 {moves} 人次，其中产学研之间 {cross} 人次</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="237"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="308"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="308"/>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="327"/>
        <source>Patents owned</source>
        <translation>拥有专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="328"/>
        <source>Licensed in</source>
        <translation>获得许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="329"/>
        <source>Moves in</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="330"/>
        <source>Moves out</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="339"/>
        <source>Granted or later</source>
        <translation>已授权及以后</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="340"/>
        <source>To enterprises</source>
        <translation>转给企业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="341"/>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="342"/>
        <source>Licensees</source>
        <translation>被许可方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/transfer/transfer_view.py" line="238"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="28"/>
        <source>Type a date, e.g. 2027-06-30, 2027-06, 2027Q3 or 2027.</source>
        <translation>请输入日期，例如 2027-06-30、2027-06、2027Q3 或 2027。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="30"/>
        <source>Not a date: type it as 2027-06-30 (year-month-day), 2027-06, 2027Q3 or 2027.</source>
        <translation>不是日期：请按 2027-06-30（年-月-日）、2027-06、2027Q3 或 2027 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="32"/>
        <source>The year must be between 1900 and 2199.</source>
        <translation>年份必须在 1900 到 2199 之间。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="33"/>
        <source>There is no such month: months go from 01 to 12.</source>
        <translation>没有这个月份：月份为 01 到 12。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="34"/>
        <source>That month has no such day.</source>
        <translation>该月没有这一天。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="35"/>
        <source>There is no such quarter: quarters go from Q1 to Q4.</source>
        <translation>没有这个季度：季度为 Q1 到 Q4。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="60"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="60"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/date_edit.py" line="63"/>
        <source>A date as 2027-06-30, or a year (2027), month (2027-06) or quarter (2027Q3); Up/Down: a day, Page Up/Down: a month.</source>
        <translation>日期格式为 2027-06-30，也可输入年份（2027）、月份（2027-06）或季度（2027Q3）；上/下键：一天，Page Up/Down：一个月。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baseline_note.py" line="48"/>
        <source>Not in baseline “{name}”: added since.</source>
        <translation>不在基线“{name}”中：此后新增。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/baseline_note.py" line="52"/>
        <source>Baseline “{name}”: {start} – {end}, {status}, {progress}%, TRL {trl_start}→{trl_target}. Since then: start {start_days:+d} d, finish {finish_days:+d} d.</source>
        <translation>基线“{name}”：{start} – {end}，{status}，{progress}%，TRL {trl_start}→{trl_target}。此后：开始 {start_days:+d} 天，完成 {finish_days:+d} 天。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="31"/>
        <source>Portfolio</source>
        <translation>组合视图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="35"/>
        <source>A folder of .roadmap files, or postgresql://USER@HOST/DATABASE</source>
        <translation>存放 .roadmap 文件的文件夹，或 postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="39"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="41"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="47"/>
        <source>Roadmaps from:</source>
        <translation>路线图来源：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="57"/>
        <source>Folder of roadmaps</source>
        <translation>路线图文件夹</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="72"/>
        <source>Counting the portfolio…</source>
        <translation>正在统计组合…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="88"/>
        <source>{count} roadmaps</source>
        <translation>{count} 个路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/portfolio_window.py" line="90"/>
        <source>skipped: {files}</source>
        <translation>已跳过：{files}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="251"/>
        <source>Committed; bringing the file in line…</source>
        <translation>已提交；正在更新本地文件…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="59"/>
        <source>Not in a repository</source>
        <translation>未加入仓库</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="62"/>
        <source>Not published since {time}</source>
        <translation>自 {time} 以来未发布</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="71"/>
        <source>Synced with {where} at {time} (version {version})</source>
        <translation>已于 {time} 与 {where} 同步（版本 {version}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="130"/>
        <source>Repository URL (postgresql://USER@HOST/DATABASE; no password):</source>
        <translation>仓库地址（postgresql://USER@HOST/DATABASE；不含密码）：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="141"/>
        <location filename="../../roadmap/ui/repository_actions.py" line="158"/>
        <source>Open from repository</source>
        <translation>从仓库打开</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="150"/>
        <location filename="../../roadmap/ui/repository_actions.py" line="201"/>
        <source>Reading the repository…</source>
        <translation>正在读取仓库…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="158"/>
        <location filename="../../roadmap/ui/repository_actions.py" line="212"/>
        <source>Roadmap:</source>
        <translation>路线图：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="166"/>
        <source>Save the roadmap as</source>
        <translation>将路线图另存为</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="168"/>
        <source>Roadmaps (*.roadmap)</source>
        <translation>路线图 (*.roadmap)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="180"/>
        <source>Cloning {title}…</source>
        <translation>正在克隆 {title}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="191"/>
        <location filename="../../roadmap/ui/repository_actions.py" line="211"/>
        <source>Delete from repository</source>
        <translation>从仓库删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="221"/>
        <source>Delete {title} (version {version}) from the repository, for everyone who works on it? Their files keep it, but they can no longer publish or pull it. This cannot be undone.</source>
        <translation>要为所有使用者从仓库删除 {title}（版本 {version}）吗？他们的文件会保留它，但无法再发布或拉取。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="233"/>
        <source>Deleting {title}…</source>
        <translation>正在删除 {title}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="249"/>
        <source>Bringing the file in line…</source>
        <translation>正在更新本地文件…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="295"/>
        <source>Publish to a repository</source>
        <translation>发布到仓库</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="314"/>
        <location filename="../../roadmap/ui/repository_actions.py" line="336"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="361"/>
        <source>Pulling…</source>
        <translation>正在拉取…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/repository_actions.py" line="383"/>
        <source>Version {version}: {sent} rows sent, {received} rows received</source>
        <translation>版本 {version}：已发送 {sent} 行，已接收 {received} 行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/parking_lot.py" line="83"/>
        <source>Park an idea and press Enter</source>
        <translation>记下一个想法，按回车暂存</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/parking_lot.py" line="86"/>
        <source>Make step</source>
        <translation>转为步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/parking_lot.py" line="88"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/parking_lot.py" line="161"/>
        <source>Add a pathway first: an idea becomes a step of a pathway.</source>
        <translation>请先添加路径：想法需要转为某条路径的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/presenter.py" line="50"/>
        <source>Presenter banner</source>
        <translation>演示横幅</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/presenter.py" line="169"/>
        <source>{problem}
→ {pathway}</source>
        <translation>{problem}
→ {pathway}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="52"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="52"/>
        <source>What should be printed?</source>
        <translation>要打印什么？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="53"/>
        <source>The current view of the timeline</source>
        <translation>时间线的当前视图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="54"/>
        <source>The whole roadmap as a wall chart</source>
        <translation>整个路线图（挂图）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="62"/>
        <source>A4 sheets to tape into an A1</source>
        <translation>A4 纸张，拼贴成 A1</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/printing.py" line="68"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="46"/>
        <source>Participant {n}</source>
        <translation>参与者 {n}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="59"/>
        <source>Dot vote</source>
        <translation>圆点投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="77"/>
        <source>Which pathways should we pursue first?</source>
        <translation>我们应优先推进哪些路径？</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="78"/>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="85"/>
        <source>Product: {name}</source>
        <translation>产品：{name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="87"/>
        <source>Vote on:</source>
        <translation>投票对象：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="91"/>
        <source>Dots per participant:</source>
        <translation>每人票数：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="94"/>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="95"/>
        <source>Most dots on one item:</source>
        <translation>单项最多票数：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="97"/>
        <source>Names separated by commas, or how many people vote</source>
        <translation>用逗号分隔的姓名，或参与投票的人数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="98"/>
        <source>Participants:</source>
        <translation>参与者：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="99"/>
        <source>Keep who voted for what (named voting)</source>
        <translation>记录谁投了什么（记名投票）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="101"/>
        <source>Start voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="124"/>
        <source>Cast ballot</source>
        <translation>投出选票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="127"/>
        <source>Close the vote</source>
        <translation>结束投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="145"/>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="145"/>
        <source>Dots</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="147"/>
        <source>Apply as a scoring criterion of the pathways</source>
        <translation>作为路径的评分准则</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="149"/>
        <location filename="../../roadmap/ui/vote_dialog.py" line="268"/>
        <source>Team vote</source>
        <translation>团队投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="157"/>
        <source>Criterion:</source>
        <translation>准则：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="158"/>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="159"/>
        <source>Store the vote</source>
        <translation>保存投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="208"/>
        <source>Ballot {n} of {total} — {name}: give your {dots} dots</source>
        <translation>第 {n}/{total} 张选票 — {name}：请投出你的 {dots} 票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="229"/>
        <source>Dots left: {left}</source>
        <translation>剩余票数：{left}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/vote_dialog.py" line="255"/>
        <source>The vote is closed: {ballots} of {total} ballots.</source>
        <translation>投票已结束：共收到 {ballots}/{total} 张选票。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="149"/>
        <location filename="../../roadmap/ui/workshop_timer.py" line="213"/>
        <source>Choose a time box.</source>
        <translation>请选择时间段。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="155"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="160"/>
        <source>or type minutes, e.g. 7:30</source>
        <translation>或输入分钟数，如 7:30</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="163"/>
        <location filename="../../roadmap/ui/workshop_timer.py" line="207"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="165"/>
        <source>+{minutes} min</source>
        <translation>+{minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="191"/>
        <source>Type minutes such as 7, 7.5 or 7:30.</source>
        <translation>请输入分钟数，如 7、7.5 或 7:30。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="207"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="211"/>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="217"/>
        <source>Running.</source>
        <translation>计时中。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="218"/>
        <source>70 % of the time is used.</source>
        <translation>已用去 70% 的时间。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/workshop_timer.py" line="219"/>
        <source>Time&apos;s up.</source>
        <translation>时间到。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="112"/>
        <location filename="../../roadmap/ui/authoring.py" line="167"/>
        <location filename="../../roadmap/ui/authoring.py" line="200"/>
        <location filename="../../roadmap/ui/authoring.py" line="223"/>
        <location filename="../../roadmap/ui/document_actions.py" line="314"/>
        <location filename="../../roadmap/ui/timeline/canvas.py" line="116"/>
        <source>{count} steps</source>
        <translation>{count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="141"/>
        <source>Select the steps to copy first.</source>
        <translation>请先选择要复制的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="149"/>
        <source>Copied {count} steps</source>
        <translation>已复制 {count} 个步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring.py" line="192"/>
        <source>The clipboard holds no steps and no text to paste.</source>
        <translation>剪贴板中没有可粘贴的步骤或文本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="38"/>
        <source>Cu&amp;t steps</source>
        <translation>剪切步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="39"/>
        <source>&amp;Copy steps</source>
        <translation>复制步骤(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="40"/>
        <source>&amp;Paste steps or a list</source>
        <translation>粘贴步骤或列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="41"/>
        <source>D&amp;uplicate steps</source>
        <translation>创建步骤副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="44"/>
        <source>Move &amp;later by one time unit</source>
        <translation>推后一个时间单位(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="45"/>
        <source>Move &amp;earlier by one time unit</source>
        <translation>提前一个时间单位(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="46"/>
        <source>Move later by one day</source>
        <translation>推后一天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="47"/>
        <source>Move earlier by one day</source>
        <translation>提前一天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="49"/>
        <source>&amp;Nudge selected steps</source>
        <translation>微移所选步骤(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="54"/>
        <source>&amp;Find steps…</source>
        <translation>查找步骤(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="56"/>
        <source>&amp;Quick capture…</source>
        <translation>快速录入(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="58"/>
        <source>Type a step as one line: Name 2027Q3-2028Q2 @lane #pathway (Ctrl+K)</source>
        <translation>用一行输入一个步骤：名称 2027Q3-2028Q2 @泳道 #路径 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="86"/>
        <source>Fold the &amp;navigator to a strip</source>
        <translation>把导航栏折叠成窄条(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="87"/>
        <source>Fold the &amp;inspector to a strip</source>
        <translation>把检查器折叠成窄条(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="92"/>
        <source>Double-clicking a panel&apos;s title bar folds and unfolds it too</source>
        <translation>双击面板的标题栏也可以折叠或展开它</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="96"/>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="100"/>
        <source>Ta&amp;ller rows</source>
        <translation>增加行高(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="103"/>
        <source>S&amp;horter rows</source>
        <translation>减小行高(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="105"/>
        <source>Row height also follows Ctrl+Shift+wheel</source>
        <translation>也可以用 Ctrl+Shift+滚轮调整行高</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="125"/>
        <source>All changes saved</source>
        <translation>所有更改已保存</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/authoring_actions.py" line="135"/>
        <source>Saved at {time}</source>
        <translation>已于 {time} 保存</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="79"/>
        <source>Add step:</source>
        <translation>添加步骤：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="82"/>
        <source>Name 2027Q3-2028Q2 @lane #pathway !kind TRL3-5 — Enter adds it</source>
        <translation>名称 2027Q3-2028Q2 @泳道 #路径 !类型 TRL3-5 — 按回车添加</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="96"/>
        <source>→ {pathway}</source>
        <translation>→ {pathway}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="110"/>
        <source>Added &quot;{name}&quot;</source>
        <translation>已添加“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="119"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="120"/>
        <source>Part of a step&apos;s name — Enter goes to the next</source>
        <translation>步骤名称的一部分 — 按回车跳到下一个</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="133"/>
        <source>No step matches</source>
        <translation>没有匹配的步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/capture_bar.py" line="144"/>
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
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="58"/>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="59"/>
        <source>decision gate</source>
        <translation>决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="60"/>
        <source>✓ done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="61"/>
        <source>⚠ at risk</source>
        <translation>⚠ 有风险</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="62"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="63"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/legend.py" line="64"/>
        <source>critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/backup_actions.py" line="40"/>
        <source>{when} ({reason}, {size} KB)</source>
        <translation>{when}（{reason}，{size} KB）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/backup_actions.py" line="49"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/backup_actions.py" line="50"/>
        <source>Backups of {name}, newest first:</source>
        <translation>{name} 的备份（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/backup_actions.py" line="59"/>
        <source>Replace {name} with the backup of {when}? What it holds now is backed up first, so you can go back with another restore.</source>
        <translation>用 {when} 的备份替换 {name}？其当前内容会先备份，因此可以再次恢复回来。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="38"/>
        <source>Copies for breakout groups</source>
        <translation>分组副本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="42"/>
        <source>Each group gets its own copy of this roadmap to work on offline. The copies remember this roadmap as it is now, so File › Merge copies… can bring their changes back.</source>
        <translation>每个小组各得一份本路线图的副本，可离线工作。副本记住了本路线图当前的内容，之后可用“文件 › 合并副本…”把各组的修改合并回来。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="49"/>
        <source>One group per line</source>
        <translation>每行一个小组</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="50"/>
        <source>Group {letter}</source>
        <translation>{letter} 组</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="52"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="58"/>
        <source>&amp;Groups:</source>
        <translation>小组(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="59"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="81"/>
        <source>Folder for the copies</source>
        <translation>存放副本的文件夹</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="92"/>
        <source>Name at least one group.</source>
        <translation>请至少填写一个小组。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="118"/>
        <source>Wrote {count} copies to {folder}</source>
        <translation>已将 {count} 份副本写入 {folder}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="133"/>
        <source>Merge copies into this roadmap</source>
        <translation>将副本合并到此路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/breakout.py" line="135"/>
        <source>Roadmap copies (*.roadmap)</source>
        <translation>路线图副本 (*.roadmap)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="68"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="71"/>
        <source>(as it was)</source>
        <translation>（未改动）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="71"/>
        <source>(edited)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="140"/>
        <source>Merge copies</source>
        <translation>合并副本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="163"/>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="163"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="163"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="163"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="163"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <source>Base</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <location filename="../../roadmap/ui/merge_dialog.py" line="344"/>
        <source>Mine</source>
        <translation>我方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="167"/>
        <location filename="../../roadmap/ui/merge_dialog.py" line="344"/>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="175"/>
        <source>All &amp;mine</source>
        <translation>全部用我方(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="176"/>
        <source>All &amp;theirs</source>
        <translation>全部用对方(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="185"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="193"/>
        <source>Conflicts: base / mine / theirs</source>
        <translation>冲突：基准 / 我方 / 对方</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="209"/>
        <source>Preview: the result, with the side not taken as ghost bars</source>
        <translation>预览：合并结果，未采用的一方以虚影条显示</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="222"/>
        <location filename="../../roadmap/ui/merge_dialog.py" line="246"/>
        <source>Merging {count} copies into &quot;{title}&quot;</source>
        <translation>正在将 {count} 份副本合并到“{title}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="238"/>
        <source>Planning the merge…</source>
        <translation>正在规划合并…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="266"/>
        <source>{kind} &quot;{name}&quot; was added by both sides</source>
        <translation>双方都新增了{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="272"/>
        <source>Possible duplicates: {list}</source>
        <translation>可能重复：{list}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="278"/>
        <source>{count} conflict(s) to settle before merging.</source>
        <translation>合并前还有 {count} 处冲突需要解决。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="280"/>
        <source>Ready to merge: {summary}</source>
        <translation>可以合并：{summary}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="288"/>
        <location filename="../../roadmap/ui/scenario_dialog.py" line="262"/>
        <source>{added} added, {changed} changed, {deleted} deleted</source>
        <translation>新增 {added}，修改 {changed}，删除 {deleted}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="317"/>
        <source>rule: {reason}</source>
        <translation>规则：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="321"/>
        <source>deleted / edited</source>
        <translation>删除 / 修改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="442"/>
        <source>Merged {count} copies: {summary}</source>
        <translation>已合并 {count} 份副本：{summary}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/merge_dialog.py" line="453"/>
        <source>Merging {count} copies…</source>
        <translation>正在合并 {count} 份副本…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/sync_merge_dialog.py" line="22"/>
        <source>Conflicts with the repository</source>
        <translation>与仓库的冲突</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/sync_merge_dialog.py" line="23"/>
        <source>&amp;Settle and sync</source>
        <translation>解决并同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/sync_merge_dialog.py" line="28"/>
        <source>Changes here and in the repository collide in &quot;{title}&quot;</source>
        <translation>“{title}”中本地与仓库的修改有冲突</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/ghost_band.py" line="44"/>
        <source>Only in {other}</source>
        <translation>仅在 {other} 中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/ghost_band.py" line="45"/>
        <source>only in {other}</source>
        <translation>仅在 {other} 中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/ghost_band.py" line="47"/>
        <source>Removed since the baseline {name}</source>
        <translation>基线 {name} 之后已删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/timeline/ghost_band.py" line="48"/>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="29"/>
        <source>{name} (recovered).roadmap</source>
        <translation>{name}（已恢复）.roadmap</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="43"/>
        <source>Unfinished write</source>
        <translation>未完成的写入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="44"/>
        <source>{name} was not saved completely.</source>
        <translation>{name} 没有完整保存。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="47"/>
        <source>A program stopped while it was saving this roadmap and left its unfinished write beside it. Nothing is lost: rolled back, the roadmap holds everything up to its last completed edit. But the file is read-only here (no permission to write it, or a read-only disk), so it cannot be rolled back where it is.</source>
        <translation>有程序在保存此路线图时中止，在它旁边留下了一次未完成的写入。不会丢失任何内容：回滚后，路线图包含最后一次完成的编辑之前的全部内容。但此文件在此处是只读的（没有写入权限，或在只读磁盘上），因此无法在原处回滚。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="54"/>
        <source>Save a recovered copy where you choose, or, since the file is yours, make it writable for the roll-back.</source>
        <translation>可以把恢复后的副本保存到您选择的位置；或者，由于此文件属于您，可以让它暂时可写以便回滚。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="58"/>
        <source>Save a recovered copy where you choose; the file itself stays as it is.</source>
        <translation>请把恢复后的副本保存到您选择的位置；原文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="61"/>
        <source>Save a recovered copy…</source>
        <translation>保存恢复后的副本…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="65"/>
        <source>Make it writable and roll back</source>
        <translation>使其可写并回滚</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/recovery_dialog.py" line="75"/>
        <source>Save a recovered copy</source>
        <translation>保存恢复后的副本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/history_steps.py" line="72"/>
        <source>Undoing {name}…</source>
        <translation>正在撤销 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/history_steps.py" line="72"/>
        <source>Redoing {name}…</source>
        <translation>正在重做 {name}…</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/session.py" line="258"/>
        <source>Wait a moment: the undo or redo under way is being written.</source>
        <translation>请稍候：正在写入进行中的撤销或重做。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="8"/>
        <source>{kind} &quot;{name}&quot;</source>
        <translation>{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="9"/>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="10"/>
        <source>roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="11"/>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="12"/>
        <source>criterion</source>
        <translation>评价标准</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="13"/>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="14"/>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="15"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="16"/>
        <source>figure of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="17"/>
        <source>pathway</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="18"/>
        <source>score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="19"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="20"/>
        <source>dependency</source>
        <translation>依赖</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="21"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="30"/>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="22"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="339"/>
        <source>mobility</source>
        <translation>人员流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="23"/>
        <source>patent</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="24"/>
        <source>patent event</source>
        <translation>专利事件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="25"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="26"/>
        <source>research</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="27"/>
        <source>technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="28"/>
        <source>prototype</source>
        <translation>原型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="29"/>
        <source>pilot</source>
        <translation>中试</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="31"/>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="32"/>
        <source>decision gate</source>
        <translation>决策关口</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="33"/>
        <source>idea</source>
        <translation>构想</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="34"/>
        <source>filed</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="35"/>
        <source>granted</source>
        <translation>已授权</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="36"/>
        <source>licensed</source>
        <translation>已许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="37"/>
        <source>transferred</source>
        <translation>已转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="38"/>
        <source>lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="39"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="40"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="41"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="42"/>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="43"/>
        <source>a list of IDs</source>
        <translation>ID 列表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="44"/>
        <source>one of {choices}</source>
        <translation>以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="45"/>
        <source>{what}: {field} must be {expected}, not {value}.</source>
        <translation>{what}：{field} 必须是{expected}，而不是 {value}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="46"/>
        <source>{what}: {field} must be a finite number.</source>
        <translation>{what}：{field} 必须是有限数值。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="47"/>
        <source>{kind}: every record needs an ID.</source>
        <translation>{kind}：每条记录都需要一个 ID。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="48"/>
        <source>{kind} {id}: {field} is empty.</source>
        <translation>{kind} {id}：{field} 为空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="49"/>
        <source>{what}: color {color} is not a #RRGGBB color.</source>
        <translation>{what}：颜色 {color} 不是 #RRGGBB 格式的颜色。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="50"/>
        <source>{what}: end {end} is before start {start}; set the end on or after the start.</source>
        <translation>{what}：结束日期 {end} 早于开始日期 {start}；请把结束日期设在开始日期当天或之后。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="51"/>
        <source>{what}: a {step_kind} happens on one day, so its end must equal its start.</source>
        <translation>{what}：{step_kind}只发生在一天，结束日期必须等于开始日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="52"/>
        <source>{what}: give both TRL at start and target TRL, or neither.</source>
        <translation>{what}：请同时填写起始 TRL 和目标 TRL，或者都不填。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="53"/>
        <source>{what}: TRL {trl} is outside 1–9.</source>
        <translation>{what}：TRL {trl} 超出 1–9 的范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="54"/>
        <source>{what}: target TRL {target} is below the TRL at start {start}; a step cannot lower maturity.</source>
        <translation>{what}：目标 TRL {target} 低于起始 TRL {start}；一个步骤不能降低成熟度。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="55"/>
        <source>{what}: progress {progress}% is outside 0–100.</source>
        <translation>{what}：进度 {progress}% 超出 0–100 的范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="56"/>
        <source>{what}: budget cannot be negative.</source>
        <translation>{what}：预算不能为负数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="57"/>
        <source>{what}: the horizon ends ({end}) before it starts ({start}).</source>
        <translation>{what}：规划期的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="58"/>
        <source>Ask a question to vote on.</source>
        <translation>请填写投票的问题。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="59"/>
        <source>Choose what to vote on.</source>
        <translation>请选择投票的对象。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="60"/>
        <source>Name the participants, or say how many there are.</source>
        <translation>请填写参与者姓名，或参与人数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="61"/>
        <source>The vote is closed.</source>
        <translation>投票已结束。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="62"/>
        <source>The totals are shown when the vote is closed.</source>
        <translation>投票结束后才显示票数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="63"/>
        <source>It is not {name}&apos;s turn to vote.</source>
        <translation>现在还没轮到 {name} 投票。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="64"/>
        <source>{id} is not on the ballot.</source>
        <translation>{id} 不在选票上。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="65"/>
        <source>At most {cap} dots on one item.</source>
        <translation>每一项最多投 {cap} 票。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="66"/>
        <source>{spent} dots given; each participant has {dots}.</source>
        <translation>投了 {spent} 票；每位参与者只有 {dots} 票。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="67"/>
        <source>{what}: give each participant at least one dot; a cap and the number of participants cannot be negative.</source>
        <translation>{what}：每位参与者至少要有一票；单项上限和参与人数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="68"/>
        <source>Vote count {id} must be for exactly one pathway, step or product.</source>
        <translation>投票结果 {id} 必须且只能对应一个路径、步骤或产品。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="69"/>
        <source>Vote count {id} has {count} dots; a count cannot be negative.</source>
        <translation>投票结果 {id} 的票数为 {count}；票数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="70"/>
        <source>score {id}: {value} is outside 1–5.</source>
        <translation>评分 {id}：{value} 超出 1–5 的范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="71"/>
        <source>{what}: weight {weight} is negative.</source>
        <translation>{what}：权重 {weight} 为负数。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="72"/>
        <source>A step cannot depend on itself.</source>
        <translation>步骤不能依赖自身。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="73"/>
        <source>mobility {id}: ends ({end}) before it starts ({start}); set the end on or after the start, or leave it empty while the move lasts.</source>
        <translation>人员流动 {id}：结束日期（{end}）早于开始日期（{start}）；请把结束日期设在开始日期当天或之后，流动仍在进行时可留空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="74"/>
        <source>mobility {id}: moves to the organization it comes from.</source>
        <translation>人员流动 {id}：流入的组织与流出的组织相同。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="75"/>
        <source>These steps would wait on each other in a circle: {names}. Remove one dependency.</source>
        <translation>这些步骤会形成循环等待：{names}。请删除其中一个依赖。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="76"/>
        <source>This roadmap is open read-only; save a copy to change it.</source>
        <translation>此路线图以只读方式打开；请另存一份副本再修改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="77"/>
        <source>There is no {kind} with ID {id}.</source>
        <translation>不存在 ID 为 {id} 的{kind}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="78"/>
        <source>{what}: choose a {kind}.</source>
        <translation>{what}：请选择一个{kind}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="79"/>
        <source>{what}: {field} is empty.</source>
        <translation>{what}：{field} 为空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="80"/>
        <source>{what}: {field} {target} names no {kind} in this roadmap.</source>
        <translation>{what}：{field} {target} 在此路线图中找不到对应的{kind}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="81"/>
        <source>These two steps are already linked by a dependency.</source>
        <translation>这两个步骤之间已经有依赖关系。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="82"/>
        <source>ID {id} is used twice; IDs must be unique.</source>
        <translation>ID {id} 被使用了两次；ID 必须唯一。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="83"/>
        <source>This pathway already has a score on this criterion; keep one.</source>
        <translation>此路径在该评价标准上已有评分；只保留一个。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="84"/>
        <source>This pathway already has a score on this criterion; change it.</source>
        <translation>此路径在该评价标准上已有评分；请修改已有评分。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="85"/>
        <source>A file holds one roadmap; create a new file instead.</source>
        <translation>一个文件只包含一个路线图；请新建一个文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="86"/>
        <source>ID {id} is already used; give the new record a new ID.</source>
        <translation>ID {id} 已被使用；请为新记录指定新的 ID。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="87"/>
        <source>An ID never changes.</source>
        <translation>ID 永远不能更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="88"/>
        <source>A {kind} has no field {fields}.</source>
        <translation>{kind}没有字段 {fields}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="89"/>
        <source>The roadmap itself cannot be deleted; delete the file.</source>
        <translation>路线图本身不能删除；请删除文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="90"/>
        <source>{kind} records have no order.</source>
        <translation>{kind}没有顺序。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="91"/>
        <source>This {kind} is still used by {count} {child_kind}(s); move them elsewhere before deleting it.</source>
        <translation>此{kind}仍被 {count} 个{child_kind}使用；请先把它们移到别处再删除。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="92"/>
        <source>{what} is already {status}; choose another status, or edit the patent to change its other fields.</source>
        <translation>{what}已经是“{status}”状态；请选择其他状态，或编辑专利以修改其他字段。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="93"/>
        <source>the history of {what} already has {status} on {date}; date the change on or after {date}, or correct that entry first.</source>
        <translation>{what}的历史中已有 {date} 的“{status}”记录；请把这次变更的日期定在 {date} 当天或之后，或先更正那条记录。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="94"/>
        <source>{what} cannot be {status} without a licensee; choose the organization that takes it.</source>
        <translation>{what}没有被许可方就不能是“{status}”状态；请选择接受它的组织。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="95"/>
        <source>{what} belongs to no organization; say which organization the move starts from.</source>
        <translation>{what}不属于任何组织；请指明流动从哪个组织开始。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="96"/>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="97"/>
        <source>… and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="98"/>
        <source>Cancelled before anything was written: the roadmap is as it was.</source>
        <translation>已在写入前取消：路线图保持原样。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="99"/>
        <source>{what} was changed meanwhile (by another program or window); nothing was written. Reload and make the change again.</source>
        <translation>{what}在此期间已被更改（其他程序或窗口）；未写入任何内容。请重新载入后再修改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="100"/>
        <source>{what} exists already (added meanwhile by another program or window); nothing was written. Reload and make the change again.</source>
        <translation>{what}已经存在（在此期间由其他程序或窗口添加）；未写入任何内容。请重新载入后再修改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="101"/>
        <source>{what} was changed meanwhile (by another program or window); nothing was written.</source>
        <translation>{what}在此期间已被更改（其他程序或窗口）；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="102"/>
        <source>Could not undo this step: {name}. {reason}
It was taken off the undo history; the roadmap shows what the file holds now, and the steps before it can still be undone.</source>
        <translation>无法撤销这一步：{name}。{reason}
该步骤已从撤销历史中移除；路线图显示的是文件中现有的内容，更早的步骤仍可撤销。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="103"/>
        <source>Could not redo this step: {name}. {reason}
It was taken off the undo history; the roadmap shows what the file holds now.</source>
        <translation>无法重做这一步：{name}。{reason}
该步骤已从撤销历史中移除；路线图显示的是文件中现有的内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="104"/>
        <source>the link {key} ({table})</source>
        <translation>链接 {key}（{table}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="105"/>
        <source>Line {number}: {problem}</source>
        <translation>第 {number} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="106"/>
        <source>&quot;{text}&quot; is not a date that exists.</source>
        <translation>“{text}”不是存在的日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="107"/>
        <source>&quot;{text}&quot; gives no name for the step.</source>
        <translation>“{text}”没有给出步骤名称。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="108"/>
        <source>&quot;{text}&quot; names no kind of step (research, milestone, gate, …).</source>
        <translation>“{text}”不是步骤类型（研究、里程碑、决策关口……）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="109"/>
        <source>Row {number}: the name cell is empty.</source>
        <translation>第 {number} 行：名称为空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="110"/>
        <source>Row {number}: start &quot;{text}&quot; is not a date.</source>
        <translation>第 {number} 行：开始日期“{text}”不是日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="111"/>
        <source>Row {number}: end &quot;{text}&quot; is not a date.</source>
        <translation>第 {number} 行：结束日期“{text}”不是日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="112"/>
        <source>Row {number}: TRL &quot;{text}&quot; is not a level from 1 to 9.</source>
        <translation>第 {number} 行：TRL“{text}”不是 1 到 9 之间的等级。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="113"/>
        <source>No {kind} is called &quot;{typed}&quot;; there are {names}.</source>
        <translation>没有名为“{typed}”的{kind}；现有：{names}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="114"/>
        <source>No {kind} is called &quot;{typed}&quot;; there is none yet.</source>
        <translation>没有名为“{typed}”的{kind}；目前还没有。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="115"/>
        <source>Several of them start with &quot;{typed}&quot;: {names}; type more of the {kind}&apos;s name.</source>
        <translation>有多个{kind}以“{typed}”开头：{names}；请多输入几个字。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="116"/>
        <source>Say which pathway the step is on (#pathway), or select one first.</source>
        <translation>请说明步骤属于哪条路径（#路径），或先选择一条路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="117"/>
        <source>The roadmap has no lane to put the steps in.</source>
        <translation>此路线图没有可放置步骤的泳道。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="118"/>
        <source>There is nothing to add: the text has no lines.</source>
        <translation>没有可添加的内容：文本中没有任何行。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="119"/>
        <source>The clipboard holds no steps this version can read.</source>
        <translation>剪贴板中没有此版本能读取的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="120"/>
        <source>Select a pathway to paste the steps onto.</source>
        <translation>请先选择要粘贴步骤的路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="121"/>
        <source>{path} does not exist; check the path or create it with `roadmap new`.</source>
        <translation>{path} 不存在；请检查路径，或用 `roadmap new` 创建它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="122"/>
        <source>{path} is a folder, not a roadmap file.</source>
        <translation>{path} 是文件夹，不是路线图文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="123"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>无法读取 {name}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="124"/>
        <source>{name} is not a Frontier Roadmap file (it is not a roadmap database).</source>
        <translation>{name} 不是 Frontier Roadmap 文件（不是路线图数据库）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="125"/>
        <source>{name} is an SQLite database but not a Frontier Roadmap file; import its data instead of opening it.</source>
        <translation>{name} 是 SQLite 数据库，但不是 Frontier Roadmap 文件；请导入其数据而不是直接打开。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="126"/>
        <source>{name} was written by a newer Frontier Roadmap (file format {version}, this version reads up to {supported}); update the program to open it.</source>
        <translation>{name} 由更新版本的 Frontier Roadmap 写入（文件格式 {version}，本版本最多读取 {supported}）；请更新程序后再打开。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="127"/>
        <source>{name} was written by a version of Frontier Roadmap that this one does not know (revision {revision}); open it with the program that wrote it, or update this one.</source>
        <translation>{name} 由本程序不认识的 Frontier Roadmap 版本写入（修订 {revision}）；请用写入它的程序打开，或更新本程序。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="128"/>
        <source>{name} is damaged and cannot be opened; use a backup copy.</source>
        <translation>{name} 已损坏，无法打开；请使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="129"/>
        <source>{name} is damaged ({detail}); use a backup copy.</source>
        <translation>{name} 已损坏（{detail}）；请使用备份副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="130"/>
        <source>{name} is an unfinished roadmap file (no format version); use a backup.</source>
        <translation>{name} 是未写完的路线图文件（没有格式版本）；请使用备份。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="131"/>
        <source>Save As needs a different file name than the open roadmap.</source>
        <translation>“另存为”需要一个与当前路线图不同的文件名。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="132"/>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} 是文件夹；请给出文件名。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="133"/>
        <source>{name} is open in another program: {holder}.</source>
        <translation>{name} 已在另一个程序中打开：{holder}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="134"/>
        <source>Could not write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="135"/>
        <source>{name} is read-only here; save a copy somewhere you can write, or change the file&apos;s permissions.</source>
        <translation>{name} 在此处是只读的；请把副本保存到可写的位置，或修改文件权限。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="136"/>
        <source>{path} already exists; choose another name or open it.</source>
        <translation>{path} 已存在；请换一个名称，或打开它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="137"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="193"/>
        <source>The folder {path} does not exist.</source>
        <translation>文件夹 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="138"/>
        <source>The folder {path} is read-only; choose another folder.</source>
        <translation>文件夹 {path} 是只读的；请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="139"/>
        <source>{name} is open in another program: {user} on {host} (process {pid}) since {since}. Close it there, or open a copy.</source>
        <translation>{name} 已在另一个程序中打开：{host} 上的 {user}（进程 {pid}），自 {since} 起。请在那里关闭它，或打开一份副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="140"/>
        <source>Could not lock {name}; try again.</source>
        <translation>无法锁定 {name}；请重试。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="141"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{host} 上的 {user}（进程 {pid}），自 {since} 起</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="142"/>
        <source>Cannot export to {suffix}; use one of {choices}.</source>
        <translation>无法导出为 {suffix}；请使用以下格式之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="143"/>
        <source>Cannot export to a file without a suffix; use one of {choices}.</source>
        <translation>无法导出到没有扩展名的文件；请使用以下格式之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="144"/>
        <source>{path} is a folder; give a file name to export to.</source>
        <translation>{path} 是文件夹；请给出要导出的文件名。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="145"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="146"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="147"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="148"/>
        <source>Cannot import {suffix}; use .xlsx or .json.</source>
        <translation>无法导入 {suffix}；请使用 .xlsx 或 .json。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="149"/>
        <source>Cannot import a file without a suffix; use .xlsx or .json.</source>
        <translation>无法导入没有扩展名的文件；请使用 .xlsx 或 .json。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="150"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="205"/>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} 不存在或不是文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="151"/>
        <source>{source} was not imported ({count} problem(s)); the roadmap is unchanged:
{lines}</source>
        <translation>{source} 未导入（{count} 个问题）；路线图没有改变：
{lines}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="152"/>
        <source>  {line}</source>
        <translation>  {line}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="153"/>
        <source>  … and {count} more.</source>
        <translation>  ……另有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="154"/>
        <source>{place}: {problem}</source>
        <translation>{place}：{problem}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="155"/>
        <source>the roadmap it joins ({kind})</source>
        <translation>所并入的路线图（{kind}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="156"/>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="157"/>
        <source>Cannot import {suffix}; use .xlsx, .json, .csv, .xml (MS Project) or .gan (GanttProject).</source>
        <translation>无法导入 {suffix}；请使用 .xlsx、.json、.csv、.xml（MS Project）或 .gan（GanttProject）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="158"/>
        <source>A column mapping (--map) applies only to .xlsx and .csv files.</source>
        <translation>列对应方案（--map）只适用于 .xlsx 和 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="159"/>
        <source>{name} is a plan from another tool; it can join a roadmap but not replace it (leave out --replace).</source>
        <translation>{name} 是其他工具制作的计划，只能并入路线图，不能替换它（请去掉 --replace）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="160"/>
        <source>{name} is too large to be a mapping profile.</source>
        <translation>{name} 太大，不是列对应方案。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="161"/>
        <source>{name} is not a readable mapping profile: {detail}</source>
        <translation>{name} 不是可读的列对应方案：{detail}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="162"/>
        <source>{name} is not a usable mapping profile: {detail}.</source>
        <translation>{name} 不是可用的列对应方案：{detail}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="163"/>
        <source>no &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>缺少 &quot;format&quot;: &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="164"/>
        <source>format version {version}; this program reads up to {most}</source>
        <translation>格式版本为 {version}；本程序最多读取 {most}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="165"/>
        <source>&quot;columns&quot; must map field names to header texts</source>
        <translation>&quot;columns&quot; 必须把字段名对应到表头文字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="166"/>
        <source>unknown field(s) {unknown}; known: {known}</source>
        <translation>未知字段 {unknown}；已知字段：{known}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="167"/>
        <source>&quot;{field}&quot; must be text</source>
        <translation>&quot;{field}&quot; 必须是文本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="168"/>
        <source>&quot;header_row&quot; must be a row number from 1</source>
        <translation>&quot;header_row&quot; 必须是从 1 开始的行号</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="169"/>
        <source>&quot;date_order&quot; must be &quot;dmy&quot; or &quot;mdy&quot;</source>
        <translation>&quot;date_order&quot; 必须是 &quot;dmy&quot; 或 &quot;mdy&quot;</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="170"/>
        <source>{name} is larger than {mb} MB.</source>
        <translation>{name} 大于 {mb} MB。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="171"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="179"/>
        <source>{name} cannot be read: {detail}.</source>
        <translation>无法读取 {name}：{detail}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="172"/>
        <source>{name} is not a text file (CSV).</source>
        <translation>{name} 不是文本文件（CSV）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="173"/>
        <source>{name} is not readable CSV: {detail}.</source>
        <translation>{name} 不是可读的 CSV：{detail}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="174"/>
        <source>{name} holds no sheet.</source>
        <translation>{name} 中没有工作表。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="175"/>
        <source>{name} has no sheet {sheet}; its sheets are {sheets}.</source>
        <translation>{name} 中没有工作表 {sheet}；现有工作表：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="176"/>
        <source>an MS Project XML file</source>
        <translation>MS Project XML 文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="177"/>
        <source>a GanttProject file</source>
        <translation>GanttProject 文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="178"/>
        <source>{name} is damaged or not {what} ({detail}).</source>
        <translation>{name} 已损坏或不是{what}（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="180"/>
        <source>Reading XML needs the defusedxml package; reinstall Frontier Roadmap.</source>
        <translation>读取 XML 需要 defusedxml 软件包；请重新安装 Frontier Roadmap。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="181"/>
        <source>{name} is not an MS Project XML file (no &lt;Project&gt; with &lt;Tasks&gt;).</source>
        <translation>{name} 不是 MS Project XML 文件（没有含 &lt;Tasks&gt; 的 &lt;Project&gt;）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="182"/>
        <source>{name} is not a GanttProject file (no &lt;project&gt; with &lt;tasks&gt;).</source>
        <translation>{name} 不是 GanttProject 文件（没有含 &lt;tasks&gt; 的 &lt;project&gt;）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="183"/>
        <source>{name} nests tasks deeper than {depth} levels.</source>
        <translation>{name} 中任务嵌套超过 {depth} 层。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="184"/>
        <source>{name} is larger than {megabytes} MB; it is not a roadmap.</source>
        <translation>{name} 大于 {megabytes} MB；它不是路线图。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="185"/>
        <source>{name} is not readable JSON: {reason}</source>
        <translation>{name} 不是可读的 JSON：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="186"/>
        <source>{source} is not a Frontier Roadmap JSON file (no &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>{source} 不是 Frontier Roadmap 的 JSON 文件（缺少 &quot;format&quot;: &quot;{format}&quot;）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="187"/>
        <source>{source} has no format version.</source>
        <translation>{source} 没有格式版本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="188"/>
        <source>{source} uses JSON format version {version}; this program reads up to {supported}. Update Frontier Roadmap.</source>
        <translation>{source} 使用 JSON 格式版本 {version}；本程序最多读取 {supported}。请更新 Frontier Roadmap。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="189"/>
        <source>Workbook import needs the defusedxml package, and OPENPYXL_DEFUSEDXML must not be False; reinstall Frontier Roadmap.</source>
        <translation>导入工作簿需要 defusedxml 软件包，且 OPENPYXL_DEFUSEDXML 不能为 False；请重新安装 Frontier Roadmap。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="190"/>
        <source>Cannot read workbooks: {reason}</source>
        <translation>无法读取工作簿：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="191"/>
        <source>{source} was written by a newer Frontier Roadmap (workbook format {version}); this program reads up to {supported}. Update Frontier Roadmap.</source>
        <translation>{source} 由更新版本的 Frontier Roadmap 写入（工作簿格式 {version}）；本程序最多读取 {supported}。请更新 Frontier Roadmap。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="192"/>
        <source>Charts are written as {choices}, not {suffix}.</source>
        <translation>图表只能保存为 {choices}，不能保存为 {suffix}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="194"/>
        <source>There is no wall chart size {size}; choose one of {choices}.</source>
        <translation>没有 {size} 这种挂图尺寸；请选择 {choices} 之一。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="195"/>
        <source>A wall chart is written as PDF; name the file .pdf, not {suffix}.</source>
        <translation>挂图以 PDF 格式写出；文件名应以 .pdf 结尾，而不是 {suffix}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="196"/>
        <source>There is no chart called {name}; use one of {choices}.</source>
        <translation>没有名为 {name} 的图表；请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="197"/>
        <source>There is no problem with ID {id}; `roadmap info FILE` lists the problems and their IDs.</source>
        <translation>不存在 ID 为 {id} 的问题；`roadmap info FILE` 会列出问题及其 ID。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="198"/>
        <source>This chart has Chinese text but no Chinese font is installed; install one of {fonts} (on Debian or Ubuntu: apt install fonts-noto-cjk) and export again.</source>
        <translation>此图表含有中文，但没有安装中文字体；请安装以下字体之一：{fonts}（Debian 或 Ubuntu：apt install fonts-noto-cjk），然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="199"/>
        <source>Give the copy a label (the group&apos;s name), e.g. --label &quot;Group A&quot;.</source>
        <translation>请为副本起一个标签（小组名称），例如 --label &quot;A 组&quot;。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="200"/>
        <source>Two groups have the same name; give each group its own.</source>
        <translation>有两个小组同名；请给每个小组起不同的名称。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="201"/>
        <source>{path} already exists; choose another name or folder.</source>
        <translation>{path} 已存在；请换一个名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="202"/>
        <source>Wrote {copy}, a copy of {file} for &quot;{label}&quot; that remembers its base.</source>
        <translation>已写入 {copy}：{file} 给“{label}”的副本，记有其基准版本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="203"/>
        <source>The lineage of this copy cannot be read ({reason}).</source>
        <translation>无法读取此副本的来源记录（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="204"/>
        <source>The stored base of this copy cannot be read ({reason}).</source>
        <translation>无法读取此副本保存的基准版本（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="206"/>
        <source>{name} is not a breakout copy (it remembers no base); make copies with `roadmap copy` or File › Copies for breakout groups.</source>
        <translation>{name} 不是分组副本（没有记录基准版本）；请用 `roadmap copy` 或“文件 › 分组副本”创建副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="207"/>
        <source>{name} is a copy of a different roadmap; only copies of this roadmap can be merged into it.</source>
        <translation>{name} 是另一份路线图的副本；只能合并本路线图的副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="208"/>
        <source>{count} conflict(s) are not settled; nothing was changed.</source>
        <translation>还有 {count} 处冲突未解决；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="209"/>
        <source>{count} conflict(s); nothing was changed. Settle them with --prefer mine|theirs, or --resolutions FILE.json (the --json report with &quot;choice&quot;: &quot;mine&quot; or &quot;theirs&quot; on each conflict).</source>
        <translation>{count} 处冲突；没有任何更改。请用 --prefer mine|theirs 统一解决，或用 --resolutions FILE.json（即 --json 报告，在每处冲突上写 &quot;choice&quot;: &quot;mine&quot; 或 &quot;theirs&quot;）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="210"/>
        <source>{path} is not a readable JSON file: {reason}</source>
        <translation>{path} 不是可读取的 JSON 文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="211"/>
        <source>The resolutions file holds no &quot;conflicts&quot; list.</source>
        <translation>解决方案文件中没有 &quot;conflicts&quot; 列表。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="212"/>
        <source>Resolution {number}: each conflict needs &quot;kind&quot;, &quot;id&quot; and &quot;field&quot;.</source>
        <translation>第 {number} 项解决方案：每处冲突都需要 &quot;kind&quot;、&quot;id&quot; 和 &quot;field&quot;。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="213"/>
        <source>Resolution {number}: &quot;choice&quot; must be &quot;mine&quot; or &quot;theirs&quot;, not {choice}.</source>
        <translation>第 {number} 项解决方案：&quot;choice&quot; 必须是 &quot;mine&quot; 或 &quot;theirs&quot;，而不是 {choice}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="214"/>
        <source>&quot;{label}&quot; ({file}): {added} added, {changed} changed, {deleted} deleted, {conflicts} conflict(s)</source>
        <translation>“{label}”（{file}）：新增 {added}，修改 {changed}，删除 {deleted}，冲突 {conflicts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="215"/>
        <source>possible duplicate: {kind} &quot;{name}&quot; was added on both sides</source>
        <translation>可能重复：双方都新增了{kind}“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="216"/>
        <source>Conflicts ({count}):</source>
        <translation>冲突（{count}）：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="217"/>
        <source>{what}, {field}: base {base} / mine {mine} / theirs {theirs}</source>
        <translation>{what}，{field}：基准 {base} / 我方 {mine} / 对方 {theirs}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="218"/>
        <source>{what}: deleted on one side, edited on the other (mine {mine}, theirs {theirs})</source>
        <translation>{what}：一方删除，另一方修改（我方{mine}，对方{theirs}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="219"/>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="220"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="221"/>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="222"/>
        <source>Merged into {file}.</source>
        <translation>已合并到 {file}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="223"/>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="224"/>
        <source>A baseline needs a name.</source>
        <translation>基线需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="225"/>
        <source>A baseline name has at most {limit} characters.</source>
        <translation>基线名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="226"/>
        <source>A baseline name cannot hold control characters.</source>
        <translation>基线名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="227"/>
        <source>A baseline named &quot;{name}&quot; already exists; choose another name or delete it first.</source>
        <translation>已有名为“{name}”的基线；请换一个名称，或先删除它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="228"/>
        <source>This roadmap has no baseline named &quot;{name}&quot;; `roadmap baseline FILE --list` lists them.</source>
        <translation>此路线图没有名为“{name}”的基线；`roadmap baseline FILE --list` 会列出所有基线。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="229"/>
        <source>A roadmap keeps at most {limit} baselines; delete an old one first.</source>
        <translation>一个路线图最多保存 {limit} 个基线；请先删除一个旧基线。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="230"/>
        <source>A baseline is damaged ({detail}); it was not read.</source>
        <translation>基线已损坏（{detail}），未能读取。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="231"/>
        <source>A baseline lacks a valid field ({detail}).</source>
        <translation>基线缺少有效字段（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="232"/>
        <source>A baseline must be an object.</source>
        <translation>基线必须是一个对象。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="233"/>
        <source>baseline: give one of --name NAME, --list or --delete NAME.</source>
        <translation>baseline：请给出 --name 名称、--list 或 --delete 名称 之一。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="234"/>
        <source>compare: give either --baseline NAME or another roadmap file.</source>
        <translation>compare：请给出 --baseline 名称，或另一个路线图文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="235"/>
        <source>{database} on {host}</source>
        <translation>{host} 上的 {database}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="236"/>
        <source>{text} is not a repository URL; write it as postgresql://USER@HOST:PORT/DATABASE (add ?sslmode=verify-full for TLS).</source>
        <translation>{text} 不是仓库地址；请写成 postgresql://USER@HOST:PORT/DATABASE（使用 TLS 时加上 ?sslmode=verify-full）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="237"/>
        <source>{text} is not a PostgreSQL URL; write it as postgresql://USER@HOST/DATABASE.</source>
        <translation>{text} 不是 PostgreSQL 地址；请写成 postgresql://USER@HOST/DATABASE。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="238"/>
        <source>Leave the password out of the repository URL (the shell&apos;s history would keep it); put it in ~/.pgpass, a service file or PGPASSWORD, where libpq finds it.</source>
        <translation>请不要把密码写在仓库地址里（命令历史会记住它）；请把它放在 ~/.pgpass、服务文件或 PGPASSWORD 中，libpq 会在那里找到它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="239"/>
        <source>Your role may not do this in the repository {where} ({reason}); ask its owner for the planner role to publish.</source>
        <translation>您的角色无权在仓库 {where} 中执行此操作（{reason}）；如需发布，请向仓库所有者申请 planner 角色。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="240"/>
        <source>The server refused the login to {where} ({reason}); check the user name and the password in ~/.pgpass, the service file or PGPASSWORD.</source>
        <translation>服务器拒绝登录 {where}（{reason}）；请检查用户名以及 ~/.pgpass、服务文件或 PGPASSWORD 中的密码。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="241"/>
        <source>There is no database {where} ({reason}); check the URL.</source>
        <translation>数据库 {where} 不存在（{reason}）；请检查地址。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="242"/>
        <source>The repository {where} cannot be reached ({reason}); keep working offline and try again when you are back on the network. Nothing was changed.</source>
        <translation>无法连接仓库 {where}（{reason}）；请继续离线工作，回到网络后再试。没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="243"/>
        <source>The repository {where} refused this: {reason}.</source>
        <translation>仓库 {where} 拒绝了此操作：{reason}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="244"/>
        <source>{where} is not a Frontier Roadmap repository; create one with `roadmap repo init`.</source>
        <translation>{where} 不是 Frontier Roadmap 仓库；请用 `roadmap repo init` 创建。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="245"/>
        <source>The repository {where} has an older format; its owner upgrades it with `roadmap repo init`.</source>
        <translation>仓库 {where} 的格式较旧；请由其所有者用 `roadmap repo init` 升级。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="246"/>
        <source>The repository {where} was written by a newer Frontier Roadmap; update the program.</source>
        <translation>仓库 {where} 由更新版本的 Frontier Roadmap 写入；请更新程序。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="247"/>
        <source>{where} holds the tables of an unfinished repository; use an empty database.</source>
        <translation>{where} 含有未完成仓库的表；请使用空数据库。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="248"/>
        <source>{where} already holds tables named like a roadmap&apos;s; use an empty database.</source>
        <translation>{where} 已有与路线图同名的表；请使用空数据库。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="249"/>
        <source>Several roadmaps are titled {title} ({ids}); give the id.</source>
        <translation>有多个路线图的标题是 {title}（{ids}）；请给出 ID。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="250"/>
        <source>The repository holds no roadmap with the id or title {key}; see `roadmap repo list`.</source>
        <translation>仓库中没有 ID 或标题为 {key} 的路线图；请查看 `roadmap repo list`。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="251"/>
        <source>Only an owner of the repository {where} may delete roadmaps; nothing was deleted.</source>
        <translation>只有仓库 {where} 的所有者才能删除路线图；没有删除任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="252"/>
        <source>Deleting {key} from the repository cannot be undone; add --yes to confirm.</source>
        <translation>从仓库删除 {key} 无法撤销；请加上 --yes 确认。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="253"/>
        <source>{count} conflict(s) between the changes here and the repository&apos;s since your last sync; nothing was changed. Settle them with --prefer mine|theirs or --resolutions FILE.json (the --json report with &quot;choice&quot;: &quot;mine&quot; or &quot;theirs&quot; on each conflict), or publish or pull in the app.</source>
        <translation>自上次同步以来，本地与仓库的修改有 {count} 处冲突；没有任何更改。请用 --prefer mine|theirs 统一解决，或用 --resolutions FILE.json（即 --json 报告，在每处冲突上写 &quot;choice&quot;: &quot;mine&quot; 或 &quot;theirs&quot;），或在应用中发布或拉取。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="254"/>
        <source>Stopped before the commit: nothing was changed here or in the repository.</source>
        <translation>已在提交前停止：本地和仓库都没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="255"/>
        <source>Your role may only read the repository {where}; ask its owner for the planner role to publish. Nothing was written.</source>
        <translation>您的角色只能读取仓库 {where}；如需发布，请向仓库所有者申请 planner 角色。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="256"/>
        <source>{name} has not been published yet; give the repository URL: roadmap publish FILE postgresql://USER@HOST/DATABASE.</source>
        <translation>{name} 尚未发布；请给出仓库地址：roadmap publish FILE postgresql://USER@HOST/DATABASE。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="257"/>
        <source>This roadmap belongs to the repository {url}; publish it there, or save a copy to publish elsewhere.</source>
        <translation>此路线图属于仓库 {url}；请发布到那里，或另存副本后再发布到其他仓库。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="258"/>
        <source>The repository already holds the roadmap {title}; clone it and publish from the clone.</source>
        <translation>仓库中已有路线图 {title}；请克隆它，再从克隆的文件发布。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="259"/>
        <source>The repository no longer holds the roadmap {title}; its owner deleted it.</source>
        <translation>仓库中已没有路线图 {title}；它已被所有者删除。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="260"/>
        <source>A row of {title} changed on the server while publishing; nothing was written. Publish again.</source>
        <translation>发布期间服务器上 {title} 的某行被修改；没有写入任何内容。请重新发布。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="261"/>
        <source>{name} is not tied to a repository; clone a roadmap with `roadmap clone` or publish this one with `roadmap publish FILE URL`.</source>
        <translation>{name} 没有关联仓库；请用 `roadmap clone` 克隆路线图，或用 `roadmap publish FILE URL` 发布此路线图。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="262"/>
        <source>The repository holds no roadmap yet; publish one first (File › Publish).</source>
        <translation>仓库中还没有路线图；请先发布一个（文件 › 发布）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="263"/>
        <source>{path} is neither a folder of roadmap files nor a repository URL (postgresql://USER@HOST/DATABASE).</source>
        <translation>{path} 既不是存放路线图文件的文件夹，也不是仓库地址（postgresql://USER@HOST/DATABASE）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="264"/>
        <source>There is no display here, so the desktop app cannot open; use the subcommands instead, e.g. `roadmap export FILE out.xlsx` (see `roadmap --help`).</source>
        <translation>此处没有显示器，无法打开桌面程序；请改用子命令，例如 `roadmap export FILE out.xlsx`（见 `roadmap --help`）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="265"/>
        <source>interrupted; nothing was changed.</source>
        <translation>已中断；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="266"/>
        <source>{name} is damaged and cannot be opened; run `roadmap check {name} --repair` to save what can be read into a new file, or restore a backup (`roadmap restore`).</source>
        <translation>{name} 已损坏，无法打开；请运行 `roadmap check {name} --repair` 把能读出的内容保存到新文件，或恢复一个备份（`roadmap restore`）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="267"/>
        <source>{name} was recovered after an unfinished write (a program stopped while saving); it holds everything up to the last completed edit.</source>
        <translation>{name} 在一次未完成的写入后已恢复（有程序在保存时中止）；最后一次完成的编辑之前的内容都在。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="268"/>
        <source>{name} has an unfinished write from a program that stopped while saving; its data is intact once that write is rolled back, but the file is read-only here. Save a rolled-back copy with `roadmap check {name} --recover-to COPY.roadmap`, or make the file and its folder writable and open it again.</source>
        <translation>{name} 有一次未完成的写入（有程序在保存时中止）；回滚该写入后数据完好，但此文件在此处是只读的。请用 `roadmap check {name} --recover-to COPY.roadmap` 保存一份回滚后的副本，或让该文件及其文件夹可写后重新打开。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="269"/>
        <source>{name} could not be rolled back ({reason}); the file and its journal were left as they are.</source>
        <translation>{name} 无法回滚（{reason}）；该文件及其日志保持原样。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="270"/>
        <source>{name} has no unfinished write to roll back; open it as it is.</source>
        <translation>{name} 没有需要回滚的未完成写入；请直接打开它。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="271"/>
        <source>{name} is busy: another program is writing to it right now; try again in a moment.</source>
        <translation>{name} 正忙：另一个程序正在写入它；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="272"/>
        <source>{name} holds things a Frontier Roadmap file never has ({what}); another program changed it, so it is not opened, to keep them from running. Import its data instead.</source>
        <translation>{name} 含有 Frontier Roadmap 文件从不会有的内容（{what}）；它被其他程序修改过，为防止这些内容被执行，不予打开。请改为导入其数据。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="273"/>
        <source>{name} holds things a Frontier Roadmap file never has ({what} and {more} more); another program changed it, so it is not opened, to keep them from running. Import its data instead.</source>
        <translation>{name} 含有 Frontier Roadmap 文件从不会有的内容（{what} 等，另有 {more} 项）；它被其他程序修改过，为防止这些内容被执行，不予打开。请改为导入其数据。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="274"/>
        <source>{name} holds values a roadmap cannot have: {first}.</source>
        <translation>{name} 含有路线图不可能有的值：{first}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="275"/>
        <source>{name} holds values a roadmap cannot have: {first} (and {more} more).</source>
        <translation>{name} 含有路线图不可能有的值：{first}（另有 {more} 处）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="276"/>
        <source>{name} is too damaged to repair: its title and horizon cannot be read.</source>
        <translation>{name} 损坏过于严重，无法修复：读不出标题和时间范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="277"/>
        <source>{name} is open in another program (it is just starting up). Close it there, or open a copy.</source>
        <translation>{name} 已在另一个程序中打开（该程序正在启动）。请在那里关闭它，或打开一份副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="278"/>
        <source>{name} is a folder where the roadmap&apos;s lock file belongs; move it away to open the roadmap.</source>
        <translation>{name} 是一个文件夹，而那里应是路线图的锁文件；请把它移走后再打开路线图。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="279"/>
        <source>{path} is the roadmap being exported ({name}); choose another output file.</source>
        <translation>{path} 就是正在导出的路线图（{name}）；请选择其他输出文件。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="280"/>
        <source>{path} is a roadmap file; export to a new name rather than over a roadmap.</source>
        <translation>{path} 是路线图文件；请导出到新的文件名，而不要覆盖路线图。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="281"/>
        <source>{path} is read-only; choose another file or change its permissions.</source>
        <translation>{path} 是只读的；请选择其他文件或修改其权限。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="282"/>
        <source>No backup of {name} could be made ({reason}); nothing was changed.</source>
        <translation>无法为 {name} 制作备份（{reason}）；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="283"/>
        <source>{name} has no backups yet; they are made before an import that replaces it, a restore, and hourly while it is edited.</source>
        <translation>{name} 还没有备份；在替换式导入、恢复之前以及编辑时每小时都会自动备份。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="284"/>
        <source>{name} has no backup number {number}; `roadmap restore {name} --list` shows them.</source>
        <translation>{name} 没有编号为 {number} 的备份；`roadmap restore {name} --list` 会列出所有备份。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="285"/>
        <source>Restored {name} from the backup of {when}; what was there is backed up as {saved}.</source>
        <translation>已用 {when} 的备份恢复 {name}；原有内容已备份为 {saved}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="286"/>
        <source>This roadmap holds text that is not valid UTF-8 ({detail}); another program wrote it. `roadmap check FILE --repair` saves a copy with that text mended.</source>
        <translation>此路线图含有不是有效 UTF-8 的文本（{detail}）；它是由其他程序写入的。`roadmap check FILE --repair` 会保存一份修正了该文本的副本。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="287"/>
        <source>{path} is not a regular file (a device or a pipe); choose a file to write to.</source>
        <translation>{path} 不是普通文件（是设备或管道）；请选择一个文件来写入。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="288"/>
        <source>The disk is full: {path} was not written (anything already there is unchanged); free some space and try again.</source>
        <translation>磁盘已满：未写入 {path}（原有内容保持不变）；请腾出空间后重试。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="289"/>
        <source>No permission to write {path} (anything already there is unchanged); choose a folder you can write to.</source>
        <translation>没有写入 {path} 的权限（原有内容保持不变）；请选择一个可写的文件夹。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="290"/>
        <source>Could not write {path}: {reason} (anything already there is unchanged).</source>
        <translation>无法写入 {path}：{reason}（原有内容保持不变）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="291"/>
        <source>{what}: {field} is too large a number.</source>
        <translation>{what}：{field} 数值过大。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="292"/>
        <source>{what}: {field} {value} is outside the years {first}–{last}.</source>
        <translation>{what}：{field} {value} 超出 {first}–{last} 年的范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="293"/>
        <source>{what}: weight {weight} is above {limit}.</source>
        <translation>{what}：权重 {weight} 超过 {limit}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="294"/>
        <source>dependency {id}: a lag of {lag} days is beyond ±{limit} days (a century).</source>
        <translation>依赖 {id}：{lag} 天的延迟超出 ±{limit} 天（一个世纪）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="295"/>
        <source>{line} (details in {path})</source>
        <translation>{line}（详情见 {path}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="296"/>
        <source>Could not write the output: {reason}.</source>
        <translation>无法写出输出：{reason}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="297"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="298"/>
        <source>step &quot;{name}&quot;</source>
        <translation>步骤“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="299"/>
        <source>patent &quot;{name}&quot;</source>
        <translation>专利“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="300"/>
        <source>&quot;{name}&quot;</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="301"/>
        <source>{what} ({start} – {end}) lies outside the roadmap horizon ({first} – {last}); move it or widen the horizon.</source>
        <translation>{what}（{start} – {end}）超出路线图的时间范围（{first} – {last}）；请移动它或扩大时间范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="302"/>
        <source>{what} starts at TRL {trl}, but pathway &quot;{pathway}&quot; already stood at TRL {reached} after step &quot;{earlier}&quot;; raise its TRL at start to {reached} or correct the earlier step&apos;s TRLs.</source>
        <translation>{what}起始 TRL 为 {trl}，但路径“{pathway}”在步骤“{earlier}”之后已达到 TRL {reached}；请把它的起始 TRL 提高到 {reached}，或更正前一步骤的 TRL。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="303"/>
        <source>{what} jumps from TRL {trl} to TRL {target}, more than {limit} levels in one step; split it into steps of at most {limit} levels or correct its TRLs.</source>
        <translation>{what}从 TRL {trl} 跳到 TRL {target}，一步超过 {limit} 级；请拆分为每步最多 {limit} 级的步骤，或更正其 TRL。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="304"/>
        <source>product &quot;{name}&quot; launches on {launch}, but pathway &quot;{pathway}&quot; never reaches TRL {trl} on this roadmap; plan steps that take it to TRL {trl} before the launch, or unlink the pathway.</source>
        <translation>产品“{name}”于 {launch} 上市，但路径“{pathway}”在本路线图中从未达到 TRL {trl}；请安排在上市前把它提升到 TRL {trl} 的步骤，或取消与该路径的关联。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="305"/>
        <source>product &quot;{name}&quot; launches on {launch}, before pathway &quot;{pathway}&quot; reaches TRL {trl} on {ready}; move the launch to {ready} or later, or bring the pathway to TRL {trl} sooner.</source>
        <translation>产品“{name}”于 {launch} 上市，早于路径“{pathway}”在 {ready} 达到 TRL {trl}；请把上市日期移到 {ready} 或之后，或让该路径更早达到 TRL {trl}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="306"/>
        <source>pathway &quot;{name}&quot; is selected but has no score on {criteria}; score it 1–5 on every criterion, or change its status.</source>
        <translation>路径“{name}”已被选定，但在 {criteria} 上没有评分；请在每个准则上给出 1–5 分，或更改其状态。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="307"/>
        <source>figure of merit &quot;{name}&quot; has no target date; give it one within the horizon ({first} – {last}).</source>
        <translation>性能指标“{name}”没有目标日期；请在时间范围（{first} – {last}）内给它一个。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="308"/>
        <source>figure of merit &quot;{name}&quot; has its target date {target} outside the roadmap horizon ({first} – {last}); move the date into the horizon or widen it.</source>
        <translation>性能指标“{name}”的目标日期 {target} 超出路线图的时间范围（{first} – {last}）；请把日期移入范围内或扩大范围。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="309"/>
        <source>step &quot;{name}&quot; is planned to start on {planned}, but it waits on {waits} and cannot start before {earliest}; move it to {earliest} or later, or shorten the wait.</source>
        <translation>步骤“{name}”计划于 {planned} 开始，但它要等待 {waits}，不能早于 {earliest} 开始；请把它移到 {earliest} 或之后，或缩短等待。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="310"/>
        <source>{what} is {status} but names no licensee; choose the organization it was licensed or transferred to, or change its status.</source>
        <translation>{what}状态为“{status}”，但没有指明被许可方；请选择获得许可或受让的组织，或更改其状态。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="311"/>
        <source>{what} names its owner as its licensee; choose the organization that took the licence, or clear the licensee.</source>
        <translation>{what}把所有者指定为被许可方；请选择获得许可的组织，或清除被许可方。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="312"/>
        <source>{what} expires on {expiry}, before product &quot;{product}&quot; of its pathway launches on {launch}; correct the expiry, plan a follow-up patent, or link the patent to another pathway.</source>
        <translation>{what}于 {expiry} 到期，早于其路径的产品“{product}”在 {launch} 上市；请更正到期日、规划后续专利，或把该专利关联到其他路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="313"/>
        <source>{what} is {status} to the enterprise &quot;{licensee}&quot;, but no enterprise works on pathway &quot;{pathway}&quot;; make an enterprise the owner of one of its steps or its problem&apos;s demanding organization, or link the patent to the pathway it serves.</source>
        <translation>{what}已“{status}”给企业“{licensee}”，但没有企业参与路径“{pathway}”；请让一家企业成为其某个步骤的负责组织或其问题的需求方，或把该专利关联到它所服务的路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="314"/>
        <source>the history of {what} says {status} on {date}, after {reached} on {reached_on}; correct the date or the status of one of these entries.</source>
        <translation>{what}的历史记录显示 {date} 为“{status}”，却在 {reached_on} 的“{reached}”之后；请更正其中一条记录的日期或状态。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="315"/>
        <source>the history of {what} says {status} on {date}, before the patent was filed on {filed}; correct the entry&apos;s date or the filing date.</source>
        <translation>{what}的历史记录显示 {date} 为“{status}”，早于专利申请日 {filed}；请更正该记录的日期或申请日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="316"/>
        <source>{what} is {status}, but its history ends with {last} on {date}; record the change to {status} with its date, or correct the status.</source>
        <translation>{what}状态为“{status}”，但其历史记录以 {date} 的“{last}”结束；请记录变为“{status}”的日期，或更正状态。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="317"/>
        <source>{person} leaves &quot;{left}&quot; on {start}, but the move before, on {before}, took them to &quot;{went}&quot;; correct the dates or the organizations of these moves.</source>
        <translation>{person}于 {start} 离开“{left}”，但之前 {before} 的流动把其带到了“{went}”；请更正这些流动的日期或组织。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="318"/>
        <source>{count} finding(s).</source>
        <translation>{count} 项发现。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="319"/>
        <source>No findings.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="320"/>
        <source>Created {file}</source>
        <translation>已创建 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="321"/>
        <source>Wrote the English sample roadmap to {file}</source>
        <translation>已将英文示例路线图写入 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="322"/>
        <source>Wrote the Chinese sample roadmap to {file}</source>
        <translation>已将中文示例路线图写入 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="323"/>
        <source>Wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="324"/>
        <source>warning: {text}</source>
        <translation>警告：{text}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="325"/>
        <source>  horizon {start} – {end}, by {unit}, language {language}</source>
        <translation>  时间范围 {start} – {end}，按{unit}，语言 {language}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="326"/>
        <source>{count} {name}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="327"/>
        <source>lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="328"/>
        <source>criteria</source>
        <translation>评价标准</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="329"/>
        <source>organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="330"/>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="331"/>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="332"/>
        <source>figures of merit</source>
        <translation>性能指标</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="333"/>
        <source>pathways</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="334"/>
        <source>scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="335"/>
        <source>steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="336"/>
        <source>baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="337"/>
        <source>dependencies</source>
        <translation>依赖</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="338"/>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="340"/>
        <source>patents</source>
        <translation>专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="341"/>
        <source>patent events</source>
        <translation>专利事件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="342"/>
        <source>ideas</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="343"/>
        <source>votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="344"/>
        <source>vote counts</source>
        <translation>计票</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="345"/>
        <source>Problem: {statement}</source>
        <translation>问题：{statement}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="346"/>
        <source>  - {name} ({status})</source>
        <translation>  - {name}（{status}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="347"/>
        <source>{text} is not a date (use YYYY-MM-DD)</source>
        <translation>{text} 不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="348"/>
        <source>{problem} (see `roadmap --help`)</source>
        <translation>{problem}（参见 `roadmap --help`）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="349"/>
        <source>unknown command {name}</source>
        <translation>未知命令 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="350"/>
        <source>No baselines.</source>
        <translation>没有基线。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="351"/>
        <source>Deleted baseline {name}.</source>
        <translation>已删除基线 {name}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="352"/>
        <source>Saved baseline {name}.</source>
        <translation>已保存基线 {name}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="353"/>
        <source>Steps:</source>
        <translation>步骤：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="354"/>
        <source>Products:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="355"/>
        <source>Pathways:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="356"/>
        <source>  added    {name}</source>
        <translation>  新增     {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="357"/>
        <source>  removed  {name}</source>
        <translation>  删除     {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="358"/>
        <source>  changed  {name}</source>
        <translation>  变更     {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="359"/>
        <source>  changed  {name}: {detail}</source>
        <translation>  变更     {name}：{detail}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="360"/>
        <source>start {start}, finish {finish}</source>
        <translation>开始 {start}，完成 {finish}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="361"/>
        <source>status {before} → {after}</source>
        <translation>状态 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="362"/>
        <source>target TRL {before} → {after}</source>
        <translation>目标 TRL {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="363"/>
        <source>launch {before} → {after} {days}</source>
        <translation>上市 {before} → {after} {days}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="364"/>
        <source>rank {before} → {after}</source>
        <translation>排名 {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="365"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="366"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="367"/>
        <source>{number}  {when}  {reason}  {size} KB</source>
        <translation>{number}  {when}  {reason}  {size} KB</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="368"/>
        <source>while editing</source>
        <translation>编辑期间</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="369"/>
        <source>before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="370"/>
        <source>before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="371"/>
        <source>before a format upgrade</source>
        <translation>格式升级之前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="372"/>
        <source>before a merge</source>
        <translation>合并之前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="373"/>
        <source>before adopting a scenario</source>
        <translation>采用方案之前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="374"/>
        <source>Created the repository (format {format}).</source>
        <translation>已创建仓库（格式 {format}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="375"/>
        <source>Upgraded the repository from format {before} to {after}.</source>
        <translation>已将仓库从格式 {before} 升级到 {after}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="376"/>
        <source>The repository is up to date (format {format}).</source>
        <translation>仓库已是最新（格式 {format}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="377"/>
        <source>Roles: {roles} (grant them to people&apos;s logins).</source>
        <translation>角色：{roles}（请把它们授予相应人员的登录名）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="378"/>
        <source>The repository holds no roadmap yet; add one with `roadmap publish FILE URL`.</source>
        <translation>仓库中还没有路线图；请用 `roadmap publish FILE URL` 添加一个。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="379"/>
        <source>warning: skipped {what}</source>
        <translation>警告：已跳过 {what}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="380"/>
        <source>Cloned {title} (version {version}) to {file}</source>
        <translation>已将 {title}（版本 {version}）克隆到 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="381"/>
        <source>Nothing to publish: the repository has version {version}.</source>
        <translation>没有需要发布的内容：仓库已是版本 {version}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="382"/>
        <source>Published version {version} ({sent} rows sent).</source>
        <translation>已发布版本 {version}（发送 {sent} 行）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="383"/>
        <source>Brought in others&apos; changes: {received} rows.</source>
        <translation>已并入他人的更改：{received} 行。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="384"/>
        <source>Up to date (version {version}).</source>
        <translation>已是最新（版本 {version}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="385"/>
        <source>The baseline &quot;{name}&quot; from the repository is called &quot;{kept}&quot; here: this file has another baseline of that name (the new name goes to the repository with a publish).</source>
        <translation>来自仓库的基线“{name}”在此处改名为“{kept}”：本文件已有同名的另一条基线（新名称会随发布送到仓库）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="386"/>
        <source>Deleted {title} ({id}) from the repository; clones keep their files.</source>
        <translation>已从仓库删除 {title}（{id}）；克隆的文件保留不变。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="387"/>
        <source>Pulled version {version}: {received} rows changed here.</source>
        <translation>已拉取版本 {version}：本地有 {received} 行发生变化。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="388"/>
        <source>No steps to schedule.</source>
        <translation>没有可排程的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="389"/>
        <source>Schedule {start} – {finish}: {count} steps.</source>
        <translation>排程 {start} – {finish}：{count} 个步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="390"/>
        <source>Schedule {start} – {finish}: {count} steps; {excluded} cancelled step(s) left out.</source>
        <translation>排程 {start} – {finish}：{count} 个步骤；未计入 {excluded} 个已取消的步骤。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="391"/>
        <source>Pathway {name}: {start} – {finish}.</source>
        <translation>路径{name}：{start} – {finish}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="392"/>
        <source>Pathway {name} with {others}: {start} – {finish}.</source>
        <translation>路径{name}与{others}：{start} – {finish}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="393"/>
        <source>Steps of no pathway: {start} – {finish}.</source>
        <translation>不属于任何路径的步骤：{start} – {finish}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="394"/>
        <source>  Critical path: {chain}</source>
        <translation>  关键路径：{chain}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="395"/>
        <source>  Critical path {number}: {chain}</source>
        <translation>  关键路径 {number}：{chain}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="396"/>
        <source>{count} conflict(s):</source>
        <translation>{count} 处冲突：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="397"/>
        <source>  {name} is planned for {planned} but waits on {waits} until {earliest} ({days} days late).</source>
        <translation>  {name}计划于 {planned} 开始，但要等待{waits}到 {earliest}（晚 {days} 天）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="398"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="399"/>
        <source>earliest start  earliest finish  latest start  latest finish  slack  step</source>
        <translation>最早开始        最早完成         最晚开始      最晚完成       时差   步骤</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="400"/>
        <source>(* critical: no slack; slack in days)</source>
        <translation>（*：关键步骤，没有时差；时差以天计）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="401"/>
        <source>Created {file}:</source>
        <translation>已创建 {file}：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="402"/>
        <source>Imported into {file}:</source>
        <translation>已导入到 {file}：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="403"/>
        <source>  {name}: {counts}</source>
        <translation>  {name}：{counts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="404"/>
        <source>{count} added</source>
        <translation>新增 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="405"/>
        <source>{count} updated</source>
        <translation>更新 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="406"/>
        <source>{count} unchanged</source>
        <translation>未变 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="407"/>
        <source>{count} kept</source>
        <translation>保留 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="408"/>
        <source>{count} matched by name</source>
        <translation>按名称对应 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="409"/>
        <source>{count} removed</source>
        <translation>删除 {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="410"/>
        <source>  {count} record(s) not in the source were kept; use --replace to remove them.</source>
        <translation>  保留了来源中没有的 {count} 条记录；如需删除，请使用 --replace。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="411"/>
        <source>  {count} lane(s) of the source have IDs new here but the names of this roadmap&apos;s lanes: their steps joined those lanes.</source>
        <translation>  来源中有 {count} 条泳道的 ID 在此处是新的，但名称与本路线图的泳道相同：其步骤已归入这些泳道。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="412"/>
        <source>Left out (a roadmap has no place for them):</source>
        <translation>未导入（路线图中没有它们的位置）：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="413"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="414"/>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="415"/>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="416"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="417"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="418"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="419"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="420"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="421"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="422"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="423"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="424"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="425"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="426"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="427"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个值</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="428"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="429"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="430"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="431"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须有一个</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="432"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="433"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="434"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="435"/>
        <source>is not a field of this record</source>
        <translation>不是该记录的字段</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="436"/>
        <source>{value} is not a list of IDs</source>
        <translation>{value} 不是 ID 列表</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="437"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} 不是日期（请用 YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="438"/>
        <source>{value} is not one of {choices}</source>
        <translation>{value} 不是 {choices} 之一</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="439"/>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="440"/>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="441"/>
        <source>{value} is not a finite number</source>
        <translation>{value} 不是有限的数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="442"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="556"/>
        <source>is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="443"/>
        <source>{value} has an unexpected type</source>
        <translation>{value} 的类型不符合要求</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="444"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="445"/>
        <source>Sheet {en} ({zh}) is missing.</source>
        <translation>缺少工作表 {en}（{zh}）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="446"/>
        <source>{sheet}: no header row with an ID column in the first rows.</source>
        <translation>{sheet}：前几行中没有带 ID 列的表头行。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="447"/>
        <source>{sheet}: column {column} is missing.</source>
        <translation>{sheet}：缺少 {column} 列。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="448"/>
        <source>{sheet} row {row}, column {column}: {problem}.</source>
        <translation>{sheet} 第 {row} 行，{column} 列：{problem}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="449"/>
        <source>{sheet} row {row}, column {column} is empty.</source>
        <translation>{sheet} 第 {row} 行，{column} 列为空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="450"/>
        <source>{sheet} row {row} ({item}): {problem}.</source>
        <translation>{sheet} 第 {row} 行（{item}）：{problem}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="451"/>
        <source>{sheet}: the {item} row is missing.</source>
        <translation>{sheet}：缺少“{item}”行。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="452"/>
        <source>{sheet} row {row} ({item}) is empty.</source>
        <translation>{sheet} 第 {row} 行（{item}）为空。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="453"/>
        <source>{sheet} row {row}: record {kind} is not step, product or pathway.</source>
        <translation>{sheet} 第 {row} 行：记录 {kind} 不是步骤、产品或路径。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="454"/>
        <source>{sheet}: {problem}.</source>
        <translation>{sheet}：{problem}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="455"/>
        <source>{sheet}</source>
        <translation>{sheet}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="456"/>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="570"/>
        <source>{sheet} row {row}</source>
        <translation>{sheet} 第 {row} 行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="457"/>
        <source>{sheet}, column {column}</source>
        <translation>{sheet}，{column} 列</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="458"/>
        <source>{sheet} row {row}, column {column}</source>
        <translation>{sheet} 第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="459"/>
        <source>roadmap: the &quot;roadmap&quot; object is missing.</source>
        <translation>roadmap：缺少“roadmap”对象。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="460"/>
        <source>{place}, field {field}: {problem}</source>
        <translation>{place}，字段 {field}：{problem}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="461"/>
        <source>{place}, field {field}</source>
        <translation>{place}，字段 {field}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="462"/>
        <source>{name}: must be a list of records.</source>
        <translation>{name}：必须是记录列表。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="463"/>
        <source>{place}: must be an object.</source>
        <translation>{place}：必须是对象。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="464"/>
        <source>baselines: must be a list of baselines.</source>
        <translation>baselines：必须是基线列表。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="465"/>
        <source>baselines: the name {name} is used twice.</source>
        <translation>baselines：名称 {name} 被使用了两次。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="466"/>
        <source>lineage: must be a list of records.</source>
        <translation>lineage：必须是记录列表。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="467"/>
        <source>{id}  {title}</source>
        <translation>{id}  {title}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="468"/>
        <source>    version {version}, by {by} at {when}; {counts}</source>
        <translation>    版本 {version}，{by} 于 {when} 发布；{counts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="469"/>
        <source>{count} roadmaps (as of {today})</source>
        <translation>{count} 份路线图（截至 {today}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="470"/>
        <source>  {title}: {counts}</source>
        <translation>  {title}：{counts}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="471"/>
        <source>{name} {count}</source>
        <translation>{name} {count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="472"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="473"/>
        <source>problems in {sector}</source>
        <translation>{sector}的问题</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="474"/>
        <source>(no sector)</source>
        <translation>（未填行业）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="475"/>
        <source>pathways by status</source>
        <translation>按状态的路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="476"/>
        <source>pathways by TRL today</source>
        <translation>按当前 TRL 的路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="477"/>
        <source>pathways by TRL at the horizon</source>
        <translation>按期末 TRL 的路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="478"/>
        <source>products by launch year</source>
        <translation>按上市年份的产品</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="479"/>
        <source>patents by status</source>
        <translation>按状态的专利</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="480"/>
        <source>licences by kind</source>
        <translation>按类型的许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="481"/>
        <source>talent moves by direction</source>
        <translation>按方向的人才流动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="482"/>
        <source>  organizations in several roadmaps: {organizations}</source>
        <translation>  出现在多份路线图中的组织：{organizations}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="483"/>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="484"/>
        <source>  milestones and gates due in the next 12 months: {count}</source>
        <translation>  未来 12 个月内到期的里程碑和决策关口：{count}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="485"/>
        <source>    {date}  {step} ({kind}) — {roadmap}</source>
        <translation>    {date}  {step}（{kind}）— {roadmap}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="486"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="487"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="488"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="489"/>
        <source>proposed</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="490"/>
        <source>exploring</source>
        <translation>探索中</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="491"/>
        <source>selected</source>
        <translation>已选定</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="492"/>
        <source>parked</source>
        <translation>搁置</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="493"/>
        <source>dropped</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="494"/>
        <source>exclusive</source>
        <translation>独占许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="495"/>
        <source>non-exclusive</source>
        <translation>普通许可</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="496"/>
        <source>assignment</source>
        <translation>转让</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="497"/>
        <source>research to industry</source>
        <translation>科研到产业</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="498"/>
        <source>industry to research</source>
        <translation>产业到科研</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="499"/>
        <source>between university and institute</source>
        <translation>高校与院所之间</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="500"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="501"/>
        <source>{name} is not damaged; nothing to repair.</source>
        <translation>{name} 没有损坏，无需修复。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="502"/>
        <source>Saved what could be read of {name} into {target}:</source>
        <translation>已将 {name} 中能读出的内容保存到 {target}：</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="503"/>
        <source>  {table}: {recovered} recovered</source>
        <translation>  {table}：恢复 {recovered} 行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="504"/>
        <source>  {table}: {recovered} recovered ({lost})</source>
        <translation>  {table}：恢复 {recovered} 行（{lost}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="505"/>
        <source>{count} refused</source>
        <translation>{count} 行被拒绝</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="506"/>
        <source>some rows unreadable</source>
        <translation>部分行无法读取</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="507"/>
        <source>{count} changed</source>
        <translation>{count} 行有改动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="508"/>
        <source>row {id}: {why}</source>
        <translation>第 {id} 行：{why}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="509"/>
        <source>column {column}: {value} {says}</source>
        <translation>{column} 列：{value} {says}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="510"/>
        <source>column {column}: {why}</source>
        <translation>{column} 列：{why}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="511"/>
        <source>row {id}: renamed {old} to {new}</source>
        <translation>第 {id} 行：{old} 已改名为 {new}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="512"/>
        <source>it refers to a row that was lost</source>
        <translation>它引用的行已丢失</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="513"/>
        <source>another row with the same key came across first</source>
        <translation>已有键相同的另一行被恢复</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="514"/>
        <source>a value it needs is empty</source>
        <translation>缺少必需的值</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="515"/>
        <source>a value breaks a rule of the file</source>
        <translation>有值违反了文件的规则</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="516"/>
        <source>SQLite would not write it ({reason})</source>
        <translation>SQLite 无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="517"/>
        <source>it cannot be used ({reason})</source>
        <translation>无法使用（{reason}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="518"/>
        <source>row {id}: {column} {value} names a row that is not there</source>
        <translation>第 {id} 行：{column} {value} 指向不存在的行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="519"/>
        <source>    … and {count} more</source>
        <translation>    ……另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="520"/>
        <source>Some data was lost; compare with a backup (`roadmap restore --list`).</source>
        <translation>部分数据已丢失；请与备份比较（`roadmap restore --list`）。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="521"/>
        <source>Nothing was lost; the changes above were needed to keep it.</source>
        <translation>没有丢失数据；为保留这些数据，做了上面的改动。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="522"/>
        <source>Nothing was lost.</source>
        <translation>没有丢失数据。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="523"/>
        <source>{sheet} row {row}, column {column}: text longer than 32,767 characters was cut.</source>
        <translation>{sheet} 第 {row} 行，{column} 列：超过 32,767 个字符的文本已截断。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="524"/>
        <source>Removed control characters from {count} cell(s).</source>
        <translation>已从 {count} 个单元格中删除控制字符。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="525"/>
        <source>{count} step(s) reach outside the horizon; the Timeline shows only the part within it.</source>
        <translation>{count} 个步骤超出时间范围；时间线只显示范围内的部分。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="526"/>
        <source>The horizon is too long for one sheet; the Timeline is cut short.</source>
        <translation>时间范围太长，一张工作表放不下；时间线已截短。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="527"/>
        <source>MS Project XML keeps {most} baselines: the {count} oldest stay in the roadmap only.</source>
        <translation>MS Project XML 最多保留 {most} 个基线：最早的 {count} 个只保留在路线图中。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="528"/>
        <source>MS Project XML holds the problems, pathways, steps and links; products, patents, people and scores stay in the roadmap only.</source>
        <translation>MS Project XML 只包含问题、路径、步骤和链接；产品、专利、人员和评分只保留在路线图中。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="529"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="530"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="531"/>
        <source>{file}, {table} row {row}, column {column}: {value} {says}</source>
        <translation>{file}，{table} 表 {row} 行，{column} 列：{value} {says}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="532"/>
        <source>{table} row {row}, column {column}: {value} {says}</source>
        <translation>{table} 表 {row} 行，{column} 列：{value} {says}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="533"/>
        <source>{file}, {table} row {row}, column {column}: text that is not UTF-8</source>
        <translation>{file}，{table} 表 {row} 行，{column} 列：文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="534"/>
        <source>{file}, {table} row {row}, column {column}: {why}</source>
        <translation>{file}，{table} 表 {row} 行，{column} 列：{why}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="535"/>
        <source>{file}, {table}: holds {count} rows instead of exactly one</source>
        <translation>{file}，{table} 表：有 {count} 行，而不是正好一行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="536"/>
        <source>{file}, {table}: holds {count} rows instead of at most one</source>
        <translation>{file}，{table} 表：有 {count} 行，而最多只应有一行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="537"/>
        <source>is not an ID</source>
        <translation>不是 ID</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="538"/>
        <source>names no {table} row</source>
        <translation>不指向任何 {table} 行</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="539"/>
        <source>is not a baseline&apos;s plan</source>
        <translation>不是基线的计划</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="540"/>
        <source>is not a packed roadmap</source>
        <translation>不是打包的路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="541"/>
        <source>is not 1 (a file has one tie to a repository)</source>
        <translation>不是 1（一个文件只与一个资料库相连）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="542"/>
        <source>is not a repository URL</source>
        <translation>不是资料库 URL</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="543"/>
        <source>is not a version number</source>
        <translation>不是版本号</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="544"/>
        <source>is not a baseline&apos;s name</source>
        <translation>不是基线名称</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="545"/>
        <source>is not a date and time</source>
        <translation>不是日期和时间</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="546"/>
        <source>names another baseline too</source>
        <translation>也是另一个基线的名称</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="547"/>
        <source>binary data ({size} bytes)</source>
        <translation>二进制数据（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="548"/>
        <source>empty</source>
        <translation>空值</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="549"/>
        <source>is not a date between {low} and {high}</source>
        <translation>不是 {low} 至 {high} 年之间的日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="550"/>
        <source>is not one of {choices}</source>
        <translation>不是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="551"/>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="552"/>
        <source>is not a whole number within {low}–{high}</source>
        <translation>不是 {low}–{high} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="553"/>
        <source>is not a finite number</source>
        <translation>不是有限的数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="554"/>
        <source>is not a finite number within {low}–{high}</source>
        <translation>不是 {low}–{high} 之间的有限数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="555"/>
        <source>is not a #RRGGBB colour</source>
        <translation>不是 #RRGGBB 颜色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="557"/>
        <source>trigger {name}</source>
        <translation>触发器 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="558"/>
        <source>view {name}</source>
        <translation>视图 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="559"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="560"/>
        <source>table {name}</source>
        <translation>表 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="561"/>
        <source>column {table}.{column}</source>
        <translation>列 {table}.{column}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="562"/>
        <source>changed column {table}.{column}</source>
        <translation>被改动的列 {table}.{column}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="563"/>
        <source>missing column {table}.{column}</source>
        <translation>缺少的列 {table}.{column}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="564"/>
        <source>changed references of table {name}</source>
        <translation>表 {name} 的引用被改动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="565"/>
        <source>missing table {name}</source>
        <translation>缺少的表 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="566"/>
        <source>index {name}</source>
        <translation>索引 {name}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="567"/>
        <source>Wrote {copy}: {name} as it was after its last completed edit (the unfinished write rolled back); {name} and its journal are unchanged.</source>
        <translation>已写入 {copy}：{name} 最后一次完成编辑后的样子（未完成的写入已回滚）；{name} 及其日志文件未改动。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="568"/>
        <source>{value} is not a date</source>
        <translation>{value} 不是日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="569"/>
        <source>{value} does not fit the day/month order chosen</source>
        <translation>{value} 与所选的日/月顺序不符</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="571"/>
        <source>{sheet} row {row}, column {column}: {why}.</source>
        <translation>{sheet} 第 {row} 行，{column} 列：{why}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="572"/>
        <source>{sheet}: no column {header} in row {row}.</source>
        <translation>{sheet}：第 {row} 行没有 {header} 列。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="573"/>
        <source>{sheet}: no column is mapped to the step name.</source>
        <translation>{sheet}：没有列对应到步骤名称。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="574"/>
        <source>{sheet}: no column is mapped to the start or the end date.</source>
        <translation>{sheet}：没有列对应到开始或结束日期。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="575"/>
        <source>{sheet} row {row}, column {column}: key {key} is also in row {other}; keys must be unique.</source>
        <translation>{sheet} 第 {row} 行，{column} 列：键 {key} 也出现在第 {other} 行；键必须唯一。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="576"/>
        <source>{sheet}, column {column}: {count} date(s) read either way as day/month (rows {rows}); choose day first or month first.</source>
        <translation>{sheet}，{column} 列：{count} 个日期按日/月或月/日都能读（第 {rows} 行）；请选择日在前或月在前。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="577"/>
        <source>{sheet}: no rows below the header row.</source>
        <translation>{sheet}：标题行下面没有数据行。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="578"/>
        <source>task {id}</source>
        <translation>任务 {id}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="579"/>
        <source>Task {id}</source>
        <translation>任务 {id}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="580"/>
        <source>Baseline {number} · {file}</source>
        <translation>基线 {number} · {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="581"/>
        <source>from {file}</source>
        <translation>来自 {file}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="582"/>
        <source>task {id} ({name})</source>
        <translation>任务 {id}（{name}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="583"/>
        <source>task UID {id}</source>
        <translation>任务 UID {id}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="584"/>
        <source>task UID {id} ({name})</source>
        <translation>任务 UID {id}（{name}）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="585"/>
        <source>task UID {id}, link from UID {other}</source>
        <translation>任务 UID {id}，来自 UID {other} 的链接</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="586"/>
        <source>task {id}, dependency on task {other}</source>
        <translation>任务 {id}，依赖于任务 {other}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="587"/>
        <source>{where}: start {start} or duration {duration} is not readable.</source>
        <translation>{where}：开始 {start} 或工期 {duration} 无法读取。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="588"/>
        <source>{where}: a duration of {days} days is outside 0–{most}.</source>
        <translation>{where}：工期 {days} 天超出 0–{most}。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="589"/>
        <source>{where}: complete {value} is not a number.</source>
        <translation>{where}：完成度 {value} 不是数字。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="590"/>
        <source>{name} is damaged or not a workbook; save it again from Excel or LibreOffice as .xlsx.</source>
        <translation>{name} 已损坏或不是工作簿；请用 Excel 或 LibreOffice 重新另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="591"/>
        <source>{name} is damaged or not a workbook ({why}); save it again from Excel or LibreOffice as .xlsx.</source>
        <translation>{name} 已损坏或不是工作簿（{why}）；请用 Excel 或 LibreOffice 重新另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="592"/>
        <source>it holds {count} parts</source>
        <translation>其中有 {count} 个部件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="593"/>
        <source>no {part} inside</source>
        <translation>其中没有 {part}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="594"/>
        <source>it unpacks to more than a workbook can hold</source>
        <translation>解压后超出了工作簿能容纳的大小</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="595"/>
        <source>it is compressed beyond any real workbook</source>
        <translation>压缩比超出了任何真实的工作簿</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="596"/>
        <source>{part} declares a document type</source>
        <translation>{part} 声明了文档类型</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="597"/>
        <source>it declares XML entities</source>
        <translation>其中声明了 XML 实体</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="598"/>
        <source>row {row} is beyond the last row {last}</source>
        <translation>第 {row} 行超出了最后一行（第 {last} 行）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="599"/>
        <source>column {column} is beyond the last column XFD</source>
        <translation>第 {column} 列超出了最后一列 XFD</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="600"/>
        <source>larger than {mb} MB</source>
        <translation>大于 {mb} MB</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="601"/>
        <source>it declares a document type or entities</source>
        <translation>其中声明了文档类型或实体</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="602"/>
        <source>XML error: {detail}</source>
        <translation>XML 错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="603"/>
        <source>{count} {what}: {names}</source>
        <translation>{what} {count} 项：{names}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="604"/>
        <source>… ({count} more)</source>
        <translation>……（另有 {count} 项）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="605"/>
        <source>task {task} ← resource {resource}</source>
        <translation>任务 {task} ← 资源 {resource}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="606"/>
        <source>resource {resource}: {start} – {end}</source>
        <translation>资源 {resource}：{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="607"/>
        <source>unnamed</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="608"/>
        <source>finish-to-finish links</source>
        <translation>完成-完成链接</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="609"/>
        <source>start-to-finish links</source>
        <translation>开始-完成链接</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="610"/>
        <source>links to or from summary tasks</source>
        <translation>连到或来自摘要任务的链接</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="611"/>
        <source>links to other projects</source>
        <translation>连到其他项目的链接</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="612"/>
        <source>lags given as a percentage (links kept without the lag)</source>
        <translation>以百分比给出的延隔（链接保留，但不带延隔）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="613"/>
        <source>calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="614"/>
        <source>resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="615"/>
        <source>resource assignments</source>
        <translation>资源分配</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="616"/>
        <source>resource allocations</source>
        <translation>资源分配</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="617"/>
        <source>resource vacations</source>
        <translation>资源休假</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="618"/>
        <source>holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="619"/>
        <source>tasks with costs</source>
        <translation>带成本的任务</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="620"/>
        <source>custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="621"/>
        <source>custom columns</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="622"/>
        <source>Frontier Roadmap: plan industry-oriented research.</source>
        <translation>Frontier Roadmap：规划面向产业的研究。</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="623"/>
        <source>create an empty roadmap</source>
        <translation>新建一份空路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="624"/>
        <source>horizon start, YYYY-MM-DD</source>
        <translation>时间范围的开始，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="625"/>
        <source>horizon end, YYYY-MM-DD</source>
        <translation>时间范围的结束，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="626"/>
        <source>time unit (default: the template&apos;s)</source>
        <translation>时间单位（默认：模板的）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="627"/>
        <source>lanes, criteria and horizon to start from</source>
        <translation>起步用的泳道、评价标准和时间范围</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="628"/>
        <source>write the bundled sample roadmap</source>
        <translation>写出自带的示例路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="629"/>
        <source>counts, horizon, problems and pathways</source>
        <translation>数量、时间范围、问题和路径</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="630"/>
        <source>validate; exit 1 when there are findings</source>
        <translation>检查；发现问题时退出码为 1</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="631"/>
        <source>save what can be read of a damaged file into a new file beside it</source>
        <translation>把损坏文件中能读出的内容保存到旁边的新文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="632"/>
        <source>roll back an unfinished write of a read-only file into the new file COPY</source>
        <translation>把只读文件中未完成的写入回滚到新文件 COPY</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="633"/>
        <source>write .xlsx .json .csv .xml (MS Project) .png .svg .pdf (by OUT&apos;s suffix)</source>
        <translation>写出 .xlsx .json .csv .xml（MS Project）.png .svg .pdf（按 OUT 的后缀）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="634"/>
        <source>chart to draw for .png/.svg/.pdf (default: timeline)</source>
        <translation>.png/.svg/.pdf 要画的图表（默认：时间线）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="635"/>
        <source>draw only this problem (ID)</source>
        <translation>只画这个问题（ID）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="636"/>
        <source>for .pdf: the timeline as a wall chart on A0, A1, A2, A3 or A4-tiles, then the pathway ranking</source>
        <translation>用于 .pdf：把时间线画成 A0、A1、A2、A3 或 A4 拼贴的挂图，后附路径排名</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="637"/>
        <source>.xlsx: the baseline of the Variance sheet (default: latest)</source>
        <translation>.xlsx：偏差工作表所用的基线（默认：最新的）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="638"/>
        <source>read .xlsx .json .csv .xml (MS Project) .gan (GanttProject) into a roadmap</source>
        <translation>把 .xlsx .json .csv .xml（MS Project）.gan（GanttProject）读入路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="639"/>
        <source>make FILE equal to SOURCE</source>
        <translation>使 FILE 与 SOURCE 相同</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="640"/>
        <source>read any spreadsheet through a saved column mapping (.json profile)</source>
        <translation>按保存的列映射（.json 配置）读取任意电子表格</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="641"/>
        <source>how to read dates like 03/04/2027: day first (dmy) or month first (mdy)</source>
        <translation>如何读 03/04/2027 这样的日期：日在前（dmy）或月在前（mdy）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="642"/>
        <source>critical path, slack, earliest/latest dates</source>
        <translation>关键路径、浮动时间、最早/最迟日期</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="643"/>
        <source>a breakout copy that remembers its base</source>
        <translation>记住其基准的分组副本</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="644"/>
        <source>the group&apos;s name (default: the copy&apos;s file name)</source>
        <translation>分组的名称（默认：副本的文件名）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="645"/>
        <source>three-way merge of breakout copies by ID; exit 3 on conflicts</source>
        <translation>按 ID 三方合并分组副本；有冲突时退出码为 3</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="646"/>
        <source>report, change nothing</source>
        <translation>只报告，不做任何改动</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="647"/>
        <source>put back one of the roadmap&apos;s rotating backups</source>
        <translation>恢复路线图的某个轮换备份</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="648"/>
        <source>from --list; 1 = newest</source>
        <translation>来自 --list；1 = 最新</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="649"/>
        <source>list the backups, newest first</source>
        <translation>列出备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="650"/>
        <source>the result, or the conflicts, as JSON</source>
        <translation>以 JSON 给出结果或冲突</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="651"/>
        <source>write a roadmap of a repository to a new file</source>
        <translation>把资料库中的一份路线图写到新文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="652"/>
        <source>its id or exact title (see `roadmap repo list`)</source>
        <translation>它的 ID 或完整标题（见 `roadmap repo list`）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="653"/>
        <source>send the file&apos;s changes to its repository</source>
        <translation>把文件的改动发送到它的资料库</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="654"/>
        <source>the repository, the first time</source>
        <translation>资料库（第一次时）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="655"/>
        <source>bring the repository&apos;s changes into the file</source>
        <translation>把资料库的改动取回文件</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="656"/>
        <source>figures across the roadmaps of a repository or folder</source>
        <translation>资料库或文件夹中各路线图的汇总数字</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="657"/>
        <source>a repository URL or a folder of .roadmap files</source>
        <translation>资料库 URL 或存放 .roadmap 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="658"/>
        <source>also draw the portfolio to OUT (.png .svg .pdf)</source>
        <translation>同时把汇总画到 OUT（.png .svg .pdf）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="659"/>
        <source>the chart&apos;s language (default: locale)</source>
        <translation>图表的语言（默认：系统区域设置）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="660"/>
        <source>a shared PostgreSQL repository (init, list, delete)</source>
        <translation>共享的 PostgreSQL 资料库（init、list、delete）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="661"/>
        <source>create or upgrade the repository schema</source>
        <translation>创建或升级资料库结构</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="662"/>
        <source>postgresql://USER@HOST/DATABASE (no password: see README)</source>
        <translation>postgresql://USER@HOST/DATABASE（不含密码：见 README）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="663"/>
        <source>create the reader/planner/owner roles</source>
        <translation>创建 reader/planner/owner 角色</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="664"/>
        <source>the roadmaps in the repository</source>
        <translation>资料库中的路线图</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="665"/>
        <source>delete a roadmap from the repository (owner only)</source>
        <translation>从资料库删除一份路线图（仅限所有者）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="666"/>
        <source>confirm: it cannot be undone</source>
        <translation>确认：此操作无法撤销</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="667"/>
        <source>save, list or delete named baselines</source>
        <translation>保存、列出或删除命名基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="668"/>
        <source>save the plan as it is now under this name</source>
        <translation>以此名称保存当前计划</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="669"/>
        <source>a note kept with the baseline</source>
        <translation>随基线保存的备注</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="670"/>
        <source>list the baselines</source>
        <translation>列出基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="671"/>
        <source>with --list: as JSON</source>
        <translation>配合 --list：以 JSON 输出</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="672"/>
        <source>delete a baseline</source>
        <translation>删除一个基线</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="673"/>
        <source>variance against a baseline or another roadmap</source>
        <translation>与基线或另一份路线图比较偏差</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="674"/>
        <source>another roadmap (a scenario copy)</source>
        <translation>另一份路线图（情景副本）</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="675"/>
        <source>compare with this baseline</source>
        <translation>与此基线比较</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="676"/>
        <source>settle every conflict one way</source>
        <translation>所有冲突都按同一方处理</translation>
    </message>
    <message>
        <location filename="../../roadmap/ui/catalogue_texts.py" line="677"/>
        <source>the --json report with &quot;choice&quot; on each conflict</source>
        <translation>每个冲突都填了 &quot;choice&quot; 的 --json 报告</translation>
    </message>
</context>
</TS>
