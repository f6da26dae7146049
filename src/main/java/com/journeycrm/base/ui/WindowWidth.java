package com.journeycrm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Lets a view adapt what CSS alone cannot, such as which grid columns exist, to a phone-wide window: told once on
 * attach and again whenever the window crosses the width.
 */
public final class WindowWidth {

    /** Below this a grid keeps only the columns a phone has room for. */
    public static final int NARROW = 700;

    private WindowWidth() {}

    /** Below this (a tablet held upright) a list with many actions folds them into one menu. */
    public static final int TABLET = 1100;

    /**
     * A list on a tablet and a phone: below {@link #TABLET} the columns {@code tabletHidden} are left out and the
     * row's actions (the column keyed "actions") take the width of a couple of buttons, wrapping onto more lines;
     * below {@link #NARROW} the columns {@code phoneHidden} go too and the rest share the width, their words
     * wrapping whole — so that no action is out of reach and no word is cut.
     */
    public static void listOnPhone(Component view, Grid<?> grid, List<String> tabletHidden, List<String> phoneHidden) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        record Desktop(boolean autoWidth, String width, int flexGrow) {}
        var desktop = new java.util.HashMap<Grid.Column<?>, Desktop>();
        grid.getColumns().forEach(c -> desktop.put(c, new Desktop(c.isAutoWidth(), c.getWidth(), c.getFlexGrow())));
        boolean[] narrowed = {false};
        whenResized(view, width -> {
            boolean tablet = width < TABLET;
            boolean phone = width < NARROW;
            tabletHidden.forEach(key -> grid.getColumnByKey(key).setVisible(!tablet));
            phoneHidden.forEach(key -> grid.getColumnByKey(key).setVisible(!phone));
            // below a desktop's width the columns share what is left, wrapping their words (headers too), and the
            // actions wrap onto more lines — one a line on a phone
            if (!tablet && !narrowed[0]) {
                return; // a desktop keeps the columns as the view made them
            }
            narrowed[0] = tablet;
            for (var column : grid.getColumns()) {
                boolean actions = "actions".equals(column.getKey());
                var wide = desktop.get(column);
                column.setAutoWidth(!tablet && wide.autoWidth());
                if (tablet) {
                    column.setWidth(actions ? (phone ? "8rem" : "10.5rem") : (phone ? "5rem" : "7rem"));
                } else if (wide.width() != null) {
                    column.setWidth(wide.width());
                }
                column.setFlexGrow(tablet ? (actions ? 0 : 1) : wide.flexGrow());
            }
            grid.recalculateColumnWidths();
        });
    }

    /** Told the window's inner width on attach and whenever it changes. */
    public static void whenResized(Component component, IntConsumer width) {
        Registration[] resize = new Registration[1];
        component.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> laidOut(component, details.getWindowInnerWidth(), width));
            resize[0] = page.addBrowserWindowResizeListener(e -> laidOut(component, e.getWidth(), width));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
    }

    public static void whenNarrow(Component component, Consumer<Boolean> narrow) {
        whenNarrowerThan(component, NARROW, narrow);
    }

    /** The component says which width it is laid out for: the browser tests wait for it before they measure. */
    private static void laidOut(Component component, int now, IntConsumer width) {
        width.accept(now);
        component.getElement().setAttribute("data-window-width", String.valueOf(now));
    }

    public static void whenNarrowerThan(Component component, int width, Consumer<Boolean> narrow) {
        whenResized(component, now -> narrow.accept(now < width));
    }
}
