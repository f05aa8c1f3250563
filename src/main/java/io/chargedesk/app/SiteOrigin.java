package io.chargedesk.app;

import io.chargedesk.text.Formats;
import io.chargedesk.text.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the running site comes from, for the window's header: a bundle key and its arguments, said in the user's
 * language only when shown, since the site is found before the console knows how to speak. An argument may be an
 * origin itself (the demo "instead of the site with problems"); instants are written in the site's time zone.
 */
public record SiteOrigin(String key, List<Object> args) {

    public SiteOrigin {
        args = List.copyOf(args);
    }

    static SiteOrigin of(String key, Object... args) {
        return new SiteOrigin(key, List.of(args));
    }

    /** This origin with {@code key} around it, e.g. "… — demo database FILE". */
    SiteOrigin within(String key, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = this;
        System.arraycopy(more, 0, args, 1, more.length);
        return of(key, args);
    }

    public String text(Messages texts, ZoneId zone) {
        Object[] shown = args.stream().map(a -> a instanceof SiteOrigin o ? o.text(texts, zone)
                : a instanceof Instant at ? Formats.dateTime(at, zone, texts.locale()) : a).toArray();
        return texts.get(key, shown);
    }
}
