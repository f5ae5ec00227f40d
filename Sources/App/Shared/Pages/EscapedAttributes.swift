import Plot

/// Plot writes attribute values between double quotes as they are: a unit named
/// `x"><base href=…>` would add elements to every page that shows it in an attribute.
///
/// Rather than trusting every call site to remember, this file re-declares each of Plot's
/// attribute modifiers that takes text with the very same signature. Swift prefers a declaration
/// in the importing module over the identical one it imports, so every `.href(…)`, `.value(…)`,
/// `.class(…)`, `.attribute(named:value:)` written in this module lands here and passes through
/// `AttributeText.escape`. `EscapedAttributesTests` checks each of them, and the hostile-value
/// leg of CI parses every page with a real HTML parser. Building an `Attribute(name:value:)` by
/// hand skips this file; a test keeps that initialiser out of the sources.
enum AttributeText {
    /// Escapes the characters that can end a quoted attribute value or start markup.
    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x22 || $0 == 0x26 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E }) else {
            return value
        }
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count + 16)
        for character in value.unicodeScalars {
            switch character {
            case "\"": escaped += "&quot;"
            case "&": escaped += "&amp;"
            case "'": escaped += "&#39;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    static func node<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node<Context> {
        .attribute(attribute(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }

    static func attribute<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Attribute<Context> {
        Attribute(name: name, value: value.map(escape), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

// MARK: - Any attribute by name

extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        AttributeText.node(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        AttributeText.attribute(name, value)
    }
}

// MARK: - Global attributes

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { AttributeText.attribute("id", id) }
    static func `class`(_ className: String) -> Attribute { AttributeText.attribute("class", className) }
    static func data(named name: String, value: String) -> Attribute { AttributeText.attribute("data-\(name)", value) }
    static func title(_ title: String) -> Attribute { AttributeText.attribute("title", title) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { AttributeText.node("id", id) }
    static func `class`(_ className: String) -> Node { AttributeText.node("class", className) }
    static func data(named name: String, value: String) -> Node { AttributeText.node("data-\(name)", value) }
    static func title(_ title: String) -> Node { AttributeText.node("title", title) }
}

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { AttributeText.attribute("name", name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { AttributeText.node("name", name) }
}

extension Attribute where Context: HTMLTypeContext {
    static func type(_ type: String) -> Attribute { AttributeText.attribute("type", type) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { AttributeText.attribute("value", value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { AttributeText.node("value", value) }
}

// MARK: - Links, sources and forms

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Attribute { AttributeText.attribute("href", url.description) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: URLRepresentable) -> Node { AttributeText.node("href", url.description) }
}

extension Attribute where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Attribute { AttributeText.attribute("src", url.description) }
}

extension Node where Context: HTMLSourceContext {
    static func src(_ url: URLRepresentable) -> Node { AttributeText.node("src", url.description) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: URLRepresentable) -> Node { AttributeText.node("action", url.description) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { AttributeText.node("for", target) }
}

extension Attribute where Context == HTML.InputContext {
    static func placeholder(_ placeholder: String) -> Attribute { AttributeText.attribute("placeholder", placeholder) }
}

extension Node where Context == HTML.TextAreaContext {
    static func placeholder(_ placeholder: String) -> Node { AttributeText.node("placeholder", placeholder) }
}

extension Attribute where Context == HTML.OptionContext {
    static func label(_ label: String) -> Attribute { AttributeText.attribute("label", label) }
}

// MARK: - The rest of Plot's text-valued attributes

extension Node where Context == HTML.TimeContext {
    static func datetime(_ datetime: String) -> Node { AttributeText.node("datetime", datetime) }
}

extension Node where Context: HTMLStylableContext {
    static func style(_ css: String) -> Node { AttributeText.node("style", css) }
}

extension Attribute where Context == HTML.MetaContext {
    static func property(_ property: String) -> Attribute { AttributeText.attribute("property", property) }
    static func content(_ content: String) -> Attribute { AttributeText.attribute("content", content) }
}

extension Attribute where Context == HTML.ImageContext {
    static func alt(_ text: String) -> Attribute { AttributeText.attribute("alt", text) }
}

extension Node where Context: HTML.BodyContext {
    static func ariaLabel(_ label: String) -> Node { AttributeText.node("aria-label", label) }
    static func ariaControls(_ child: String) -> Node { AttributeText.node("aria-controls", child) }
}

// MARK: - Plot's head components, which write their text into meta attributes inside Plot

extension Node where Context == HTML.HeadContext {
    /// Only the `<title>` element: Plot's version also copies the text into two social-media
    /// meta attributes, unescaped, and a tool behind a sign-in has no use for them.
    static func title(_ title: String) -> Node { .element(named: "title", text: title) }
    static func description(_ text: String) -> Node {
        .meta(.attribute(named: "name", value: "description"), .content(text))
    }
    static func stylesheet(_ url: URLRepresentable, integrity: String? = nil) -> Node {
        .link(.attribute(named: "rel", value: "stylesheet"), .href(url), .attribute(named: "integrity", value: integrity))
    }
}

/// Each modifier above, written the way views write it. Overload resolution happens in the
/// module of the call site, so the proof that views reach the escaping versions has to be
/// compiled here, in App, and not in the tests (which import Plot directly).
enum AttributeEscapeSamples {
    static func rendered(with h: String) -> [String] {
        let anchor: Node<HTML.BodyContext> = .a(.href(h), .id(h), .class(h), .title(h), .data(named: "x", value: h))
        let aria: Node<HTML.BodyContext> = .div(.ariaLabel(h), .ariaControls(h), .style(h), .attribute(named: "rel", value: h))
        let input: Node<HTML.FormContext> = .input(.name(h), .value(h), .placeholder(h), .attribute(named: "x", value: h))
        let form: Node<HTML.BodyContext> = .form(.action(h), input)
        let label: Node<HTML.BodyContext> = .label(.for(h))
        let textarea: Node<HTML.BodyContext> = .textarea(.name(h), .placeholder(h))
        let image: Node<HTML.BodyContext> = .img(.src(h), .alt(h))
        let time: Node<HTML.BodyContext> = .time(.datetime(h))
        let option: Node<HTML.BodyContext> = .select(.option(.value(h), .label(h)))
        let head: Node<HTML.HeadContext> = .group(.meta(.content(h), .property(h)), .title(h), .description(h), .stylesheet(h))
        return [anchor, aria, form, label, textarea, image, time, option].map { $0.render() } + [head.render()]
    }
}

/// Every table on a page sits in its own box that scrolls sideways, so a wide table never
/// widens the page on a phone; the box takes keyboard focus so it can be scrolled without a
/// mouse (axe: scrollable-region-focusable). Declared here for the same reason as the
/// attributes above: every `.table(…)` written in this module lands here. The heatmap builds
/// its own box (`HeatmapPage`), which also keeps its header row in view.
extension Node where Context == HTML.BodyContext {
    static func table(_ nodes: Node<HTML.TableContext>...) -> Node {
        .element(
            named: "div",
            nodes: [AttributeText.node("class", "scroll"), AttributeText.node("tabindex", "0"), .element(named: "table", nodes: nodes)])
    }
}
