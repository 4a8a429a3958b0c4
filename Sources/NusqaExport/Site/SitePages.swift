import NusqaCore
import NusqaLanguage
import NusqaAmend
import NusqaParse
import NusqaCorpus
import NusqaTimeline
import NusqaDiff
import NusqaRender

/// The site's own pages (сайт беттері): the index of acts and a page per act; edition and diff pages
/// are the renderers' own HTML. No external scripts, styles or fonts; every link relative.
enum SitePages {
    static let style = """
        body{font-family:Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
        h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}table{border-collapse:collapse;width:100%}
        th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
        .meta{color:#555;font-size:.9em}.state{font-size:.85em;color:#555}.coming{color:#a33}.current{color:#060;font-weight:bold}
        input[type=search]{font:inherit;padding:.2em .4em;width:20em}
        """

    static func head(_ title: String, root: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n"
            + "<title>\(HTML.escape(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
            + "<p class=\"meta\"><a href=\"\(root)index.html\">Nusqa — актілер / acts</a></p>\n"
    }

    static func label(_ plan: ActPlan) -> (kind: String, number: String, title: String) {
        let m = plan.entry.metadata
        return (m.kind.rawValue, m.number ?? "—", m.title ?? plan.entry.act?.title ?? "")
    }

    // MARK: Index

