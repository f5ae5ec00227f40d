import Foundation

/// The one stylesheet, served from memory so the binary needs no files beside it. Mobile
/// first; calm colours with enough contrast (WCAG AA); tidy on paper.
enum Stylesheet {
    static let css = """
        :root { --ink: #1d2a2f; --muted: #55656b; --accent: #0b6e4f; --line: #d5dde0; --bg: #f6f8f8;
                --warn: #a4262c; --ok: #0b6e4f; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 2; }
        header.site { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
                      padding: .75rem 1rem; background: #fff; border-bottom: 1px solid var(--line); }
        header.site nav { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        .brand { font-weight: 700; color: var(--accent); text-decoration: none; font-size: 1.2rem; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
        main.wide { max-width: none; }
        .places ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
        .places a { display: inline-block; padding: .6rem 0 .5rem; text-decoration: none; border-bottom: 3px solid transparent; }
        .places a[aria-current="page"] { border-bottom-color: var(--accent); font-weight: 700; color: var(--ink); }
        nav.places.wide { background: #fff; border-bottom: 1px solid var(--line); padding: 0 1rem; }
        details.places.narrow { display: none; background: #fff; border-bottom: 1px solid var(--line); padding: .25rem 1rem; }
        details.places.narrow summary { cursor: pointer; padding: .5rem 0; font-weight: 600; min-height: 2.75rem; }
        details.places.narrow ul { flex-direction: column; gap: 0; }
        @media (max-width: 40rem) { nav.places.wide { display: none; } details.places.narrow { display: block; } }
        nav.breadcrumbs ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem; font-size: .9rem; }
        nav.breadcrumbs li + li::before { content: "›"; margin-right: .25rem; color: var(--muted); }
        nav.breadcrumbs a { display: inline-block; padding: .2rem 0; }
        footer { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .875rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
        a { color: var(--accent); }
        a:focus, button:focus, input:focus, select:focus, summary:focus { outline: 3px solid #f2b705; outline-offset: 2px; }
        form.inline { display: inline-flex; flex-wrap: wrap; gap: .25rem; margin: 0; max-width: 100%; }
        .field { margin: 0 0 1rem; display: flex; flex-direction: column; gap: .25rem; max-width: 32rem; }
        .field.check { flex-direction: row; align-items: center; }
        label { font-weight: 600; }
        input, select { font: inherit; padding: .5rem; border: 1px solid #8a999e; border-radius: 4px; background: #fff; min-height: 2.75rem; }
        .field.check input { min-height: auto; width: 1.25rem; height: 1.25rem; }
        select, input:not([type=checkbox]):not([type=radio]) { max-width: 100%; } .field { min-width: 0; }
        label, legend, dd { overflow-wrap: anywhere; }
        button { font: inherit; padding: .5rem 1rem; min-height: 2.75rem; border: 0; border-radius: 4px;
                 background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--warn); border: 1px solid var(--warn); }
        header.site button { background: transparent; color: var(--accent); border: 1px solid var(--line); padding: .25rem .6rem; min-height: 2.25rem; }
        header.site button[aria-pressed="true"] { background: var(--accent); color: #fff; }
        .hint, .muted { color: var(--muted); font-size: .9rem; margin: 0; }
        .field .error, .notice.error { color: var(--warn); }
        .field.invalid input { border-color: var(--warn); border-width: 2px; }
        .notice { padding: .75rem 1rem; border-radius: 4px; background: #fff; border-left: 4px solid var(--accent); }
        .notice.error { border-left-color: var(--warn); }
        .notice code { word-break: break-all; font-size: .95rem; }
        table { border-collapse: collapse; width: 100%; background: #fff; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.archived td { color: var(--muted); font-style: italic; }
        .scroll { overflow-x: auto; } .scroll:focus, .table-box:focus { outline: 3px solid #f2b705; outline-offset: 2px; }
        .depth-0 { padding-left: .6rem; } .depth-1 { padding-left: 2rem; } .depth-2 { padding-left: 3.5rem; }
        .depth-3 { padding-left: 5rem; } .depth-4 { padding-left: 6.5rem; } .depth-5 { padding-left: 8rem; }
        .depth-6 { padding-left: 9.5rem; } .depth-7 { padding-left: 11rem; } .depth-8 { padding-left: 12.5rem; }
        ul.cards { list-style: none; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
        ul.cards li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
        ul.cards a { font-weight: 600; font-size: 1.1rem; }
        details.switcher { position: relative; }
        details.switcher summary { cursor: pointer; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 4px; }
        details.switcher ul { position: absolute; background: #fff; border: 1px solid var(--line); list-style: none;
                              margin: .25rem 0 0; padding: .5rem; min-width: 14rem; z-index: 1; }
        details.switcher a[aria-current] { font-weight: 700; }
        .pager { display: flex; gap: 1rem; align-items: center; }
        ul.providers { list-style: none; padding: 0; }
        a.button { display: inline-block; padding: .5rem 1rem; border-radius: 4px; background: var(--accent); color: #fff; text-decoration: none; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; background: #fff; margin: 0 0 1rem; padding: .75rem 1rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        dl.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .25rem 1rem; background: #fff; padding: 1rem; border-radius: 6px; }
        dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
        .actions { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: 1rem 0; }
        .actions p { flex-basis: 100%; margin: 0; }
        .actions .slips { flex-basis: 100%; min-width: 0; }
        td.suppressed { color: var(--muted); font-style: italic; }
        table.heatmap td.suppressed { background: #eeeeee; white-space: nowrap; }
        table.heatmap { font-size: .9rem; } div.scroll { overflow-x: auto; }
        div.table-box { overflow: auto; max-height: 80vh; border: 1px solid var(--line); background: #fff; margin: .5rem 0 1rem; }
        div.table-box table { margin: 0; width: max-content; min-width: 100%; }
        div.table-box thead th { position: sticky; top: 0; background: #fff; z-index: 2; box-shadow: 0 1px 0 var(--line); }
        div.table-box tbody th, div.table-box tbody td:first-child { position: sticky; left: 0; background: #fff; z-index: 1; }
        div.scroll > table.results tbody th[scope=row] { position: sticky; left: 0; background: #fff; }
        div.table-box thead th:first-child { left: 0; z-index: 3; }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
        span.suppressed-swatch { background: #eeeeee; }
        .unit-picker .picker-box { max-height: 18rem; overflow-y: auto; border: 1px solid var(--line); padding: .25rem .5rem; margin-top: .5rem; }
        .unit-picker .field.check { margin: 0; }
        main.wide p, main.wide .notice, main.wide ul:not(.legend) { max-width: 60rem; }
        ul.legend span.swatch { display: inline-block; width: 1.2rem; height: 1rem; border: 1px solid var(--line); vertical-align: middle; margin-right: .3rem; }
        dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; font-size: .9rem; }
        dl.legend dt { font-weight: 600; } dl.legend dd { margin: 0; }
        .heat-m3 { background: #b2182b; color: #fff; } .heat-m2 { background: #f4a582; } .heat-m1 { background: #fddbc7; }
        .heat-p0 { background: #f7f7f7; } .heat-p1 { background: #d1e5f0; } .heat-p2 { background: #92c5de; }
        .heat-p3 { background: #2166ac; color: #fff; }
        svg.bar { vertical-align: middle; }
        form.filter { display: flex; flex-wrap: wrap; gap: .8rem; align-items: end; }
        @media print { form.filter, header nav, .places, nav.breadcrumbs { display: none; } table { page-break-inside: auto; } tr { page-break-inside: avoid; } }
        svg.profile-chart { width: 100%; max-width: 26rem; height: auto; }
        ul.advice li { margin-bottom: .6rem; }
        @page { size: A4; margin: 12mm 12mm 14mm;
                @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #55656b; } }
        @page :first { @bottom-right { content: none; } }
        @media print {
          .no-print, header, footer, form { display: none !important; }
          .profile { font-size: 8.5pt; line-height: 1.3; }
          .profile h2 { font-size: 11pt; margin: .5em 0 .2em; } .profile h3 { font-size: 9pt; margin: .3em 0 0; }
          .profile p, .profile ul { margin: .15em 0; } .profile table { display: none; }
          .profile svg.profile-chart { max-width: 62mm; }
          .profile .strongest { columns: 2; column-gap: 8mm; }
          h1 { font-size: 14pt; margin: 0 0 .3em; }
        }
        textarea { font: inherit; padding: .5rem; border: 1px solid #8a999e; border-radius: 4px; width: 100%; }
        progress { width: 100%; height: .75rem; accent-color: var(--accent); }
        .progress-text { margin: 0; color: var(--muted); }
        fieldset.item legend { font-weight: 600; font-size: 1.05rem; line-height: 1.4; }
        .options { display: flex; flex-direction: column; gap: .25rem; }
        .option { display: flex; align-items: center; gap: .6rem; min-height: 2.75rem; }
        .option input { width: 1.4rem; height: 1.4rem; margin: 0; flex: none; accent-color: var(--accent); }
        .option label { font-weight: 400; flex: 1; cursor: pointer; }
        .survey-buttons { display: flex; flex-direction: row-reverse; justify-content: space-between; gap: 1rem; margin: 1rem 0; }
        @media (min-width: 48rem) {
          .options { flex-direction: row; }
          .option { flex: 1; flex-direction: column; text-align: center; gap: .25rem; }
        }
        @media print {
          header.site, footer, form, .skip, .pager, .actions { display: none; }
          body { background: #fff; } main { max-width: none; padding: 0; }
          details > *:not(summary) { display: block; }
        }
        .badge { display: inline-block; padding: .1rem .5rem; border-radius: 3px; font-weight: 600; font-size: .9rem; border: 1px solid; }
        .verdict-strong.badge { background: #e3f1ea; color: #0b5a40; border-color: #0b6e4f; }
        .verdict-attention.badge { background: #fdf3d8; color: #6b4a00; border-color: #a87400; }
        .verdict-concern.badge { background: #fbe4e5; color: #8a1f24; border-color: #a4262c; }
        .verdict-none.badge { background: #fff; color: var(--muted); border-color: var(--line); }
        section.question { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px;
                           padding: .25rem 1rem 1rem; margin: 1rem 0; }
        section.question.verdict-strong { border-left-color: #0b6e4f; } section.question.verdict-attention { border-left-color: #a87400; }
        section.question.verdict-concern { border-left-color: #a4262c; }
        section.question h2 { margin-top: .75rem; } .story p { margin: .3rem 0; }
        table.signals { font-size: .9rem; } table.signals td.hint { font-size: .85rem; }
        ul.summary { list-style: none; padding: 0; } ul.summary li { margin: .3rem 0; }
        strong.overdue { color: var(--warn); }
        .writing-space { min-height: 5cm; border: 1px dashed var(--line); padding: .5rem; color: var(--muted); }
        nav.contents ol { padding-left: 1.5rem; }
        .report .cover { padding: 2rem 0; } .cover-organisation { font-size: 2rem; font-weight: 700; margin: 0; }
        .cover-title { font-size: 1.4rem; color: var(--accent); margin: .25rem 0 1rem; }
        ul.summary-lines { list-style: none; padding: 0; } ul.summary-lines li { margin: .4rem 0; }
        @media print {
          section.question { break-inside: avoid; border-width: 1px 1px 1px 4px; }
          .report section.cover { break-after: page; min-height: 60vh; display: flex; flex-direction: column; justify-content: center; }
          .report section.summary-page { break-after: page; }
          .report section.chapter { break-before: page; }
          .print-document section.question, .report section.question { font-size: 9.5pt; }
          /* The agenda packs its questions: a question may run on over a page, its heading never
             ends a page and the box to write in is never split. */
          .agenda section.question { break-inside: auto; }
          .agenda section.question h2, .agenda section.question h3 { break-after: avoid; }
          .agenda .writing-space { break-inside: avoid; min-height: 4cm; }
          .badge { border-width: 1px; }
        }
        """
}
