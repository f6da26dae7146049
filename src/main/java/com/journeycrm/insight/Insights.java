package com.journeycrm.insight;

import com.journeycrm.client.Direction;
import com.journeycrm.client.Source;
import com.journeycrm.client.TouchPointType;
import com.journeycrm.stage.Outcome;
import java.time.YearMonth;
import java.util.List;

/** Every figure of the Insights view for one filter. Definitions: README, "Insights". */
public record Insights(
        List<FunnelStep> funnel,
        long hired,
        List<Decision> decisions,
        long notNowThenHired,
        Double notNowToHireMedianDays,
        List<StageTime> timeInStage,
        Loop loop,
        Referrals referrals,
        List<SourceRow> sources,
        List<HeatCell> journeyMap,
        List<StageNow> stagesNow,
        List<MonthTrend> trends,
        long crossSellRisk,
        Headline headline) {

    /**
     * The numbers the period is judged by, to set against the period before: new prospects, hires, the share of the
     * first step's clients hired, the median days from a client's creation to its hire, returns from between
     * engagements, and referred clients who came in.
     */
    public record Headline(
            long newProspects,
            long hires,
            long firstStep,
            Double daysToHire,
            long returns,
            long referred,
            java.util.Map<Long, Long> reached,
            java.util.Map<YearMonth, MonthTrend> months) {

        public Headline {
            reached = java.util.Map.copyOf(reached);
            months = java.util.Map.copyOf(months);
        }

        /** Of the clients who reached the funnel stage, the share who reached the next (hired after the last). */
        public Double toNext(List<FunnelStep> funnel, int step) {
            long here = reached.getOrDefault(funnel.get(step).stageId(), 0L);
            long next = step + 1 < funnel.size()
                    ? reached.getOrDefault(funnel.get(step + 1).stageId(), 0L)
                    : hires;
            return here == 0 ? null : (double) next / here;
        }

        /** Hires ÷ the clients who reached the first step, or null when none did. */
        public Double conversion() {
            return firstStep == 0 ? null : (double) hires / firstStep;
        }
    }

    /**
     * One pre-purchase stage of the funnel: who arrived there in the period, who got there or further, and of those who
     * got no further, where the period left them (Not now, Lost) or that they are there now.
     */
    public record FunnelStep(
            long stageId, String stage, long entered, long reached, long notNow, long lost, long stillThere) {}

    public record Decision(Outcome outcome, long clients, List<String> topReasons) {}

    /** Days in a stage: stays that ended in the period, and how long current clients have been sitting. */
    public record StageTime(
            long stageId,
            String stage,
            long endedStays,
            Double endedMedianDays,
            Double endedP90Days,
            long sitting,
            Double sittingMedianDays,
            Double sittingP90Days) {}

    /**
     * The loyalty loop: who arrived between engagements in the period, and of them who came back, who left (a
     * former client's stage now) and who is still waiting and gone quiet; the rest are waiting, in touch.
     */
    public record Loop(
            long entered,
            long returned,
            Double medianGapDays,
            long repeatClients,
            long quietNow,
            long left,
            long waitingQuiet) {}

    public record Referrer(long clientId, String name, long referred, long hired) {}

    public record Referrals(long advocates, long referred, long referredHired, List<Referrer> topReferrers) {}

    public record SourceRow(Source source, long clients, long hired) {}

    /** Touch points in the period while clients were in a stage; {@code clientsInStage}: clients there then. */
    public record HeatCell(
            long stageId, TouchPointType type, Direction direction, long touchPoints, long clientsInStage) {}

    /** A stage now, and how many clients were in it at some time during the period ({@code stayedIn}). */
    public record StageNow(long stageId, String stage, long clients, long quiet, long stayedIn) {}

    public record MonthTrend(YearMonth month, long newProspects, long hires, long returns, long losses) {}
}
