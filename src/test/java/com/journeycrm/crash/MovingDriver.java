package com.journeycrm.crash;

import com.journeycrm.Application;
import com.journeycrm.base.ConflictException;
import com.journeycrm.base.RuleViolationException;
import com.journeycrm.board.BoardFilter;
import com.journeycrm.board.BoardService;
import com.journeycrm.client.MoveService;
import com.journeycrm.stage.Outcome;
import com.journeycrm.stage.StageService;
import com.journeycrm.stage.StageSummary;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The app in a process of its own, moving clients as fast as it can and printing "ACK id" for every move its
 * service call returned from (i.e. committed), until it is killed. {@link CrashSafetyTest} kills it.
 */
public final class MovingDriver {

    private MovingDriver() {
    }

    public static void main(String[] args) {
        try {
            moveUntilKilled(args);
        } catch (Throwable failure) {
            // the web server's threads would keep a failed driver alive, silent, and the test waiting for it
            failure.printStackTrace();
            System.exit(2);
        }
    }

    private static void moveUntilKilled(String[] args) {
        var context = new SpringApplicationBuilder(Application.class).run(args);
        var user = context.getBean(UserDetailsService.class).loadUserByUsername("manager");
        context.getBean(SecurityContextHolderStrategy.class).getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        var board = context.getBean(BoardService.class);
        var moves = context.getBean(MoveService.class);
        List<StageSummary> stages = context.getBean(StageService.class).listStages();
        var random = new Random();
        System.out.println("READY");
        System.out.flush();
        int refusals = 0;
        for (int emptyColumns = 0; ; ) {
            StageSummary from = stages.get(random.nextInt(stages.size()));
            var cards = board.column(from.id(), BoardFilter.ALL, PageRequest.of(0, 5));
            if (cards.isEmpty()) {
                if (++emptyColumns > 10_000) {
                    throw new IllegalStateException("no client to move on the board");
                }
                continue;
            }
            var card = cards.get(random.nextInt(cards.size()));
            StageSummary to = stages.get(random.nextInt(stages.size()));
            if (to.id() == from.id()) {
                continue;
            }
            var choices = Outcome.choicesFor(from.kind(), to.kind());
            try {
                var result = moves.moveClient(card.id(), to.id(), choices.isEmpty() ? null : choices.getFirst(), null,
                        card.version());
                System.out.println("ACK " + result.stageChangeId());
                refusals = 0;
            } catch (RuleViolationException | ConflictException refused) {
                // a refusal a user would see is not what this drives at; many in a row mean the driver is wrong
                System.out.println("REFUSED " + refused.getMessage());
                if (++refusals > 100) {
                    throw refused;
                }
            }
            System.out.flush();
        }
    }
}
