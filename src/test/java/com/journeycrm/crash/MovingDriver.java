package com.journeycrm.crash;

import com.journeycrm.Application;
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
        while (true) {
            StageSummary from = stages.get(random.nextInt(stages.size()));
            var cards = board.column(from.id(), BoardFilter.ALL, PageRequest.of(0, 5));
            if (cards.isEmpty()) {
                continue;
            }
            var card = cards.get(random.nextInt(cards.size()));
            StageSummary to = stages.get(random.nextInt(stages.size()));
            if (to.id() == from.id()) {
                continue;
            }
            var choices = Outcome.choicesFor(from.kind(), to.kind());
            var result = moves.moveClient(card.id(), to.id(), choices.isEmpty() ? null : choices.getFirst(), null,
                    card.version());
            System.out.println("ACK " + result.stageChangeId());
            System.out.flush();
        }
    }
}
