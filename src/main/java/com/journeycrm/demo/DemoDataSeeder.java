package com.journeycrm.demo;

import com.journeycrm.client.Client;
import com.journeycrm.client.ClientOffering;
import com.journeycrm.client.ClientOfferingRepository;
import com.journeycrm.client.ClientRepository;
import com.journeycrm.client.Contact;
import com.journeycrm.client.ContactRepository;
import com.journeycrm.client.Direction;
import com.journeycrm.client.FollowUp;
import com.journeycrm.client.FollowUpRepository;
import com.journeycrm.client.Offering;
import com.journeycrm.client.OfferingRepository;
import com.journeycrm.client.Source;
import com.journeycrm.client.StageChangeRepository;
import com.journeycrm.client.TouchPoint;
import com.journeycrm.client.TouchPointRepository;
import com.journeycrm.client.TouchPointType;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds demo users and a plausible 18-month history of clients on first start with an empty database.
 * A fixed random seed makes the data the same on every machine. Off with {@code journey.demo-data.enabled=false}.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "journey.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "journey-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);


    private final AppUserRepository users;
    private final StageRepository stages;
    private final StageChangeRepository stageChanges;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final TouchPointRepository touchPoints;
    private final FollowUpRepository followUps;
    private final OfferingRepository offerings;
    private final ClientOfferingRepository clientOfferings;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int clientCount;
    private final long seed;

    DemoDataSeeder(AppUserRepository users, StageRepository stages, StageChangeRepository stageChanges,
                   ClientRepository clients, ContactRepository contacts, TouchPointRepository touchPoints,
                   FollowUpRepository followUps, OfferingRepository offerings,
                   ClientOfferingRepository clientOfferings, PasswordEncoder passwordEncoder, Clock clock,
                   @Value("${journey.demo-data.clients:120}") int clientCount,
                   @Value("${journey.demo-data.seed:20261123}") long seed) {
        this.users = users;
        this.stages = stages;
        this.stageChanges = stageChanges;
        this.clients = clients;
        this.contacts = contacts;
        this.touchPoints = touchPoints;
        this.followUps = followUps;
        this.offerings = offerings;
        this.clientOfferings = clientOfferings;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.clientCount = clientCount;
        this.seed = seed;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
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
            catalogue.add(offerings.save(new Offering(DemoWords.OFFERINGS[i][0], DemoWords.OFFERINGS[i][1], (i + 1) * 10)));
        }
        new History(new Random(seed), stages.findAllByOrderByPositionAsc(), owners, admin, catalogue).create();
        log.info("Seeded demo data: 5 users, {} clients in {} ms", clientCount,
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

        private int pickTarget() {
            // weights per stage position: most clients are prospects or active
            int[] weights = {9, 10, 8, 5, 7, 8, 8, 6, 14, 12, 7, 4};
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
                name = DemoWords.NAME_A[random.nextInt(DemoWords.NAME_A.length)] + " " + DemoWords.NAME_B[random.nextInt(DemoWords.NAME_B.length)];
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
            List<Stage> path = pathTo(pickTarget());
            Instant created = now.minus(Duration.ofDays(20 + random.nextInt(520)));
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
            Source source = Source.values()[random.nextInt(Source.values().length)];
            Client referrer = null;
            if (!referrers.isEmpty() && random.nextInt(6) == 0) {
                source = Source.REFERRAL;
                referrer = referrers.get(random.nextInt(referrers.size()));
            } else if (source == Source.REFERRAL) {
                source = Source.EVENT;
            }
            var arrival = Client.enter(name, source, owner, path.getFirst(), created, owner, null);
            Client client = arrival.client();
            client.updateProfile(name, DemoWords.INDUSTRY[industry],
                    "https://www." + name.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example",
                    source, referrer, null, owner, created);
            clients.save(client);
            stageChanges.save(arrival.firstStage());

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
            for (int s = 1; s < path.size(); s++) {
                Stage from = path.get(s - 1);
                Stage to = path.get(s);
                Outcome outcome = outcomeFor(from, to);
                Instant when = times.get(s - 1);
                stageChanges.save(client.moveTo(to, when, outcome, reasonFor(outcome), null, owner, when));
            }

            List<Contact> people = createContacts(client);
            createTouchPoints(client, owner, people, created, lastActivity);
            createFollowUps(client, owner);
            createServices(client);
            if (client.getStage().getKind() == StageKind.ADVOCATE || client.getStage().getKind() == StageKind.ACTIVE) {
                referrers.add(client);
            }
            if (referrer != null) {
                var referral = new TouchPoint(referrer, TouchPointType.REFERRAL, Direction.INBOUND, created,
                        "Referred " + name + " to us", null, referrer.getOwner(), null);
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
                case HIRED -> "Signed the engagement letter";
                case NOT_NOW -> "Budget frozen until next fiscal year";
                case NO_WAY -> "Chose a competitor with a lower fee";
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
                var contact = new Contact(client, first + " " + last, DemoWords.JOB[random.nextInt(DemoWords.JOB.length)],
                        (first + "." + last).toLowerCase() + "@" + domain,
                        "+44 20 " + (7000 + random.nextInt(2999)) + " " + (1000 + random.nextInt(8999)));
                if (c > 0 && random.nextInt(6) == 0) {
                    contact.update(contact.getName(), contact.getJobTitle(), contact.getEmail(), contact.getPhone(),
                            false);
                }
                people.add(contacts.save(contact));
            }
            return people;
        }

        private void createTouchPoints(Client client, AppUser owner, List<Contact> people, Instant created,
                                       Instant lastActivity) {
            boolean silent = client.getStage().getKind() == StageKind.GONE || client.getStage().getKind() == StageKind.LOST;
            int n = 2 + random.nextInt(silent ? 4 : 12);
            for (int t = 0; t < n; t++) {
                Instant at = t == n - 1 ? lastActivity : between(created, lastActivity);
                TouchPointType type = pickType();
                String summary = switch (type) {
                    case CALL -> DemoWords.CALL_SUMMARIES[random.nextInt(DemoWords.CALL_SUMMARIES.length)];
                    case EMAIL -> DemoWords.EMAIL_SUMMARIES[random.nextInt(DemoWords.EMAIL_SUMMARIES.length)];
                    case MEETING -> DemoWords.MEETING_SUMMARIES[random.nextInt(DemoWords.MEETING_SUMMARIES.length)];
                    case PROPOSAL -> "Sent proposal";
                    case EVENT -> "Met at our industry breakfast";
                    case WEBSITE_VISIT -> "Visited the services pages";
                    case THIRD_PARTY_REVIEW -> "Left a review on a ratings site";
                    case SOCIAL -> "Commented on our LinkedIn post";
                    case OTHER -> "Sent a handwritten thank-you note";
                    default -> type.label();
                };
                Contact contact = people.get(random.nextInt(people.size()));
                Direction direction = switch (type) {
                    case WEBSITE_VISIT, THIRD_PARTY_REVIEW, SOCIAL -> Direction.INBOUND;
                    case PROPOSAL -> Direction.OUTBOUND;
                    default -> random.nextInt(3) == 0 ? Direction.INBOUND : Direction.OUTBOUND;
                };
                touchPoints.save(new TouchPoint(client, type, direction, at, summary, null, owner, contact));
                client.recordTouch(type, at);
            }
            // Newsletters keep going to quiet clients too; they must not count as being in touch.
            if (!silent && lastActivity.isBefore(now.minus(Duration.ofDays(30)))) {
                Instant at = now.minus(Duration.ofDays(3 + random.nextInt(20)));
                touchPoints.save(new TouchPoint(client, TouchPointType.NEWSLETTER, Direction.OUTBOUND, at,
                        "Monthly newsletter", null, admin, null));
                client.recordTouch(TouchPointType.NEWSLETTER, at);
            }
        }

        private TouchPointType pickType() {
            int r = random.nextInt(100);
            if (r < 25) {
                return TouchPointType.EMAIL;
            } else if (r < 45) {
                return TouchPointType.CALL;
            } else if (r < 62) {
                return TouchPointType.MEETING;
            } else if (r < 68) {
                return TouchPointType.PROPOSAL;
            } else if (r < 76) {
                return TouchPointType.EVENT;
            } else if (r < 84) {
                return TouchPointType.WEBSITE_VISIT;
            } else if (r < 92) {
                return TouchPointType.SOCIAL;
            } else if (r < 96) {
                return TouchPointType.THIRD_PARTY_REVIEW;
            }
            return TouchPointType.OTHER;
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
            followUps.save(new FollowUp(client, owner, pick(DemoWords.FOLLOW_UPS), due, owner,
                    client.getStageEnteredAt()));
            client.setNextFollowUpDue(due);
            if (random.nextBoolean()) {
                Instant wasDue = now.minus(Duration.ofDays(30 + random.nextInt(60)));
                var done = new FollowUp(client, owner, pick(DemoWords.FOLLOW_UPS), wasDue, owner,
                        wasDue.minus(Duration.ofDays(14)));
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
