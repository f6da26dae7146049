package com.journeycrm.demo;

/** The words demo clients, people and histories are made of; the generator picks from them with a fixed seed. */
final class DemoWords {

    static final String[] NAME_A = {
        "Northwind",
        "Bluebell",
        "Crescent",
        "Harbour",
        "Summit",
        "Ironbridge",
        "Meridian",
        "Oakridge",
        "Silverline",
        "Granite",
        "Lakeside",
        "Kestrel",
        "Beacon",
        "Foxglove",
        "Redwood",
        "Alder",
        "Pinnacle",
        "Westbrook",
        "Evergreen",
        "Copperfield",
        "Larkspur",
        "Halcyon",
        "Juniper",
        "Aurora",
        "Brightwater",
        "Cobalt",
        "Driftwood",
        "Falcon",
        "Highgate",
        "Marlow"
    };
    static final String[] NAME_B = {
        "Logistics",
        "Foods",
        "Insurance",
        "Health",
        "Energy",
        "Retail",
        "Manufacturing",
        "Capital",
        "Software",
        "Pharma",
        "Hotels",
        "Media",
        "Engineering",
        "Telecom",
        "Textiles",
        "Analytics",
        "Freight",
        "Dairy",
        "Robotics",
        "Housing"
    };
    static final String[] INDUSTRY = {
        "Logistics",
        "Food & beverage",
        "Financial services",
        "Healthcare",
        "Energy",
        "Retail",
        "Manufacturing",
        "Financial services",
        "Technology",
        "Life sciences",
        "Hospitality",
        "Media",
        "Engineering",
        "Telecommunications",
        "Consumer goods",
        "Technology",
        "Logistics",
        "Food & beverage",
        "Industrial automation",
        "Real estate"
    };
    static final String[] FIRST = {
        "Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kara", "Liam", "Maya",
        "Nils", "Olivia", "Pavel", "Quinn", "Rosa", "Sam", "Tara"
    };
    static final String[] LAST = {
        "Andersen",
        "Baker",
        "Costa",
        "Dubois",
        "Ek",
        "Fischer",
        "Garcia",
        "Hansen",
        "Ivanova",
        "Jensen",
        "Khan",
        "Larsen",
        "Moreau",
        "Novak",
        "Okafor",
        "Petrov",
        "Rossi",
        "Smith"
    };
    static final String[] JOB = {
        "CEO",
        "CFO",
        "Head of Operations",
        "Procurement lead",
        "COO",
        "Head of Finance",
        "General counsel",
        "Head of People"
    };
    static final String[][] OFFERINGS = {
        {"Strategy advisory", "Growth and portfolio strategy"},
        {"Tax advisory", "Corporate and international tax"},
        {"Audit & assurance", "Statutory audit and assurance"},
        {"M&A support", "Due diligence and deal support"},
        {"Digital transformation", "Process and systems change"},
        {"People & organisation", "Org design, leadership, change"}
    };
    static final String[] FOLLOW_UPS = {
        "Send revised proposal",
        "Call about renewal",
        "Invite to seminar",
        "Ask for feedback on delivery",
        "Introduce tax team",
        "Check decision timeline",
        "Share year-end checklist"
    };

    /**
     * What happens with a client in each kind of stay, as [type, direction, summary]: a prospect visits the website
     * and gets a case study; a deciding one gets the proposal; an active one has the kick-off and reviews; one
     * between engagements mostly hears the newsletter; an advocate refers others.
     */
    static final String[][] AWARE = {
        {"WEBSITE_VISIT", "INBOUND", "Visited the services pages"},
        {"SOCIAL", "INBOUND", "Commented on our LinkedIn post"},
        {"EVENT", "INBOUND", "Met at our industry breakfast"},
        {"THIRD_PARTY_REVIEW", "INBOUND", "Read our reviews on a ratings site"}
    };

    static final String[][] INTERESTED = {
        {"EMAIL", "OUTBOUND", "Sent case study"},
        {"CALL", "OUTBOUND", "Introductory call"},
        {"EVENT", "INBOUND", "Came to our webinar"},
        {"EMAIL", "INBOUND", "Asked about our sector experience"}
    };
    static final String[][] ON_LIST = {
        {"EMAIL", "OUTBOUND", "Shared article on regulation changes"},
        {"CALL", "OUTBOUND", "Catch-up call about priorities"},
        {"EVENT", "OUTBOUND", "Invited to seminar"}
    };
    static final String[][] ASKED = {
        {"EMAIL", "INBOUND", "Asked for information on pricing"},
        {"CALL", "INBOUND", "Called with questions on scope"},
        {"EMAIL", "OUTBOUND", "Replied to information request"}
    };
    static final String[][] INFORMED = {
        {"MEETING", "OUTBOUND", "Presented our approach"},
        {"EMAIL", "OUTBOUND", "Sent credentials and references"},
        {"CALL", "OUTBOUND", "Answered questions on pricing"}
    };
    static final String[][] DECIDING = {
        {"PROPOSAL", "OUTBOUND", "Sent proposal"},
        {"MEETING", "OUTBOUND", "Workshop on scope"},
        {"CALL", "OUTBOUND", "Checked decision timeline"},
        {"EMAIL", "INBOUND", "Asked for a revised fee"}
    };
    static final String[][] NURTURE = {
        {"NEWSLETTER", "OUTBOUND", "Monthly newsletter"}, {"CALL", "OUTBOUND", "Call about next year's budget"}
    };
    static final String[][] ACTIVE = {
        {"MEETING", "OUTBOUND", "Quarterly review"},
        {"CALL", "OUTBOUND", "Checked in after delivery milestone"},
        {"MEETING", "OUTBOUND", "Steering committee"},
        {"EMAIL", "INBOUND", "Discussed a new requirement"},
        {"SURVEY", "OUTBOUND", "Sent satisfaction survey"}
    };
    static final String[][] BETWEEN = {
        {"NEWSLETTER", "OUTBOUND", "Monthly newsletter"}, {"CALL", "OUTBOUND", "Call about the next project"}
    };
    static final String[][] ADVOCATE = {
        {"REFERRAL", "INBOUND", "Recommended us to a peer"},
        {"SOCIAL", "INBOUND", "Shared our article"},
        {"EVENT", "INBOUND", "Spoke at our client breakfast"}
    };
    static final String[][] GONE = {{"THIRD_PARTY_REVIEW", "INBOUND", "Left a critical review on a ratings site"}};

    static final String[] HIRED_REASONS = {
        "Signed the engagement letter", "Best fit for the team", "Recommended by a peer", "Strong sector credentials"
    };
    static final String[] NOT_NOW_REASONS = {
        "Budget frozen until next fiscal year", "Project postponed", "New leadership reviewing priorities"
    };
    static final String[] NO_WAY_REASONS = {
        "Chose a competitor with a lower fee", "Went with their usual firm", "Decided to do it in-house"
    };

    private DemoWords() {}
}
