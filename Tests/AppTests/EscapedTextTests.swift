import Testing

@testable import App

/// Text in pages passes one escaping path, which leaves no markup and shows entities as typed.
@Suite struct EscapedTextTests {
    @Test func markupInTextIsShownNotObeyed() {
        #expect(HTMLText.escape(#"<script>alert("x")</script> & 'y'"#) == #"&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'y'"#)
    }

    @Test func textWithoutMarkupIsLeftAsItIs() {
        #expect(HTMLText.escape("Team Noord – één 👩🏽‍⚕️") == "Team Noord – één 👩🏽‍⚕️")
        #expect(HTMLText.escape("") == "")
    }

    @Test func multiByteCharactersBesideEscapesSurvive() {
        #expect(HTMLText.escape("één<twee>€&") == "één&lt;twee&gt;€&amp;")
    }

    @Test func anEntitySomeoneTypedIsShownAsTyped() {
        #expect(HTMLText.escape("R&amp;D &#60;") == "R&amp;amp;D &amp;#60;")
    }

    @Test func viewsWritingTextReachThisEscape() {
        #expect(HTMLText.rendered("R&amp;D <b>") == "<p>R&amp;amp;D &lt;b&gt;</p>")
    }
}
