package org.claimcheck.model;

/** Coarse class of a claim's head predicate. The lemma lists live in {@code extract.EventLexicon}. */
public enum EventClass {
    INVEST("investment"), ACQUIRE("acquisition"), AGREE("agreement"), LICENSE("licence"), PAY("payment"),
    BUY("purchase"), SELL("sale"), ANNOUNCE("announcement"), REPORT("report"), EARN("result"),
    OWN("holding"), LEGAL_ACTION("legal action"), APPOINT("appointment"), LAUNCH("launch"), OTHER("event");

    private final String noun;

    EventClass(String noun) {
        this.noun = noun;
    }

    /** The class as an English noun for messages: "acquisition", "investment", "event". */
    public String noun() {
        return noun;
    }
}
