import Foundation
import Plot

/// Controls that belong to a form elsewhere on the page (the HTML `form` attribute), so one
/// page can have many buttons that each send everything typed on it. A button names where it
/// goes with `formaction`. Labels, hints and errors are written as `Forms` writes them.
enum OwnedControls {
    static func textarea(
        _ name: String, id: String, label: String, value: String, form: String, error: String? = nil
    ) -> Node<HTML.BodyContext> {
        frame(
            id, label: label, hint: nil, error: error,
            .element(
                named: "textarea",
                nodes: [
                    .attribute(named: "id", value: id), .attribute(named: "name", value: name), .attribute(named: "form", value: form),
                    .attribute(named: "rows", value: "3"),
                    error == nil ? .empty : .attribute(named: "aria-describedby", value: "\(id)-error"),
                    error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
                    .text(value)
                ]))
    }

    static func input(
        _ name: String, id: String, label: String, value: String, form: String, hint: String? = nil, error: String? = nil
    ) -> Node<HTML.BodyContext> {
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }.joined(separator: " ")
        return frame(
            id, label: label, hint: hint, error: error,
            .selfClosedElement(
                named: "input",
                attributes: [
                    AttributeText.attribute("id", id), AttributeText.attribute("name", name), AttributeText.attribute("type", "text"),
                    AttributeText.attribute("value", value), AttributeText.attribute("form", form),
                    AttributeText.attribute("aria-describedby", described),
                    AttributeText.attribute("aria-invalid", error == nil ? nil : "true")
                ]))
    }

    static func select(
        _ name: String, id: String, label: String, options: [(value: String, label: String)], selected: String, form: String,
        error: String? = nil
    ) -> Node<HTML.BodyContext> {
        frame(
            id, label: label, hint: nil, error: error,
            .element(
                named: "select",
                nodes: [.attribute(named: "id", value: id), .attribute(named: "name", value: name), .attribute(named: "form", value: form)]
                    + options.map { option in
                        .element(
                            named: "option",
                            nodes: [
                                .attribute(named: "value", value: option.value, ignoreIfValueIsEmpty: false),
                                option.value == selected ? .attribute(named: "selected", value: "selected") : .empty,
                                .text(option.label)
                            ])
                    }))
    }

    static func button(
        _ title: String, form: String, action: String, name: String? = nil, value: String? = nil, secondary: Bool = false
    ) -> Node<HTML.BodyContext> {
        .element(
            named: "button",
            nodes: [
                .attribute(named: "type", value: "submit"), .attribute(named: "form", value: form),
                .attribute(named: "formaction", value: action),
                .unwrap(name) { .attribute(named: "name", value: $0) }, .unwrap(value) { .attribute(named: "value", value: $0) },
                secondary ? .attribute(named: "class", value: "secondary") : .empty, .text(title)
            ])
    }

    private static func frame(
        _ id: String, label: String, hint: String?, error: String?, _ control: Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        .div(
            .class(error == nil ? "field" : "field invalid"),
            .element(named: "label", nodes: [.attribute(named: "for", value: id), .text(label)]),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) },
            control)
    }
}
