package com.journeycrm.demo;

/** The words demo clients, people and histories are made of; the generator picks from them with a fixed seed. */
final class DemoWords {

    static final String[] NAME_A = {"Northwind", "Bluebell", "Crescent", "Harbour", "Summit", "Ironbridge",
        "Meridian", "Oakridge", "Silverline", "Granite", "Lakeside", "Kestrel", "Beacon", "Foxglove", "Redwood",
        "Alder", "Pinnacle", "Westbrook", "Evergreen", "Copperfield", "Larkspur", "Halcyon", "Juniper", "Aurora",
        "Brightwater", "Cobalt", "Driftwood", "Falcon", "Highgate", "Marlow"};
    static final String[] NAME_B = {"Logistics", "Foods", "Insurance", "Health", "Energy", "Retail",
        "Manufacturing", "Capital", "Software", "Pharma", "Hotels", "Media", "Engineering", "Telecom", "Textiles",
        "Analytics", "Freight", "Dairy", "Robotics", "Housing"};
    static final String[] INDUSTRY = {"Logistics", "Food & beverage", "Financial services", "Healthcare",
        "Energy", "Retail", "Manufacturing", "Financial services", "Technology", "Life sciences", "Hospitality",
        "Media", "Engineering", "Telecommunications", "Consumer goods", "Technology", "Logistics",
        "Food & beverage", "Industrial automation", "Real estate"};
    static final String[] FIRST = {"Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hugo",
        "Ines", "Jonas", "Kara", "Liam", "Maya", "Nils", "Olivia", "Pavel", "Quinn", "Rosa", "Sam", "Tara"};
    static final String[] LAST = {"Andersen", "Baker", "Costa", "Dubois", "Ek", "Fischer", "Garcia",
        "Hansen", "Ivanova", "Jensen", "Khan", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Smith"};
    static final String[] JOB = {"CEO", "CFO", "Head of Operations", "Procurement lead", "COO",
        "Head of Finance", "General counsel", "Head of People"};
    static final String[][] OFFERINGS = {
        {"Strategy advisory", "Growth and portfolio strategy"},
        {"Tax advisory", "Corporate and international tax"},
        {"Audit & assurance", "Statutory audit and assurance"},
        {"M&A support", "Due diligence and deal support"},
        {"Digital transformation", "Process and systems change"},
        {"People & organisation", "Org design, leadership, change"}};
    static final String[] CALL_SUMMARIES = {"Catch-up call about priorities", "Call about next year's budget",
        "Discussed a new requirement", "Checked in after delivery milestone", "Answered questions on pricing"};
    static final String[] EMAIL_SUMMARIES = {"Sent case study", "Shared article on regulation changes",
        "Replied to information request", "Sent proposal follow-up", "Introduced a colleague from tax"};
    static final String[] MEETING_SUMMARIES = {"Workshop on scope", "Quarterly review", "Lunch meeting",
        "Kick-off meeting", "Steering committee"};
    static final String[] FOLLOW_UPS = {"Send revised proposal", "Call about renewal", "Invite to seminar",
        "Ask for feedback on delivery", "Introduce tax team", "Check decision timeline", "Share year-end checklist"};

    private DemoWords() {
    }
}
