package com.journeycrm.board;

import com.journeycrm.base.LikePattern;
import java.time.Instant;
import java.util.Locale;

/**
 * What the board shows: one owner or everyone, a name search, and optionally only clients needing
 * attention (gone quiet or with an overdue follow-up).
 */
public record BoardFilter(Long ownerId, String nameContains, boolean attentionOnly) {

    public static final BoardFilter ALL = new BoardFilter(null, null, false);
    /** No client name is longer, so a longer search is cut to it. */
    public static final int SEARCH_MAX = 200;

    /** The same test as the board's queries, for one card in hand. */
    public boolean shows(ClientCard card, Instant now) {
        String text = nameContains == null ? "" : nameContains;
        text = (text.length() > SEARCH_MAX ? text.substring(0, SEARCH_MAX) : text).strip();
        return (ownerId == null || ownerId == card.ownerId())
                && (!attentionOnly || card.quiet(now) || card.followUpOverdue(now))
                && card.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** At most an owner chosen: no name search (a blank one is none), not only the quiet or overdue. */
    public boolean byOwnerAtMost() {
        return !attentionOnly && (nameContains == null || nameContains.isBlank());
    }

    /** Nothing filtered: every client of the column. */
    public boolean showsAll() {
        return ownerId == null && byOwnerAtMost();
    }

    public String namePattern() {
        return LikePattern.contains(nameContains, SEARCH_MAX);
    }
}
