package io.chargedesk.tariff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** All versions of all tariffs; finds the version in force for a session. */
public final class TariffBook {

    private final List<Tariff> versions;

    public TariffBook(List<Tariff> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(Tariff::effectiveFrom)).toList();
    }

    public List<Tariff> versions() {
        return versions;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** The version of {@code tariffId} in force at {@code at}: the latest that took effect at or before it. */
    public Optional<Tariff> inForce(String tariffId, Instant at) {
        return versions.stream()
                .filter(t -> t.id().equals(tariffId) && !t.effectiveFrom().isAfter(at))
                .reduce((earlier, later) -> later);
    }

    /** The version of {@code tariffId} that takes effect at exactly {@code effectiveFrom}, if the book has it. */
    public Optional<Tariff> version(String tariffId, Instant effectiveFrom) {
        return versions.stream().filter(t -> t.id().equals(tariffId) && t.effectiveFrom().equals(effectiveFrom))
                .findFirst();
    }

    /** The first tariff id in the book, the site's default. */
    public Optional<String> defaultId() {
        return versions.stream().map(Tariff::id).findFirst();
    }
}
