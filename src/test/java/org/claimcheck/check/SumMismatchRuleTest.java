package org.claimcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.claimcheck.model.ArticleFacts;
import org.claimcheck.model.Finding;
import org.claimcheck.model.FindingType;
import org.claimcheck.model.Qualifier;
import org.claimcheck.model.Severity;
import org.junit.jupiter.api.Test;

class SumMismatchRuleTest {

    private static List<Finding> run(ArticleFacts f) {
        return new SumMismatchRule().apply(f);
    }

    private static ArticleFacts tranches(String body, String second, String secondAmount) {
        FactsBuilder b = new FactsBuilder(body);
        b.money("$50 billion", "50000000000", Qualifier.UP_TO);
        b.money("$15 billion", "15000000000");
        b.money(second, secondAmount);
        return b.build();
    }

    @Test
    void partsTakenOutOfATotalMustNotExceedIt() {
        String over = "Of the €2 billion that Norvik plans to invest, €1.9 billion is earmarked for cables and "
                + "€0.8 billion for substations.";
        FactsBuilder a = new FactsBuilder(over);
        a.moneyIn("€2 billion", "2000000000", "EUR");
        a.moneyIn("€1.9 billion", "1900000000", "EUR");
        a.moneyIn("€0.8 billion", "800000000", "EUR");
        ArticleFacts f = a.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("€2 billion", "€1.9 billion", "€0.8 billion"), found.get(0).spans().stream().map(f::text).toList());
        String some = "Kuroshio will spend ¥600 billion. Of that, ¥250 billion will go to Osaka and ¥100 billion abroad.";
        FactsBuilder b = new FactsBuilder(some);
        b.moneyIn("¥600 billion", "600000000000", "JPY");
        b.moneyIn("¥250 billion", "250000000000", "JPY");
        b.moneyIn("¥100 billion", "100000000000", "JPY");
        assertTrue(run(b.build()).isEmpty(), "parts named out of a total may be only some of it");
        String more = "Kuroshio will spend ¥600 billion. Of that, ¥350 billion will go to Osaka and ¥300 billion abroad.";
        FactsBuilder c = new FactsBuilder(more);
        c.moneyIn("¥600 billion", "600000000000", "JPY");
        c.moneyIn("¥350 billion", "350000000000", "JPY");
        c.moneyIn("¥300 billion", "300000000000", "JPY");
        assertEquals(1, run(c.build()).size(), "but not more than all of it");
    }

    @Test
    void seedTranchesAddUp() {
        String body = "Amazon was investing up to $50 billion in the model maker, consisting of an initial "
                + "investment of $15 billion and an additional $35 billion over the coming months.";
        assertTrue(run(tranches(body, "$35 billion", "35000000000")).isEmpty());
    }

    @Test
    void brokenTranchesAreFlaggedWithEverySide() {
        String body = "Amazon was investing up to $50 billion in the model maker, consisting of an initial "
                + "investment of $15 billion and an additional $25 billion over the coming months.";
        List<Finding> found = run(tranches(body, "$25 billion", "25000000000"));
        assertEquals(1, found.size());
        Finding f = found.get(0);
        assertEquals(FindingType.SUM_MISMATCH, f.type());
        assertEquals(List.of("$50 billion", "$15 billion", "$25 billion"),
                f.spans().stream().map(s -> s.of(body)).toList());
        assertTrue(f.message().contains("$40 billion"), f.message());
    }

    @Test
    void partsBeforeTotal() {
        String body = "Amazon invested $4 billion in 2023 and another $2.75 billion in 2024, for a total of $8 billion.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$4 billion", "4000000000");
        b.money("$2.75 billion", "2750000000");
        b.money("$8 billion", "8000000000");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void partsBeforeTotalThatHold() {
        String body = "Amazon invested $4 billion in 2023 and another $2.75 billion in 2024, for a total of $6.75 billion.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$4 billion", "4000000000");
        b.money("$2.75 billion", "2750000000");
        b.money("$6.75 billion", "6750000000");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void includingNamesOnlySomeParts() {
        String body = "The company spent $10 billion last year, including $3 billion on chips and $2 billion on power.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$10 billion", "10000000000");
        b.money("$3 billion", "3000000000");
        b.money("$2 billion", "2000000000");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void includingMoreThanTheTotal() {
        String body = "The company spent $10 billion last year, including $7 billion on chips and $6 billion on power.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$10 billion", "10000000000");
        b.money("$7 billion", "7000000000");
        b.money("$6 billion", "6000000000");
        assertEquals(1, run(b.build()).size());
    }

    @Test
    void roundedPartsAgree() {
        String body = "The $1.2 billion deal is split between $0.73 billion in cash and $0.5 billion in stock.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$1.2 billion", "1200000000");
        b.money("$0.73 billion", "730000000");
        b.money("$0.5 billion", "500000000");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void unrelatedAmountsInOneSentenceAreNotASum() {
        String body = "OpenAI contracts for $38 billion in AWS cloud, while Amazon is investing $50 billion and "
                + "Microsoft earned $7.5 billion.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$38 billion", "38000000000");
        b.money("$50 billion", "50000000000");
        b.money("$7.5 billion", "7500000000");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void totalInTheSentenceBefore() {
        String body = "Quillfeather has raised $600 million in new funding. The money is split between $350 million "
                + "in equity, led by Astral Peak, and $200 million in debt.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$600 million", "600000000");
        b.money("$350 million", "350000000");
        b.money("$200 million", "200000000");
        ArticleFacts f = b.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size());
        assertEquals(List.of("$600 million", "$350 million", "$200 million"), found.get(0).spans().stream().map(f::text).toList());
        String holds = body.replace("$200 million", "$250 million");
        FactsBuilder c = new FactsBuilder(holds);
        c.money("$600 million", "600000000");
        c.money("$350 million", "350000000");
        c.money("$250 million", "250000000");
        assertTrue(run(c.build()).isEmpty());
    }

    private static ArticleFacts revenue(String advertising, String amount) {
        String body = "Hollowell had revenue of £84 million in the year to March 31, including " + advertising
                + " from advertising, £22 million from subscriptions and £11 million from live shows.";
        FactsBuilder b = new FactsBuilder(body);
        b.moneyIn("£84 million", "84000000", "GBP");
        b.moneyIn(advertising, amount, "GBP");
        b.moneyIn("£22 million", "22000000", "GBP");
        b.moneyIn("£11 million", "11000000", "GBP");
        return b.build();
    }

    @Test
    void partsNamedWithTheirSourcesStillJoin() {
        assertTrue(run(revenue("£51 million", "51000000")).isEmpty());
        assertEquals(1, run(revenue("£77 million", "77000000")).size(), "110 of an 84 total");
    }

    /** {@code body} with one MONEY mention in {@code currency} for each text: "¥600 billion" is 600000000000. */
    private static ArticleFacts amounts(String body, String currency, String... texts) {
        FactsBuilder b = new FactsBuilder(body);
        for (String t : texts) {
            BigDecimal n = new BigDecimal(t.replaceAll("[^0-9.]", ""));
            BigDecimal scale = t.contains("billion") ? BigDecimal.TEN.pow(9)
                    : t.contains("million") ? BigDecimal.TEN.pow(6) : BigDecimal.ONE;
            b.moneyIn(t, n.multiply(scale).toBigInteger().toString(), currency);
        }
        return b.build();
    }

    @Test
    void partsThatNearlyMakeTheWholeWithNothingSaidOfTheRest() {
        String body = "Kuroshio will spend ¥600 billion over five years. "
                + "Of that, ¥250 billion will go to Osaka and ¥300 billion abroad.";
        ArticleFacts f = amounts(body, "JPY", "¥600 billion", "¥250 billion", "¥300 billion");
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals(List.of("¥600 billion", "¥250 billion", "¥300 billion"), found.get(0).spans().stream().map(f::text).toList());
        String rest = body.replace("abroad.", "abroad, with the rest kept for upgrades.");
        assertTrue(run(amounts(rest, "JPY", "¥600 billion", "¥250 billion", "¥300 billion")).isEmpty(),
                "a remainder spoken of is accounted for");
        String some = body.replace("¥300 billion", "¥100 billion");
        assertTrue(run(amounts(some, "JPY", "¥600 billion", "¥250 billion", "¥100 billion")).isEmpty(),
                "parts far short of a total may be only some of it");
    }

    @Test
    void segmentContributionsNearTheTotalMustMatchIt() {
        String off = "Revenue rose 14% to €1.24 billion. Its metrology segment contributed €710 million, services "
                + "brought in €330 million and its optics business added €160 million.";
        assertEquals(1, run(amounts(off, "EUR", "€1.24 billion", "€710 million", "€330 million", "€160 million")).size(),
                "1.2 billion is not 1.24 billion");
        String exact = off.replace("€160 million", "€200 million");
        assertTrue(run(amounts(exact, "EUR", "€1.24 billion", "€710 million", "€330 million", "€200 million")).isEmpty(),
                "the segments add up");
        String partial = "Revenue rose 14% to €1.24 billion. Its metrology segment contributed €710 million and "
                + "services brought in €230 million.";
        assertTrue(run(amounts(partial, "EUR", "€1.24 billion", "€710 million", "€230 million")).isEmpty(),
                "two segments far short of the total are only some of them");
    }

    /** A body and its dollar amounts in order of appearance: text, value. */
    private static ArticleFacts dollars(String body, String... textsAndValues) {
        FactsBuilder b = new FactsBuilder(body);
        for (int i = 0; i < textsAndValues.length; i += 2) {
            b.money(textsAndValues[i], textsAndValues[i + 1]);
        }
        return b.build();
    }

    @Test
    void aTotalSplitAmongACountedListMustBeItsSum() {
        String body = "Frostline has raised $500 million in a round that values it at $4.2 billion. The round was "
                + "split among four investors. Westbrook led with $200 million, Cinder and Halcyon put in $150 million "
                + "and $%s million, and Argent invested $40 million.";
        ArticleFacts off = dollars(String.format(java.util.Locale.ROOT, body, "60"), "$500 million", "500000000",
                "$4.2 billion", "4200000000", "$200 million", "200000000", "$150 million", "150000000",
                "$60 million", "60000000", "$40 million", "40000000");
        List<Finding> found = run(off);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("$500 million", "$200 million", "$150 million", "$60 million", "$40 million"),
                found.get(0).spans().stream().map(off::text).toList());
        ArticleFacts sums = dollars(String.format(java.util.Locale.ROOT, body, "110"), "$500 million", "500000000",
                "$4.2 billion", "4200000000", "$200 million", "200000000", "$150 million", "150000000",
                "$110 million", "110000000", "$40 million", "40000000");
        assertTrue(run(sums).isEmpty(), "the parts add up");
        ArticleFacts fewer = dollars("Frostline has raised $500 million. The round was split among four investors. "
                + "Westbrook led with $200 million and Cinder put in $150 million.", "$500 million", "500000000",
                "$200 million", "200000000", "$150 million", "150000000");
        assertTrue(run(fewer).isEmpty(), "two amounts are not the four parts counted");
    }

    @Test
    void segmentsCountedAfterTheRevenueMustAddUpToIt() {
        String body = "Revenue rose 14%% to $10.4 billion from $9.1 billion, the company said. Analysts had expected "
                + "$10.1 billion. Nordhaven reports its business in three segments. Cloud generated $4.6 billion, up "
                + "31%%. Software brought in $3.3 billion. Devices posted sales of $%s billion, down 4%%.";
        ArticleFacts off = dollars(String.format(java.util.Locale.ROOT, body, "2.1"), "$10.4 billion", "10400000000",
                "$9.1 billion", "9100000000", "$10.1 billion", "10100000000", "$4.6 billion", "4600000000",
                "$3.3 billion", "3300000000", "$2.1 billion", "2100000000");
        List<Finding> found = run(off);
        assertEquals(1, found.size(), found::toString);
        assertEquals("$10.4 billion", off.text(found.get(0).spans().get(0)));
        ArticleFacts sums = dollars(String.format(java.util.Locale.ROOT, body, "2.5"), "$10.4 billion", "10400000000",
                "$9.1 billion", "9100000000", "$10.1 billion", "10100000000", "$4.6 billion", "4600000000",
                "$3.3 billion", "3300000000", "$2.5 billion", "2500000000");
        assertTrue(run(sums).isEmpty(), "the segments add up to the revenue");
    }

    @Test
    void aPricePaidInCashAndSharesMustAddUpToTheDealsPrice() {
        String body = "Tamsin said it had sold its battery unit to Ferro for $1.4 billion. Ferro will pay $900 million "
                + "in cash and $%s million in its own shares, Tamsin said.";
        ArticleFacts off = dollars(String.format(java.util.Locale.ROOT, body, "400"), "$1.4 billion", "1400000000",
                "$900 million", "900000000", "$400 million", "400000000");
        List<Finding> found = run(off);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("$1.4 billion", "$900 million", "$400 million"),
                found.get(0).spans().stream().map(off::text).toList());
        assertTrue(run(dollars(String.format(java.util.Locale.ROOT, body, "500"), "$1.4 billion", "1400000000",
                "$900 million", "900000000", "$500 million", "500000000")).isEmpty(), "the parts make the price");
        String more = "Tamsin sold its unit to Ferro for $1.4 billion. Ferro will pay $900 million in cash and $400 "
                + "million in shares, plus up to $100 million in milestones.";
        assertTrue(run(dollars(more, "$1.4 billion", "1400000000", "$900 million", "900000000", "$400 million",
                "400000000", "$100 million", "100000000")).isEmpty(), "a payment on top is not in the list");
        String debt = "Tamsin sold its unit to Ferro for $1.4 billion including debt. Ferro will pay $900 million in "
                + "cash and $400 million in shares.";
        assertTrue(run(dollars(debt, "$1.4 billion", "1400000000", "$900 million", "900000000", "$400 million",
                "400000000")).isEmpty(), "a price that counts debt is more than the shareholders get");
    }

    @Test
    void aSegmentListMayBeginInTheSentenceThatCountsIt() {
        String body = "Revenue rose 7%% to $915 million from $855 million. Life sciences, the largest of the three "
                + "divisions, posted revenue of $412 million. Industrial testing contributed $298 million, while "
                + "metrology brought in $%s million.";
        ArticleFacts off = dollars(String.format(java.util.Locale.ROOT, body, "187"), "$915 million", "915000000",
                "$855 million", "855000000", "$412 million", "412000000", "$298 million", "298000000",
                "$187 million", "187000000");
        List<Finding> found = run(off);
        assertEquals(1, found.size(), found::toString);
        assertEquals("$915 million", off.text(found.get(0).spans().get(0)));
        assertTrue(run(dollars(String.format(java.util.Locale.ROOT, body, "205"), "$915 million", "915000000",
                "$855 million", "855000000", "$412 million", "412000000", "$298 million", "298000000",
                "$205 million", "205000000")).isEmpty(), "the divisions add up");
        String sold = "Revenue rose to $915 million. It sold its three divisions for $412 million, $298 million and "
                + "$187 million.";
        assertTrue(run(dollars(sold, "$915 million", "915000000", "$412 million", "412000000", "$298 million",
                "298000000", "$187 million", "187000000")).isEmpty(), "prices of divisions sold are no revenue");
    }

    @Test
    void segmentProfitsAreNoBreakdownOfRevenue() {
        String body = "Revenue rose to $915 million. Castellan has three divisions. Life sciences contributed $150 "
                + "million of operating profit. Testing contributed $90 million of operating profit. Metrology "
                + "contributed $40 million of operating profit.";
        assertTrue(run(dollars(body, "$915 million", "915000000", "$150 million", "150000000", "$90 million",
                "90000000", "$40 million", "40000000")).isEmpty());
    }

    @Test
    void aLicensingDealsHeadlineValueIsItsUpfrontPaymentAndMilestones() {
        String body = "Osterby licensed the drug to Harunobu in a deal worth up to $1.9bn. Harunobu will pay $150 "
                + "million upfront. Osterby is also eligible for up to $400 million in development and regulatory "
                + "milestones and up to $%s in sales-based milestones, plus royalties.";
        FactsBuilder off = new FactsBuilder(String.format(java.util.Locale.ROOT, body, "1.2bn"));
        off.money("$1.9bn", "1900000000", Qualifier.UP_TO);
        off.money("$150 million", "150000000");
        off.money("$400 million", "400000000", Qualifier.UP_TO);
        off.money("$1.2bn", "1200000000", Qualifier.UP_TO);
        ArticleFacts f = off.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(Severity.WARNING, found.get(0).severity());
        FactsBuilder ok = new FactsBuilder(String.format(java.util.Locale.ROOT, body, "1.35bn"));
        ok.money("$1.9bn", "1900000000", Qualifier.UP_TO);
        ok.money("$150 million", "150000000");
        ok.money("$400 million", "400000000", Qualifier.UP_TO);
        ok.money("$1.35bn", "1350000000", Qualifier.UP_TO);
        assertTrue(run(ok.build()).isEmpty(), "150 + 400 + 1,350 make 1,900");
    }

    @Test
    void aLicensingDealsBreakdownMayComeThreeSentencesLater() {
        String body = "Novartis licensed the pill in a deal worth up to $1.95 billion. The group announced it on "
                + "Monday. Novartis will pay $150 million upfront, Hanbit said. Hanbit is also eligible for up to "
                + "$1.2 billion in development milestones and up to $700 million in commercial milestones.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$1.95 billion", "1950000000", Qualifier.UP_TO);
        b.money("$150 million", "150000000");
        b.money("$1.2 billion", "1200000000", Qualifier.UP_TO);
        b.money("$700 million", "700000000", Qualifier.UP_TO);
        assertEquals(1, run(b.build()).size(), "150 + 1,200 + 700 make 2,050, not 1,950");
    }

    @Test
    void investorsPartsClosedByTheRestMustMakeTheRound() {
        String body = "Norrow said it had raised $500 million in a round that values it at $4.5 billion. The round was "
                + "led by Lightspeed, which contributed $200 million. Nvidia invested $150 million, and Salesforce "
                + "put in the remaining $%s million.";
        FactsBuilder off = new FactsBuilder(String.format(java.util.Locale.ROOT, body, "100"));
        off.money("$500 million", "500000000");
        off.money("$4.5 billion", "4500000000");
        off.money("$200 million", "200000000");
        off.money("$150 million", "150000000");
        off.money("$100 million", "100000000");
        ArticleFacts f = off.build();
        List<Finding> found = run(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("$500 million", "$200 million", "$150 million", "$100 million"),
                found.get(0).spans().stream().map(f::text).toList());
        FactsBuilder ok = new FactsBuilder(String.format(java.util.Locale.ROOT, body, "150"));
        ok.money("$500 million", "500000000");
        ok.money("$4.5 billion", "4500000000");
        ok.money("$200 million", "200000000");
        ok.money("$150 million", "150000000");
        ok.money("$150 million", "150000000");
        assertTrue(run(ok.build()).isEmpty(), "200 + 150 + 150 make 500; the valuation is no part");
    }

    @Test
    void anUpfrontPaymentMayComeBeforeTheHeadlineValueAndMilestonesMayBeTiedToApprovals() {
        String body = "Helmsbury will pay $85 million upfront for the drug in a deal worth up to $1.2 billion. Beyond "
                + "that, Qilin is eligible for up to $215 million in development milestones, up to $%s million tied "
                + "to regulatory approvals and up to $500 million in sales-based milestones.";
        for (String approvals : List.of("300", "400")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, approvals));
            b.money("$85 million", "85000000");
            b.money("$1.2 billion", "1200000000", Qualifier.UP_TO);
            b.money("$215 million", "215000000", Qualifier.UP_TO);
            b.money("$" + approvals + " million", approvals + "000000", Qualifier.UP_TO);
            b.money("$500 million", "500000000", Qualifier.UP_TO);
            List<Finding> found = run(b.build());
            assertEquals(approvals.equals("300") ? 1 : 0, found.size(), approvals + ": " + found);
        }
    }

    @Test
    void theConsiderationToldLaterIsTheLedesPriceAndALoanFundingTheCashIsNoPart() {
        String body = "Karrabin said on Wednesday it would buy Ostler in a cash-and-stock deal worth A$6.1 billion. The "
                + "deal follows two rejected approaches. Ostler's board turned down a first proposal in April. It "
                + "rebuffed a second one last week. Talks resumed over the weekend. Karrabin said the consideration "
                + "would consist of A$%s billion in cash, funded from its balance sheet and a new A$2 billion term "
                + "loan, and A$1.9 billion in new Karrabin shares.";
        for (String cash : List.of("3.8", "4.2")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, cash));
            b.org("Karrabin", "Karrabin");
            b.moneyIn("A$6.1 billion", "6100000000", "AUD");
            b.moneyIn("A$" + cash + " billion", cash.replace(".", "") + "00000000", "AUD");
            b.moneyIn("A$2 billion", "2000000000", "AUD");
            b.moneyIn("A$1.9 billion", "1900000000", "AUD");
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (cash.equals("3.8")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals(List.of("A$6.1 billion", "A$3.8 billion", "A$1.9 billion"),
                        found.get(0).spans().stream().map(f::text).toList());
            } else {
                assertTrue(found.isEmpty(), "4.2 + 1.9 make 6.1: " + found);
            }
        }
    }

    @Test
    void aPerSharePricesCashAndStockAreNoPartsOfTheDealsValue() {
        String body = "Corvane will buy Lumetra for about $2.1 billion. Corvane announced the deal on Monday. It will "
                + "pay $41.50 per Lumetra share, made up of $29.00 in cash and $12.50 in Corvane stock.";
        FactsBuilder b = new FactsBuilder(body);
        b.money("$2.1 billion", "2100000000", Qualifier.APPROX);
        b.money("$41.50", "41.50");
        b.money("$29.00", "29.00");
        b.money("$12.50", "12.50");
        assertTrue(run(b.build()).isEmpty());
    }

    @Test
    void aTotalSoldInCountedTranchesIsTheSumOfTheTranchesListedNext() {
        String body = "Rheinwerk raised 3 billion euros from a three-part bond sale on Tuesday, drawing orders of more "
                + "than 9 billion euros. It sold 1.25 billion euros of four-year notes, 1 billion euros of eight-year "
                + "bonds and %s million euros of 12-year bonds.";
        for (String last : List.of("500", "750")) {
            FactsBuilder b = new FactsBuilder(String.format(java.util.Locale.ROOT, body, last));
            b.moneyIn("3 billion euros", "3000000000", "EUR");
            b.moneyIn("9 billion euros", "9000000000", "EUR");
            b.moneyIn("1.25 billion euros", "1250000000", "EUR");
            b.moneyIn("1 billion euros", "1000000000", "EUR");
            b.moneyIn(last + " million euros", last + "000000", "EUR");
            ArticleFacts f = b.build();
            List<Finding> found = run(f);
            if (last.equals("500")) {
                assertEquals(1, found.size(), found::toString);
                assertEquals("3 billion euros", f.text(found.get(0).spans().get(0)));
            } else {
                assertTrue(found.isEmpty(), "1.25 + 1 + 0.75 make 3: " + found);
            }
        }
    }
}
