import Foundation

extension DashboardText {
    /// The figure a rule reads, as a short name for tables.
    public func name(_ rule: Rule) -> String {
        let dutch = language == .nl
        func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }
        switch rule {
        case .perception: return t("Beleving (scan)", "Perception (scan)")
        case .trend: return t("Verloop sinds vorige meting", "Change since previous wave")
        case .decliningScales: return t("Dalende kernvragen", "Falling core questions")
        case .changeFatigue: return t("Verandermoeheid", "Change fatigue")
        case .designMaturity: return t("Vooraf ontworpen", "Designed beforehand")
        case .realisedYields: return t("Gerealiseerde opbrengst", "Realised yield")
        case .investmentStability: return t("Schommeling investering", "Variation of investment")
        case .preferenceDiversity: return t("Spreiding leervoorkeuren", "Spread of learning preferences")
        case .collectiveProgrammes: return t("Collectieve programma's", "Collective programmes")
        case .individualMoney: return t("Geld voor alleen individuen", "Money for individuals only")
        case .coveringBurden: return t("Last voor collega's", "Burden on colleagues")
        case .ownWishes: return t("Op eigen wensen gebouwd", "Built on own wishes")
        case .overdueCycle: return t("Achterstallige cyclus", "Overdue cycle")
        case .unchangedProgrammes: return t("Jaren niet bijgestuurd", "Unadjusted for years")
        }
    }

    /// What a rule reads and why it matters, in plain words.
    public func explanation(_ rule: Rule) -> String {
        let dutch = language == .nl
        func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }
        switch rule {
        case .perception:
            return t(
                "Het gemiddelde dat medewerkers in de laatste meting gaven op de schaal van deze vraag (1 = helemaal oneens, 5 = helemaal eens; bij omgekeerde stellingen is hoog altijd gunstig).",
                "The mean people gave in the latest wave on this question's scale (1 = strongly disagree, 5 = strongly agree; for reversed statements high is always favourable)."
            )
        case .trend:
            return t(
                "De verandering tegenover de meting ervoor, getoetst met Welch' t-toets op 5%. Een duidelijke stijging is sterk, een duidelijke daling een zorg; geen duidelijke verandering telt niet mee.",
                "The change since the wave before, tested with Welch's t-test at 5%. A clear rise is strong, a clear fall a concern; no clear change does not count."
            )
        case .decliningScales:
            return t(
                "Hoeveel van K1–K5 duidelijk daalden sinds de meting ervoor: een organisatie die op meerdere vragen tegelijk terugvalt, raakt uitgeput.",
                "How many of K1–K5 fell clearly since the wave before: an organisation falling back on several questions at once is wearing out."
            )
        case .changeFatigue:
            return t(
                "Het deel van de eenheden met mensen waar drie of meer programma's tegelijk lopen of leren acht uur of meer per persoon per maand vraagt.",
                "The share of units with people where three or more programmes run at once or learning asks eight hours or more per person per month."
            )
        case .designMaturity:
            return t(
                "Het deel van de programma's (ideeën niet meegeteld) dat vóór de start een bestemming, ontwerpregels en verwachte opbrengsten had.",
                "The share of programmes (ideas not counted) that had a destination, design rules and expected yields before they started.")
        case .realisedYields:
            return t(
                "Van de vooraf vastgelegde opbrengsten die beoordeeld zijn: het deel dat gerealiseerd is, waarbij deels gerealiseerd voor de helft telt. Achteraf toegevoegde opbrengsten tellen niet mee.",
                "Of the yields fixed beforehand and evaluated: the share realised, a partly realised yield counting half. Yields added afterwards do not count."
            )
        case .investmentStability:
            return t(
                "Hoe sterk het geld per jaar schommelt over de laatste vijf jaar (standaardafwijking gedeeld door het gemiddelde), vanaf het eerste jaar met uitgaven. Een bezuiniging van 25% of meer waarna later méér werd uitgegeven, is altijd een zorg.",
                "How much the money per year varies over the last five years (standard deviation over the mean), from the first year with spending. A cut of 25% or more followed later by spending more is always a concern."
            )
        case .preferenceDiversity:
            return t(
                "Hoe gelijk de vijf leervoorkeuren verdeeld zijn over de mensen in de anonieme uitkomsten (0 = iedereen dezelfde, 100 = alle vijf even vaak). Alleen getoond waar de uitkomsten van de groep getoond worden.",
                "How evenly the five learning preferences are spread over the people in the anonymous results (0 = everyone the same, 100 = all five equally often). Shown only where the group's results are shown."
            )
        case .collectiveProgrammes:
            return t(
                "Het deel van de programma's met een focus dat zich (ook) op een collectief of de organisatie richt.",
                "The share of programmes with a focus that aim (also) at a collective or the organisation.")
        case .individualMoney:
            return t(
                "Het deel van het geld dat naar programma's gaat die alleen op individuen gericht zijn.",
                "The share of the money that goes to programmes aimed at individuals only.")
        case .coveringBurden:
            return t(
                "Hoeveel uur collega's opvangen voor elk uur dat iemand leert: de last die leren bij anderen legt.",
                "How many hours colleagues cover for every hour someone learns: the burden learning puts on others.")
        case .ownWishes:
            return t(
                "Het deel van de programma's (ideeën niet meegeteld) dat is gebouwd op de eigen wensen en kwaliteiten van deelnemers.",
                "The share of programmes (ideas not counted) built on the participants' own wishes and qualities.")
        case .overdueCycle:
            return t(
                "Het deel van de lopende programma's waarvan de reconstructie (elke twee jaar) of het herontwerp (elke vijf jaar) over tijd is.",
                "The share of running programmes overdue for their reconstruction (every two years) or redesign (every five years).")
        case .unchangedProgrammes:
            return t(
                "Het deel van de lopende programma's dat drie jaar of langer loopt zonder vastgelegde bijsturing.",
                "The share of running programmes that have run for three years or more without a logged adjustment.")
        }
    }

    /// The rule's limits in words, from the same numbers the rule uses.
    public func limits(_ rule: Rule) -> String {
        let dutch = language == .nl
        func t(_ nl: String, _ en: String) -> String { dutch ? nl : en }
        guard let limits = rule.limits else {
            return t(
                "Sterk bij een duidelijke stijging, zorg bij een duidelijke daling.", "Strong on a clear rise, concern on a clear fall.")
        }
        let strong = figure(limits.strong, rule)
        let concern = figure(limits.concern, rule)
        if limits.higherIsBetter {
            return t(
                "Sterk vanaf \(strong), zorg onder \(concern), daartussen aandacht.",
                "Strong from \(strong), concern below \(concern), attention in between.")
        }
        return t(
            "Sterk tot en met \(strong), zorg boven \(concern), daartussen aandacht.",
            "Strong up to \(strong), concern above \(concern), attention in between.")
    }

    /// A rule's figure as the rule's format prints it.
    public func figure(_ value: Double, _ rule: Rule) -> String {
        switch rule.format {
        case .percentage: percent(value)
        case .whole: whole(value)
        case .twoDecimals: mean(value)
        }
    }

    /// How a topic's signals become one verdict (`Rule.combine`).
    public var combination: String {
        language == .nl
            ? "Het oordeel over een vraag: zorg als de score uit de scan zelf zorg geeft of als twee of meer signalen zorg geven; sterk als geen signaal zorg geeft en minstens de helft sterk is; anders aandacht."
            : "A question's verdict: concern when the scan's own score is a concern or two or more signals are; strong when no signal is a concern and at least half are strong; attention otherwise."
    }
}
