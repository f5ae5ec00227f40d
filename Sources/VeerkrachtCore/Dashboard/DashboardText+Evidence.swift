import Foundation

extension DashboardText {
    /// One sentence about one figure.
    public func sentence(_ evidence: Evidence) -> String {
        let dutch = language == .nl
        func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }
        switch evidence {
        case .perception(let topic, let mean, let n, let favourable):
            let agree =
                favourable.map { t(" \(percent($0)) is het er (helemaal) mee eens.", " \(percent($0)) agree or strongly agree.") } ?? ""
            return t(
                "Medewerkers geven \(shortName(topic)) gemiddeld \(self.mean(mean)) op een schaal van 1 tot 5 (n = \(n)).",
                "People give \(shortName(topic)) \(self.mean(mean)) on average on a scale of 1 to 5 (n = \(n)).") + agree
        case .trend(let topic, let before, let after, let direction):
            let name = shortName(topic)
            switch direction {
            case .up:
                return t(
                    "\(name) steeg duidelijk sinds de vorige meting, van \(self.mean(before)) naar \(self.mean(after)).",
                    "\(name) rose clearly since the previous wave, from \(self.mean(before)) to \(self.mean(after)).")
            case .down:
                return t(
                    "\(name) daalde duidelijk sinds de vorige meting, van \(self.mean(before)) naar \(self.mean(after)).",
                    "\(name) fell clearly since the previous wave, from \(self.mean(before)) to \(self.mean(after)).")
            case .noClearChange:
                return t(
                    "\(name) veranderde niet duidelijk sinds de vorige meting.",
                    "\(name) did not change clearly since the previous wave.")
            }
        case .decliningScales(let falling, let rising):
            if !falling.isEmpty {
                return t(
                    "Sinds de vorige meting daalde de beleving duidelijk bij \(list(falling)).",
                    "Since the previous wave, perception fell clearly on \(list(falling)).")
            }
            if !rising.isEmpty {
                return t(
                    "Geen kernvraag daalde sinds de vorige meting; \(list(rising)) \(rising.count == 1 ? "steeg" : "stegen") duidelijk.",
                    "No core question fell since the previous wave; \(list(rising)) rose clearly.")
            }
            return t(
                "Geen kernvraag veranderde duidelijk sinds de vorige meting.", "No core question changed clearly since the previous wave.")
        case .changeFatigue(let units, let of):
            if units == 0 {
                return t(
                    "Geen van de \(of) eenheden krijgt zoveel programma's of leeruren tegelijk dat verandermoeheid dreigt.",
                    "None of the \(of) units gets so many programmes or learning hours at once that change fatigue threatens.")
            }
            return t(
                "In \(units) van de \(of) eenheden lopen drie of meer programma's tegelijk of kost leren acht uur of meer per persoon per maand: daar dreigt verandermoeheid.",
                "In \(units) of the \(of) units three or more programmes run at once or learning takes eight hours or more per person per month: change fatigue threatens there."
            )
        case .designMaturity(let designed, let of):
            return t(
                "\(designed) van de \(of) programma's \(designed == 1 ? "kreeg" : "kregen") vóór de start een bestemming, ontwerpregels en een verwachte opbrengst.",
                "\(designed) of the \(of) programmes had a destination, design rules and an expected yield before they started.")
        case .realisedYields(let realised, let partly, let notRealised):
            let total = realised + partly + notRealised
            return t(
                "Van de \(total) vooraf vastgelegde opbrengsten die al beoordeeld zijn: \(realised) gerealiseerd, \(partly) deels, \(notRealised) niet.",
                "Of the \(total) yields fixed beforehand and already evaluated: \(realised) realised, \(partly) partly, \(notRealised) not."
            )
        case .investmentStability(let variation, let years, let cutYear, let cut, let paidMore):
            var text = t(
                "Het geld voor leren schommelde de laatste \(years) jaar met \(percent(variation)) rond het gemiddelde.",
                "The money for learning varied by \(percent(variation)) around its average over the last \(years) years.")
            if let cutYear, let cut {
                text += t(
                    " De grootste bezuiniging was \(percent(cut)) in \(cutYear).", " The largest cut was \(percent(cut)) in \(cutYear).")
            }
            if paidMore {
                text += t(
                    " Daarna werd meer uitgegeven dan vóór de bezuiniging: wie in een slecht jaar bespaart, betaalt later dubbel.",
                    " Afterwards more was spent than before the cut: saving in a bad year means paying twice later.")
            }
            return text
        case .preferenceDiversity(let index, let people):
            return t(
                "De leervoorkeuren van de \(people) mensen in de anonieme uitkomsten hebben een spreiding van \(whole(index)) op 100.",
                "The learning preferences of the \(people) people in the anonymous results have a spread of \(whole(index)) out of 100.")
        case .collectiveProgrammes(let collective, let of):
            return t(
                "\(collective) van de \(of) programma's \(collective == 1 ? "richt" : "richten") zich (ook) op een collectief of de organisatie, niet alleen op individuen.",
                "\(collective) of the \(of) programmes \(collective == 1 ? "aims" : "aim") (also) at a collective or the organisation, not only at individuals."
            )
        case .individualMoney(let individual, let of):
            return t(
                "\(percent(individual / of)) van het geld gaat naar programma's die alleen op individuen gericht zijn.",
                "\(percent(individual / of)) of the money goes to programmes aimed at individuals only.")
        case .coveringBurden(let covering, let learning):
            return t(
                "Voor elk uur dat iemand leert, vangen collega's \(decimal(covering / learning)) uur werk op.",
                "For every hour someone spends learning, colleagues cover \(decimal(covering / learning)) hours of work.")
        case .ownWishes(let count, let of):
            return t(
                "\(count) van de \(of) programma's \(count == 1 ? "is" : "zijn") gebouwd op de eigen wensen en kwaliteiten van de deelnemers.",
                "\(count) of the \(of) programmes \(count == 1 ? "is" : "are") built on the participants' own wishes and qualities.")
        case .overdueCycle(let reconstruction, let redesign, let either, let of):
            if either == 0 {
                return t(
                    "Bij geen van de \(of) lopende programma's is een reconstructie of herontwerp achterstallig.",
                    "None of the \(of) running programmes is overdue for a reconstruction or redesign.")
            }
            return t(
                "Bij \(either) van de \(of) lopende programma's is de cyclus achterstallig: \(reconstruction) keer de reconstructie (elke twee jaar), \(redesign) keer het herontwerp (elke vijf jaar).",
                "\(either) of the \(of) running programmes \(either == 1 ? "is" : "are") behind their cycle: \(reconstruction) overdue for reconstruction (every two years), \(redesign) for redesign (every five years)."
            )
        case .unchangedProgrammes(let count, let of):
            if count == 0 {
                return t(
                    "Elk programma dat drie jaar of langer loopt, is in die tijd bijgestuurd.",
                    "Every programme running for three years or more was adjusted in that time.")
            }
            return t(
                "\(count) van de \(of) lopende programma's \(count == 1 ? "is" : "zijn") drie jaar of langer niet bijgestuurd.",
                "\(count) of the \(of) running programmes \(count == 1 ? "has" : "have") not been adjusted for three years or more.")
        }
    }
}
