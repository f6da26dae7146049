package com.journeycrm.demo;

import com.journeycrm.activity.FollowUp;
import com.journeycrm.activity.FollowUpRepository;
import com.journeycrm.activity.TouchPoint;
import com.journeycrm.activity.TouchPointDays;
import com.journeycrm.activity.TouchPointRepository;
import com.journeycrm.client.Client;
import com.journeycrm.client.ClientFactory;
import com.journeycrm.client.ClientProfile;
import com.journeycrm.client.ClientRef;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.client.Contact;
import com.journeycrm.client.ContactRepository;
import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.journey.StageHistory;
import com.journeycrm.offering.ClientOffering;
import com.journeycrm.offering.ClientOfferingRepository;
import com.journeycrm.offering.Offering;
import com.journeycrm.offering.OfferingRepository;
import com.journeycrm.security.AppUser;
import com.journeycrm.security.AppUserRepository;
import com.journeycrm.security.Role;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.Phase;
import com.journeycrm.stage.Stage;
import com.journeycrm.stage.StageKind;
import com.journeycrm.stage.StageRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds demo users and a plausible 18-month history of clients on first start with an empty database.
 * A fixed random seed makes the data the same on every machine. Off with {@code journey.demo-data.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "journey.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataSeeder implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "journey-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AppUserRepository users;
    private final StageRepository stages;
    private final StageHistory history;
    private final ClientRepository clients;
    private final ClientFactory factory;
    private final ContactRepository contacts;
    private final TouchPointRepository touchPoints;
    private final TouchPointDays touchPointDays;
    private final FollowUpRepository followUps;
    private final OfferingRepository offerings;
    private final ClientOfferingRepository clientOfferings;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int clientCount;
    private final long seed;

    DemoDataSeeder(
            AppUserRepository users,
            StageRepository stages,
            StageHistory history,
            ClientRepository clients,
            ClientFactory factory,
            ContactRepository contacts,
            TouchPointRepository touchPoints,
            TouchPointDays touchPointDays,
            FollowUpRepository followUps,
            OfferingRepository offerings,
            ClientOfferingRepository clientOfferings,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${journey.demo-data.clients:120}") int clientCount,
            @Value("${journey.demo-data.seed:20261123}") long seed) {
        this.users = users;
        this.stages = stages;
        this.history = history;
        this.clients = clients;
        this.factory = factory;
        this.contacts = contacts;
        this.touchPoints = touchPoints;
        this.touchPointDays = touchPointDays;
        this.followUps = followUps;
        this.offerings = offerings;
        this.clientOfferings = clientOfferings;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.clientCount = clientCount;
        this.seed = seed;
    }

    /** Before the web server opens: nobody sees a half-filled board or waits for the seeding to let go. */
    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (users.countPeople() > 0) {
            log.info("Demo data not seeded: the database already has users");
            return;
        }
        long started = System.nanoTime();
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        var admin = users.save(new AppUser("admin", "Alex Admin", hash, Role.ADMIN));
        var manager = users.save(new AppUser("manager", "Morgan Manager", hash, Role.MANAGER));
        var sales = users.save(new AppUser("sales", "Dana Sales", hash, Role.SALES));
        var sales2 = users.save(new AppUser("sales2", "Sven Sales", hash, Role.SALES));
        var sales3 = users.save(new AppUser("sales3", "Priya Sales", hash, Role.SALES));
        var owners = List.of(sales, sales2, sales3, sales, sales2, sales3, manager);

        List<Offering> catalogue = new ArrayList<>();
        for (int i = 0; i < DemoWords.OFFERINGS.length; i++) {
            catalogue.add(
                    offerings.save(new Offering(DemoWords.OFFERINGS[i][0], DemoWords.OFFERINGS[i][1], (i + 1) * 10)));
        }
        new History(new Random(seed), stages.findAllByOrderByPositionAsc(), owners, admin, catalogue).create();
        // touch points were written with their stay's stage; one at the very moment of a move belongs to the next
        touchPoints.flush();
        touchPoints.restageAll();
        touchPointDays.recountAll();
        log.info(
                "Seeded demo data: 5 users, {} clients in {} ms",
                clientCount,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Generates one client's plausible journey at a time. */
    private final class History {
        private final Random random;
        private final List<Stage> journey;
        private final List<AppUser> owners;
        private final AppUser admin;
        private final List<Offering> catalogue;
        private final Instant now = clock.instant();
        private final List<Client> referrers = new ArrayList<>();
        private final Set<String> usedNames = new HashSet<>();

        History(Random random, List<Stage> journey, List<AppUser> owners, AppUser admin, List<Offering> catalogue) {
            this.random = random;
            this.journey = journey;
            this.owners = owners;
            this.admin = admin;
            this.catalogue = catalogue;
        }

        void create() {
            for (int i = 0; i < clientCount; i++) {
                createClient(i);
                if (i % 500 == 499) {
                    clients.flush();
                }
            }
        }

        private Stage kind(StageKind kind) {
            return journey.stream().filter(s -> s.getKind() == kind).findFirst().orElseThrow();
        }

        private Stage at(int position) {
            return journey.get(position);
        }

        /** The stages a client passed through to reach where it is now. */
        private List<Stage> pathTo(int target) {
            List<Stage> path = new ArrayList<>();
            int start = random.nextInt(4) == 0 ? 1 : 0;
            Stage goal = journey.get(target);
            int deciding = journey.indexOf(kind(StageKind.DECIDING));
            if (goal.getPhase() == Phase.PRE_PURCHASE && target <= deciding) {
                for (int i = Math.min(start, target); i <= target; i++) {
                    path.add(at(i));
                }
                return path;
            }
            for (int i = start; i <= deciding; i++) {
                if (i == 2 && random.nextBoolean()) {
                    continue; // not everyone sits on "our list"
                }
                path.add(at(i));
            }
            switch (goal.getKind()) {
                case NURTURE, LOST -> path.add(goal);
                default -> {
                    path.add(kind(StageKind.ACTIVE));
                    Stage between = journey.get(journey.indexOf(kind(StageKind.ACTIVE)) + 1);
                    if (goal.getKind() == StageKind.ACTIVE && random.nextInt(3) == 0) {
                        path.add(between); // a returning client
                        path.add(goal);
                    } else if (goal.equals(between)) {
                        path.add(between);
                    } else if (goal.getKind() == StageKind.ADVOCATE || goal.getKind() == StageKind.GONE) {
                        if (random.nextBoolean()) {
                            path.add(between);
                        }
                        path.add(goal);
                    }
                }
            }
            return path;
        }

        /** Where a client is now: most are prospects or active; referrals convert best, social and reviews worst. */
        private int pickTarget(Source source) {
            int[] weights = {9, 10, 8, 5, 7, 8, 8, 6, 14, 12, 7, 4};
            double hired = switch (source) {
                case REFERRAL -> 2.2;
                case EVENT -> 1.3;
                case WEBSITE -> 1.0;
                case OTHER -> 0.9;
                case REVIEW_SITE -> 0.7;
                case SOCIAL -> 0.5;
            };
            for (int i = 8; i < weights.length; i++) {
                weights[i] = (int) Math.round(weights[i] * hired);
            }
            weights[7] = (int) Math.round(weights[7] / hired); // lost
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < weights.length && i < journey.size(); i++) {
                r -= weights[i];
                if (r < 0) {
                    return i;
                }
            }
            return 0;
        }

        private String uniqueName(int i) {
            String name = "";
            for (int attempt = 0; attempt < 30; attempt++) {
                name = DemoWords.NAME_A[random.nextInt(DemoWords.NAME_A.length)] + " "
                        + DemoWords.NAME_B[random.nextInt(DemoWords.NAME_B.length)];
                if (!usedNames.contains(name)) {
                    break;
                }
            }
            if (!usedNames.add(name)) {
                name = name + " " + (i + 1);
                usedNames.add(name);
            }
            return name;
        }

        private Instant between(Instant from, Instant to) {
            long span = Math.max(1, Duration.between(from, to).toMinutes());
            return from.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
        }

        private void createClient(int i) {
            AppUser owner = owners.get(random.nextInt(owners.size()));
            Source source = Source.values()[random.nextInt(Source.values().length)];
            Client referrer = null;
            if (!referrers.isEmpty() && random.nextInt(6) == 0) {
                source = Source.REFERRAL;
                referrer = referrers.get(random.nextInt(referrers.size()));
            } else if (source == Source.REFERRAL) {
                source = Source.EVENT;
            }
            List<Stage> path = pathTo(pickTarget(source));
            // a longer journey started longer ago: a prospect still in Aware arrived weeks ago, not two years ago
            Instant created = now.minus(Duration.ofDays(20 + random.nextInt(25 + 45 * path.size())));
            // Some clients have gone quiet for months; most were touched recently.
            boolean quietForMonths = random.nextInt(5) == 0;
            Instant lastActivity = quietForMonths
                    ? now.minus(Duration.ofDays(60 + random.nextInt(150)))
                    : now.minus(Duration.ofDays(random.nextInt(12)));
            if (lastActivity.isBefore(created)) {
                lastActivity = created.plus(Duration.ofDays(1));
            }

            String name = uniqueName(i);
            int industry = random.nextInt(DemoWords.INDUSTRY.length);
            var profile = new ClientProfile();
            profile.setName(name);
            profile.setIndustry(DemoWords.INDUSTRY[industry]);
            profile.setWebsite("https://www." + name.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example");
            profile.setSource(source);
            profile.setReferredBy(referrer == null ? null : new ClientRef(referrer.getId(), referrer.getName()));
            Client client = factory.create(profile, path.getFirst(), owner, null, false, owner, created);

            // Stage changes, spread between creation and the last activity
            List<Instant> times = new ArrayList<>();
            for (int s = 1; s < path.size(); s++) {
                times.add(between(created, lastActivity));
            }
            times.sort(null);
            // most clients reached their current stage in the last few months, not a year ago
            Instant recent = lastActivity.minus(Duration.ofDays(7 + random.nextInt(90)));
            if (!times.isEmpty() && times.getLast().isBefore(recent) && recent.isAfter(created)) {
                times.set(times.size() - 1, recent);
            }
            List<Contact> people = createContacts(client);
            Instant stayStart = created;
            for (int s = 1; s < path.size(); s++) {
                Stage from = path.get(s - 1);
                Stage to = path.get(s);
                Outcome outcome = outcomeFor(from, to);
                Instant when = times.get(s - 1);
                createTouchPoints(client, owner, people, from, stayStart, when);
                history.move(client, to, outcome, reasonFor(outcome), owner, when);
                stayStart = when;
            }
            createTouchPoints(client, owner, people, path.getLast(), stayStart, lastActivity);
            if (client.getStage().getKind() != StageKind.GONE
                    && client.getStage().getKind() != StageKind.LOST
                    && lastActivity.isBefore(now.minus(Duration.ofDays(30)))) {
                // newsletters keep going to quiet clients too; they must not count as being in touch
                Instant at = now.minus(Duration.ofDays(3 + random.nextInt(20)));
                touchPoints.save(new TouchPoint(
                        client,
                        TouchPointType.NEWSLETTER,
                        Direction.OUTBOUND,
                        at,
                        "Monthly newsletter",
                        null,
                        admin,
                        null,
                        client.getStage()));
                client.recordTouch(TouchPointType.NEWSLETTER, at);
            }
            createFollowUps(client, owner);
            createServices(client);
            if (client.getStage().getKind() == StageKind.ADVOCATE
                    || client.getStage().getKind() == StageKind.ACTIVE) {
                referrers.add(client);
            }
            if (referrer != null) {
                var referral = new TouchPoint(
                        referrer,
                        TouchPointType.REFERRAL,
                        Direction.INBOUND,
                        created,
                        "Referred " + name + " to us",
                        null,
                        referrer.getOwner(),
                        null,
                        referrer.getStage());
                touchPoints.save(referral);
                referrer.recordTouch(TouchPointType.REFERRAL, created);
            }
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private Outcome outcomeFor(Stage from, Stage to) {
            var choices = Outcome.choicesFor(from.getKind(), to.getKind());
            return choices.isEmpty() ? null : choices.getFirst();
        }

        private String reasonFor(Outcome outcome) {
            if (outcome == null) {
                return null;
            }
            return switch (outcome) {
                case HIRED -> pick(DemoWords.HIRED_REASONS);
                case NOT_NOW -> pick(DemoWords.NOT_NOW_REASONS);
                case NO_WAY -> pick(DemoWords.NO_WAY_REASONS);
                case GOOD_EXPERIENCE -> "Project delivered on time; happy to refer us";
                case POOR_EXPERIENCE -> "Missed deadline on phase two";
            };
        }

        private List<Contact> createContacts(Client client) {
            List<Contact> people = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int c = 0; c < n; c++) {
                String first = DemoWords.FIRST[random.nextInt(DemoWords.FIRST.length)];
                String last = DemoWords.LAST[random.nextInt(DemoWords.LAST.length)];
                String domain = client.getWebsite().replace("https://www.", "");
                var contact = new Contact(
                        client,
                        first + " " + last,
                        DemoWords.JOB[random.nextInt(DemoWords.JOB.length)],
                        (first + "." + last).toLowerCase() + "@" + domain,
                        "+44 20 " + (7000 + random.nextInt(2999)) + " " + (1000 + random.nextInt(8999)));
                if (c > 0 && random.nextInt(6) == 0) {
                    contact.update(
                            contact.getName(), contact.getJobTitle(), contact.getEmail(), contact.getPhone(), false);
                }
                people.add(contacts.save(contact));
            }
            return people;
        }

        /**
         * Touch points that fit one stay: what happens in that stage (the proposal while deciding, reviews while
         * active), a handful per stay, fewer between engagements (the silence the journey map shows), none once gone.
         */
        private void createTouchPoints(
                Client client, AppUser owner, List<Contact> people, Stage stage, Instant from, Instant to) {
            String[][] moments = switch (stage.getKind()) {
                case DECIDING -> DemoWords.DECIDING;
                case NURTURE -> DemoWords.NURTURE;
                case LOST -> new String[0][];
                case ACTIVE -> DemoWords.ACTIVE;
                case ADVOCATE -> DemoWords.ADVOCATE;
                case GONE -> DemoWords.GONE;
                case STANDARD ->
                    switch (stage.getPhase()) {
                        case BETWEEN_ENGAGEMENTS -> DemoWords.BETWEEN;
                        case PRE_PURCHASE ->
                            switch (journey.indexOf(stage)) {
                                case 0 -> DemoWords.AWARE;
                                case 1 -> DemoWords.INTERESTED;
                                case 2 -> DemoWords.ON_LIST;
                                case 3 -> DemoWords.ASKED;
                                default -> DemoWords.INFORMED;
                            };
                        default -> DemoWords.ACTIVE;
                    };
            };
            if (moments.length == 0 || !to.isAfter(from)) {
                return;
            }
            long days = Math.max(1, Duration.between(from, to).toDays());
            int n = switch (stage.getKind()) {
                case ACTIVE -> 2 + (int) Math.min(8, days / 20);
                case STANDARD ->
                    stage.getPhase() == Phase.BETWEEN_ENGAGEMENTS ? random.nextInt(2) : 1 + random.nextInt(3);
                default -> 1 + random.nextInt(2);
            };
            for (int t = 0; t < n; t++) {
                // the kick-off opens an engagement; otherwise any moment of the stay
                String[] moment = stage.getKind() == StageKind.ACTIVE && t == 0
                        ? new String[] {"MEETING", "OUTBOUND", "Kick-off meeting"}
                        : moments[random.nextInt(moments.length)];
                Instant kickOff = from.plus(Duration.ofDays(2));
                Instant at = t == 0 && stage.getKind() == StageKind.ACTIVE
                        ? (kickOff.isBefore(to) ? kickOff : to)
                        : t == n - 1 ? to : between(from, to);
                if (at.isAfter(now)) {
                    at = now;
                }
                var type = TouchPointType.valueOf(moment[0]);
                Contact contact = type == TouchPointType.NEWSLETTER ? null : people.get(random.nextInt(people.size()));
                touchPoints.save(new TouchPoint(
                        client,
                        type,
                        Direction.valueOf(moment[1]),
                        at,
                        moment[2],
                        null,
                        type == TouchPointType.NEWSLETTER ? admin : owner,
                        contact,
                        stage));
                client.recordTouch(type, at);
            }
        }

        private void createFollowUps(Client client, AppUser owner) {
            StageKind kind = client.getStage().getKind();
            if (kind == StageKind.LOST || kind == StageKind.GONE || random.nextInt(10) >= 4) {
                return;
            }
            // roughly a third overdue, the rest due in the coming weeks
            Instant due = random.nextInt(3) == 0
                    ? now.minus(Duration.ofDays(1 + random.nextInt(20)))
                    : now.plus(Duration.ofDays(1 + random.nextInt(30)));
            followUps.save(
                    new FollowUp(client, owner, pick(DemoWords.FOLLOW_UPS), due, owner, client.getStageEnteredAt()));
            client.setNextFollowUpDue(due);
            if (random.nextBoolean()) {
                Instant wasDue = now.minus(Duration.ofDays(30 + random.nextInt(60)));
                var done = new FollowUp(
                        client, owner, pick(DemoWords.FOLLOW_UPS), wasDue, owner, wasDue.minus(Duration.ofDays(14)));
                done.markDone(wasDue.plus(Duration.ofDays(2)));
                followUps.save(done);
            }
        }

        private void createServices(Client client) {
            StageKind kind = client.getStage().getKind();
            boolean hasBought = switch (client.getStage().getPhase()) {
                case CLIENT_EXPERIENCE, BETWEEN_ENGAGEMENTS, FORMER_CLIENT -> true;
                default -> false;
            };
            // a client (or former client) has bought at least one service; prospects only know of some
            int certainlyBought = hasBought && kind != StageKind.LOST ? random.nextInt(catalogue.size()) : -1;
            for (int i = 0; i < catalogue.size(); i++) {
                Offering offering = catalogue.get(i);
                int r = random.nextInt(10);
                boolean bought = i == certainlyBought || (certainlyBought >= 0 && r < 2);
                boolean aware = bought || r < 5;
                if (bought || aware) {
                    clientOfferings.save(new ClientOffering(client.getId(), offering.getId(), bought, aware));
                }
            }
        }
    }
}