    static func index(_ plans: [ActPlan]) -> String {
        var out = head("Nusqa — актілер / acts", root: "")
        out += "<h1>Актілер / acts</h1>\n"
        out += "<p><label for=\"q\">Іздеу / search:</label> <input id=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"№, атауы, id…\"> <span id=\"count\" class=\"meta\"></span></p>\n"
        out += "<table id=\"acts\">\n<thead><tr><th>ID</th><th>Түрі / kind</th><th>№</th><th>Атауы / title</th><th>Редакциялар / editions</th></tr></thead>\n<tbody>\n"
        for plan in plans {
            let (kind, number, title) = label(plan)
            let text = plan.entry.act == nil ? "[мәтіні корпуста жоқ / text not in corpus] " + title : title
            out += "<tr data-id=\"\(HTML.escape(plan.entry.metadata.id))\"><td><a href=\"acts/\(plan.name)/index.html\">\(HTML.escape(plan.entry.metadata.id))</a></td>"
            out += "<td>\(HTML.escape(kind))</td><td>\(HTML.escape(number))</td><td>\(HTML.escape(text))</td><td>\(plan.editions.count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n<p class=\"meta\">JSON: <a href=\"acts.json\">acts.json</a> (nusqa/1)</p>\n"
        out += "<script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n</body>\n</html>\n"
        return out
    }

    /// `var NUSQA_INDEX = [...]`: per act its id, kind, number, title, editions, page, and the lower-case text searched.
    static func searchIndex(_ plans: [ActPlan]) -> String {
        let entries: [JSONValue] = plans.map { plan in
            let (kind, number, title) = label(plan)
            let id = plan.entry.metadata.id
            return [
                "id": .string(id), "kind": .string(kind), "number": .string(number), "title": .string(title),
                "editions": .int(plan.editions.count), "href": .string("acts/\(plan.name)/index.html"),
                "text": .string([id, kind, number, title, plan.entry.metadata.signed?.description ?? ""].joined(separator: " ").lowercased()),
            ]
        }
        return "var NUSQA_INDEX = " + JSONValue.array(entries).compact() + ";\n"
    }

    static let searchScript = """
        // Filters the table of acts as you type: every word must occur in the act's indexed text.
        (function () {
          "use strict";
          var input = document.getElementById("q");
          var count = document.getElementById("count");
          var rows = document.querySelectorAll("#acts tbody tr");
          var textById = {};
          NUSQA_INDEX.forEach(function (act) { textById[act.id] = act.text; });
          function filter() {
            var words = input.value.toLowerCase().split(/\\s+/).filter(function (w) { return w.length > 0; });
            var shown = 0;
            rows.forEach(function (row) {
              var text = textById[row.getAttribute("data-id")] || "";
              var match = words.every(function (w) { return text.indexOf(w) >= 0; });
              row.hidden = !match;
              if (match) { shown += 1; }
            });
            count.textContent = shown + " / " + rows.length;
          }
          input.addEventListener("input", filter);
          filter();
        })();

        """

    static let timelineScript = """
        // Marks each edition by the reader's date: the one in force, and those not yet in force.
        (function () {
          "use strict";
          var today = new Date().toISOString().slice(0, 10);
          var rows = document.querySelectorAll("tr[data-from]");
          var current = null;
          rows.forEach(function (row) {
            var from = row.getAttribute("data-from");
            if (from === "" || from <= today) { current = row; }
          });
          rows.forEach(function (row) {
            var cell = row.querySelector(".state");
            if (!cell) { return; }
            var from = row.getAttribute("data-from");
            if (row === current) { cell.textContent = "қолданыста / in force"; cell.className = "state current"; }
            else if (from !== "" && from > today) { cell.textContent = "күшіне енбеген / not yet in force"; cell.className = "state coming"; }
          });
        })();

        """

    // MARK: Act page

    static func actPage(_ plan: ActPlan, context: AKNDocument.Context, names: [String: SafeName]) -> String {
        let m = plan.entry.metadata
        let timeline = plan.timeline
        var out = head(EditionRenderer.title(of: plan.entry), root: "../../")
        out += "<h1>\(HTML.escape(EditionRenderer.title(of: plan.entry)))</h1>\n<p class=\"meta\">"
        var facts = ["түрі / kind: \(m.kind.rawValue)"]
        if let signed = m.signed { facts.append("қол қойылды / signed: \(signed)") }
        if let registration = m.registration?.number { facts.append("тіркелді / registered: № \(registration)" + (m.registration?.date.map { " (\($0))" } ?? "")) }
        facts.append("жарияланды / published: \(m.published?.description ?? "белгісіз / unknown")")
        if plan.entry.act == nil { facts.append("мәтіні корпуста жоқ / text not in corpus") }
        out += HTML.escape(facts.joined(separator: " · ")) + "</p>\n"
        out += "<p class=\"meta\">JSON: <a href=\"versions.json\">versions.json</a></p>\n"
        if let target = context.consolidation.readings[m.id]?.targetID {
            let link = names[target].map { "<a href=\"../\($0)/index.html\">\(HTML.escape(target))</a>" } ?? HTML.escape(target)
            out += "<p>Өзгерістер енгізеді / amends: \(link)</p>\n"
        }
        out += "<h2>Редакциялар / editions</h2>\n<table>\n<thead><tr><th>Күні / from</th><th>Күйі / state</th><th>Мәтін / text</th><th>Өзгерістер / changes</th><th>Айырма / diff</th></tr></thead>\n<tbody>\n"
        var previous: ActPlan.EditionFile?
        for file in plan.editions {
            let edition = timeline.editions[file.index]
            let from = edition.date?.description ?? ""
            let shown = edition.date.map { $0.description + (edition.isEstimated ? " (болжамды / estimated)" : "") } ?? "бастапқы мәтін / original"
            out += "<tr data-from=\"\(from)\"><td>\(HTML.escape(shown))</td><td class=\"state\"></td>"
            out += "<td><a href=\"\(file.label).html\">HTML</a> · <a href=\"\(file.label).json\">JSON</a> · <a href=\"\(file.label).akn.xml\">AKN</a></td><td>"
            if edition.changes.isEmpty {
                out += "—"
            } else {
                out += "<ul>"
                for change in edition.changes { out += "<li>" + changeLine(change, names: names) + "</li>" }
                out += "</ul>"
            }
            out += "</td><td>"
            if let previous {
                let stem = SiteExport.diffStem(previous, file)
                out += "<a href=\"\(stem).html\">HTML</a> · <a href=\"\(stem).json\">JSON</a>"
            } else {
                out += "—"
            }
            out += "</td></tr>\n"
            previous = file
        }
        out += "</tbody>\n</table>\n"
        if !timeline.unapplied.isEmpty {
            out += "<h2>Қолданылмаған өзгерістер / unapplied changes</h2>\n<ul>\n"
            for item in timeline.unapplied {
                out += "<li>" + changeLine(item.change, names: names) + " — " + HTML.escape(item.reason) + "</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<script src=\"../../timeline.js\"></script>\n</body>\n</html>\n"
        return out
    }

    static func changeLine(_ change: Change, names: [String: SafeName]) -> String {
        let operation = change.deferredTarget == nil ? change.patch.operation.rawValue : "deferred-in-force"
        let act = names[change.act].map { "<a href=\"../\($0)/index.html\">\(HTML.escape(change.act))</a>" } ?? HTML.escape(change.act)
        return HTML.escape("\(change.target.kazakhReference) — \(operation), \(change.effectiveText) ") + "(" + act + ")"
    }
}
