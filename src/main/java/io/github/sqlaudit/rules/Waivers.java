package io.github.sqlaudit.rules;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The waivers in force for an audit. */
public final class Waivers {

    private static final Waivers NONE = new Waivers(List.of());

    private final List<Waiver> waivers;

    private Waivers(List<Waiver> waivers) {
        this.waivers = waivers;
    }

    public static Waivers none() {
        return NONE;
    }

    public static Waivers of(Collection<Waiver> waivers) {
        return new Waivers(List.copyOf(waivers));
    }

    /** The waiver that covers this rule on this statement at {@code now}; expired waivers cover nothing. */
    public Optional<Waiver> activeFor(String ruleCode, String fingerprint, Instant now) {
        return waivers.stream().filter(w -> w.covers(ruleCode, fingerprint) && w.activeAt(now)).findFirst();
    }

    public List<Waiver> all() {
        return waivers;
    }
}
