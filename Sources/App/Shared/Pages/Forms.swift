import Foundation
import Plot
import VeerkrachtCore

/// The pieces every form is made of, so labels, errors and the CSRF token are never forgotten.
enum Forms {
    static func csrf(_ context: PageContext) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("_csrf"), .value(context.csrfToken))
    }

    /// A labelled input. `error`, when given, is announced with the field.
    /// `id` tells apart fields of the same name in several forms on one page.
    static func field(
        _ name: String, label: String, type: HTMLInputType = .text, value: String = "",
        required: Bool = false, autocomplete: String? = nil, hint: String? = nil,
        error: String? = nil, id: String? = nil
    ) -> Node<HTML.FormContext> {
        let id = id ?? "field-\(name)"
        let described = describedBy(id, hint: hint, error: error)
        return labelled(
            id, label: label, hint: hint, error: error,
            .input(
                .id(id), .name(name), .type(type), .value(value), .required(required),
                .unwrap(autocomplete) { .attribute(named: "autocomplete", value: $0) },
                described.isEmpty ? .empty : .attribute(named: "aria-describedby", value: described),
                error == nil ? .empty : .attribute(named: "aria-invalid", value: "true")))
    }

    /// The frame every labelled control shares: label, hint and error, marked invalid on error.
    private static func labelled(
        _ id: String, label: String, hint: String?, error: String?,
        _ control: Node<HTML.FormContext>
    ) -> Node<HTML.FormContext> {
        .div(
            .class(error == nil ? "field" : "field invalid"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            control
        )
    }

    /// The ids of the hint and error that describe a control, space-separated; empty for none.
    private static func describedBy(_ id: String, hint: String?, error: String?) -> String {
        [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
    }

    /// A labelled text area for a few sentences, with its hint and error like `field`.
    static func textarea(
        _ name: String, label: String, value: String, hint: String? = nil,
        error: String? = nil, id: String? = nil
    ) -> Node<HTML.FormContext> {
        let id = id ?? "field-\(name)"
        let described = describedBy(id, hint: hint, error: error)
        return labelled(
            id, label: label, hint: hint, error: error,
            .textarea(
                .id(id), .name(name), .attribute(named: "rows", value: "3"), .text(value),
                described.isEmpty ? .empty : .attribute(named: "aria-describedby", value: described),
                error == nil ? .empty : .attribute(named: "aria-invalid", value: "true")))
    }

    /// A labelled drop-down; `options` are (value, label) pairs.
    static func select(
        _ name: String, label: String, options: [(value: String, label: String)],
        selected: String?, error: String? = nil, id: String? = nil
    ) -> Node<HTML.FormContext> {
        select(
            name, label: label, error: error, id: id,
            options: .forEach(options) { option($0.value, label: $0.label, selected: $0.value == selected) })
    }

    /// A labelled drop-down of units: `topLabel` (value empty), then every active unit by
    /// its full path in the tree's order, so two teams called Noord are told apart and typing
    /// a path's start in the closed list finds it.
    static func unitSelect(
        _ name: String, label: String, units: UnitChoices, topLabel: String,
        selected: String?, error: String? = nil, id: String? = nil
    ) -> Node<HTML.FormContext> {
        select(name, label: label, error: error, id: id, options: units.options(topLabel: topLabel, selected: selected))
    }

    private static func select(
        _ name: String, label: String, error: String?, id: String?, options: Node<HTML.SelectContext>
    ) -> Node<HTML.FormContext> {
        let id = id ?? "field-\(name)"
        return .div(
            .class(error == nil ? "field" : "field invalid"),
            .label(.for(id), .text(label)),
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            .select(.id(id), .attribute(named: "name", value: name), options)
        )
    }

    /// Plot's `option` takes no text, and the `label` attribute is not read everywhere.
    static func option(_ value: String, label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(
            named: "option",
            nodes: [
                // An empty value must still be written, or the browser sends the label instead.
                Node<HTML.OptionContext>.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                selected ? .attribute(named: "selected") : .empty,
                .text(label)
            ])
    }

    /// Plot has no `legend`; a fieldset needs one to name its group for screen readers.
    static func legend(_ text: String) -> Node<HTML.FormContext> {
        .element(named: "legend", nodes: [.text(text)])
    }

    /// A box to tick before a step that cannot be undone; the server checks it too
    /// (`Confirmation`), so a form sent without it changes nothing.
    static func confirmation(_ label: String) -> Node<HTML.FormContext> {
        .div(
            .class("field check"),
            .label(.input(.type(.checkbox), .name("confirm"), .value("1"), .required(true)), .text(" " + label)))
    }

    static func submit(_ title: String) -> Node<HTML.FormContext> {
        .button(.type(.submit), .text(title))
    }

    /// A message above a form or table; `role=alert` makes screen readers read it out.
    static func notice(_ text: String?, kind: NoticeKind = .error) -> Node<HTML.BodyContext> {
        .unwrap(text) { text in
            .p(.class("notice \(kind.rawValue)"), .attribute(named: "role", value: kind == .error ? "alert" : "status"), .text(text))
        }
    }

    enum NoticeKind: String { case error, success, info }

    /// A group of ticks sharing one name (`name[]`), under a legend.
    static func checkboxes(
        _ name: String, legend: String, hint: String? = nil, options: [(value: String, label: String)],
        chosen: Set<String>
    ) -> Node<HTML.FormContext> {
        let base = name.replacingOccurrences(of: "[]", with: "")
        // The id lets a problem in the list above lead to the group (`#field-languages`).
        return .fieldset(
            .id("field-\(base)"),
            Forms.legend(legend),
            .unwrap(hint) { .p(.class("hint"), .text($0)) },
            .forEach(options.enumerated()) { index, option in
                .div(
                    .class("field check"),
                    .input(
                        .type(.checkbox), .id("\(base)-\(index)"), .name(name), .value(option.value),
                        .checked(chosen.contains(option.value))),
                    .label(.for("\(base)-\(index)"), .text(option.label)))
            }
        )
    }

    /// The problems of a form as a list whose items lead to their fields (`#field-<name>`), so a
    /// keyboard or screen-reader user can jump to the field, and the page names the field the
    /// API names.
    static func problemSummary(_ problems: [FieldProblem]) -> Node<HTML.BodyContext> {
        .ul(.class("problems"), .forEach(problems) { .li(.a(.href("#field-\($0.field)"), .text($0.message))) })
    }
}

/// A refused value: the form field it belongs to (as the core names it) and what to do about it.
struct FieldProblem: Sendable, Equatable {
    let field: String
    let message: String

    /// The message when it belongs to `field`, for `Forms.field(error:)`.
    static func message(_ problem: FieldProblem?, for field: String) -> String? {
        problem?.field == field ? problem?.message : nil
    }
}
