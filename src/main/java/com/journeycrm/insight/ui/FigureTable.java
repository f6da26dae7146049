package com.journeycrm.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;

/**
 * The numbers of a picture as a table beside it: for screen readers, for copying, and as links to the clients
 * behind each number. A cell is a {@link String} or a {@link Cell} with a link.
 */
@Tag("table")
class FigureTable extends Component {

    /** A number that opens the clients behind it. */
    record Cell(String text, String href) {
    }

    FigureTable(String caption, List<String> headers, List<List<Object>> rows) {
        getElement().setAttribute("class", "figure-table");
        getElement().appendChild(new Element("caption").setText(caption));
        var head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        getElement().appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        for (List<Object> row : rows) {
            var tr = new Element("tr");
            boolean first = true;
            for (Object value : row) {
                var cell = new Element(first ? "th" : "td");
                if (first) {
                    cell.setAttribute("scope", "row");
                }
                if (value instanceof Cell link && link.href() != null) {
                    cell.appendChild(new Element("a").setAttribute("href", link.href())
                            .setAttribute("router-link", true).setText(link.text()));
                } else {
                    cell.setText(value instanceof Cell c ? c.text() : String.valueOf(value));
                }
                tr.appendChild(cell);
                first = false;
            }
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }
}
