package com.journeycrm.board;

import com.journeycrm.base.LikePattern;

/**
 * What the board shows: one owner or everyone, a name search, and optionally only clients needing
 * attention (gone quiet or with an overdue follow-up).
 */
public record BoardFilter(Long ownerId, String nameContains, boolean attentionOnly) {

    public static final BoardFilter ALL = new BoardFilter(null, null, false);
    /** No client name is longer, so a longer search is cut to it. */
    public static final int SEARCH_MAX = 200;

    public String namePattern() {
        return LikePattern.contains(nameContains, SEARCH_MAX);
    }
}
