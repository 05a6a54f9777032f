package org.evidencecatalogue.drug;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One route of administration of a drug, with a note where the source qualifies it. */
public class RouteRow {

    @NotNull
    private Route route;

    @Size(max = 500)
    private String note;

    static RouteRow from(RouteOfAdministration route) {
        RouteRow row = new RouteRow();
        row.route = route.route();
        row.note = route.note();
        return row;
    }

    RouteOfAdministration toRoute() {
        return new RouteOfAdministration(this.route, this.note);
    }

    public Route getRoute() {
        return this.route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public String getNote() {
        return this.note;
    }

    public void setNote(String note) {
        this.note = note;
    }

}
