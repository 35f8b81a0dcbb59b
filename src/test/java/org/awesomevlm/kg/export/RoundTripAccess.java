package org.awesomevlm.kg.export;

/** Lets tests in other packages compare Markdown the way the round trip does. */
public final class RoundTripAccess {
    private RoundTripAccess() {}

    public static String comparable(String md) {
        return RoundTrip.comparable(md);
    }
}
