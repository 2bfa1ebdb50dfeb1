package vn.htxso.learning;

import vn.htxso.platform.CurrentUser;

/** Who may manage what in this module. */
final class Access {

    private Access() {
    }

    /** The organiser, or an admin of the event's province (national admins: all). */
    static boolean managesEvent(CurrentUser user, TrainingEvent event) {
        return user != null && (event.organisedBy(user.id()) || user.administers(event.provinceCode()));
    }

    /** Admins create events: a national admin anywhere, a province admin in their province. */
    static boolean mayOrganiseIn(CurrentUser user, String province) {
        return user != null && (user.isNationalAdmin() || user.administers(province));
    }
}
