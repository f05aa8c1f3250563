package io.chargedesk.text;

import java.util.Optional;

/**
 * What in a text cannot be printed on a receipt, if anything, as a reason the reader's language words. The receipt
 * fonts answer it; the features that take a name a receipt prints (site file, tariff draft, a session's customer) only
 * ask, so they do not depend on how receipts are drawn.
 */
@FunctionalInterface
public interface PrintCheck {

    /** For text that is not printed, or checks that need not ask (settings already saved keep recording). */
    PrintCheck NONE = text -> Optional.empty();

    Optional<Reason> unprintable(String text);

    /**
     * What keeps {@code text} from a field that receipts print: first its limit ({@link TextLimit#reason}), then
     * what cannot be printed, so a control character is named once.
     */
    default Optional<Reason> problem(String text, TextLimit limit) {
        return limit.reason(text).or(() -> unprintable(text));
    }
}
