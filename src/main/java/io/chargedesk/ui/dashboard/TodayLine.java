package io.chargedesk.ui.dashboard;

import io.chargedesk.session.Session;
import io.chargedesk.text.Messages;
import io.chargedesk.units.Energy;
import io.chargedesk.units.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's line about today: the sessions closed today as billed (read from the database when sessions start
 * or end) plus the sessions open now with their energy and cost so far (priced with the tiles at each refresh), so
 * that at noon with ten cars charging the line does not leave them out. Both halves arrive on the background
 * executor; a session that closed since the snapshot counts once, as closed.
 */
final class TodayLine {

    /** An open session started today, as its tile shows it now. */
    record OpenSession(UUID id, Energy energy, Money soFar) {}

    private record Closed(Instant day, Set<UUID> ids, Energy energy, Money billed, Optional<String> problem) {}

    private record OpenNow(Instant day, List<OpenSession> sessions) {}

    private final Messages text;
    private final Function<Money, String> money;
    private volatile Closed closed;
    private volatile OpenNow open = new OpenNow(Instant.MIN, List.of());

    TodayLine(Messages text, Function<Money, String> money) {
        this.text = text;
        this.money = money;
    }

    /** Today's sessions as the database lists them (open and closed) since {@code day}, its start. */
    void closedRead(Instant day, List<Session> since, Function<Session, Money> billed, Money zero) {
        List<Session> done = since.stream().filter(s -> s.end().isPresent()).toList();
        closed = new Closed(day, done.stream().map(Session::id).collect(Collectors.toUnmodifiableSet()),
                done.stream().map(Session::energy).reduce(Energy.ZERO, Energy::plus),
                done.stream().map(billed).reduce(zero, Money::plus), Optional.empty());
    }

    /** Today's closed sessions could not be read: the line says why until they can. */
    void closedUnreadable(Instant day, String problem) {
        closed = new Closed(day, Set.of(), Energy.ZERO, null, Optional.of(problem));
    }

    /** The sessions open now that started on {@code day}, from the newest snapshot. */
    void openNow(Instant day, List<OpenSession> sessions) {
        open = new OpenNow(day, List.copyOf(sessions));
    }

    /**
     * "Today: 12 sessions, 3 still open · 154.200 kWh · 75.40 EUR so far"; empty before today's closed sessions are
     * read, and after midnight until the new day's are.
     */
    Optional<String> text() {
        Closed c = closed;
        OpenNow o = open;
        if (c == null) {
            return Optional.empty();
        }
        if (c.problem().isPresent()) {
            return Optional.of(text.get("dashboard.summary.todayUnknown", c.problem().get()));
        }
        if (o.day().isAfter(c.day())) {
            return Optional.empty();
        }
        // Open sessions of an earlier day (none seen yet) do not count today.
        List<OpenSession> running = o.day().equals(c.day())
                ? o.sessions().stream().filter(s -> !c.ids().contains(s.id())).toList() : List.of();
        Energy energy = running.stream().map(OpenSession::energy).reduce(c.energy(), Energy::plus);
        Money total = running.stream().map(OpenSession::soFar).reduce(c.billed(), Money::plus);
        return Optional.of(text.get("dashboard.summary.todaySoFar", c.ids().size() + running.size(), running.size(),
                energy.kilowattHours(), money.apply(total)));
    }
}
